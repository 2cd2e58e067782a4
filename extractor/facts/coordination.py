"""Platforms that act together: 'Facebook and Instagram removed ...', 'suspended by Twitter and
Facebook', 'Apple, along with Facebook and Spotify, pulled ...', 'removed by GoDaddy then Google',
'other companies, including Apple and Spotify', and the stores of owners acting together
('returned to the App Store and Google Play', 'from their stores', 'the Apple and Google app
stores'). Used by ``extractor.facts.actions``."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.acted_on import OBJECT_DEPS, SUBJECT_DEPS, such_as
from extractor.facts.actors import (
    MODIFIER_DEPS,
    place_phrase,
    platform_in_subtree,
)
from extractor.facts.platforms import COMPANY_NOUNS, OWNED_STORES, owned_by, platform_of_token
from extractor.facts.returns import STORE_WORDS, return_places
from extractor.facts.subjects import JOINING_LEMMAS, agent_of, subject_of

RETURN_TO_PREPS = {"to", "onto"}


def joined_platform(token: Token) -> str | None:
    """'Google joins GoDaddy in dropping the site': the platform joined did it too."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_.lower() not in JOINING_LEMMAS:
        return None
    objects = [c for c in prep.head.children if c.dep_ == "dobj"]
    return platform_of_token(objects[0]) if objects else None


def coordinated_platforms(token: Token, name: str, rule: str) -> list[str]:
    """'Facebook and Instagram removed ...', 'suspended by Twitter and Facebook', 'Apple, along with
    Facebook and Spotify, pulled ...', 'suspended them from Twitter and Periscope': each platform."""
    anchors = []
    names = [name]
    if rule == "subject":
        subject = subject_of(token)
        anchors.append(subject)
        joined = joined_platform(token)
        if joined:
            names.append(joined)
        if subject is not None:
            names += [p for p in (platform_of_token(t) for t in listed_companies(subject)) if p]
            # 'Apple Pay, PayPal cut off sites': the parse may give the verb two subjects
            names += [p for p in (platform_of_token(t) for t in subject.head.children
                                  if t.dep_ in SUBJECT_DEPS and t != subject) if p]
        names += own_homes_listed(token, name)
    elif rule == "agent":
        anchors.append(agent_of(token))
    elif rule == "target":
        # 'Alex Jones's Facebook and Instagram accounts were removed': each platform the accounts
        # are said to live on
        for t in token.sent:
            if platform_of_token(t) == name and t.dep_ in MODIFIER_DEPS and t.head.pos_ == "NOUN":
                names += [p for p in (platform_of_token(c) for c in t.conjuncts) if p]
                # ('her WeChat and Weibo accounts': the parse may join the first platform to the noun)
                first = t.head.head if t.head.dep_ == "conj" and t.head.head.i < t.i and not any(
                    c.lower_ == "other" for c in t.head.children) else None  # (not 'X and other Y apps')
                joined = platform_of_token(first) if first is not None and first.head != first else None
                if joined:
                    names.append(joined)
    # the place acted on: 'his ban from YouTube, Facebook and Apple'
    place = place_phrase(token)
    anchors.append(place if place is not None and platform_of_token(place) == name else None)
    if rule == "place":
        # 'returned to the App Store and Google Play', 'to Apple and Google's app stores'
        anchors += [p for p in return_places(token)
                    if p.head.lower_ in RETURN_TO_PREPS and platform_in_subtree(p)]
    for anchor in (a for a in anchors if a is not None):
        # 'deplatformed from Steam and Epic Games Store': a platform joined to the name's first
        # words; 'from the Apple and Google app stores': each owner's store (not the words of a
        # store's own name: 'the Google Chrome Web Store')
        modifiers = [c for c in anchor.children if c.dep_ in MODIFIER_DEPS]
        joined = [t for c in modifiers for t in c.conjuncts]
        if anchor.lower_ in STORE_WORDS and anchor.is_lower:
            joined += modifiers
        names += [OWNED_STORES.get(o, o) for o in map(platform_of_token, joined) if o]
        names += [p for p in (platform_of_token(t) for t in listed_beside(anchor)) if p]
        names += [p for p in (platform_of_token(t) for t in next_in_turn(anchor)) if p]
    if rule in {"subject", "noun"}:
        # 'Reddit, Facebook ban Nazi groups': a list of platforms right before the action word
        # (or before its subject: 'Spotify, Facebook, and Google have all decided to remove')
        subject = subject_of(token) if rule == "subject" else None
        i = subject.i if subject is not None and platform_of_token(subject) == name else token.i - 1
        doc = token.doc
        before: list[str] = []
        while i >= token.sent.start and (doc[i].lower_ in {",", "and", "&"} or platform_of_token(doc[i])):
            before.insert(0, platform_of_token(doc[i]) or "")
            i -= 1
        if name in before:
            names = before + names
    if rule == "subject" and own_store_place(token):
        names = [OWNED_STORES.get(n, n) for n in names]  # 'Apple and Google pulled X from their stores'
    return list(dict.fromkeys(n for n in names if n))


