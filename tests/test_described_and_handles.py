"""A person the article described before, told again by that description
(``extractor.facts.described``), and user names the model knows as no entity
(``extractor.facts.name_words.handle_word``); sentences written for these tests."""
from __future__ import annotations

from extractor import extract
from extractor.settings import Settings


def names(text: str) -> list[list[str]]:
    record = extract(text, published="2024-03-01", settings=Settings(screen=False))
    return [[a["name"] for a in e["named_accounts"]] for e in record["events"]]


def test_the_description_stands_for_the_name_it_was_given() -> None:
    # a title before the name
    assert names("Streamer banned\n\nPopular streamer Jane Vexley lost her temper on a broadcast on "
                 "Sunday. Twitch suspended the streamer's channel on Monday.") == [["Jane Vexley"]]
    # the description right before the name, and in apposition after it
    assert names("Rapper suspended\n\nThe rapper Big Tom posted a series of threats on Sunday. "
                 "Twitter suspended the rapper's account for a week.") == [["Big Tom"]]
    assert names("Rapper suspended\n\nBig Tom, a rapper from Ohio, posted a series of threats on "
                 "Sunday. On Monday Twitter suspended the rapper.") == [["Big Tom"]]


def test_another_description_or_an_indefinite_one_names_nobody() -> None:
    assert names("Streamer banned\n\nPopular streamer Jane Vexley lost her temper on a broadcast on "
                 "Sunday. Twitch suspended the rapper's channel on Monday.") == [[]]
    assert names("Streamer banned\n\nPopular streamer Jane Vexley lost her temper on a broadcast on "
                 "Sunday. Twitch suspended a streamer's channel on Monday.") == [[]]


def test_a_user_name_acted_on_is_an_account_in_a_story_about_one_platform() -> None:
    assert names("Twitch bans\n\nTwitch streams\n\nThe streamer DarkKnight_99 was banned on Tuesday "
                 "for a week, Twitch said.") == [["DarkKnight_99"]]
    assert names("Twitch bans\n\nTwitch streams\n\nThe streamer GamerGuy42 was banned on Tuesday "
                 "for a week, Twitch said.") == [["GamerGuy42"]]


def test_plural_acronyms_are_no_user_names() -> None:
    assert names("Twitch bans\n\nTwitch streams\n\nThe VPNs were banned on Tuesday, Twitch said.") == []
