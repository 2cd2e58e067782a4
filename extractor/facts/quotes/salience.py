"""Who a pronoun or a definite description (``he``, ``the senator``) stands for: the person most
in focus before it, by the place and the role of each earlier mention.

A mention is a candidate when it is the subject of its clause (a name in apposition to a subject
counts: ``his wife, Jane, called ...``), the speaker of an earlier quote, or a subject pronoun
(which stands for whoever was in focus before it). In the nearest sentence before the pronoun that
has a candidate, the subject of the main clause wins over one of a clause below it (``Brian
Murphy said Trump hurt his cause. "...," he said`` is Murphy's), the later of two of the same rank
wins; with no main-clause subject there, the last subject named; with no subject that fits at all,
the last person named.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from extractor.facts.quotes.vocab import PERSON_LABELS, SUBJECT_DEPS, Mention

SENTENCES_LOOKED_AT = 1  # nearest sentences with a candidate searched for a main-clause subject


@dataclass(frozen=True)
class Speaker:
    name: str
    mention: Mention
    platform: str | None
    kind: str  # person | org | other


@dataclass(frozen=True)
class Candidate:
    at: int  # offset of the mention
    sentence: int  # offset of the start of its sentence
    main: bool  # the subject of the sentence's main clause
    speaker: Speaker | None  # None: a pronoun, standing for whoever was in focus before it
    gender: str | None = None  # a pronoun's gender, or a describing word's ('spokeswoman')
    subject: bool = True  # False: a person named in another role, in focus only when nobody else is


def subject_of_clause(tok: Token) -> Token | None:
    """The subject a mention is, itself or through an apposition (``the CEO, Jane Roe,``)."""
    if tok.dep_ in SUBJECT_DEPS:
        return tok
    if tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS:
        return tok.head
    if any(c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
           for c in tok.children):
        return tok  # 'That decision angered Marian Doyle, who lives ...': the subject of her own clause
    return None


def in_main_clause(subject: Token) -> bool:
    """Is a subject that of the main verb of its sentence (or of a verb joined to it by ``and``)?"""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def candidate(tok: Token, speaker: Speaker, at: int, main: bool | None = None) -> Candidate:
    """A mention at ``at`` whose head is ``tok``; ``main``: known to be a main-clause subject."""
    subject = subject_of_clause(tok)
    if main is None:
        main = subject is not None and in_main_clause(subject)
    return Candidate(at, tok.sent.start_char, main, speaker, subject=subject is not None or main)


def most_salient(candidates: list[Candidate], before: int,
                 fits: Callable[[Candidate], bool]) -> Candidate | None:
    """The candidate in focus at ``before`` (see the module docstring); a resolved mention wins
    over a pronoun at the same place."""
    named = [c for c in candidates if c.at < before and fits(c)]
    usable = [c for c in named if c.subject]
    if not usable:  # nobody fitting named as a subject: the last person named at all
        return max(named, key=rank) if named else None
    nearest = sorted({c.sentence for c in usable}, reverse=True)[:SENTENCES_LOOKED_AT]
    for sentence in nearest:
        main = [c for c in usable if c.sentence == sentence and c.main]
        if main:
            return max(main, key=rank)
    return max(usable, key=rank)


def rank(c: Candidate) -> tuple[int, bool]:
    return c.at, c.speaker is not None


def addressed(subject: Token) -> frozenset[str]:
    """The names a subject's verb is said or written to (``he told Hannity``, ``she wrote to Ann
    Roe``): the subject is not one of them."""
    verb = subject.head
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
              if g.dep_ == "pobj"]
    return frozenset(t.text for h in heads for t in h.subtree
                     if t.ent_type_ in PERSON_LABELS or t.pos_ == "PROPN")
