"""Networks told by their parts: 'The larger operation used 212 Facebook accounts, 38 Pages and
nine Groups, along with 64 Instagram accounts ... Meta removed the network in March'; 'The second
network, which Meta took down in February, ran 47 Facebook accounts and 11 Pages'. What was
removed is the counted accounts, pages and groups the network is said to have used or run."""
from __future__ import annotations

from spacy.tokens import Token

NETWORK_NOUNS = {"network", "operation", "campaign", "cluster"}
# a network's verbs that say what it is made of
COMPOSING_VERBS = {"use", "run", "operate", "include", "comprise", "consist", "contain", "span", "involve",
                   "control", "have"}
OTHER_CLAUSES = {"xcomp", "ccomp", "advcl", "relcl", "acl", "nsubj", "nsubjpass"}
REFERRING_DETERMINERS = {"the", "this", "that", "each", "both"}


def counted_parts(verb: Token, types: dict[int, str]) -> list[Token]:
    """The counted target nouns a composing verb's own clause holds ('used 212 Facebook accounts,
    38 Pages and nine Groups, along with 64 Instagram accounts'), not those of clauses below it."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ not in OTHER_CLAUSES]
    while stack:
        t = stack.pop()
        if t.i in types and any(c.dep_ == "nummod" and c.like_num for c in t.children):
            out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in OTHER_CLAUSES)
    return sorted(out, key=lambda t: t.i)


def composing(subject: Token, types: dict[int, str]) -> list[Token]:
    """What a network noun, subject of its verb or of a verb joined to it, is said to be made of."""
    if subject.dep_ != "nsubj":
        return []
    verbs = [subject.head, *subject.head.conjuncts]
    return [p for v in verbs if v.lemma_.lower() in COMPOSING_VERBS for p in counted_parts(v, types)]


def network_parts(acted_on: list[Token], types: dict[int, str]) -> list[Token]:
    """The counted parts of a network acted on: told in its own sentence, or, for 'the network'
    with none, by the network noun that is the subject of the sentence before."""
    for noun in acted_on:
        if noun.lemma_.lower() not in NETWORK_NOUNS or noun.tag_ != "NN" or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue  # ('a network of 1,000 accounts' counts its own accounts)
        parts = composing(noun, types)
        if parts:
            return parts
        sentence = noun.sent
        if sentence.start == 0 or not any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS
                                          for c in noun.children):
            continue
        before = noun.doc[sentence.start - 1].sent
        for t in before:
            if t.lemma_.lower() in NETWORK_NOUNS and t.tag_ == "NN":
                parts = composing(t, types)
                if parts:
                    return parts
    return []
