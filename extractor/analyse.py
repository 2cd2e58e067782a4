"""How far an article is analysed: the screen, then the candidate lines, then the whole text.

1. The screen (tokenizer and PhraseMatcher, ``extractor.screen``): no line with moderation
   wording near a platform name, no parsing at all (no events, no quotes).
2. The candidate lines (headline, lines naming a platform, lines with moderation wording) are
   parsed and their events looked for: none, and only the lines holding a quotation longer than
   a scare quote (found by the text scanner of ``facts.quotes``) and the line before such a quote
   opening its line are parsed more, without the statistical NER, for the article's quotes; the
   rest is not parsed (short quoted fragments there are not looked for).
   (NER is not left out here: some rules need it to find an event at all, e.g. "Elon Musk
   reinstated Kathy Griffin's Twitter account" needs Musk to be a PERSON.)
3. Otherwise the whole article is parsed (the candidate lines are not parsed again) and every
   fact is taken from it, exactly as without the screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from extractor.events import has_events
from extractor.facts.quotes import Quote, find_quotes, load_cues, quote_lines, shifted
from extractor.newsrooms import mark_publisher
from extractor.nlp import LineDocs
from extractor.screen import NO_EVENT_IN_CANDIDATE_LINES, NO_PLATFORM_NEAR_MODERATION, OFF, PASSED, screen
from extractor.settings import Settings

QUOTE_LINES_BEFORE = 1  # lines parsed before a quote that opens its line (its introduction)
QUOTE_LINES_AFTER = 0
QUOTE_LINES_SKIP = ("ner",)  # components left out when parsing lines for quotes only


@dataclass(frozen=True)
class Analysis:
    """What the analysis gives a record: the whole article parsed (None when the screen stopped
    it), the quotes when they were taken from some lines only, and the record's ``screen`` value."""

    doc: Doc | None
    screen: str
    quotes: list[Quote] | None = None


def analyse(text: str, published: date | None, settings: Settings, publisher: str | None = None) -> Analysis:
    """Parse as much of the article as its screen result asks for. ``publisher``: the platform
    whose own newsroom published the article (``extractor.newsrooms``), which names its platform
    on every line: moderation wording anywhere passes the screen's first stage."""
    if not settings.screen:
        return Analysis(mark_publisher(LineDocs(text, settings.model).doc(), publisher), OFF)
    seen = screen(text, settings.model)
    if not (seen.passed or publisher and seen.moderation_lines):
        return Analysis(None, NO_PLATFORM_NEAR_MODERATION, [])
    lines = LineDocs(text, settings.model)
    if not has_events(mark_publisher(lines.doc(seen.candidate_lines), publisher), published):
        return Analysis(None, NO_EVENT_IN_CANDIDATE_LINES, quotes_of_some_lines(lines))
    return Analysis(mark_publisher(lines.doc(), publisher), PASSED)


def lines_for_quotes(lines: list[str]) -> set[int]:
    """The lines to parse for the quotes of a stage-2 stop: those holding a quotation longer than
    a scare quote, and the line before such a quote when it opens its line."""
    return quote_lines(lines, QUOTE_LINES_BEFORE, QUOTE_LINES_AFTER, load_cues().max_scare_words + 1)


def quotes_of_some_lines(lines: LineDocs) -> list[Quote]:
    """The quotes of an article whose event stage found nothing, parsing only the lines that hold
    a quotation longer than a scare quote and the line before each such quote that opens its
    line (a cue such as ``X said:`` sits there), and the headline (who 'the company' is), with
    offsets into the whole text. Those lines are parsed without the statistical NER, more than
    half of the parse's cost: speakers are then named from the proper nouns and the platform names
    (the entity ruler still runs); lines parsed for events keep their entities."""
    wanted = lines_for_quotes(lines.lines)
    if not wanted:
        return []
    wanted.add(0)  # the headline (line 0, as in the screen's candidate lines): 'the company' is named there
    chosen = sorted(wanted)
    missing = list(dict.fromkeys(lines.lines[n] for n in chosen if lines.lines[n] not in lines.by_text))
    with lines.nlp.select_pipes(disable=list(QUOTE_LINES_SKIP)):
        extra = dict(zip(missing, lines.nlp.pipe(missing, batch_size=64), strict=True))
    parsed = [lines.by_text.get(lines.lines[n]) or extra[lines.lines[n]] for n in chosen]
    doc = Doc.from_docs(parsed, ensure_whitespace=False, exclude=["tensor"])
    starts, pos = [], 0
    for line in lines.lines:
        starts.append(pos)
        pos += len(line)
    shift_at, pos = [], 0  # (start in the partial text, shift to the whole text) per chosen line
    for n in chosen:
        shift_at.append((pos, starts[n] - pos))
        pos += len(lines.lines[n])
    return [shifted(q, shift_at) for q in find_quotes(doc, lines.text)]
