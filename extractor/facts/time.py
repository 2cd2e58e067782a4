"""The time of an action: the date expression of its sentence, resolved against the publication
date (``extractor.facts.dates``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from extractor.facts.dates import resolve

# DATE entities that say how long or how old, not when: '15-year-old', 'a seven-day ban',
# 'for 12 hours', 'a months-long investigation', 'every week'
NOT_A_TIME = re.compile(r"(?:-|\s)(?:year|month|week|day|hour)s?[- ]old\b|\bold$|-long\b"
                        r"|^\w+-(?:day|week|month|year|hour)$|^(?:every|each|per)\b", re.I)
DURATION_PREPOSITIONS = {"for", "after", "within", "every"}
# TIME entities that are periods before publication: 'in the past 24 hours', 'overnight'
TIME_PERIOD = re.compile(r"^(?:the\s+)?(?:past|last|previous)\s+\d+\s+hours$|^(?:last night|this morning)$",
                         re.I)


@dataclass(frozen=True)
class When:
    text: str
    start: str | None  # ISO date
    end: str | None
    span_start: int
    span_end: int
    attached: bool = False  # the date hangs on the action word in the parse
    precision: str | None = None  # day, week, month, quarter, year
    anchor: str | None = None  # the publication date it was resolved against (ISO); None if absolute


def is_time(ent: Span) -> bool:
    """A DATE (or period TIME) entity that says when, not for how long or how old."""
    if ent.label_ == "TIME":
        return bool(TIME_PERIOD.match(ent.text))
    if ent.label_ != "DATE" or NOT_A_TIME.search(ent.text):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if before is not None and before.lower_ in DURATION_PREPOSITIONS:
        return False  # 'suspended for seven days', 'reinstated after 12 hours'
    return not (after is not None and after.lower_ in {"old", "-"})


def when_in(sentence: Span, published: date | None, action: Token | None = None) -> When | None:
    """The time of an action: the date attached to the action word if there is one, else the
    sentence's first; resolved against the publication date. None when the sentence has none."""
    dates = [ent for ent in sentence.ents if is_time(ent)]
    if action is not None:
        attached = [ent for ent in dates if action == ent.root or action in ent.root.ancestors
                    and not any(a.dep_ in {"relcl", "acl"} and a.i != action.i and a in action.subtree
                                for a in ent.root.ancestors)]
        dates = attached or dates
    else:
        attached = []
    if not dates:
        return None
    resolved = [(ent, resolve(expression(ent), published)) for ent in dates]
    ent, found = next(((e, r) for e, r in resolved if r.precision is not None), resolved[0])
    return When(ent.text, iso(found.start), iso(found.end), ent.start_char, ent.end_char, ent in attached,
                found.precision, iso(found.anchor))


def expression(ent: Span) -> str:
    """The entity with a range word the model left out: '[between] May 15 and June 15'."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in {"between", "from"} and re.search(
            r"\b(and|to|through|until)\b|[-–]", ent.text, re.I):
        return f"{doc[ent.start - 1].text} {ent.text}"
    return ent.text


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
