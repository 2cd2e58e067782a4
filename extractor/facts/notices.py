"""Notices: what a platform shows in place of what it acted on ('Account suspended', 'This Tweet
is no longer available'), quoted in an article, as evidence of an action.

The wordings are data (``patterns/notices.json``: the notice, the action it tells, the kind of
thing acted on). A notice quoted in a sentence is a mention of that action by the platform the
sentence names (else the one named last before it, else the one the article is about); what was
acted on is the target noun the sentence holds outside the quote ("Jane Doe's Twitter profile"),
else the kind the notice names.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from extractor.facts.action_mention import ActionMention
from extractor.facts.entities import doc_text
from extractor.facts.name_words import QUOTE_OPENERS
from extractor.facts.platforms import PlatformMention, platforms_in, preceding_platform
from extractor.nlp import PATTERNS_DIR


@dataclass(frozen=True)
class Notice:
    action: str
    target: str
    start: int  # character offsets of the quoted notice's words
    end: int


@lru_cache(maxsize=1)
def notice_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    rows = json.loads((PATTERNS_DIR / "notices.json").read_text(encoding="utf-8"))["notices"]
    kinds = {key(row["text"]): (row["action"], row["target"]) for row in rows}
    words = sorted((row["text"] for row in rows), key=len, reverse=True)
    # words apart by spaces, apostrophes written either way ("isn't", "isn’t")
    alternatives = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in text.split())
                            for text in words)
    openers = "".join(sorted(QUOTE_OPENERS))
    return re.compile(rf"[{openers}]\s*(?P<notice>{alternatives})\b", re.IGNORECASE), kinds


def key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def notices_in(text: str) -> list[Notice]:
    pattern, kinds = notice_pattern()
    out = []
    for m in pattern.finditer(text):
        action, target = kinds[key(m.group("notice"))]
        out.append(Notice(action, target, m.start("notice"), m.end("notice")))
    return out


def notice_platform(sentence: Span, notice: Notice, mentions: list[PlatformMention],
                    about: str | None) -> tuple[str, str] | None:
    """The platform that showed the notice and the rule that found it."""
    named = platforms_in(sentence)
    if named:
        return named[0], "notice"
    before = preceding_platform(notice.start, mentions) or about
    return (before, "notice-article") if before else None


def outside(token: Token, notice: Notice) -> bool:
    return not notice.start <= token.idx < notice.end


def notice_nouns(sentence: Span, notice: Notice, types: dict[int, str]) -> list[Token]:
    """The target nouns the sentence names outside the quoted notice ('Jane Doe's profile')."""
    return [t for t in sentence if t.i in types and outside(t, notice)]


def notice_head(doc: Doc, notice: Notice) -> Token | None:
    span = doc.char_span(notice.start, notice.end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def notice_mentions(doc: Doc, found: list[ActionMention], mentions: list[PlatformMention],
                    about: str | None) -> list[ActionMention]:
    """Quoted notices ('Account suspended') that no action word already told (facts.notices)."""
    out = []
    for notice in notices_in(doc_text(doc)):
        head = notice_head(doc, notice)
        if head is None or any(notice.start <= m.start < notice.end for m in found):
            continue
        sentence = head.sent
        linked = notice_platform(sentence, notice, mentions, about)
        if linked is None:
            continue
        out.append(ActionMention(
            action=notice.action, action_text=doc_text(doc)[notice.start:notice.end], start=notice.start,
            end=notice.end, head=head.i, platform=linked[0], platform_rule=linked[1],
            sentence_start=sentence.start_char, sentence_end=sentence.end_char, adjectival=False,
            notice_target=notice.target))
    return out
