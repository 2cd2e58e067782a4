"""How far an article is analysed: the screen, then the candidate lines, then the whole text.

1. The screen (tokenizer and PhraseMatcher, ``extractor.screen``): no line with moderation
   wording near a platform name, no parsing at all.
2. The candidate lines (headline, lines naming a platform, lines with moderation wording) are
   parsed and their events looked for: none, and the rest of the article is not parsed.
   (NER is not left out here: some rules need it to find an event at all, e.g. "Elon Musk
   reinstated Kathy Griffin's Twitter account" needs Musk to be a PERSON.)
3. Otherwise the whole article is parsed (the candidate lines are not parsed again) and every
   fact is taken from it, exactly as without the screen.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from extractor.event_record import extract_events
from extractor.nlp import LineDocs
from extractor.screen import NO_EVENT_IN_CANDIDATE_LINES, NO_PLATFORM_NEAR_MODERATION, OFF, PASSED, screen
from extractor.settings import Settings


def analyse(text: str, published: date | None, settings: Settings) -> tuple[Doc | None, str]:
    """The parsed article (None when the screen stopped it) and how far it went (the record's
    ``screen`` value)."""
    if not settings.screen:
        return LineDocs(text, settings.model).doc(), OFF
    seen = screen(text, settings.model)
    if not seen.passed:
        return None, NO_PLATFORM_NEAR_MODERATION
    lines = LineDocs(text, settings.model)
    if not extract_events(lines.doc(seen.candidate_lines), published):
        return None, NO_EVENT_IN_CANDIDATE_LINES
    return lines.doc(), PASSED