def own_homes_listed(token: Token, owner: str) -> list[str]:
    """'Meta suspended Trump's Facebook and Instagram accounts': the acting company's own platforms
    listed as the homes of what it acted on (not another company's: the accounts are on its own)."""
    homes = []
    for noun in (c for c in token.children if c.dep_ in OBJECT_DEPS):
        for modifier in (c for c in noun.children if c.dep_ in MODIFIER_DEPS and platform_of_token(c)):
            listed = [platform_of_token(t) or "" for t in (modifier, *modifier.conjuncts)]
            if len(listed) > 1 and all(p == owner or owned_by(p, owner) for p in listed):
                homes += listed
    return homes


def own_store_place(token: Token) -> bool:
    """'pulled X from their stores', 'removed it from its app store': the actors' own stores."""
    return any(prep.dep_ == "prep" and prep.lower_ in {"from", "off", "in"} and any(
        p.dep_ == "pobj" and p.lower_ in STORE_WORDS and any(
            c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in p.children) for p in prep.children)
        for prep in token.children)


def next_in_turn(anchor: Token) -> list[Token]:
    """'canceled by GoDaddy then Google', 'removed by Apple and then Google': the name told right
    after 'then' that follows the phrase (the parse rarely makes it a conjunct)."""
    doc = anchor.doc
    i = anchor.i + 1
    while i < len(doc) and doc[i].lower_ in {",", "and"}:
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "then" and doc[i + 1].pos_ == "PROPN":
        return [doc[i + 1]]
    return []


def listed_beside(anchor: Token) -> list[Token]:
    """The phrase and what is listed with it: its conjuncts, and the names it is said to be 'along
    with', 'together with', 'such as', 'including' or 'like'."""
    tokens = [anchor, *anchor.conjuncts]
    for t in list(tokens):
        for c in t.children:
            if c.dep_ != "prep":
                continue
            listing = c.lower_ == "including" or such_as(c)
            preps = [c] if listing else [w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                                         and c.lower_ in {"along", "together"}]
            for prep in preps:
                for p in prep.children:
                    if p.dep_ == "pobj":
                        tokens += [p, *p.conjuncts]
    return tokens


def listed_companies(subject: Token) -> list[Token]:
    """'other companies prohibited him from their outlets, including Apple, Facebook and Spotify':
    the platforms a plural company noun that acted is said to include (the listing may hang on the
    noun or on 'their ...' after it, where the parse often puts it)."""
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in COMPANY_NOUNS:
        return []
    homes = [subject] + [t for t in subject.sent if t.i > subject.i and t.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ == "their" for c in t.children)]
    for home in homes:
        listed = [t for t in listed_beside(home)[1:] if platform_of_token(t)]
        if listed:
            return listed
    return []
