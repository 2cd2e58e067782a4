"""Returns: 'the app returned to the App Store', 'she was back on Twitter', 'the account is back
online', 'regained access to': who let what come back (``extractor.facts.platform_links.link_platform``
for the return words of ``extractor.facts.return_words.RETURN_WORDS``).

An item back in a store was let back by the store (``place``); an account back on the platform
its noun names, by that platform (``target``); someone back on a platform, by that platform only
after its own action against them (``return``: ``extractor.events.returns_after``); a target back
with no platform said, by the platform the story is about (implied: ``None``); anything else came
back of its own accord (``False``).
"""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.acted_on import of_objects
from extractor.facts.actors import platform_in_subtree
from extractor.facts.cues import is_item_store
from extractor.facts.payments import restored_pay
from extractor.facts.platforms import OWNED_STORES, platform_of_token
from extractor.facts.targets import home_platform

ACCOUNT_KINDS = {"account", "page", "channel", "group", "profile"}
RETURN_PREPS = {"to", "in", "on", "onto"}
PEOPLE_PRONOUNS = {"i", "we", "he", "she", "they"}
COMING_BACK_VERBS = {"be", "come", "get"}  # 'is back online', 'came back', 'got it back'
GONE_BACK_WORDS = {"up", "online", "live"}  # 'the accounts went back up' (not 'went back to 2015')


def link_return(token: Token, acted_on: list[Token], types: dict[int, str]) -> tuple[str, str] | None | bool:
    """The platform that let something back and the rule that found it (see the module's text)."""
    store = returned_to_store(token)  # 'the app returned to the App Store': the store let it back
    if store:
        return store, "place"
    # 'his Facebook account was back on': an account does not come back of itself
    home = next((home_platform(t) for t in acted_on if types.get(t.i) in ACCOUNT_KINDS and home_platform(t)),
                None)
    if home:
        return home, "target"
    # 'she was back on Twitter', 'he returned to YouTube': a reinstatement only after the
    # platform's own action against them
    back = returned_to(token)
    if back:
        return back, "return"
    # 'the account is back online': a target noun with no platform said
    # ('two of our packages ... They were back online': the counted packages; 'So monetisation is
    # back.': the demonetisation undone, extractor.references.undone_action)
    told = [*acted_on, *(p for t in acted_on if t.like_num for p in of_objects(t))]
    returned = any(types.get(t.i) for t in told) or restored_pay(token) is not None or regained_access(token)
    return None if implied_return(token) and returned else False


def return_places(token: Token) -> list[Token]:
    """What a return word says something came back to or is back in/on: the objects of its
    to/in/on/onto phrases."""
    return [place for prep in token.children if prep.dep_ == "prep" and prep.lower_ in RETURN_PREPS
            for place in prep.children if place.dep_ == "pobj"]


def returned_to(token: Token) -> str | None:
    """The platform someone or something 'returned to' or 'is back on' (any platform; not 'back in
    December', nor 'posted back in August on X')."""
    return next((platform_of_token(p) for p in return_places(token)
                 if p.ent_type_ != "DATE" and platform_of_token(p)), None)


STORE_WORDS = {"store", "stores", "storefront", "storefronts", "marketplace", "marketplaces"}


def shared_store(place: Token) -> str | None:
    """'returned to Apple and Google's app stores': the first owner's store, the store noun being
    the conjunct's."""
    owner = platform_of_token(place)
    if owner in OWNED_STORES and any(c.lower_ in STORE_WORDS for c in place.conjuncts):
        return OWNED_STORES[owner]
    return None


def returned_to_store(token: Token) -> str | None:
    """The store an app 'returned to' or 'is back in': only a store or host lets an item back
    (a person 'back on Twitter' may have come back of their own accord)."""
    places = return_places(token)
    return next((name for name in [*map(shared_store, places), *map(platform_in_subtree, places)]
                 if name and is_item_store(name)), None)


def implied_return(token: Token) -> bool:
    """A return word whose platform is only implied: no platform in its sentence ('back online
    after an outage at Twitter' says where), 'back' only with 'be', 'come' or 'get' ('is back
    online'; not 'started the company back in February'), and no date after a 'back' ('returned to
    the store in June' is a return)."""
    verb = token
    while verb.dep_ in {"advmod", "prt"} and verb.head != verb:
        verb = verb.head
    return not any(platform_of_token(t) for t in token.sent) and (
        token.lemma_.lower() != "back" or verb.lemma_.lower() in COMING_BACK_VERBS or gone_back(token, verb)
    ) and not (token.lemma_.lower() == "back" and any(
        p.ent_type_ == "DATE" for c in token.children if c.dep_ == "prep" for p in c.children))


def gone_back(token: Token, verb: Token) -> bool:
    """'the accounts went back up', 'the site went back online': 'go' back up, online or live."""
    return verb.lemma_.lower() == "go" and token.i + 1 < len(token.doc) and (
        token.nbor(1).lower_ in GONE_BACK_WORDS)


def regained_access(token: Token) -> bool:
    """'Brandt and Siddiqui regained access on May 4': people who regained access to what they
    were locked out of (the platform the story is about let them back)."""
    if token.lemma_.lower() != "regain" or not any(c.dep_ == "dobj" and c.lower_ == "access"
                                                   for c in token.children):
        return False
    subjects = [s for c in token.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
    return any(s.ent_type_ == "PERSON" or s.pos_ == "PROPN" or s.lower_ in PEOPLE_PRONOUNS for s in subjects)
