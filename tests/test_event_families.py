"""Families of news sentences the events rules read (sentences written for these tests)."""
from __future__ import annotations

from extractor import extract


def events(text: str) -> list[tuple]:
    record = extract(text, published="2021-06-15")
    return [(e["platform"], e["action"], [(t["type"], t["count"]) for t in e["targets"]])
            for e in record["events"]]


def test_single_items_are_events() -> None:
    assert events("Ads pulled\n\nFacebook rejected the ad on Monday.") == [
        ("Facebook", "remove", [("ad", 1)])]
    assert events("Ads pulled\n\nTwitter blocked the campaign ad on Monday.") == [
        ("Twitter", "ban", [("ad", 1)])]
    assert events("Video gone\n\nInstagram labelled the video as false information.") == [
        ("Instagram", "label", [("video", 1)])]


def test_demands_and_other_senses_are_no_events() -> None:
    assert events("Opinion\n\nIt's time for Twitter to ban the senator's account.") == []
    assert events("Tim Cook On Apple Being 'Pulled Into The Enterprise'\n\nApple sells more Macs.") == []


def test_a_summary_present_with_a_particular_object_is_an_occasion() -> None:
    # a feed summary's present tense (removed from the ads programme: demonetised); bare plurals
    # in the present are a habit, not an occasion
    assert events("Creator cut off\n\nThe video site also removes the YouTube personality Kid Example from "
                  "its ads program.")[0][:2] == ("YouTube", "demonetize")
    assert events("How moderation works\n\nThe forum explains its rules. Reddit deletes posts that "
                  "break them.") == []


def test_platform_lists_before_the_verb_give_one_event_each() -> None:
    assert [e[0] for e in events("Reddit, Facebook ban Nazi groups after attack\n\nMore below.")] == [
        "Reddit", "Facebook"]


def test_store_removals_of_games_are_app_removals() -> None:
    assert events("Google pulls kids games\n\nGoogle removed 60 games from the Play Store on Friday.") == [
        ("Google Play", "remove", [("app", 60)])]
