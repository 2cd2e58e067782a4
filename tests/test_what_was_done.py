"""Whether an act was done: a denied 'be' after an action noun, a 'lest' clause, a store's review
of what others submit (``extractor.facts.unreal``, ``extractor.facts.own_products``); sentences
written for these tests."""
from __future__ import annotations

from tests.helpers import event_summary as events


def test_a_denied_be_after_an_action_noun_says_what_the_act_was() -> None:
    assert events("Accounts\n\nThe removal of the 200 accounts by Twitter was not a mistake, the company "
                  "said.") == [("Twitter", "remove", [("account", 200)])]
    assert events("Games\n\nThe delisting of over 17,000 games from itch.io wasn't a decision made by "
                  "the platform itself.") == [("itch.io", "remove", [("app", 17000)])]
    # the act itself denied: none
    assert events("Accounts\n\nThe removal of the accounts was not carried out, the company said.") == []
    assert events("Accounts\n\nTwitter did not remove the 200 accounts.") == []


def test_what_an_act_was_done_against_is_no_condition_of_it() -> None:
    assert events("Accounts\n\nLest anyone feel tempted to post the clips again, Twitter suspended the 20 "
                  "accounts on Monday.") == [("Twitter", "suspend", [("account", 20)])]
    # the act itself under 'would': a plan
    assert events("Accounts\n\nTwitter said the accounts would be removed lest they spread the "
                  "clips.") == []


def test_a_store_rejecting_an_update_acts_on_someone_elses_app() -> None:
    assert events("Apps\n\nApple rejected the update of the Foo app in May.") == [
        ("App Store", "restrict", [("app", 1)])]
    # a platform pulling its own update changes its own product
    assert events("Apps\n\nApple removed its update of the Maps app in May.") == []
