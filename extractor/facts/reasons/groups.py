"""Groups behind the targets and the reasons given for an action."""
from __future__ import annotations

from spacy.tokens import Token

# "accounts linked to X", "run by X", "operated by X", "tied to X", "associated with X"
GROUP_VERBS = {"link", "tie", "connect", "associate", "run", "operate", "affiliate", "belong", "control",
               "back", "attribute"}
GROUP_PREPS = {"to", "by", "with"}
REASON_PREPS = {"for", "over"}
REASON_VERBS = {"violate", "break", "breach", "spread", "promote", "post", "share", "engage"}


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


def reasons_of(action: Token) -> list[str]:
    """Stated reasons: 'suspended for violating rules', 'removed over misinformation'."""
    found: list[str] = []
    for c in action.children:
        if c.dep_ == "prep" and c.lower_ in REASON_PREPS:
            for obj in c.children:
                if obj.dep_ in {"pobj", "pcomp"} and obj.ent_type_ not in {"DATE", "TIME"}:
                    text = phrase(obj)
                    if text and text not in found:
                        found.append(text)
        if c.dep_ == "advcl" and c.lemma_.lower() in REASON_VERBS:
            text = phrase(c)
            if text not in found:
                found.append(text)
    return found
