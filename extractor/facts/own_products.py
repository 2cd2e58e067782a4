"""A platform changing its own product, not moderating: 'GitHub has removed Copilot's ability to
insert tips', 'OpenAI is nuking its 4o model', 'Apple cancelled its charging mat project'."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.cues import CUES
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
        c.dep_ == "poss" and c.lower_ in {"its", "our"} for c in noun.children) and not told_by_owner(noun)


SAYING_LEMMAS = {"say", "tell", "claim", "complain", "announce", "allege", "report", "write"}


def told_by_owner(noun: Token) -> bool:
    """'The Daily Wire said YouTube had demonetized its channel': 'its' in what someone other than
    a platform said is the speaker's own, not the acting platform's."""
    verb = noun.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING_LEMMAS:
        return False
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return speaker is not None and speaker.pos_ in {"PROPN", "NOUN"} and not platform_of_token(speaker)
