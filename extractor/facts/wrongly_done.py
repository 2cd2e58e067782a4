"""Acts told as wrongly done: 'my documentary should not have been taken down', 'Twitter should
never have banned him'. The complaint says the act was done, so it is no plan or negation ('should
have been banned', without the negation, says it was not done)."""
from __future__ import annotations

from spacy.tokens import Token

COUNTERFACTUAL_MODALS = {"should", "ought"}  # ("shouldn't" is split: "should", "n't")


def wrongly_done(token: Token) -> bool:
    """'my documentary should not have been taken down from YouTube', 'Twitter should never have
    banned him': a complaint that the act was done, so it was (not 'should have been banned',
    which says it was not)."""
    if token.tag_ != "VBN":
        return False
    aux = {c.lower_ for c in token.children if c.dep_ in {"aux", "neg", "auxpass", "advmod"}}
    return bool(aux & COUNTERFACTUAL_MODALS) and "have" in aux and bool(aux & {"not", "never", "n't"})
