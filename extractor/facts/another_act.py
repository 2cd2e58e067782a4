"""Another act: words on an action that say it is not the one told before ('also', 'again',
'earlier', 'for the second time', 'In addition', 'On top of that', 'Meta also announced that
...'), read by ``extractor.occasions`` as an occasion boundary."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.acted_on import TIME_UNITS
from extractor.facts.dates import SEASON_START
from extractor.facts.platforms import is_company_reference, platform_of_token
from extractor.occasions import ANOTHER_ACT_ADVERBS


def told_as_another_act(token: Token) -> bool:
    """'Twitter also suspended', 'was banned again', 'Earlier, YouTube removed', 'suspended for the
    second time': an adverb or phrase on the action word (or on the verb whose object the action
    noun is) that tells another act."""
    verbs = [token, token.head] if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubjpass"} else [token]
    other_act_noun = token.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in OTHER_ACT_ADJECTIVES for c in token.children)
    return other_act_noun or announced_also(token) or any(
        c.dep_ == "advmod" and c.lower_ in ANOTHER_ACT_ADVERBS and not within_hours(c) or nth_time(c)
        or in_addition(c) or earlier_period(c) for v in verbs for c in v.children)


def within_hours(adverb: Token) -> bool:
    """'removed the tweets and suspended the account hours later': minutes or hours after the act
    just told, the same episode, no other occasion."""
    return adverb.lower_ == "later" and any(c.lemma_.lower() in {"hour", "minute"} for c in adverb.children)


# 'the earlier removal of VPN apps', 'a previous ban': an act noun said to be another act
OTHER_ACT_ADJECTIVES = {"earlier", "previous", "prior", "later", "separate"}
PERIOD_NOUNS = (TIME_UNITS - {"second", "minute", "hour"}) | set(SEASON_START) | {"decade"}


def earlier_period(child: Token) -> bool:
    """'Earlier this year, Apple removed VPN apps', 'later that month': a period said to be before
    or after the one told."""
    return (child.dep_ in {"npadvmod", "advmod", "tmod"} and child.lemma_.lower() in PERIOD_NOUNS
            and any(g.dep_ == "advmod" and g.lower_ in {"earlier", "later"} for g in child.children))


ADDING_PHRASES = {("in", "addition"), ("on", "top")}


def in_addition(prep: Token) -> bool:
    """'In addition, ...', 'On top of that, Facebook suspended ...': the act comes on top of another."""
    return prep.dep_ == "prep" and any(
        (prep.lower_, p.lower_) in ADDING_PHRASES for p in prep.children if p.dep_ == "pobj")


ANNOUNCING_LEMMAS = {"announce", "say", "disclose", "report", "reveal", "confirm", "add"}
ALSO_ADVERBS = {"also", "separately", "additionally"}


def announced_also(token: Token) -> bool:
    """'Meta also announced that it disrupted ... by blocking their infrastructure': the
    platform's announcement that holds the action tells another act."""
    clause = token
    while clause.dep_ not in {"ccomp", "ROOT"} and clause.head != clause:
        clause = clause.head
    verb = clause.head
    # ('Infowars also confirms that ...' is another source telling the same act)
    return clause.dep_ == "ccomp" and verb.lemma_.lower() in ANNOUNCING_LEMMAS and any(
        c.dep_ == "advmod" and c.lower_ in ALSO_ADVERBS for c in verb.children) and any(
        c.dep_ == "nsubj" and (platform_of_token(c) or is_company_reference(c)) for c in verb.children)


NTH_WORDS = {"second", "third", "fourth", "fifth", "another", "2nd", "3rd", "4th", "5th"}


def nth_time(prep: Token) -> bool:
    """'for the second time', 'for a third time', 'another time': the act told again."""
    return prep.dep_ == "prep" and prep.lower_ == "for" and any(
        p.dep_ == "pobj" and p.lemma_.lower() == "time" and any(a.lower_ in NTH_WORDS for a in p.children)
        for p in prep.children)
