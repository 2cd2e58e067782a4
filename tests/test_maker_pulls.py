"""A maker taking its own item off a store is no store's act (``extractor.facts.maker_pulls``);
sentences written for these tests."""
from __future__ import annotations

from tests.helpers import event_summary as events


def test_a_developer_pulling_its_game_makes_the_stores_removal_no_event() -> None:
    assert events("Puzzle Duck has been removed from the App Store\n\nAs he promised on Sunday, "
                  "Puzzle Duck developer Sam Ortiz has removed the game from the App Store.\n\n"
                  "He said he was tired of the attention.") == []
    assert events("Publisher quietly pulls old titles\n\nBrightworks has removed twelve of its older "
                  "games from Google Play.\n\nHere is the full list of removed games.") == []
    # a company that is a platform elsewhere, publishing in another's store
    assert events("Snoop VPN gone from the App Store\n\nSnoop VPN has been removed from the App "
                  "Store. Facebook has pulled Snoop VPN from the App Store after questions about "
                  "its data.") == []


def test_the_store_acting_is_still_an_event() -> None:
    # the store's owner named as the actor, beside a maker's own removal
    assert events("Apple removes Puzzle Duck\n\nApple removed Puzzle Duck from the App Store on "
                  "Monday. Its developer Sam Ortiz has removed his other game from the App Store.") == [
        ("App Store", "remove", [("app", 1)])]
    # a campaign 'to remove' a game is nobody's removal: the store's act stands
    assert [e[0] for e in events("Game pulled\n\nA group led a movement to remove Night Raid from "
                                 "Steam. The game was removed from Steam in April.")] == ["Steam"]
    # 'we' in a store's own statement is the store
    assert [e[0] for e in events("Apps removed\n\n\"We have removed it and similar apps from the App "
                                 "Store,\" Apple said. The app was removed from the App Store on "
                                 "Thursday.")] == ["App Store"]
