"""Stores: an item an owner acts on is in the owner's own store or home ('Apple removed the app'
is an App Store removal, 'Google removed 32 extensions' a Chrome Web Store one, 'Google removed
the videos' a YouTube one)."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from extractor.facts.platforms import (
    HOSTING_HOMES,
    HOSTING_OWN_WORDS,
    HOSTING_WORDS,
    OWNED_HOMES,
    OWNED_ITEM_HOMES,
    OWNED_STORES,
    OWNERS,
    platform_mentions,
    platform_of_token,
)
from extractor.mentions import MentionFacts

DEVELOPER_NOUNS = {"developer", "publisher", "dev"}


def store_of(facts: MentionFacts, doc: Doc) -> MentionFacts:
    """'Apple removed the app': an app removed by Apple or Google is removed from their store; and
    what they pulled 'from App Store', wherever the parse hung the place, is an app."""
    platform = facts.mention.platform  # ('pulled 32 extensions from its store': Google's store)
    items = OWNED_ITEM_HOMES.get(platform) or OWNED_ITEM_HOMES.get(OWNERS.get(platform, ""), {})
    words = {doc[t.token].lemma_.lower() if t.token >= 0 else None for t in facts.targets}
    item_store = items.get(words.pop() or "") if len(words) == 1 else None
    if item_store:  # 'Google removed 32 extensions'
        return replace(facts, mention=replace(facts.mention, platform=item_store))
    homes = {OWNED_HOMES.get(platform, {}).get(t.type) for t in facts.targets}
    if len(homes) == 1 and None not in homes:  # 'Google removed the videos': YouTube's own kind
        return replace(facts, mention=replace(facts.mention, platform=homes.pop()))
    store = OWNED_STORES.get(platform)
    if store and facts.targets and all(t.type == "app" for t in facts.targets):
        return replace(facts, mention=replace(facts.mention, platform=store))
    if store and any(t.lemma_.lower() in DEVELOPER_NOUNS for t in facts.acted_on):
        # 'Google has also banned the developers behind these apps': their store's developer accounts
        return replace(facts, mention=replace(facts.mention, platform=store))
    if store and facts.targets and (store_named_after(doc, facts.mention.head, store)
                                    or things_named_in_store_story(doc, facts, store)):
        targets = [replace(t, type="app") if t.token < 0 and t.type == "account" else t
                   for t in facts.targets]
        return replace(facts, mention=replace(facts.mention, platform=store), targets=targets)
    hosting = HOSTING_HOMES.get(platform)
    if hosting and told_as_hosting(facts, doc):  # 'Amazon stopped hosting Parler': Amazon Web Services
        return replace(facts, mention=replace(facts.mention, platform=hosting))
    return facts


def told_as_hosting(facts: MentionFacts, doc: Doc) -> bool:
    """The action's own words, what it acted on or the place it acted from speak of hosting
    ('stopped hosting', 'pulled its web-hosting services', 'kicked Parler off its servers'; a
    server only as the company's own: not 'the Copilot Discord server')."""
    head = doc[facts.mention.head]
    words = doc.char_span(facts.mention.start, facts.mention.end, alignment_mode="expand") or [head]
    places = [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ in {"off", "from"}
              for p in prep.children if p.dep_ == "pobj"]
    told = [*words, *(t for noun in [*facts.acted_on, *places] for t in noun.subtree)]
    return any(t.lower_ in HOSTING_WORDS or t.lemma_.lower() in HOSTING_WORDS
               or t.lower_ in HOSTING_OWN_WORDS and any(c.dep_ == "poss" and c.lower_ == "its"
                                                        for c in t.children)
               for t in told)


def things_named_in_store_story(doc: Doc, facts: MentionFacts, store: str) -> bool:
    """'last month it pulled AppGratis', in a story that names the App Store: what Apple or Google
    pulled by a name that is no person's is an app of their store."""
    # ('Apple said Vibeline had been removed': the name itself the target read)
    if not facts.accounts or not all(t.type == "account" and (t.token < 0 or doc[t.token].pos_ == "PROPN")
                                     for t in facts.targets):
        return False
    for account in facts.accounts:
        words = doc.char_span(account.start, account.end, alignment_mode="expand")
        person = any(t.ent_type_ == "PERSON" for t in words or [])
        if words is None or account.handle or person and not named_as_app(doc, account.name):
            return False
    return any(m.platform == store for m in platform_mentions(doc))


def named_as_app(doc: Doc, name: str) -> bool:
    """'the messaging app Vibeline', 'Vibeline, an anonymous messaging app': the story calls the
    name an app somewhere (whatever entity the model made of it)."""
    text, quoted = doc.text, re.escape(name)
    return bool(re.search(rf"\bapp (?:called |named )?{quoted}\b|\b{quoted}, an? [^,.]{{0,40}}\bapp\b", text))


def store_named_after(doc: Doc, head: int, store: str) -> bool:
    """'Apple pulls 'X' app from App Store': the store named as a place after the action word."""
    sentence = doc[head].sent
    return any(platform_of_token(t) == store and any(w.lower_ in {"from", "off"}
                                                      for w in doc[max(head, t.i - 3):t.i])
               for t in doc[head + 1:sentence.end])
