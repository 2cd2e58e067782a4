"""Targets and counts: what an action was taken on ("559 pages and 221 accounts", "an account")."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from extractor.facts.cues import CUES
from extractor.facts.domains import domain_name
from extractor.facts.entities import doc_text
from extractor.facts.numbers import (
    Count,
    count_at,
    count_of,
    is_number_token,
    number_phrase,
    parse_number,
    qualifier_before,
    vague_count,
)
from extractor.facts.platforms import platform_of_token
from extractor.nlp import PATTERNS_DIR, read_jsonl

# uncountable nouns: no "1" for the singular
MASS_NOUNS = {"content", "hosting", "misinformation", "information", "material", "footage", "media"}
DISTINCT_WORDS = {"another", "new", "additional", "further", "other"}
COUNT_NOUNS = {"pair": 2, "dozen": 12, "trio": 3}
# words that make a counted noun the owner of the acted-on noun: "80 activists had their accounts"
OWNER_DEPS = {"poss"}
ONE_EACH_NOUNS = {"account", "profile", "page", "channel", "handle"}  # one for each of their owners


@dataclass(frozen=True)
class Target:
    type: str  # account, page, group, channel, post, video, ad, app, server, community, event, other
    count: int | None
    count_text: str | None
    start: int  # evidence: the noun phrase
    end: int
    token: int  # token index of the noun
    distinct: bool = False  # 'another account', 'two new accounts': not the ones told before
    platform: str | None = None  # the platform the noun names as its home: '363 Instagram accounts'
    qualifier: str | None = None  # more_than, at_least, up_to, less_than, nearly, about (see numbers)
    approximate: bool = False  # the count is a bound, an estimate or a vague amount ('dozens', count None)


def counted_target(kind: str, counted: Count, end: int, token: int, **extra: object) -> Target:
    """A target whose count was written: the evidence runs from the count to the noun."""
    return Target(kind, counted.value, counted.text, min(counted.start, end), max(counted.end, end), token,
                  qualifier=counted.qualifier, approximate=counted.approximate, **extra)


@lru_cache(maxsize=1)
def target_words() -> dict[str, str]:
    """Word -> target type, from the one-word patterns of ``targets.jsonl`` (whatever the POS)."""
    out: dict[str, str] = {}
    for row in read_jsonl(PATTERNS_DIR / "targets.jsonl"):
        if len(row["pattern"]) == 1 and "IN" in row["pattern"][0].get("LOWER", {}):
            out.update((word, row["label"]) for word in row["pattern"][0]["LOWER"]["IN"])
    return out


def target_types(doc: Doc) -> dict[int, str]:
    """Token index -> target type, from the ``moderation_targets`` component's spans (a span's
    first token, or its head noun after a compound, a count or an owner: 'check marks', '1,300 boards',
    'my number'),
    and the Reddit names the tokenizer keeps whole ('r/example' a community, 'u/example' an account)."""
    types = {span.root.i if len(span) > 1 and span.root.dep_ != "compound" and (
        span[0].dep_ in {"compound", "poss"} or span[0].like_num) else span.start: span.label_
        for span in doc.spans.get("target_nouns", [])}
    types = {i: kind for i, kind in types.items() if not filed_form(doc[i])}
    text = doc_text(doc)
    if "r/" in text or "u/" in text:
        for m in REDDIT_NAME.finditer(text):
            token = doc.char_span(m.start(), m.end())
            if token is not None and len(token) == 1:
                types.setdefault(token.start, "community" if m.group(1) == "r" else "account")
    return types


def filed_form(noun: Token) -> bool:
    """'its CEO's Partner application', 'a trademark application': a form someone filed, no app."""
    return noun.lemma_.lower() == "application" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in CUES["form_applications"] for c in noun.children)


REDDIT_NAME = re.compile(r"(?<![\w/])/?([ru])/\w{2,30}\b")


