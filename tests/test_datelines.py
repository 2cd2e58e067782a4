"""Datelines: the publication day a saved text gives in its own dateline (``extractor.datelines``)."""
from __future__ import annotations

import pytest

from extractor.datelines import dateline_date


@pytest.mark.parametrize(("line", "date"), [
    ("Rhine Courier International — Published 9 November 2023", "9 November 2023"),
    ("Published March 14, 2024 — Digital Frontline", "March 14, 2024"),
    ("CAMPINAS, Brazil (AP) — Published October 28, 2024", "October 28, 2024"),
    ("By Callum Reid | Published: 17:40, 12 February 2020", "12 February 2020"),
    ("Thu 14 Mar 2019 // 09:41 UTC", "14 Mar 2019"),
    ("\t- Jan. 11th 2021 4:41 am PT", "Jan. 11th 2021"),
    ("by Ernesto September 24, 2016", "September 24, 2016"),
    ("Dec. 22, 2020 | 4 min read", "Dec. 22, 2020"),
    # a wire story's dateline at the head of its first paragraph
    ("MANILA, Sept 12, 2019 - Prosecutors on Thursday charged a provincial governor with graft.",
     "Sept 12, 2019"),
    ("New Delhi, July 14, 2019: The police on Sunday arrested a software engineer.", "July 14, 2019"),
])
def test_a_dateline_under_the_title_gives_its_date(line: str, date: str) -> None:
    assert dateline_date(["A headline", "", line, "", "The story begins here."]) == date


@pytest.mark.parametrize("line", [
    "Twitter banned him on April 29, 2011.",  # a sentence that dates something
    "— Support Team (@Support) December 2, 2014",  # an embedded post's signature
    "## 2023 - March 17",
])
def test_a_date_that_is_no_dateline_gives_none(line: str) -> None:
    assert dateline_date(["A headline", line]) is None


def test_a_date_below_the_body_is_no_dateline() -> None:
    body = ("The company said on Monday that it had reviewed the account in full and had found nothing wrong "
            "with anything that it had posted.")
    assert dateline_date(["A headline", body, body + " More.", "April 29, 2011"]) is None
    # one long line first may be a standfirst
    assert dateline_date(["A headline", body, "Thu 18 Apr 2024 15.58 EDT"]) == "18 Apr 2024"


def test_a_plain_text_article_takes_its_publication_date_from_its_dateline() -> None:
    from extractor import extract

    record = extract("Twitter suspends council account\n\nPublished 9 November 2023 — Valley Courier\n\n"
                     "Twitter suspended the council's account on Tuesday.")
    assert record["article"]["published"] == "2023-11-09"
    event = record["events"][0]
    assert event["when"]["start"] == "2023-11-07"  # 'on Tuesday', read against the dateline's day
