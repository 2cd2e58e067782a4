"""Counts, follower figures and time (issue 4), on sentences written for these tests."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import extract
from extractor.cli import app
from extractor.facts.dates import resolve
from extractor.facts.numbers import count_of, parse_number
from extractor.nlp import parse
from extractor.settings import Settings
from tests.helpers import read_jsonl
from tests.unseen_numbers_time import PUBLISHED as UNSEEN_PUBLISHED
from tests.unseen_numbers_time import UNSEEN, UNSEEN_LATER

PUBLISHED = P = "2022-03-10"  # a Thursday


def events_of(sentence: str, published: str | None = PUBLISHED) -> list[dict]:
    return extract(f"Headline\n\n{sentence}", published=published)["events"]


def targets(sentence: str) -> list[tuple]:
    return [(t["type"], t["count"], t["count_text"], t["qualifier"], t["approximate"])
            for e in events_of(sentence) for t in e["targets"]]


def when(sentence: str, published: str | None = PUBLISHED) -> tuple | None:
    w = events_of(sentence, published)[0]["when"]
    return None if w is None else (w["text"], w["start"], w["end"], w["precision"], w["anchor"])


# ------------------------------------------------------------------------------------ numbers

@pytest.mark.parametrize(("words", "value"), [
    (["1,500"], 1500), (["five"], 5), (["a", "dozen"], 12), (["two", "million"], 2_000_000),
    (["3.1", "million"], 3_100_000), (["1.5m"], 1_500_000), (["5k"], 5000), (["2bn"], 2_000_000_000),
    (["20", "lakh"], 2_000_000), (["1.2", "crore"], 12_000_000), (["twenty-one"], 21),
    (["half", "a", "million"], 500_000), (["millions"], None), (["fish"], None),
])
def test_parse_number(words: list[str], value: int | None) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize(("sentence", "expected"), [
    ("WhatsApp banned over 20 lakh Indian accounts in May.",
     [("account", 2_000_000, "over 20 lakh", "more_than", True)]),
    ("YouTube removed more than 3.1 million videos for spam.",
     [("video", 3_100_000, "more than 3.1 million", "more_than", True)]),
    ("Twitter suspended nearly 1,500 accounts on Monday.",
     [("account", 1500, "nearly 1,500", "nearly", True)]),
    ("YouTube terminated around two million channels.",
     [("channel", 2_000_000, "around two million", "about", True)]),
    ("Facebook took down at least a dozen accounts.",
     [("account", 12, "at least a dozen", "at_least", True)]),
    ("Twitter suspended up to 1.5m accounts.", [("account", 1_500_000, "up to 1.5m", "up_to", True)]),
    ("Reddit banned roughly 2,000 communities.", [("community", 2000, "roughly 2,000", "about", True)]),
    ("Twitter suspended fewer than 100 accounts.", [("account", 100, "fewer than 100", "less_than", True)]),
    ("Twitter suspended as many as 500 accounts.", [("account", 500, "as many as 500", "up_to", True)]),
    ("WhatsApp banned 1.2 crore accounts.", [("account", 12_000_000, "1.2 crore", None, False)]),
    ("Facebook removed 1.5bn fake accounts.", [("account", 1_500_000_000, "1.5bn", None, False)]),
    ("YouTube removed 5k videos.", [("video", 5000, "5k", None, False)]),
    ("Twitter suspended five accounts.", [("account", 5, "five", None, False)]),
    ("Facebook removed 559 pages and 221 accounts.",
     [("page", 559, "559", None, False), ("account", 221, "221", None, False)]),
    ("Twitter suspended dozens of accounts.", [("account", None, "dozens", None, True)]),
    ("Facebook removed hundreds of pages.", [("page", None, "hundreds", None, True)]),
    ("Twitter suspended tens of thousands of accounts.",
     [("account", None, "tens of thousands", None, True)]),
    ("Facebook removed hundreds of thousands of posts.",
     [("post", None, "hundreds of thousands", None, True)]),
    ("YouTube removed millions of videos.", [("video", None, "millions", None, True)]),
    ("Twitter suspended several accounts.", [("account", None, "several", None, True)]),
    ("Facebook removed a handful of pages.", [("page", None, "a handful", None, True)]),
    ("Twitter suspended several hundred accounts.", [("account", None, "several hundred", None, True)]),
    ("Facebook removed a few thousand pages.", [("page", None, "a few thousand", None, True)]),
    ("Twitter suspended five hundred accounts.", [("account", 500, "five hundred", None, False)]),
    ("Twitter purged an unknown number of accounts.",
     [("account", None, "an unknown number", None, True)]),
    ("Facebook removed 46 pages, 12 groups and 9 accounts.",
     [("page", 46, "46", None, False), ("group", 12, "12", None, False), ("account", 9, "9", None, False)]),
    ("Twitter suspended the account of Jane Example.", [("account", 1, None, None, False)]),
    ("Twitter suspended accounts linked to the network.", [("account", None, None, None, False)]),
    # the tagger reads 'accounts' as a verb before 'and blocked'
    ("In total, between June 5, 2020, and October 22, 2021, Meta disabled more than 800 Facebook and "
     "Instagram accounts and blocked phishing websites associated with the scheme.",
     # (one event on each of Meta's platforms named, as for 'Facebook and Instagram removed ...')
     [("account", 800, "more than 800", "more_than", True), ("server", None, None, None, False)] * 2),
])
def test_counts_with_qualifiers_and_vague_amounts(sentence: str, expected: list[tuple]) -> None:
    assert targets(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Twitter suspended 5 accounts after a $2 million fine.", [("account", 5, "5", None, False)]),
    ("Twitter suspended 30% of the accounts it reviewed.", [("account", None, None, None, False)]),
    ("Facebook banned a 15-year-old user over the post.", [("account", 1, None, None, False)]),
    ("YouTube removed 5k videos that had 20 million views.", [("video", 5000, "5k", None, False)]),
])
def test_money_percentages_years_ages_and_reach_are_not_counts(sentence: str, expected: list[tuple]) -> None:
    assert targets(sentence) == expected


def test_a_year_before_a_noun_is_no_count() -> None:
    """'In 2020 accounts ...': the parser makes 2020 a number of accounts; it is a year."""
    doc = parse("Headline\n\nIn 2020 accounts run by the network were suspended by Twitter.")
    [noun] = [t for t in doc if t.text == "accounts"]
    assert [c.text for c in noun.children if c.dep_ == "nummod"] == ["2020"]
    assert count_of(noun) is None
    doc = parse("Headline\n\nTwitter suspended 2020 accounts.")
    assert [count_of(t).value for t in doc if t.text == "accounts"] == [2020]


def test_a_year_before_one_thing_is_no_count() -> None:
    """'the historical 2006 documentary': a year before a singular noun dates one thing."""
    doc = parse("Headline\n\nYouTube removed the historical 2006 documentary after a takedown request.")
    [noun] = [t for t in doc if t.text == "documentary"]
    assert [c.text for c in noun.children if c.dep_ == "nummod"] == ["2006"]
    assert count_of(noun) is None


def test_a_products_version_number_is_no_count() -> None:
    doc = parse("Headline\n\nNintendo banned the Switch 2 owner after he downloaded patches.")
    [noun] = [t for t in doc if t.text == "owner"]
    assert [c.text for c in noun.children if c.dep_ == "nummod"] == ["2"]
    assert count_of(noun) is None
    doc = parse("Headline\n\nTwitter suspended 12 accounts.")
    assert [count_of(t).value for t in doc if t.text == "accounts"] == [12]


@pytest.mark.parametrize(("sentence", "accounts"), [
    ("Twitter banned Alex Example, who had 900,000 followers, in September 2018.",
     [("Alex Example", 900_000)]),
    ("YouTube terminated the channel of Example News, which had 1.2 million subscribers, on Tuesday.",
     [("Example News", 1_200_000)]),
    ("Facebook removed Patriot Voices Daily, a page with 1.1 million followers, yesterday.",
     [("Patriot Voices Daily", 1_100_000)]),
])
def test_followers_go_on_the_named_account(sentence: str, accounts: list[tuple]) -> None:
    event = events_of(sentence)[0]
    assert [(a["name"], a["followers"]) for a in event["named_accounts"]] == accounts
    assert all(t["count"] in {1, None} for t in event["targets"])  # the reach is no target count


# ------------------------------------------------------------------------------------ time

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Twitter suspended 50 accounts on March 3.", ("March 3", "2022-03-03", "2022-03-03", "day", P)),
    ("Twitter suspended 50 accounts in March 2019.",
     ("March 2019", "2019-03-01", "2019-03-31", "month", None)),
    ("Twitter suspended 50 accounts on March 3, 2019.",
     ("March 3, 2019", "2019-03-03", "2019-03-03", "day", None)),
    ("Twitter suspended 50 accounts in 2019.", ("2019", "2019-01-01", "2019-12-31", "year", None)),
    ("WhatsApp banned 2 million accounts between May 15 and June 15.",
     ("between May 15 and June 15", "2021-05-15", "2021-06-15", "day", P)),
    ("Instagram removed 300 posts between May 2 and May 9.",
     ("between May 2 and May 9", "2021-05-02", "2021-05-09", "day", P)),
    ("TikTok removed 900 videos in the first half of 2020.",
     ("the first half of 2020", "2020-01-01", "2020-06-30", "quarter", None)),
    ("Facebook removed 1.5bn fake accounts in the third quarter.",
     ("the third quarter", "2021-07-01", "2021-09-30", "quarter", P)),
    ("Facebook removed 300 pages in the fourth quarter of 2021.",
     ("the fourth quarter of 2021", "2021-10-01", "2021-12-31", "quarter", None)),
    ("YouTube terminated two channels yesterday.", ("yesterday", "2022-03-09", "2022-03-09", "day", P)),
    ("Twitter suspended 80 accounts on Tuesday.", ("Tuesday", "2022-03-08", "2022-03-08", "day", P)),
    ("Twitter suspended 80 accounts on Thursday.", ("Thursday", "2022-03-10", "2022-03-10", "day", P)),
    ("Facebook removed 40 pages last Friday.", ("last Friday", "2022-03-04", "2022-03-04", "day", P)),
    ("Twitter suspended 80 accounts last week.", ("last week", "2022-02-28", "2022-03-06", "week", P)),
    ("YouTube removed 3,000 videos over the past week.",
     ("the past week", "2022-03-03", "2022-03-10", "week", P)),
    ("Twitter suspended 70,000 accounts over the past two weeks.",
     ("the past two weeks", "2022-02-24", "2022-03-10", "week", P)),
    ("Twitter suspended 80 accounts last month.", ("last month", "2022-02-01", "2022-02-28", "month", P)),
    ("Twitter suspended 80 accounts in the past month.",
     ("the past month", "2022-02-10", "2022-03-10", "month", P)),
    ("Twitter suspended 80 accounts last quarter.",
     ("last quarter", "2021-10-01", "2021-12-31", "quarter", P)),
    ("Reddit banned 2,000 communities earlier this year.",
     ("earlier this year", "2022-01-01", "2022-03-10", "year", P)),
    ("Twitter suspended 800 accounts this week.", ("this week", "2022-03-07", "2022-03-10", "week", P)),
    ("WhatsApp banned 2 million accounts in May.", ("May", "2021-05-01", "2021-05-31", "month", P)),
    ("Twitter suspended 80 accounts last October.",
     ("last October", "2021-10-01", "2021-10-31", "month", P)),
    ("Twitter suspended 80 accounts last year.", ("last year", "2021-01-01", "2021-12-31", "year", P)),
    ("Twitter suspended 1,500 accounts in the past 24 hours.",
     ("the past 24 hours", "2022-03-09", "2022-03-10", "day", P)),
    ("YouTube has removed 20 channels since March 1.",
     ("since March 1", "2022-03-01", "2022-03-10", "day", P)),
    ("Twitter suspended two million accounts from January to March.",
     ("from January to March", "2022-01-01", "2022-03-31", "month", P)),
])
def test_when_is_resolved_against_the_publication_date(sentence: str, expected: tuple) -> None:
    assert when(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Facebook banned a 15-year-old user over the post.",
    "Twitter suspended the account for seven days.",
    "Meta said that following a months-long investigation, it removed 1,500 accounts.",
])
def test_ages_and_durations_are_no_time(sentence: str) -> None:
    assert when(sentence) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("yesterday", (None, None, "day")), ("on Tuesday", (None, None, "day")),
    ("last week", (None, None, "week")),
    ("over the past week", (None, None, "week")), ("last month", (None, None, "month")),
    ("last quarter", (None, None, "quarter")), ("earlier this year", (None, None, "year")),
    ("on March 3", (None, None, "day")), ("the third quarter", (None, None, "quarter")),
    ("between May 15 and June 15", (None, None, "day")),
    ("in March 2019", (date(2019, 3, 1), date(2019, 3, 31), "month")),
    ("March 3, 2019", (date(2019, 3, 3), date(2019, 3, 3), "day")),
    ("the first half of 2020", (date(2020, 1, 1), date(2020, 6, 30), "quarter")),
    ("between May 15 and June 15, 2021", (date(2021, 5, 15), date(2021, 6, 15), "day")),
    ("in recent weeks", (None, None, None)),
])
def test_without_a_publication_date_relative_expressions_stay_unresolved(text: str, expected: tuple) -> None:
    found = resolve(text, None)
    assert (found.start, found.end, found.precision) == expected
    assert found.anchor is None


def test_relative_time_without_publication_date_keeps_its_text() -> None:
    assert when("Twitter suspended 80 accounts last week.", published=None) == (
        "last week", None, None, "week", None)


# ------------------------------------------------------------------------------------ publication date

ARTICLE = "date: 2021-06-20\ntitle: Accounts suspended\n\nTwitter suspended 300 accounts on Tuesday.\n"


def test_date_line_of_a_text_file() -> None:
    record = extract(ARTICLE)
    assert record["article"]["published"] == "2021-06-20"
    assert record["events"][0]["when"]["start"] == "2021-06-15"  # the Tuesday before that Sunday


def test_settings_published_wins_over_the_date_line() -> None:
    record = extract(ARTICLE, settings=Settings(published=date(2021, 7, 1)))
    assert record["article"]["published"] == "2021-07-01"
    assert record["events"][0]["when"]["start"] == "2021-06-29"


def test_cli_published_wins_over_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--published", "2021-07-01",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    [record] = read_jsonl(out.read_text(encoding="utf-8"))
    assert record["article"]["published"] == "2021-07-01"
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "--published", "2021-07-02", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [r["article"]["published"] for r in read_jsonl(out.read_text(encoding="utf-8"))] == ["2021-07-02"]


@pytest.mark.parametrize("value", ["yesterday", "2021-13-01", "15/06/2021"])
def test_cli_bad_published_is_a_usage_error(value: str) -> None:
    result = CliRunner().invoke(app, ["extract", "x.txt", "--published", value])
    assert result.exit_code == 2
    assert "--published" in result.output


def test_a_relative_date_line_is_not_read_from_the_clock() -> None:
    assert extract("date: yesterday\n\nHeadline\n\nSome text.")["article"]["published"] is None


# ------------------------------------------------------------------------------------ unseen paragraphs

@pytest.mark.parametrize(("paragraph", "expected"), UNSEEN + UNSEEN_LATER,
                         ids=[str(i) for i in range(len(UNSEEN) + len(UNSEEN_LATER))])
def test_unseen_paragraphs(paragraph: str, expected: list[tuple]) -> None:
    got = []
    for e in events_of(paragraph, UNSEEN_PUBLISHED):
        w = e["when"]
        got.append((e["platform"], [(t["type"], t["count"], t["count_text"], t["qualifier"], t["approximate"])
                                    for t in e["targets"]],
                    [(a["name"], a["followers"]) for a in e["named_accounts"]],
                    None if w is None else (w["start"], w["end"], w["precision"], w["anchor"])))
    assert [(p, t, w) for p, t, _, w in got] == [(p, t, w) for p, t, _, w in expected]
    for (_, _, accounts, _), (_, _, wanted, _) in zip(got, expected, strict=True):
        if wanted is not None:
            assert accounts == wanted


def test_dot_grouped_thousands_in_any_count() -> None:
    from extractor.facts.numbers import parse_number
    # no count of things is a fraction: '5.381 videos' is 5,381; with a scale a dot is a decimal point
    assert parse_number(["5.381"]) == 5381
    assert parse_number(["1.250", "million"]) == 1250000
    assert parse_number(["3.1"]) == 3


def test_the_count_of_the_owners_counts_their_accounts() -> None:
    from tests.helpers import event_summary

    assert event_summary("Inmates\n\nIn 2015 Facebook took down 53 US inmates' accounts and 74 inmate "
                         "accounts in the UK.") == [
        ("Facebook", "remove", [("account", 53), ("account", 74)])]
    # one owner's accounts are not counted by a number elsewhere
    assert event_summary("Writer\n\nFacebook took down the writer's 3 pages.") == [
        ("Facebook", "remove", [("page", 3)])]