def owner_count(noun: Token) -> Count | None:
    """'Around 80 activists ... had their accounts suspended', '53 US inmates' accounts': the count
    of the owner (plural accounts of as many people)."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.tag_ == "NNS"]
    if noun.tag_ == "NNS" and noun.lemma_.lower() in ONE_EACH_NOUNS:
        # 'the accounts of 14 Palestinian journalists': one account (page, channel) for each owner
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" and p.tag_ in {"NNS", "NNPS"}]
    if owners and noun.tag_ == "NNS":
        counted = count_of(owners[0])
        if counted is not None:
            return counted
    if not any(c.dep_ in OWNER_DEPS and c.lower_ == "their" for c in noun.children):
        return None
    verb = noun.head
    for _ in range(4):
        subjects = [s for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"} and s != noun]
        if subjects:
            return count_of(subjects[0])
        if verb.dep_ in {"xcomp", "ccomp", "conj", "acomp"} and verb.head != verb:
            verb = verb.head
        else:
            break
    return None


STORE_ITEM_NOUNS = {"app", "apps", "game", "games", "extension", "extensions", "package", "packages"}


def store_item_named(modifier: Token) -> bool:
    """'Apple removed the Coinbase and Gliph apps', 'the Skype app': a platform before an app,
    a game or an extension names the item a store lists, not where it lives ('Steam games' are
    on Steam: a store's own items)."""
    name = platform_of_token(modifier)
    return (modifier.dep_ in {"compound", "nmod"} and modifier.head.lower_ in STORE_ITEM_NOUNS
            and name is not None and name.lower() not in CUES["item_stores"])


def inside_name(token: Token) -> bool:
    """'the Join Mastodon account': a platform's name inside the account's name (a proper noun
    before it, in the same compound) is no home."""
    doc = token.doc
    first = token.i
    while first > 0 and platform_of_token(doc[first - 1]) == platform_of_token(token):
        first -= 1
    before = doc[first - 1] if first > 0 else None
    return (token.dep_ == "compound" and before is not None and before.dep_ == "compound"
            and before.head == token.head and before.pos_ == "PROPN" and not platform_of_token(before))


def home_platform(noun: Token) -> str | None:
    """'Instagram accounts', 'accounts on Instagram': the platform a target lives on (None for
    'Instagram and Facebook accounts', which live on both)."""
    for c in noun.children:
        if c.dep_ in {"compound", "poss", "nmod"} and platform_of_token(c):
            if any(platform_of_token(x) for x in c.conjuncts) or store_item_named(c) or inside_name(c):
                return None
            return platform_of_token(c)
        if c.dep_ == "prep" and c.lower_ == "on":
            for p in c.children:
                if p.dep_ == "pobj" and platform_of_token(p) and not p.conjuncts:
                    return platform_of_token(p)
    return None


DIRECT_DEPS = {"dobj", "nsubjpass", "npadvmod", "nsubj"}


def target_of(noun: Token, types: dict[int, str]) -> Target | None:
    """The target a noun names, with its count, or None when the noun is no target word."""
    # 'blacklisting Archive.today': a site named by its domain, as what the action is on
    kind = types.get(noun.i) or ("server" if domain_name(noun) and noun.dep_ in DIRECT_DEPS else None)
    if kind is None:
        return None
    home = home_platform(noun)
    counted = count_of(noun) or owner_count(noun) or vague_count(noun)
    distinct = any(c.lower_ in DISTINCT_WORDS for c in noun.children if c.dep_ in {"det", "amod"})
    if counted is not None:
        target = counted_target(kind, counted, noun.idx + len(noun), noun.i, platform=home, distinct=distinct)
        return replace(target, start=min(target.start, noun.idx))
    if noun.tag_ in {"NN", "NNP"} and noun.lower_ not in MASS_NOUNS:
        left = noun.left_edge
        return Target(kind, 1, None, left.idx, noun.idx + len(noun), noun.i, platform=home, distinct=distinct)
    return Target(kind, None, None, noun.idx, noun.idx + len(noun), noun.i, platform=home, distinct=distinct)


def number_head_target(token: Token, types: dict[int, str]) -> Target | None:
    """'removed 3,465 of its accounts': the number is the object, the noun hangs under 'of'."""
    if not (token.like_num or token.lower_ in COUNT_NOUNS):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.i in types:
                    counted = count_of_number(token)
                    if counted:
                        return counted_target(types[noun.i], counted, noun.idx + len(noun), noun.i)
    return None


def count_of_number(token: Token) -> Count | None:
    """The count a number token stands for: '3,465' in '3,465 of its accounts', 'a pair'."""
    doc = token.doc
    if token.lower_ in COUNT_NOUNS:  # 'a pair of channels'
        start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ in {"a", "one"} else token.i
        return Count(COUNT_NOUNS[token.lower_], doc[start:token.i + 1].text, doc[start].idx,
                     token.idx + len(token))
    span = number_phrase(token)
    if span is None:
        return None
    value = parse_number([t.text for t in doc[span[0]:span[1]] if t.lower_ != "-"])
    if value is None:
        return None
    qualifier, start = qualifier_before(doc, span[0])
    return Count(value, doc[start:span[1]].text, doc[start].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1]),
                 qualifier)


