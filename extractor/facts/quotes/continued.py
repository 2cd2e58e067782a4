"""'The developer continued: "..."' after a quote of Unomelon's: a definite description as the
subject of a verb that says the speaking goes on ('continued', 'added') is the speaker of the
quote just before, when that one is near (the description says what the speaker is, not who)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from extractor.facts.quotes.salience import Speaker
from extractor.facts.quotes.vocab import DEFINITE

if TYPE_CHECKING:
    from extractor.facts.quotes.assemble import Attribution
    from extractor.facts.quotes.cues import DocIndex

GOING_ON_LEMMAS = {"continue", "add"}
NEAR_PARAGRAPHS = 2  # paragraph breaks at most between the quote before and this one


def going_on(index: DocIndex, att: Attribution, previous: Attribution | None) -> Speaker | None:
    """The speaker of ``previous`` when ``att``'s cue is 'the developer continued' or 'the
    company added', with the quote before it no more than ``NEAR_PARAGRAPHS`` breaks away."""
    cue = att.cue
    if previous is None or previous.speaker is None or cue is None or cue.verb is None:
        return None
    head = cue.speaker_token
    if (head is None or cue.verb.lemma_.lower() not in GOING_ON_LEMMAS or head.pos_ != "NOUN"
            or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
            or any(c.dep_ in {"poss", "compound", "appos"} for c in head.children)):
        return None
    between = index.text[previous.span.end:att.span.start]
    if len([part for part in between.split("\n") if part.strip()]) > NEAR_PARAGRAPHS + 1:
        return None  # more than NEAR_PARAGRAPHS paragraphs of narration between
    return replace(previous.speaker, mention=(head.text, head.idx, head.idx + len(head)))
