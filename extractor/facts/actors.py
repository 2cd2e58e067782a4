"""Actors: what the parse says about who acted and where ('banned from Twitter').

Helpers for ``extractor.facts.actions`` (the subject and the passive agent are found by
``extractor.facts.subjects``): the platform a phrase names (the one nearest its head), the
platform of the place acted on, actors that are not platforms (governments, courts, users), an
owner acting on a platform of its own (the one its sentence names), the platforms listed with
the actor ('along with', 'such as', conjuncts), a store an item returned to, and platforms that
are only where someone spoke or what someone reported to.
"""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.accounts import TARGET_WORDS
from extractor.facts.acted_on import (
    OBJECT_DEPS,
    RELATIVE_PRONOUNS,
    cleared_from,
    of_objects,
)
from extractor.facts.cues import CUES
from extractor.facts.platform_words import brand_account
from extractor.facts.platforms import is_company_reference, owned_by, owner_modifier, platform_of_token
from extractor.facts.staff import community_staff
from extractor.facts.unreal import DEMONSTRATIVES

PLACE_PREPS = {"on", "from", "off", "across", "in", "onto", "via"}
SPACED_DASHES = {"-", "–", "—", "--"}
MODIFIER_DEPS = {"poss", "compound", "nmod", "amod"}
PLACE_TARGET_WORDS = {"group", "groups", "page", "pages", "channel", "channels", "server", "servers",
                      "subreddit", "forum", "community", "store", "program", "programme", "feed", "search",
                      "results", "timeline", "timelines", "site", "sites", "platforms", "services",
                      "sale", "sales"}  # "pulled from sale"


def depth_below(token: Token, top: Token) -> int:
    depth = 0
    while token != top and token.head != token:
        token, depth = token.head, depth + 1
    return depth


def platform_in_subtree(token: Token, relative: bool = False) -> str | None:
    """The platform a phrase names, the one nearest its head first: 'Amazon-owned Twitch' is
    Twitch, 'the Twitter account of Facebook's founder' is Twitter; none named only in a relative
    clause of the phrase ('India, where TikTok had 200m users'), unless ``relative`` (the clause
    is the one that tells the action)."""
    # ('PayPal security systems down - German banks block payments': a lone spaced dash parts a
    # headline's clauses, whatever the parse hung across it; a pair sets off an aside)
    # (a subject only: not the place in 'from China App Store - Reuters')
    dashes = [t.i for t in token.sent if t.text in SPACED_DASHES and t.whitespace_ and t.i > token.sent.start
              and t.doc[t.i - 1].whitespace_] if token.dep_ in {"nsubj", "nsubjpass"} else []
    dashes = dashes if len(dashes) == 1 else []
    # ('a European Valorant league': a platform's name on a body that is no service, which acts itself)
    named = [t for t in token.subtree if platform_of_token(t) and not owner_modifier(t)
             and not (t.dep_ in MODIFIER_DEPS and t.head.lemma_.lower() in CUES["not_operators"])
             and not any(min(t.i, token.i) < k < max(t.i, token.i) for k in dashes)
             and (relative or not in_relative_clause(t, token))]
    if not named:
        return None
    return platform_of_token(min(named, key=lambda t: (depth_below(t, token), t.i)))


RELATIVE_REACH = 12  # words from a name up to the head of the phrase it is in


def in_relative_clause(token: Token, top: Token) -> bool:
    """'India, where TikTok had 200m users, banned it': a name inside a relative clause of the
    phrase tells something about the phrase's head; it is not what the phrase names."""
    for _ in range(RELATIVE_REACH):
        if token == top or token.head == token:
            return False
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def place_platform(token: Token) -> str | None:
    """'banned from Twitter', 'removed on YouTube', 'kicked Parler off the App Store', and
    'removed the app from the Play Store' where the parse hangs the place on the object."""
    place = place_phrase(token)
    if place is None:
        return described_place(token)
    name = platform_in_subtree(place)
    return None if name and brand_account(name, place) else name


STORE_NOUNS = {"store", "storefront", "marketplace", "shop", "platform", "site", "service"}


