"""Objects the parse hung elsewhere: 'The platform took down more than 4,000 channels linked to a
campaign' parsed as if 'channels linked to a campaign' were a clause of its own ('channels' its
subject, 'linked' a clausal complement of 'took'). The subject of such a participle clause,
with no auxiliary of its own, is the object of the verb it hangs from.
"""
from __future__ import annotations

from spacy.tokens import Token

CLAUSE_DEPS = {"ccomp"}
PARTICIPLE_TAG = "VBN"
AUX_DEPS = {"aux", "auxpass"}
NOMINAL_POS = {"NOUN", "PROPN"}


def reduced_clause_objects(verb: Token) -> list[Token]:
    """The nouns a verb with no object acts on through a misparsed reduced relative clause:
    'took down 4,000 channels linked to ...', 'removed 300 accounts tied to ...'."""
    return [s for c in verb.children if c.dep_ in CLAUSE_DEPS and c.tag_ == PARTICIPLE_TAG and c.i > verb.i
            and not any(a.dep_ in AUX_DEPS for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ in NOMINAL_POS and s.i < c.i]
