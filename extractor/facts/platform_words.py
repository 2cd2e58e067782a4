"""Platform names that name no actor: what a person is ('Reddit user', 'a TikTok creator'), the
place a story is about told by a noun ('removed from the store'), a company's own account on
another platform ('the DoorDash account' in a story about Facebook), and an app for another
company's devices ('Google pulls its Glass iOS app': the developer's doing). Used by
``extractor.facts.actions`` and ``extractor.facts.actors``."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.cues import CUES, DEVICE_STORES
from extractor.facts.platforms import OWNERS, salient_platform


def describes_person(token: Token) -> bool:
    """'Reddit user', 'YouTube star', 'a TikTok creator': a platform named as what a person is."""
    return token.dep_ in {"compound", "amod", "nmod"} and token.head.lemma_.lower() in CUES["people_nouns"]


PLACE_NOUNS = {"store", "platform", "site", "service", "marketplace", "network"}


def the_place_told(token: Token) -> bool:
    """'apps that got removed from the store': the store the story is about, not another platform
    the sentence names ('restored from a user's iCloud backup')."""
    return any(c.dep_ == "prep" and c.lower_ in {"from", "off"} and any(
        p.dep_ == "pobj" and p.lemma_.lower() in PLACE_NOUNS and any(d.lower_ == "the" for d in p.children)
        for p in c.children) for c in token.children)


def brand_account(name: str, noun: Token) -> bool:
    """'the restriction on the DoorDash account was lifted' in a story about Facebook: an account
    named by a company known mostly for other things (``account_operators``) is that company's
    own account on the platform the story is about, not a place of its own."""
    if noun.lemma_.lower() != "account" or name.lower() not in CUES["account_operators"]:
        return False
    about = salient_platform(noun.doc)
    return about is not None and about != name and about.lower() not in CUES["account_operators"]


def app_for_other_store(platform: str, acted_on: list[Token]) -> bool:
    """'Google pulls Glass iOS app': an app for the devices of another company's store
    (``device_stores`` in cues.json) that a company pulls is its own app, pulled by its developer."""
    company = OWNERS.get(platform, platform)
    stores = {DEVICE_STORES.get(w.lower_) for t in acted_on if t.lemma_.lower() == "app"
              for w in t.subtree if w.i < t.i}  # ('Glass iOS app', the parse hangs 'iOS' on 'Glass')
    stores.discard(None)
    return bool(stores) and all(OWNERS.get(s, s) != company for s in stores)
