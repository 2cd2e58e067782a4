"""Datelines: the day a saved text's own dateline gives, for a text that states no date in its
metadata ('Published March 14, 2024 — Digital Frontline', 'CAMPINAS, Brazil (AP) — Published
October 28, 2024', 'By Callum Reid | Published: 17:40, 12 February 2020', 'Thu 14 Mar 2019 //
09:41 UTC', 'April 29, 2011', 'by Ernesto September 24, 2016'), or a wire story's dateline that
opens its first paragraph ('MANILA, Sept 12, 2019 - ...', 'New Delhi, July 14, 2019: ...').

A dateline is one of the first lines under the title, above the body (a standfirst may come
first): a date with a year, and around it nothing but names (capitalised words), a time of day and
the words datelines use ('Published', 'by', 'Updated'); not the signature of an embedded post
('— Twitter Support (@Support) December 2, 2014'). A sentence that dates something ('Twitter
banned him on April 29, 2011.') has words of its own in lower case and is no dateline.
"""
from __future__ import annotations

import re

MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
YEAR = r"(?:19|20)\d\d"
DATE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS},?\s+{YEAR}"
                  rf"|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}"
                  rf"|{YEAR}-\d\d-\d\d)\b")
# a wire story's dateline opening its first paragraph: a place in capitals or a city, then the date
WIRE_DATELINE = re.compile(rf"^[A-Z][A-Za-z.'() -]{{1,40}}(?:, [A-Z][A-Za-z.]{{1,20}})?, "
                           rf"(?P<date>{DATE.pattern})\s*[-–—:]\s")
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:UTC|GMT|BST|CET|[ECMP][SD]?T))?\b",
                         re.IGNORECASE)
DATELINE_WORDS = {"published", "posted", "updated", "modified", "first", "last", "by", "on", "at", "and",
                  "the", "of", "am", "pm", "utc", "gmt", "st", "nd", "rd", "th", "min", "mins", "read"}
DATELINE_LINES = 6  # lines under the title looked at
DATELINE_LENGTH = 120  # characters: longer lines are paragraphs


def dateline_date(lines: list[str]) -> str | None:
    """The date text of the first dateline among the first lines under the title (``lines``
    starts with the title), or None."""
    under = [line.strip() for line in lines[1:] if line.strip()][:DATELINE_LINES]
    paragraphs = 0
    for line in under:
        wire = WIRE_DATELINE.match(line)
        if wire:  # 'MANILA, Sept 12, 2019 - Philippine prosecutors ...', 'New Delhi, July 14, 2019: ...'
            return wire.group("date")
        if len(line) > DATELINE_LENGTH:
            paragraphs += 1
            if paragraphs > 1:
                return None  # the body has begun (one long line may be a standfirst)
            continue
        m = DATE.search(line)
        if m is None or "(@" in line:  # ('— Twitter Support (@Support) December 2, 2014': a tweet's)
            continue
        rest = TIME_OF_DAY.sub(" ", line[:m.start()] + " " + line[m.end():])
        words = re.findall(r"[^\W\d_]+", rest)
        if all(w[0].isupper() or w.lower() in DATELINE_WORDS for w in words):
            return m.group(0)
    return None
