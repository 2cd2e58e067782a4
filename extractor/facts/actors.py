"""Actors: who or what the parse says did an action, and where ('banned from Twitter').

Helpers for ``extractor.facts.actions``: the subject of the action's clause (through 'xcomp',
'conj' and 'for'/'by' gerunds), the passive agent, the platform a phrase names (the one nearest
its head), the platform of the place acted on, actors that are not platforms (governments,
courts, users), and an owner acting on a platform of its own.
"""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.acted_on import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS, SUBJECT_DEPS
from extractor.facts.cues import CUES
from extractor.facts.platforms import is_company_reference, owned_by, platform_of_token
from extractor.facts.unreal import DEMONSTRATIVES

PLACE_PREPS = {"on", "from", "off", "across", "in", "onto", "via"}
MODIFIER_DEPS = {"poss", "compound", "nmod", "amod"}
PLACE_TARGET_WORDS = {"group", "groups", "page", "pages", "channel", "channels", "server", "servers",
                      "subreddit", "forum", "community", "store", "program", "programme", "feed", "search",
                      "results", "timeline", "timelines", "site", "sites", "platforms", "services"}


def subject_of(token: Token) -> Token | None:
    """The active subject of the action's clause (through xcomp/conj to the verb that has one)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.tag_ == "VBG" and before is not None and platform_of_token(before):
        return before  # 'celebrated Twitter unfreezing her account': the platform does the unfreezing
    if (token.dep_ == "amod" and before is not None and platform_of_token(before)
            and (before in token.head.ancestors or before.head in {token, token.head})):
        return before  # 'Spotify removed episodes': the parse took the platform for a verb
    current = token
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in current.children):
            return None
        if current.dep_ in {"xcomp", "conj", "advcl"} and current.head != current:
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.lower_ in {"by", "for"}:
            verb = current.head.head
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if current.head.lower_ == "for" and objects:
                return objects[0]  # 'sued Twitter for banning him': Twitter did the banning
            current = verb  # 'Trump is violating the law by barring their access': Trump did
            continue
        if (current.dep_ == "pcomp" and current.head.lower_ == "of" and current.head.head.dep_ == "dobj"
                and current.head.head.head.pos_ == "VERB"):
            current = current.head.head.head  # 'Twitch took the unusual step of banning two streamers'
            continue
        if current.dep_ in {"relcl", "acl"}:
            return None
        break
    return None


def agent_of(token: Token) -> Token | None:
    """'suspended by Twitter': the object of the passive agent."""
    passive = token.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    for c in token.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and passive):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def depth_below(token: Token, top: Token) -> int:
    depth = 0
    while token != top and token.head != token:
        token, depth = token.head, depth + 1
    return depth


def platform_in_subtree(token: Token) -> str | None:
    """The platform a phrase names, the one nearest its head first: 'Amazon-owned Twitch' is
    Twitch, 'the Twitter account of Facebook's founder' is Twitter."""
    named = [t for t in token.subtree if platform_of_token(t)]
    if not named:
        return None
    return platform_of_token(min(named, key=lambda t: (depth_below(t, token), t.i)))


def place_platform(token: Token) -> str | None:
    """'banned from Twitter', 'removed on YouTube', 'kicked Parler off the App Store', and
    'removed the app from the Play Store' where the parse hangs the place on the object."""
    place = place_phrase(token)
    return platform_in_subtree(place) if place is not None else None


def place_phrase(token: Token) -> Token | None:
    """The phrase naming the platform an action took place on (see ``place_platform``)."""
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    objects += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and token.pos_ == "NOUN"
                for p in c.children if p.dep_ == "pobj"]  # 'the removal of X from the App Store'
    for c in token.children:
        # 'kicked off Twitter' where the parse leaves the platform outside the particle
        following = token.doc[c.i + 1] if c.i + 1 < len(token.doc) else c
        if c.dep_ == "prt" and c.lower_ in {"off", "from"} and platform_of_token(following):
            return following
    for c in [*token.children, *(g for o in objects for g in o.children)]:
        if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in PLACE_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and platform_in_subtree(p):
                    return p
    return None


def owned_place(token: Token) -> bool:
    """'banned him from our Discord server': the place acted on is the speaker's own."""
    return any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS and any(
        p.dep_ == "pobj" and any(m.dep_ == "poss" and m.lower_ in {"our", "my"} for m in p.children)
        for p in c.children) for c in token.children)


def is_platform_token(token: Token | None) -> bool:
    return token is not None and platform_of_token(token) is not None


def actor_is_excluded(subject: Token) -> bool:
    """A subject that is not a platform: a government, a court, a user, a person, anyone else.

    Only platforms and words standing for one ("the company", "it") act in a moderation event.
    """
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    if platform_in_subtree(subject) or subject.lower_ in DEMONSTRATIVES:
        return False
    return not is_company_reference(subject)



def removed_from_elsewhere(token: Token) -> bool:
    """'booted off the show', 'banned from trade', 'expelled from school': the place acted from is
    not a platform (nor 'the platform', nor a group or page on one)."""
    for c in token.children:
        if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"from", "off", "out"}:
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"} and not (
                        platform_in_subtree(p) or is_company_reference(p)
                        or p.lower_ in PLACE_TARGET_WORDS):
                    return True
    return False


def located_in_country(token: Token) -> bool:
    """'blocked in China', 'banned in Russia': a country's censorship, not a platform's action."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "across", "throughout"} and any(
                p.dep_ == "pobj" and p.ent_type_ == "GPE" for p in c.children):
            return True
    return False


def owner_acting_on_platform(token: Token, subject: Token, acted_on: list[Token]) -> str | None:
    """'Elon Musk reinstated Donald Trump's Twitter account': a person can suspend, ban or
    reinstate an account on a platform only for that platform (a user can delete or block,
    not suspend); the platform is the one the account lives on."""
    if subject.ent_type_ != "PERSON" or token.lemma_.lower() not in CUES["platform_only_verbs"]:
        return None
    for noun in acted_on:
        for c in noun.children:
            if c.dep_ in {"compound", "nmod"} and platform_of_token(c):
                return platform_of_token(c)
    return None


def owned_home(acted_on: list[Token], owner: str) -> str | None:
    """A platform of the owner's that every acted-on noun names as its home ('our Google Cloud
    access', 'his Instagram account' when Meta acted)."""
    homes = {platform_of_token(c) for t in acted_on if t.pos_ == "NOUN"
             for c in t.children if c.dep_ == "compound" and platform_of_token(c)}
    nouns = [t for t in acted_on if t.pos_ == "NOUN"]
    if len(homes) != 1 or not nouns or not all(
            any(c.dep_ == "compound" and platform_of_token(c) for c in t.children) for t in nouns):
        return None
    home = homes.pop()
    return home if home and owned_by(home, owner) else None