OTHERS_WORDS = {"others", "more"}  # 'banned r/X and quarantined 54 others'


def others_target(token: Token, types: dict[int, str]) -> Target | None:
    """'banned the community r/X and quarantined 54 others': as many of the kind of target told
    last before them in the sentence."""
    counted = count_of(token) if token.lower_ in OTHERS_WORDS else None
    if counted is None:
        return None
    told = [i for i in range(token.sent.start, token.i) if i in types]
    if not told:
        return None
    return counted_target(types[told[-1]], counted, token.idx + len(token), token.i)


def targets_for(nouns: list[Token], types: dict[int, str]) -> list[Target]:
    """The targets among the nouns an action applies to, in order, one per noun."""
    out: list[Target] = []
    for noun in nouns:
        if noun.dep_ == "compound" and types.get(noun.head.i) == types.get(noun.i) and any(
                n.i == noun.head.i for n in nouns):
            continue  # 'the podcast episodes': the episodes, not a podcast besides them
        target = target_of(noun, types) or number_head_target(noun, types) or others_target(noun, types)
        if target is None or target.count is None or target.count == 1 and target.type == "other":
            # 'the account of X', 'a network of 1,000 accounts': a counted target just below
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        inner = target_of(p, types) if p.dep_ == "pobj" else None
                        if inner is not None and (target is None or inner.count_text is not None):
                            if target is not None and target.type == "other":
                                target = None  # 'a network of 1,000 accounts' counts accounts
                            out.append(inner)
                            out.extend(listed_with(p, types, out))
        if target is not None and all(t.token != target.token for t in out):
            out.append(target)
            if target.count is not None:
                out.extend(t for t in listed_after(noun, types) if all(t.token != o.token for o in out))
    return sorted(out, key=lambda t: t.start)


def listed_with(noun: Token, types: dict[int, str], told: list[Target]) -> list[Target]:
    """'a network of 559 pages and 221 accounts': the target nouns listed with an of-object, not
    yet among those ``told``."""
    listed = [target_of(x, types) for x in noun.conjuncts] + listed_after(noun, types)
    out: list[Target] = []
    for x in listed:
        if x is not None and all(x.token != o.token for o in told + out):
            out.append(x)
    return out


def listed_after(noun: Token, types: dict[int, str]) -> list[Target]:
    """'46 pages, 12 groups and 9 Instagram accounts': counted target nouns listed after a counted
    one, read from the words when the parse breaks the list (the small model makes 'accounts' a verb)."""
    doc = noun.doc
    out: list[Target] = []
    i = noun.i + 1
    while i + 2 < len(doc) and doc[i].lower_ in {",", "and"}:
        i += 2 if doc[i].lower_ == "," and doc[i + 1].lower_ == "and" else 1
        if not is_number_token(doc[i]):
            break
        span = number_phrase(doc[i])
        if span is None:
            break
        j, platform, words = span[1], None, target_words()
        while j < len(doc) and j - span[1] < 3 and j not in types and doc[j].lower_ not in words \
                and doc[j].pos_ in {"ADJ", "PROPN", "NOUN"}:
            platform = platform or platform_of_token(doc[j])
            j += 1
        kind = types.get(j) or (words.get(doc[j].lower_) if j < len(doc) else None)
        if kind is None or not doc[j].lower_.endswith("s"):
            break  # a plural target noun, whatever the parser tagged it ('9 Instagram accounts')
        counted = count_at(doc, span, span[0])
        if counted is None:
            break
        out.append(counted_target(kind, counted, doc[j].idx + len(doc[j]), j,
                                  platform=platform or home_platform(doc[j])))
        i = j + 1
    return out
