"""Groups behind the targets: 'accounts run by activists linked to the Occupy movement'."""
from __future__ import annotations

from spacy.tokens import Token

# "accounts linked to X", "run by X", "operated by X", "tied to X", "associated with X"
GROUP_VERBS = {"link", "tie", "connect", "associate", "run", "operate", "affiliate", "belong", "control",
               "back", "attribute"}
GROUP_PREPS = {"to", "by", "with"}


def phrase(token: Token, limit: int = 12) -> str:
    words = list(token.subtree)
    if len(words) > limit:
        words = [w for w in words if w.i <= token.i][-limit:]
    return " ".join(token.doc[words[0].i: words[-1].i + 1].text.split()).strip(" ,.;:")


def groups_of(nouns: list[Token]) -> list[str]:
    """Who runs the acted-on accounts: 'accounts run by activists linked to the Occupy movement'."""
    found: list[str] = []
    for noun in nouns:
        for t in noun.subtree:
            if t.lemma_.lower() in GROUP_VERBS and t.dep_ in {"acl", "relcl", "amod", "pcomp", "xcomp"}:
                for prep in t.children:
                    if prep.dep_ in {"prep", "agent"} and prep.lower_ in GROUP_PREPS:
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                text = phrase(obj)
                                if text and text not in found:
                                    found.append(text)
    return found
