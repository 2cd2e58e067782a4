"""Faster, output-identical stand-ins for slow spots of trafilatura (installed by ``extractor.article``).

``trafilatura.json_metadata.extract_json_author`` reads author names from JSON-LD that does not
parse (its fallback): it finds the leftmost match of a regular expression, keeps its name, cuts
the match out of the text and searches again from the start of the text. On a live blog whose
JSON-LD repeats an author block for each of its 1,700 updates (800 KB) that is 1,700 searches of
the whole text: nearly two seconds for one page, more than the rest of the page costs.

``extract_json_author`` below gives the same names in the same order, searching again only from
just before the cut. A match that starts before the cut would have to reach past it, and so
cross every character before the cut that the expression cannot pass before its name (``}`` and
``[`` for ``JSON_AUTHOR_1``, ``}`` for ``JSON_AUTHOR_2``): none lies between its start and the
cut. It cannot have got past one in its name part either, since from there it would have matched
in the text before the cut, where the leftmost match was the one cut. So the search restarts
after the last such character before the cut, less the longest literal the expression starts
with (a literal can be joined across the cut). Expressions other than those two are searched
the original way. ``tests/test_trafilatura_speedups.py`` checks both against the original.

``trafilatura.json_metadata.normalize_json`` drops lone surrogates one character at a time in
Python; ``normalize_json`` below does it with one regular expression, same output.

Inside ``for_records()`` (``extractor.article`` reads pages in it), in that thread only:

- ``trafilatura.metadata.extract_metadata`` does not look for a page's categories, tags and
  licence (a fifth of its time on ordinary news), which no record holds: the two look-ups give
  nothing at once. They only read the tree, so every other field, and the text, is what it was.
- the look-ups for boilerplate, comments and infinite scroll (``OVERALL_DISCARD_XPATH``,
  ``REMOVE_COMMENTS_XPATH``, ...) are evaluated in Python (``extractor.trafilatura_discard``),
  same elements in the same order.

Anywhere else, and in any other thread, trafilatura is its own.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from html import unescape

from trafilatura import json_metadata, metadata, xpaths

from extractor import trafilatura_discard

ORIGINAL_EXTRACT_JSON_AUTHOR = json_metadata.extract_json_author
# per expression: the characters it cannot cross before its name, and the literal it starts with
STOPS = {json_metadata.JSON_AUTHOR_1.pattern: "}[", json_metadata.JSON_AUTHOR_2.pattern: "}"}
STARTS = {json_metadata.JSON_AUTHOR_1.pattern: re.compile('"author"'),
          json_metadata.JSON_AUTHOR_2.pattern: re.compile('"[Pp]erson"')}
MARGIN = 16  # more than the longest literal an expression starts with ('"author":', '"Person"')


def restart_at(text: str, cut: int, stops: str) -> int:
    """Where to search again after a match was cut out at ``cut``: just before the last
    character of ``stops`` before the cut (0 when there is none), at most ``cut``."""
    last = max(text.rfind(ch, 0, cut) for ch in stops)
    return max(0, min(last + 1, cut) - MARGIN)


class Cut:
    """The text with the matches cut out so far, kept as the pieces before the last cut and the
    original text from the end of that cut (``text[pos:]``), so that a cut copies nothing when
    the next search can start there."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0
        self.kept: list[str] = []

    def next_search(self, start: int, end: int, stops: str, literal: re.Pattern[str]) -> int:
        """Cut out ``text[start:end]``; the position in ``text`` to search from next."""
        last = max(self.text.rfind(ch, self.pos, start) for ch in stops)
        restart = min(last + 1, start) - MARGIN
        if last >= 0 and restart >= self.pos:
            head = self.text[restart:start]
            opening = literal.search(head + self.text[end:end + MARGIN])
            if opening is None or opening.start() >= len(head):
                self.kept.append(self.text[self.pos:start])
                self.pos = end
                return end  # no match can start before the cut: search on from its end
        text = "".join(self.kept) + self.text[self.pos:start] + self.text[end:]
        cut = len(text) - (len(self.text) - end)
        self.text, self.pos, self.kept = text, 0, []
        return restart_at(text, cut, stops)


def extract_json_author(elemtext: str, regular_expression: re.Pattern[str]) -> str | None:
    """``trafilatura.json_metadata.extract_json_author``, same output, each search from the
    last cut (see the module's docstring)."""
    stops = STOPS.get(regular_expression.pattern)
    if stops is None or regular_expression.flags != re.DOTALL | re.UNICODE:
        return ORIGINAL_EXTRACT_JSON_AUTHOR(elemtext, regular_expression)
    literal = STARTS[regular_expression.pattern]
    authors = None
    text = Cut(elemtext)
    mymatch = regular_expression.search(elemtext)
    while mymatch:
        name = next(filter(None, mymatch.groups()), None)
        if not name or " " not in name:
            break
        authors = json_metadata.normalize_authors(authors, name)
        at = text.next_search(mymatch.start(), mymatch.end(), stops, literal)
        mymatch = regular_expression.search(text.text, at)
    return authors or None


ORIGINAL_NORMALIZE_JSON = json_metadata.normalize_json
SURROGATES = re.compile("[\ud800-\udfff]")


def normalize_json(string: str) -> str:
    """``trafilatura.json_metadata.normalize_json``, same output (surrogates dropped at once)."""
    if "\\" in string:
        string = string.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        string = json_metadata.JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), string)
        string = SURROGATES.sub("", string)
        string = unescape(string)
    return json_metadata.trim(json_metadata.HTML_STRIP_TAGS.sub("", string))


ORIGINAL_EXTRACT_CATSTAGS = metadata.extract_catstags
ORIGINAL_EXTRACT_LICENSE = metadata.extract_license
_SKIPPING = threading.local()


@contextmanager
def for_records() -> Iterator[None]:
    """Within (this thread): trafilatura as records need it (see the module's docstring)."""
    before = reading_for_records()
    _SKIPPING.on = True
    try:
        yield
    finally:
        _SKIPPING.on = before


def reading_for_records() -> bool:
    return getattr(_SKIPPING, "on", False)


def extract_catstags(metatype: str, tree: object) -> list[str]:
    """``trafilatura.metadata.extract_catstags``, or nothing inside ``for_records()``."""
    return [] if reading_for_records() else ORIGINAL_EXTRACT_CATSTAGS(metatype, tree)


def extract_license(tree: object) -> str | None:
    """``trafilatura.metadata.extract_license``, or nothing inside ``for_records()``."""
    return None if reading_for_records() else ORIGINAL_EXTRACT_LICENSE(tree)


def install() -> None:
    """Put the stand-ins in place of trafilatura's functions (idempotent)."""
    json_metadata.extract_json_author = extract_json_author
    json_metadata.normalize_json = metadata.normalize_json = normalize_json
    metadata.extract_catstags = extract_catstags
    metadata.extract_license = extract_license
    for expressions in DISCARD_LISTS:
        trafilatura_discard.install(expressions, reading_for_records)


# trafilatura's lists of expressions whose re:test ones are evaluated in Python when reading for records
DISCARD_LISTS = (xpaths.OVERALL_DISCARD_XPATH, xpaths.RAW_TREE_PRUNE_XPATH,
                 xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH, xpaths.REMOVE_COMMENTS_XPATH)
