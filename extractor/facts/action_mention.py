"""One moderation action told in the text, linked to the platform that took it (made by
``extractor.facts.actions`` and ``extractor.facts.notices``)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class ActionMention:
    action: str  # one of the closed action list
    action_text: str
    start: int  # character offsets of the action wording
    end: int
    head: int  # token index of the action word (verb or noun)
    platform: str
    # agent, subject, subject-reference, staff, place, noun, target, sentence, article, return, owner
    platform_rule: str
    sentence_start: int  # character offsets of the sentence
    sentence_end: int
    adjectival: bool  # 'banned accounts': presupposes an action told elsewhere
    notice_target: str | None = None  # a quoted notice ('Account suspended'): the kind it names


def text_order(doc: Doc, mention: ActionMention) -> int:
    """Where a mention stands in the text; a reversal ('lifted its ban') after the action noun it
    undoes."""
    if mention.action != "reinstate" or doc[mention.head].pos_ != "NOUN":
        return mention.start
    return max(mention.start, doc[mention.head].idx) + 1
