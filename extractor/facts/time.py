"""The time of an action: the date expression of its sentence, resolved against the publication
date (``extractor.facts.dates``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from extractor.facts.dates import resolve
from extractor.facts.entities import entities_in

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
    if (len(ent) == 1 and ent[0].like_num and len(ent.text) <= 3 and before is not None and before.text == ","
            and ent.start > 1 and ent.doc[ent.start - 2].pos_ == "PROPN"):
        return False  # 'Boxer Tommy Kane, 30, kicked off Twitter': an age after a name
    return not (after is not None and after.lower_ in {"old", "-"})


@dataclass(frozen=True)
class TimeSpan:
    """A time expression of the text: one entity, or two joined by 'between ... and ...'."""

    text: str
    start_char: int
    end_char: int
    root: Token


CLAUSE_DEPS = {"advcl", "ccomp", "conj", "xcomp"}
RANGE_WORDS = {"and", "to", "through", "until", "till", "-", "–", "—"}
OPENING_WORDS = {"between", "from", "since"}


def time_spans(sentence: Span) -> list[TimeSpan]:
    """The sentence's time expressions: 'between May 2 and May 9' is one even when the model tags
    two dates; 'since March 1' keeps its 'since' (it runs to publication)."""
    ents = [ent for ent in entities_in(sentence) if is_time(ent)]
    doc = sentence.doc
    out: list[TimeSpan] = []
    i = 0
    while i < len(ents):
        ent, first, last = ents[i], ents[i].start, ents[i].end
        opening = first > 0 and doc[first - 1].lower_ in OPENING_WORDS
        joined = i + 1 < len(ents) and ents[i + 1].start == last + 1 and doc[last].lower_ in RANGE_WORDS
        if opening and doc[first - 1].lower_ != "since" and joined:
            last = ents[i + 1].end
            i += 1
        if opening and (doc[first - 1].lower_ == "since" or re.search(r"\b(and|to|through|until|till)\b|[-–]",
                                                                      doc[first:last].text, re.I)):
            first -= 1
        span = doc[first:last]
        out.append(TimeSpan(span.text, span.start_char, span.end_char, ent.root))
        i += 1
    return out


def when_in(sentence: Span, published: date | None, action: Token | None = None) -> When | None:
    """The time of an action: the time expression attached to the action word if there is one,
    else the sentence's first; resolved against the publication date. None when there is none."""
    spans = time_spans(sentence)
    if action is not None:
        attached = [t for t in spans if action == t.root or action in t.root.ancestors
                    and not any(a.i != action.i and a in action.subtree and own_clause(a)
                                for a in t.root.ancestors)]
        spans = attached or spans
    else:
        attached = []
    if not spans:
        return None
    resolved = [(t, resolve(t.text, published)) for t in spans]
    span, found = next(((t, r) for t, r in resolved if r.precision is not None), resolved[0])
    return When(span.text, iso(found.start), iso(found.end), span.start_char, span.end_char, span in attached,
                found.precision, iso(found.anchor))


def own_clause(token: Token) -> bool:
    """A clause with its own verb below the action word ('after another was suspended in August',
    'and restored it on Friday'): its time is not the action's."""
    return token.dep_ in {"relcl", "acl"} or token.dep_ in CLAUSE_DEPS and token.pos_ in {"VERB", "AUX"}


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
