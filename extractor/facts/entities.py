"""The named entities of a Doc, listed once per Doc and found by position.

``doc.ents`` and ``span.ents`` build every entity of the whole Doc on each call, so a facts
module that asks for them per sentence or per token spends its time walking the Doc again and
again. These helpers build the list once (kept in ``doc.user_data``) and look entities up by
bisection. Call them only after the pipeline has run: the list is not refreshed.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

CACHE_KEY = "extractor.entities"


def _indexed(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    """The Doc's entities and their start tokens, built once and kept in ``doc.user_data``."""
    cached = doc.user_data.get(CACHE_KEY)
    if cached is None or cached[0] != len(doc):
        ents = tuple(doc.ents)
        cached = (len(doc), ents, [e.start for e in ents])
        doc.user_data[CACHE_KEY] = cached
    return cached[1], cached[2]


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """Every entity of the Doc, in text order."""
    return _indexed(doc)[0]


def entities_in(span: Span) -> list[Span]:
    """The entities wholly inside a span (as ``span.ents`` gives them)."""
    ents, starts = _indexed(span.doc)
    lo = bisect.bisect_left(starts, span.start)
    hi = bisect.bisect_left(starts, span.end)
    return [e for e in ents[lo:hi] if e.end <= span.end]


def entity_at(token: Token) -> Span | None:
    """The entity a token is part of, or None."""
    if not token.ent_type_:
        return None
    ents, starts = _indexed(token.doc)
    k = bisect.bisect_right(starts, token.i) - 1
    if k >= 0 and ents[k].start <= token.i < ents[k].end:
        return ents[k]
    return None


TEXT_KEY = "extractor.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token again on each access)."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None or len(cached) < len(doc):
        cached = doc.user_data[TEXT_KEY] = doc.text
    return cached
