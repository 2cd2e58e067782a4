"""Domains as names: a site's domain written as its name ('Archive.today', 'kiwifarms.net'), and
the domain a definite 'the domain' acted on stands for."""
from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Token

from extractor.facts.named_account import NamedAccount

# a site's domain written as its name ('Archive.today', 'kiwifarms.net'): letters before the last dot
DOMAIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]{2,}(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,6})")


def domain_name(token: Token) -> bool:
    return DOMAIN_NAME.fullmatch(token.text) is not None and not token.like_email


DOMAIN_WINDOW = 61  # sentences before the one of 'the domain' searched for the domain's name


def domain_named_before(acted_on: list[Token]) -> NamedAccount | None:
    """'Despite this pressure, the main annas-archive.org domain remained operational ... "The
    .org domain apparently has been suspended"': a definite, unnamed 'domain' acted on is the
    domain name written last before it (of the top-level domain it gives, '.org', when it gives
    one)."""
    noun = next((t for t in acted_on if t.lemma_.lower() == "domain" and t.tag_ == "NN"), None)
    if noun is None or not any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "its", "their", "our", "my"}
                               for c in noun.children):
        return None
    if any(domain_name(c) for c in noun.children):
        return None  # named already ('the example.org domain')
    ending = next((c.lower_ for c in noun.children if c.lower_.startswith(".") and c.lower_[1:].isalpha()),
                  None)
    doc = noun.doc
    starts = [0, *(i for i in numpy.flatnonzero(doc.to_array(SENT_START)[:noun.i + 1] == 1).tolist() if i)]
    first = starts[-(DOMAIN_WINDOW + 1)] if len(starts) > DOMAIN_WINDOW else 0  # (its own sentence too)
    for t in reversed(doc[first:noun.i]):
        if domain_name(t) and (ending is None or t.lower_.endswith(ending)):
            return NamedAccount(t.text, None, None, None, t.idx, t.idx + len(t))
    return None
