"""How far an article is analysed: the screen, then the candidate lines, then the whole text.

1. The screen (tokenizer and PhraseMatcher, ``extractor.screen``): no line with moderation
   wording near a platform name, no parsing at all (no events, no quotes).
2. The candidate lines (headline, lines naming a platform, lines with moderation wording) are
   parsed and their events looked for: none, and only the lines holding a quotation (found by
   the text scanner of ``facts.quotes``) and the line on each side of them are parsed more, for
   the article's quotes; the rest of the article is not parsed.
   (NER is not left out here: some rules need it to find an event at all, e.g. "Elon Musk
   reinstated Kathy Griffin's Twitter account" needs Musk to be a PERSON.)
3. Otherwise the whole article is parsed (the candidate lines are not parsed again) and every
   fact is taken from it, exactly as without the screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from extractor.event_record import extract_events
from extractor.facts.quotes import Quote, find_quotes, quote_lines, shifted
from extractor.nlp import LineDocs
from extractor.screen import NO_EVENT_IN_CANDIDATE_LINES, NO_PLATFORM_NEAR_MODERATION, OFF, PASSED, screen
from extractor.settings import Settings

QUOTE_CONTEXT_LINES = 1  # lines parsed on each side of a line holding a quotation


@dataclass(frozen=True)
class Analysis:
    """What the analysis gives a record: the whole article parsed (None when the screen stopped
    it), the quotes when they were taken from some lines only, and the record's ``screen`` value."""

    doc: Doc | None
    screen: str
    quotes: list[Quote] | None = None


def analyse(text: str, published: date | None, settings: Settings) -> Analysis:
    """Parse as much of the article as its screen result asks for."""
    if not settings.screen:
        return Analysis(LineDocs(text, settings.model).doc(), OFF)
    seen = screen(text, settings.model)
    if not seen.passed:
        return Analysis(None, NO_PLATFORM_NEAR_MODERATION, [])
    lines = LineDocs(text, settings.model)
    if not extract_events(lines.doc(seen.candidate_lines), published):
        return Analysis(None, NO_EVENT_IN_CANDIDATE_LINES, quotes_of_some_lines(lines))
    return Analysis(lines.doc(), PASSED)


def quotes_of_some_lines(lines: LineDocs) -> list[Quote]:
    """The quotes of an article whose event stage found nothing, parsing only the lines that hold
    a quotation and their neighbours (a cue such as ``X said:`` sits in the line before), with
    offsets into the whole text."""
    wanted = quote_lines(lines.lines, QUOTE_CONTEXT_LINES)
    if not wanted:
        return []
    starts, pos = [], 0
    for line in lines.lines:
        starts.append(pos)
        pos += len(line)
    chosen = sorted(wanted)
    shift_at, pos = [], 0  # (start in the partial text, shift to the whole text) per chosen line
    for n in chosen:
        shift_at.append((pos, starts[n] - pos))
        pos += len(lines.lines[n])
    return [shifted(q, shift_at) for q in find_quotes(lines.doc(wanted))]
