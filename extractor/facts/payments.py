"""Payments: what a demonetisation takes away ('cut off the creator's payouts', 'cuts off ad
revenue for a finfluencer': whose money it was) and what restoring it gives back ('monetization
was restored', 'So monetisation is back.')."""
from __future__ import annotations

from spacy.tokens import Token

MONEY_WORDS = {"payouts", "payout", "monetization", "monetisation", "earnings", "revenue", "royalties", "ads",
               "advertising", "money"}
# what a demonetisation took away, restored ('YouTube restored monetization on the channel'; not
# 'the ads were restored', which may be the ads themselves)
PAY_WORDS = MONEY_WORDS - {"payout", "royalties", "ads", "advertising", "money"}
RESTORING_VERBS = {"restore", "reinstate", "resume", "reenable", "re-enable", "return"}


def restored_pay(token: Token) -> Token | None:
    """The money a restoring word gives back ('monetization was restored', 'YouTube restored
    monetization on the channel', 'So monetisation is back.'): the money noun, or None."""
    if token.lemma_.lower() in RESTORING_VERBS:
        holder, deps = token, {"dobj", "nsubjpass"}
    elif token.lower_ == "back" and token.head.lemma_ == "be":
        holder, deps = token.head, {"nsubj"}
    else:
        return None
    return next((c for c in holder.children if c.dep_ in deps and c.lower_ in PAY_WORDS), None)


def paid(acted_on: list[Token], action: Token) -> list[Token]:
    """"cut off the creator's payouts", 'cuts off ad revenue for a finfluencer': whose money it was."""
    money = [n for n in acted_on if n.lower_ in MONEY_WORDS]
    near = [c for n in money for c in n.children] + (list(action.children) if money else [])
    return [c for c in near if c.dep_ == "poss"] + [p for x in near if x.dep_ == "prep" and x.lower_ in {
        "for", "to"} for p in x.children if p.dep_ == "pobj"]
