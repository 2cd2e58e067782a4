"""What a pronoun acted on stands for inside its own sentence: 'it' in a clause hung on another
('... after it was removed', '... eight months after removing it') refers to a noun of the clause
it hangs from, the thing acted on there rather than the platform that acted; 'them' to the things
the sentence named before it ('These accounts were part of a spam operation, and we have
suspended them').
"""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.accounts import TARGET_WORDS
from extractor.facts.platforms import is_company_reference, platform_of_token

SUBJECT_DEPS = {"nsubj", "csubj", "nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj"}
NOMINAL_POS = {"NOUN", "PROPN"}
CLAUSE_PRONOUNS = {"it"}
PLURAL_PRONOUNS = {"them", "they"}
PLURAL_TAGS = {"NNS", "NNPS"}


def clause_antecedent(clause: Token) -> Token | None:
    """The noun an 'it' in the adverbial clause ``clause`` stands for, or None. 'The video ... is
    no longer available after it was removed': the subject of the clause above; 'X has reinstated
    the account of Priya Menon, three days after it was suspended', 'Google reinstated FreeVoice
    ..., eight months after removing it': the object of the clause above when its subject is the
    platform (or 'the company') that acted."""
    if clause.dep_ != "advcl":
        return None
    above = clause.head
    subjects = [c for c in above.children if c.dep_ in SUBJECT_DEPS]
    if any(s.dep_ == "nsubj" and (platform_of_token(s) or is_company_reference(s)) for s in subjects):
        return next((c for c in above.children if c.dep_ in OBJECT_DEPS and c.pos_ in NOMINAL_POS), None)
    return next((s for s in subjects if s.pos_ == "NOUN"), None)


def resolve_clause_pronouns(clause: Token, found: list[Token]) -> list[Token]:
    """``found`` (what the clause's action applies to) with an 'it' of the clause itself replaced
    by the noun it stands for (``clause_antecedent``)."""
    if not any(t.lower_ in CLAUSE_PRONOUNS and t.head == clause for t in found):
        return found
    antecedent = clause_antecedent(clause)
    if antecedent is None:
        return found
    return [antecedent if t.lower_ in CLAUSE_PRONOUNS and t.head == clause else t for t in found]


def plural_antecedent(pronoun: Token) -> Token | None:
    """The plural target noun ('accounts', 'videos') last written before 'them' (or 'they') in
    its sentence, or None."""
    if pronoun.lower_ not in PLURAL_PRONOUNS or not any(c.dep_ in {"nsubj", "agent"}
                                                        for c in pronoun.head.children):
        return None  # (not 'delays in nuking them', 'before they were closed': nobody said to act)
    for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if t.tag_ in PLURAL_TAGS and t.lower_ in TARGET_WORDS:
            return t
    return None
