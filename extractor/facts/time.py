"""Time expressions near an action, resolved with dateparser against the publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser
from spacy.tokens import Span, Token

from extractor.facts.entities import entities_in

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PERIOD = re.compile(r"\b(?:past|last|previous)\s+(week|month|year|(?:\w+\s+)?(?:days|weeks|months|years))\b",
                    re.I)


@dataclass(frozen=True)
class When:
    text: str
    start: str | None  # ISO date
    end: str | None
    span_start: int
    span_end: int
    attached: bool = False  # the date hangs on the action word in the parse


def resolve(text: str, published: date | None) -> tuple[str | None, str | None]:
    """(start, end) dates for a time expression; a period ('over the past week') gives a range."""
    base = datetime.combine(published, datetime.min.time()) if published else None
    lowered = text.lower().strip()
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first"}
    if base:
        settings["RELATIVE_BASE"] = base
    m = PERIOD.search(lowered)
    if m and base:
        unit = m.group(1)
        parsed = dateparser.parse(f"1 {unit.split()[-1].rstrip('s')} ago" if not unit[0].isdigit()
                                  else f"{unit} ago", languages=["en"], settings=settings)
        if parsed:
            return parsed.date().isoformat(), published.isoformat()
    if lowered in WEEKDAYS or lowered.startswith(("on ", "last ")) and lowered.split()[-1] in WEEKDAYS:
        if not base:
            return None, None
        day = WEEKDAYS.index(lowered.split()[-1])
        delta = (base.weekday() - day) % 7 or (7 if lowered.startswith("last") else 0)
        found = (base - timedelta(days=delta)).date().isoformat()
        return found, found
    if lowered in {"today", "this week", "yesterday", "this month", "this year", "last week", "last month",
                   "last year", "earlier this year", "earlier this month", "earlier this week"} and base:
        if lowered == "today":
            return published.isoformat(), published.isoformat()
        if lowered == "yesterday":
            d = (base - timedelta(days=1)).date().isoformat()
            return d, d
        unit = lowered.split()[-1]
        if lowered.startswith("last"):
            ref = dateparser.parse(f"1 {unit} ago", languages=["en"], settings=settings)
            start = ref.date() if ref else None
        else:
            start = {"week": published - timedelta(days=published.weekday()),
                     "month": published.replace(day=1), "year": published.replace(month=1, day=1)}[unit]
        return (start.isoformat() if start else None), published.isoformat()
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None, None
    if re.fullmatch(r"(in\s+)?\d{4}", lowered):
        return f"{parsed.year}-01-01", f"{parsed.year}-12-31"
    d = parsed.date().isoformat()
    return d, d


def when_in(sentence: Span, published: date | None, action: Token | None = None) -> When | None:
    """The time of an action: the DATE entity attached to the action word if there is one, else
    the sentence's first; resolved against the publication date. None when the sentence has none."""
    dates = [ent for ent in entities_in(sentence) if ent.label_ == "DATE"]
    if action is not None:
        attached = [ent for ent in dates if action == ent.root or action in ent.root.ancestors
                    and not any(a.dep_ in {"relcl", "acl"} and a.i != action.i and a in action.subtree
                                for a in ent.root.ancestors)]
        dates = attached or dates
    else:
        attached = []
    if not dates:
        return None
    ent = dates[0]
    start, end = resolve(ent.text, published)
    return When(ent.text, start, end, ent.start_char, ent.end_char, bool(attached))
