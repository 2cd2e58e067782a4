"""Implied actors (rules 5 and 6 of ``extractor.facts.actions``): a sentence that names no actor
implies the platform it names, or the one the text was just talking about, only when it says what
was acted on; and not when what it tells is someone else's doing (staff barred by their employer,
a domain suspended by its registry)."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.cues import CUES
from extractor.facts.name_words import handle_word
from extractor.facts.persons import PASSIVE_SUBJECTS, PERSONAL_PRONOUNS, passive_subject, told_person
from extractor.facts.targets import targets_for
from extractor.facts.things import counted_reference

REFERRING_PRONOUNS = {"it", "they", "them", "one"}
NARRATORS = {"i", "we"}  # the writer, as the subject of a passive action
REJECTING_LEMMAS = {"reject", "deny", "decline", "refuse"}  # 'I was rejected': the writer's app


STAFF_NOUNS = {"employee", "staff", "official", "agency", "scientist", "worker", "officer", "agent"}


def staff_barred(token: Token, acted_on: list[Token]) -> bool:
    """'The agency was banned from providing updates or posting to social media', 'employees have
    been banned from sharing research': staff or an authority barred from doing something, with no
    platform said to act, were barred by whoever employs or governs them."""
    doing = any(c.dep_ == "prep" and c.lower_ == "from" and any(p.tag_ == "VBG" for p in c.children)
                for c in token.children)
    return doing and any(t.lemma_.lower() in STAFF_NOUNS | CUES["authority_words"]
                         or any(w.lower_ in CUES["authority_words"] or w.lemma_.lower() in STAFF_NOUNS
                                for w in t.subtree) for t in acted_on)


def domain_elsewhere(name: str, rule: str, acted_on: list[Token]) -> bool:
    """'The domain has been suspended' in a story that named Spotify: a domain (or a site: 'the site
    was locked down') is suspended by a registry, a registrar or a host (``domain_hosts``), not by
    a platform the sentence only implies."""
    domains = [t for t in acted_on if t.lemma_.lower() in {"domain", "site", "website"}]
    return rule in {"article", "sentence"} and bool(domains) and len(domains) == len(
        [t for t in acted_on if t.pos_ in {"NOUN", "PROPN"}]) and name.lower() not in CUES["domain_hosts"]


def has_target_noun(tokens: list[Token], types: dict[int, str]) -> bool:
    return any(t.i in types for t in tokens)


def sentence_has_target(acted_on: list[Token], types: dict[int, str]) -> bool:
    """An implicit-platform sentence must say what was acted on: a target noun or a name."""
    if has_target_noun(acted_on, types) or targets_for(acted_on, types):
        return True
    if any(t.lower_ in REFERRING_PRONOUNS or t.lower_ in PERSONAL_PRONOUNS and t.dep_ != "poss"
           or t.lower_ in PASSIVE_SUBJECTS and passive_subject(t) or narrator_acted_on(t)
           or counted_reference(t) for t in acted_on):
        return True  # 'it was restored', 'six of them were restored': the targets told before; 'I got
        # shadowbanned': the writer
    if any(told_person(t) for t in acted_on):
        return True  # 'the streamer was unbanned': the person told before
    # ('LesbianHotSauce was temp banned': a user name the model knows as no entity)
    return any(t.ent_type_ in {"PERSON", "ORG"} or t.text.startswith("@")
               or t.dep_ == "nsubjpass" and handle_word(t) for t in acted_on)


def narrator_acted_on(token: Token) -> bool:
    """'I got shadowbanned', 'we were suspended': the writer acted on, as a passive subject (not 'I
    was rejected', which tells of the writer's app or submission)."""
    return token.lower_ in NARRATORS and token.dep_ == "nsubjpass" and (
        token.head.lemma_.lower() not in REJECTING_LEMMAS)
