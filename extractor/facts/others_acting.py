"""Someone else acting, not a platform: users blocking people, owners deleting their posts or
closing their accounts, states banning a platform or a country withdrawn from ('Imgur geo-blocked
the UK'). Word lists are in ``patterns/cues.json``."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.accounts import PERSON_NOUNS
from extractor.facts.acted_on import of_objects
from extractor.facts.cues import CUES
from extractor.facts.platforms import is_company_reference, platform_of_token
from extractor.facts.unreal import OWNER_PRONOUNS

PEOPLE_PRONOUNS = {"them", "he", "she", "him", "her"}
IMPLIED_OR_PLACE_RULES = {"sentence", "article", "target", "place"}


def user_blocking(token: Token, rule: str, acted_on: list[Token]) -> bool:
    """'sued Trump for blocking them', 'users who have been blocked': users block people too; a
    block of users or people is a platform's only when the platform is said to be the actor."""
    if token.lemma_.lower() not in CUES["user_verbs"] or rule not in IMPLIED_OR_PLACE_RULES:
        return False
    return bool(acted_on) and all(t.lemma_.lower() in CUES["people_nouns"] or t.ent_type_ == "PERSON"
                                  or t.lower_ in PEOPLE_PRONOUNS for t in acted_on)


POST_WORDS = {"post", "tweet", "video", "clip", "photo", "picture", "message", "comment", "story", "reel"}


def owner_deleting(token: Token, rule: str, acted_on: list[Token]) -> bool:
    """'One video was later deleted', 'the tweet has since been deleted': with no platform said to
    act, a deleted post was deleted by whoever posted it; platforms remove, take down or hide."""
    if token.lemma_.lower() != "delete" or rule not in {"sentence", "article"}:
        return False
    return bool(acted_on) and all(t.lemma_.lower() in POST_WORDS for t in acted_on)


OWNER_PRONOUNS_OF_ACTS = {"its", "their"}
STATE_NOUNS = CUES["authority_words"] | {"country", "state", "nation"}


def state_owned(token: Token) -> bool:
    """'Indonesia is lifting its ban on Grok', "Turkey's ban on Wikipedia": an action noun whose
    owner is a country or an authority is the state's act (the platform is what it acts on)."""
    if token.pos_ != "NOUN":
        return False
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in OWNER_PRONOUNS_OF_ACTS:
        verb = token.head
        owner = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb.pos_ in {
            "VERB", "AUX"} else None
    return owner is not None and (owner.ent_type_ == "GPE" or owner.lemma_.lower() in STATE_NOUNS)


GEO_NOUNS = {"user", "visitor", "customer", "resident", "people", "player", "access", "viewer", "subscriber"}


def in_place(noun: Token) -> bool:
    """'UK users', 'users in Montana', 'access for users from Utah': a noun said of a place."""
    return any(t.ent_type_ == "GPE" and t.i != noun.i and (t.dep_ in {"compound", "amod", "pobj", "nmod"})
               for t in noun.subtree)


def country_blocking(token: Token, acted_on: list[Token]) -> bool:
    """'Imgur geo-blocked the UK', 'decided to block UK users', 'blocked users in Mississippi': a
    service withdrawn from a place, not a moderation of anyone's account (with no count: 'three UK
    users suspended' are particular users)."""
    if not token.lemma_.lower().endswith("block") or not acted_on:
        return False
    doc = token.doc
    if any(doc[i].lower_ == "from" and doc[i + 1].lower_.endswith("ing")
           for i in range(token.i + 1, min(token.sent.end - 1, token.i + 8))):
        return False  # 'blocks US users from downloading X's apps': the apps are restricted
    return all(t.ent_type_ == "GPE" or t.lemma_.lower() in GEO_NOUNS and in_place(t)
               and not any(c.dep_ == "nummod" for c in t.children) for t in acted_on)


OUTAGE_WORDS = {"outage", "outages", "down", "dark", "offline", "glitch", "bug", "crash", "crashed",
                "disruption"}


def outage(token: Token, acted_on: list[Token]) -> bool:
    """'Instagram, Facebook and WhatsApp went dark for six hours, locking out billions of users': a
    service down for everyone, in a sentence that says so, is no act on anyone."""
    # ('users', 'billions of users')
    people = any(any(n.lemma_.lower() in GEO_NOUNS and n.tag_ == "NNS" for n in (t, *of_objects(t)))
                 for t in acted_on)
    bare = all(t.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in t.children)
               for t in acted_on)
    everyone = bool(acted_on) and people and bare
    if everyone and any(t.lower_ in OUTAGE_WORDS for t in token.sent):
        return True  # ('locking users out of accounts worldwide': 'users', bare 'accounts')
    # 'Service was largely restored by late evening' in a story of an outage: the service came back
    service = bool(acted_on) and all(t.lemma_.lower() in SERVICE_WORDS and not any(
        c.dep_ in {"poss", "prep"} for c in t.children) for t in acted_on)
    return service and any(t.lower_ in OUTAGE_WORDS for t in token.doc)


SERVICE_WORDS = {"service", "access"}


OWN_ACCOUNT_VERBS = {"close", "delete", "deactivate", "quit", "leave"}
IMPLIED_RULES = {"sentence", "article"}


def owner_closing(token: Token, rule: str, acted_on: list[Token]) -> bool:
    """'After closing his account a couple of years ago, he is back': a gerund with no subject of
    its own, closing or deleting an account its possessor owns, is the owner's own act; and so is
    one whose subject is a person ('Leanne deactivated her account', 'The 41-year-old deactivated his
    account'), not a platform or a company."""
    if token.lemma_.lower() not in OWN_ACCOUNT_VERBS:
        return False
    owned = bool(acted_on) and all(any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in t.children)
                                   for t in acted_on)
    # ('his account', 'her account': a person's, whoever the model took the subject for; a platform
    # or a company closing one is named as the subject)
    gendered = owned and all(any(c.dep_ == "poss" and c.lower_ in {"his", "her", "my"} for c in t.children)
                             for t in acted_on)
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and token.dep_ == "conj":  # 'Twitter reverses and deletes her tweet'
        subject = next((c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return owned and token.tag_ == "VBG" and rule in IMPLIED_RULES or gendered and token.tag_ in {
            "VBD", "VBZ", "VBP"} and not any(c.dep_ in {"auxpass", "agent"} for c in token.children)
    if subject.dep_ != "nsubj" or platform_of_token(subject) or is_company_reference(subject):
        return False
    return owned and (subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she", "i"}
                      or subject.lemma_.lower() in PERSON_SUBJECT_NOUNS) or gendered


PERSON_SUBJECT_NOUNS = PERSON_NOUNS | {"old"}  # ('the 41-year-old')
