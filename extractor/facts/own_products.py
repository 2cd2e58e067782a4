"""A platform changing its own product, not moderating: 'GitHub has removed Copilot's ability to
insert tips', 'OpenAI is nuking its 4o model', 'Apple cancelled its charging mat project'; an
account or a company acting on what it posted itself: 'The official X account of Burger Barn
deleted a tweet', 'Google removed a promotional video from its own YouTube channel'."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.cues import CUES
from extractor.facts.others_acting import POST_WORDS
from extractor.facts.platforms import platform_of_token

REVIEW_LEMMAS = {"reject", "approve", "deny", "decline"}  # a store's review of what others submit


def own_product(acted_on: list[Token], action: Token) -> bool:
    """'GitHub has removed Copilot's ability to insert tips', 'OpenAI is nuking its 4o model',
    'local account workarounds removed', 'pulling its search service out of China': a platform
    changing its own product, not moderating (the country it is pulled out of is no target). Not
    what a store rejects or approves ('Apple rejected the update'): submitted by others."""
    if action.lemma_.lower() in REVIEW_LEMMAS:
        return False
    heads = [t for t in acted_on if t.dep_ != "compound" and t.ent_type_ != "GPE"]
    return bool(heads) and all(t.lemma_.lower() in CUES["feature_nouns"] or t.lower_ in CUES["feature_nouns"]
                               or own_thing(t) for t in heads)


def own_thing(noun: Token) -> bool:
    """'Apple cancelled its charging mat project', 'its failed AirPower': a project, product or
    site of the actor's own ('its', 'our'), not an account or a post of someone else."""
    return (noun.lemma_.lower() in CUES["own_things"] or noun.pos_ == "PROPN") and any(
        c.dep_ == "poss" and c.lower_ in {"its", "our"} for c in noun.children) and not told_by_owner(
        noun) and not had_done(noun)


def had_done(noun: Token) -> bool:
    """'The group had its Facebook page taken down and its YouTube channel terminated': 'its' is
    the one who had it done to them (the subject of the causative 'have'), not the platform."""
    verb = noun.head
    if verb.dep_ in {"ccomp", "xcomp"} and noun.dep_ in {"nsubj", "nsubjpass"}:
        verb = verb.head  # ('had its page taken down': the page read as the subject of 'taken')
    elif noun.dep_ != "dobj":
        return False
    return verb.lemma_.lower() == "have" and not any(
        c.dep_ == "nsubj" and platform_of_token(c) for c in verb.children)


SAYING_LEMMAS = {"say", "tell", "claim", "complain", "announce", "allege", "report", "write"}


def told_by_owner(noun: Token) -> bool:
    """'The Daily Wire said YouTube had demonetized its channel': 'its' in what someone other than
    a platform said is the speaker's own, not the acting platform's."""
    verb = noun.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING_LEMMAS:
        return False
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return speaker is not None and speaker.pos_ in {"PROPN", "NOUN"} and not platform_of_token(speaker)


HOLDER_NOUNS = {"account", "handle", "page", "channel", "profile", "feed"}  # where one's own posts live
OWNERS_POSSESSIVES = {"its", "their", "our"}


def account_acting(subject: Token | None) -> bool:
    """'The official X account of fast-food chain Burger Barn deleted a tweet': an account that
    takes down a post is its owner deleting it, whatever platform names it; not the platform."""
    return subject is not None and subject.dep_ == "nsubj" and subject.lemma_.lower() in HOLDER_NOUNS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in POST_WORDS for c in subject.head.children)


def from_own_home(action: Token) -> bool:
    """'Google removed a promotional video for its chatbot from its own YouTube channel': taken
    from the actor's own account, channel or page (not 'from his channel': someone else's)."""
    # ('its own': 'from its channel' may be the channel of the one whose video it was)
    return any(p.dep_ == "pobj" and p.lemma_.lower() in HOLDER_NOUNS
               and any(x.dep_ == "poss" and x.lower_ in OWNERS_POSSESSIVES for x in p.children)
               and any(x.lower_ == "own" for x in p.children)
               for c in action.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children)
