"""One person told by two names is one account, named by the name the story says they are known
by (``extractor.facts.aliases``); sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.helpers import named_summary


@pytest.mark.parametrize("sentence", [
    "Twitter banned Stephen Yaxley-Lennon, better known as Tommy Robinson, on Wednesday.",
    "PayPal has banned Tommy Robinson, whose real name is Stephen Yaxley-Lennon, from its platform.",
    "Stephen Yaxley-Lennon, who goes by the name Tommy Robinson, was banned from Facebook.",
    "PayPal decided to remove Tommy Robinson’s (real name Stephen Yaxley-Lennon) account on Monday.",
])
def test_the_name_a_person_is_known_by_is_their_one_account(sentence: str) -> None:
    assert named_summary("News\n\n" + sentence) == [(["Tommy Robinson"], [("account", 1)])]


def test_a_former_name_is_not_the_name_of_the_account() -> None:
    assert named_summary("News\n\nTwitter suspended Ye, formerly known as Kanye West, for a tweet.") == [
        (["Ye"], [("account", 1)])]


def test_two_people_and_a_description_stay_as_they_are() -> None:
    assert named_summary("News\n\nYouTube banned Alex Jones and Owen Shroyer on Monday.") == [
        (["Alex Jones", "Owen Shroyer"], [("account", 2)])]
    assert named_summary("News\n\nTwitter suspended Jane Doe, known as a critic of the company, on "
                         "Monday.") == [(["Jane Doe"], [("account", 1)])]


def test_another_name_of_a_person_elsewhere_in_the_story_takes_the_known_name() -> None:
    text = ("News\n\nPayPal removed the account of Tommy Robinson (real name Stephen Yaxley-Lennon) on "
            "Thursday. Earlier this year, Twitter banned Yaxley-Lennon.")
    assert [names for names, _ in named_summary(text)] == [["Tommy Robinson"], ["Tommy Robinson"]]