def described_place(token: Token) -> str | None:
    """'Devotion was released on Steam but was pulled from that storefront': a place described, not
    named, is the platform named last before the action in its sentence."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in STORE_NOUNS and any(
                        d.dep_ == "det" and d.lower_ in {"the", "that", "this"} for d in p.children):
                    named = [platform_of_token(t) for t in token.doc[token.sent.start:token.i]]
                    named = [n for n in named if n]
                    return named[-1] if named else None
    return None


def place_phrase(token: Token) -> Token | None:
    """The phrase naming the platform an action took place on (see ``place_platform``)."""
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    if token.pos_ == "NOUN":
        objects += of_objects(token)  # 'the removal of X from the App Store'
    for c in token.children:
        # 'kicked off Twitter' where the parse leaves the platform outside the particle
        following = token.doc[c.i + 1] if c.i + 1 < len(token.doc) else c
        if c.dep_ == "prt" and c.lower_ in {"off", "from"} and platform_of_token(following):
            return following
    if (token.dep_ == "relcl" and platform_of_token(token.head)
            and any(c.dep_ == "advmod" and c.lower_ == "where" for c in token.children)):
        return token.head  # 'a copy was shared on Instagram, where it was removed'
    # ('was allowed back on Twitter': the place hangs on 'back')
    backs = [g for c in token.children if c.dep_ == "advmod" and c.lower_ == "back" for g in c.children]
    for c in [*token.children, *(g for o in objects for g in o.children), *backs]:
        if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in PLACE_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and platform_in_subtree(p):
                    return p
    return None


def owned_place(place: Token) -> bool:
    """'banned him from our Discord server': the place acted on (``place_phrase``) is the
    speaker's own."""
    return any(m.dep_ == "poss" and m.lower_ in {"our", "my"} for m in place.children)


def is_platform_token(token: Token | None) -> bool:
    return token is not None and platform_of_token(token) is not None


def actor_is_excluded(subject: Token) -> bool:
    """A subject that is not a platform: a government, a court, a user, a person, anyone else.

    Only platforms and words standing for one ("the company", "it") act in a moderation event.
    """
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    if community_staff(subject):
        return True
    if platform_in_subtree(subject) or subject.lower_ in DEMONSTRATIVES:
        return False
    return not is_company_reference(subject)


def removed_from_elsewhere(token: Token) -> bool:
    """'booted off the show', 'banned from trade', 'expelled from school': the place acted from is
    not a platform (nor 'the platform', nor a group or page on one)."""
    for c in token.children:
        if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"from", "off", "out"} and not cleared_from(c):
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"} and not (
                        platform_in_subtree(p) or is_company_reference(p)
                        or p.lower_ in PLACE_TARGET_WORDS):
                    return described_place(token) is None
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
    # (a name the model left untagged counts: 'Elon Musk reinstates ...' in a headline)
    person = subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN" and not subject.ent_type_
    if not person or token.lemma_.lower() not in CUES["platform_only_verbs"]:
        return None
    for noun in acted_on:
        for c in noun.children:
            if c.dep_ in {"compound", "nmod"} and platform_of_token(c):
                return platform_of_token(c)
    return None


ACCOUNT_NOUNS = {"account", "accounts", "channel", "channels", "page", "pages", "profile", "profiles"}


def owner_acting_unnamed(token: Token, subject: Token, acted_on: list[Token]) -> bool:
    """'Musk reinstated her account' with no platform in the sentence: a person suspending, banning
    or reinstating an account does so for the platform the text is about (an implied platform)."""
    return (subject.ent_type_ == "PERSON" and token.lemma_.lower() in CUES["platform_only_verbs"]
            and bool(acted_on) and all(t.lower_ in ACCOUNT_NOUNS and not any(
                platform_of_token(c) for c in t.subtree) for t in acted_on))


