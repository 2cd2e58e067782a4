"""Names given in apposition to what was acted on: 'The channel, Northern Front News, had 120,000
subscribers', 'two packages, aryi and suffer, ...', 'The three candidates are A, B and C'."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.accounts import (
    DEFINITE,
    FOLLOWER_NOUNS,
    PACKAGE_NOUNS,
    NamedAccount,
    account_from,
    package_name,
    same_name,
)
from extractor.facts.numbers import count_of


def described_accounts(noun: Token) -> list[NamedAccount]:
    """'The channel, Northern Front News, had 120,000 subscribers', 'The accounts, @a and @b, ...':
    names in apposition to a definite target noun, with the followers the sentence gives them."""
    name = noun.head
    if (noun.dep_ in {"nmod", "compound"} and name.i == noun.i + 2 and noun.nbor(1).text == ","
            and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in name.children)):
        # 'The account, @GLindqvist_FinMin, carried ...': the parse hung the noun on the name
        found = account_from(name)
        return [found] if found is not None else []
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return []
    out = apposed_names(noun)
    if len(out) == 1 and out[0].followers is None:
        verb = noun.head
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.lower_ in FOLLOWER_NOUNS and noun.dep_ == "nsubj":
                counted = count_of(obj)
                if counted:
                    out[0] = NamedAccount(out[0].name, out[0].handle, counted.value, counted.text,
                                          out[0].start, out[0].end)
    return out


def apposed_names(noun: Token) -> list[NamedAccount]:
    """'two packages, aryi and suffer, ...': the names in apposition to a noun, each once."""
    out: list[NamedAccount] = []
    named = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # 'The three candidates are A, B and C'
        named += [c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
    for c in named:
        listed = [c, *c.conjuncts]
        # 'latex-online, hotdog-tabs, mstest2': the parse may hang a list's last name on the one
        # before it as another apposition
        listed += [a for n in listed[1:] for a in n.children if a.dep_ == "appos" and a not in listed]
        for name in listed:
            account = account_from(name) or (package_name(name) if noun.lower_ in PACKAGE_NOUNS else None)
            if account and not any(same_name(a.name, account.name) for a in out):
                out.append(account)
    return out
