"""Reversals: the verb that undoes an action told by its noun ('lifted its ban', 'the suspension
was lifted', 'reversed its decision to remove the page'), which makes a reinstatement of it."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.cues import CUES

BACKTRACK_VERBS = {"backtrack", "relent", "reverse", "u-turn"}


def reversal_verb(token: Token) -> Token | None:
    """The verb that undoes an action: 'lifted its ban', 'the suspension was lifted', 'reversed
    its decision to remove the page' (``reversal_verbs`` in cues.json), or None."""
    noun = token
    if token.dep_ == "pcomp" and token.head.lower_ == "after" and token.head.head.lemma_.lower() in (
            BACKTRACK_VERBS):
        return token.head.head  # 'Twitter backtracks after blocking the ad'
    if token.pos_ == "VERB" and token.head.lemma_.lower() in CUES["decision_nouns"] and token.dep_ in {
            "acl", "xcomp", "relcl"}:
        noun = token.head  # 'its decision to remove'
    if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "nsubjpass"}:
        return None
    verb = noun.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in CUES["reversal_verbs"] else None