def owned_home(acted_on: list[Token], owner: str) -> str | None:
    """A platform of the owner's that every acted-on noun names as its home ('our Google Cloud
    access', 'his Instagram account' when Meta acted; '45 of the group's YouTube video ads')."""
    acted_on = [next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj"), t) if t.like_num else t for t in acted_on]
    homes = {platform_of_token(c) for t in acted_on if t.pos_ == "NOUN"
             for c in t.children if c.dep_ == "compound" and platform_of_token(c)}
    nouns = [t for t in acted_on if t.pos_ == "NOUN"]
    if len(homes) != 1 or not nouns or not all(
            any(c.dep_ == "compound" and platform_of_token(c) for c in t.children) for t in nouns):
        return None
    home = homes.pop()
    return home if home and owned_by(home, owner) else None


LISTING_PREPS = {"like", "including", "as"}
# only a platform gives back an account or a post: 'they' restoring one is the platform
RESTORING_LEMMAS = {"restore", "reinstate", "unban", "unsuspend", "unlock", "reactivate", "unblock",
                    "reverse", "overturn", "rescind", "undo"}  # "They reversed it"
PUTTING_BACK = {"put", "bring"}  # 'they put it back': 'back' told on the verb


def restoring(verb: Token) -> bool:
    """'They restored it', 'They reversed it', 'they put it back': only a platform gives back."""
    return verb.lemma_.lower() in RESTORING_LEMMAS or verb.lemma_.lower() in PUTTING_BACK and any(
        c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in verb.children)
REPORTING_VERBS = {"report", "flag", "refer", "complain", "appeal", "submit", "send", "escalate", "petition"}
MESSAGE_NOUNS = {"message", "post", "tweet", "chat", "dm", "announcement", "statement", "email", "livestream",
                 "stream", "thread"}


REQUEST_NOUNS = {"request", "demand", "complaint", "pressure", "order", "petition", "lobbying", "urging"}


def speech_venue(token: Token) -> bool:
    """'posted Chen on X', 'said in a Facebook post', 'a campaign that trended on Twitter', 'reported
    it to Twitter': a platform where someone spoke, or that someone reported to, is no actor."""
    while token.head != token and platform_of_token(token.head):  # 'X (formerly Twitter)'
        token = token.head
    if token.dep_ == "compound" and token.head.lemma_.lower() in MESSAGE_NOUNS:
        return True  # 'Discord messages from the site's owners explain ...
    prep = token.head if token.dep_ == "pobj" else token.head.head if token.dep_ in MODIFIER_DEPS else None
    if (prep is not None and prep.lower_ in {"from", "by", "of"}
            and prep.head.lemma_.lower() in REQUEST_NOUNS):
        return True  # 'taken down following a request from Amazon': who asked, not who acted
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in {"on", "in", "via", "to"}:
        return False
    if prep.lower_ == "to":  # ('took to Instagram to break the news')
        return reported_to(token) or prep.head.lemma_.lower() == "take"
    if prep.lower_ == "via":
        return True  # 'announced its actions via its Twitter': a channel, however the parse hangs it
    verb = prep.head.lemma_.lower()
    return verb in CUES["statement_verbs"] or verb in {"share", "reply", "trend", "circulate"}


def reported_to(token: Token) -> bool:
    """'has been removed and reported to Twitter': the platform is an addressee, no actor."""
    return (token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.dep_ == "prep"
            and token.head.head.lemma_.lower() in REPORTING_VERBS)


REQUEST_NOUNS = {"request", "demand", "complaint", "pressure", "order", "notice", "claim", "petition",
                 "letter", "behest", "urging", "insistence"}


def requester(token: Token) -> bool:
    """'taken down following a request from Amazon', 'at the behest of Apple': the platform asked,
    someone else acted."""
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ in {"from", "of", "by"} and head.dep_ == "prep"
            and head.head.lemma_.lower() in REQUEST_NOUNS)


def acting_on_platform(agent: Token) -> bool:
    """'blocked by Trump on Twitter', 'banned by the moderators on Reddit': the platform named after
    the agent is where the agent acted, not who acted."""
    return not platform_of_token(agent) and not is_company_reference(agent) and any(
        c.dep_ == "prep" and c.lower_ == "on" and platform_in_subtree(c) for c in agent.children)


def writers_own_doing(token: Token) -> bool:
    """'Delisting my website from Google': a gerund without a subject, as a headline or as the
    subject of its sentence, done to the writer's own thing is the writer's doing."""
    clause = token
    while clause.dep_ == "pcomp" and clause.head.head.tag_ == "VBG":  # 'Following up on delisting ...'
        clause = clause.head.head
    return token.tag_ == "VBG" and clause.dep_ in {"ROOT", "csubj"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) and any(
        o.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in {"my", "our"} for p in o.children)
        for o in token.children)


def owned_part(place: Token | None) -> bool:
    """'our Discord server', 'our subreddit on Reddit': a part of a platform that the speaker owns
    (not 'our App Store': the platform itself)."""
    return place is not None and owned_place(place) and not platform_of_token(place)


def owned_in_sentence(token: Token, owner: str, acted_on: list[Token], subject: Token) -> str | None:
    """'Amazon, where Parler's servers were hosted in Amazon Web Services, has banned Parler', 'its
    App Store fraud analysis shows that Apple blocked 1.6 million accounts': the one platform of
    the acting company's own that its sentence names (not as what was acted on: 'Meta removed
    Facebook and Instagram accounts' is split by platform) is where it acted."""
    told = [x for noun in acted_on for x in (noun, *noun.conjuncts)]  # '46 pages and 9 Instagram accounts'
    told += list(subject.conjuncts)  # 'Facebook and Instagram removed'
    inside = {t.i for x in told for t in x.subtree}
    doc = token.doc
    inside |= {t.i for t in token.sent if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in TARGET_WORDS}
    owned = {platform_of_token(t) for t in token.sent if t.i not in inside and platform_of_token(t)
             and owned_by(platform_of_token(t) or "", owner)}
    return owned.pop() if len(owned) == 1 else None


def country_subject_before(pronoun: Token) -> bool:
    """'... if China chooses to retaliate. It fired a warning shot, banning app stores from ...':
    'it' as the subject, when the last subject before it (in its sentence or the one before) is
    a country, stands for the country."""
    doc = pronoun.doc
    start = pronoun.sent.start
    before = doc[start - 1].sent.start if start > 0 else start
    subjects = [t for t in doc[before:pronoun.i] if t.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and subjects[-1].ent_type_ == "GPE"
