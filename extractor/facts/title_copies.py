"""Copies of the headline: an aggregator's page or a share line writes the article's first line
again, word for word ('Full story on F3News: <headline> - Los Angeles Times'). An action told in a
copy, at the place where the headline itself told one, is the headline's own, already read there;
read again, its pronouns find other referents ('... after it suspended Rose McGowan's account'
after a list of other outlets' headlines: 'it' as the last platform named before the copy)."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from extractor.facts.action_mention import ActionMention
from extractor.facts.entities import doc_text

MIN_TITLE_WORDS = 4  # a short first line ('Outage', 'Update') may recur as words of the story


def title_and_copies(doc: Doc) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """The first line's (start, end) and those of every later word-for-word copy of it."""
    text = doc_text(doc)
    stripped = text.lstrip()
    line = stripped.split("\n", 1)[0].strip()
    if len(line.split()) < MIN_TITLE_WORDS:
        return None, []
    start = text.find(line)
    copies: list[tuple[int, int]] = []
    at = text.find(line, start + len(line))
    while at >= 0:
        copies.append((at, at + len(line)))
        at = text.find(line, at + len(line))
    return (start, start + len(line)), copies


def without_title_copies(doc: Doc, mentions: Sequence[ActionMention]) -> list[ActionMention]:
    """The mentions, less those told in a copy of the headline where the headline told its own."""
    title, copies = title_and_copies(doc)
    if title is None or not copies:
        return list(mentions)
    told = {m.start - title[0] for m in mentions if title[0] <= m.start and m.end <= title[1]}
    return [m for m in mentions
            if not any(c0 <= m.start and m.end <= c1 and m.start - c0 in told for c0, c1 in copies)]
