"""The people (and organisations) a platform acted on as accounts, when the sentence names no
target noun: 'Twitch banned the streamer', 'banned two of its moderators', 'TikTok suspended her',
'I got banned from Twitter', 'banned the military and military-controlled businesses from
Facebook'."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from extractor.facts.accounts import PERSON_NOUNS
from extractor.facts.acted_on import of_objects
from extractor.facts.cues import CUES
from extractor.facts.misread_headlines import quoted_modifier
from extractor.facts.numbers import VAGUE_PARTS, Count, count_of, vague_count
from extractor.facts.persons import reporting_subject
from extractor.facts.targets import Target, count_of_number, counted_target

ORGANISATION_NOUNS = CUES["account_organisation_nouns"]  # bodies with accounts ('the military')
BARRING_ACTIONS = {"ban", "suspend"}  # what a platform does to an organisation it names as the place


def people_targets(doc: Doc, acted_on: list[Token], action: str, rule: str) -> list[Target]:
    """The account target of an action on people, the writer or (barred from a platform named as
    the place) an organisation; none when the sentence acts on no one."""
    # 'banned two (or several) of its moderators': the people of a partitive, counted by its number
    partitive = {p.i: n for n in acted_on if n.like_num or n.lower_ in VAGUE_PARTS for p in of_objects(n)
                 if p.lemma_.lower() in PERSON_NOUNS}
    people = [t for t in acted_on if t.lemma_.lower() in PERSON_NOUNS and not quoted_modifier(t)
              or t.ent_type_ == "PERSON"]
    people += [doc[i] for i in partitive]
    people += [t for t in acted_on if person_pronoun(t)]  # 'the streamer said she was suspended
    narrators = [t for t in acted_on if t.lower_ in {"i", "me", "us", "we"}]
    if narrators and not people:  # 'I got banned from Twitter', 'Google kicked us out': the writer's
        p = narrators[0]
        return [Target("account", 1 if p.lower_ in {"i", "me"} else None, None, p.idx, p.idx + len(p), p.i)]
    if people:
        p = people[0]
        # ('at least six journalists', 'dozens of activists'; 'she': one person_pronoun)
        partitive_count = count_of_number(partitive[p.i]) if p.i in partitive else None
        return account_target(p, partitive_count, p.tag_ in {"NN", "NNP"} or p.pos_ == "PRON")
    if rule == "place" and action in BARRING_ACTIONS:
        bodies = [t for t in acted_on if t.pos_ in {"NOUN", "PROPN"} and (
            t.lemma_.lower() in ORGANISATION_NOUNS or t.ent_type_ in {"ORG", "NORP"})]
        if bodies:  # 'banned the military and military-controlled businesses from Facebook'
            b = bodies[0]
            one = b.tag_ in {"NN", "NNP"} and not any(c.dep_ == "conj" for c in b.children)
            return account_target(b, None, one)
    return []


def account_target(noun: Token, partitive_count: Count | None, one: bool) -> list[Target]:
    """The account target a person or a body stands for: counted by its own number ('six
    journalists'), or its partitive's, else one (or uncounted, for a plural or a list)."""
    counted = count_of(noun) or vague_count(noun) or partitive_count
    if counted:
        return [counted_target("account", counted, noun.idx + len(noun), noun.i)]
    return [Target("account", 1 if one else None, None, noun.idx, noun.idx + len(noun), noun.i)]


ONE_PERSON_PRONOUNS = {"he", "she", "him", "her"}


def person_pronoun(token: Token) -> bool:
    """'he was banned from Twitch', 'TikTok suspended her', 'the user said they had been banned':
    a pronoun that stands for one person (not 'her account': the account is the target then);
    'they' only as what a person noun says was done to them."""
    if token.dep_ == "poss":
        return False
    if token.lower_ in ONE_PERSON_PRONOUNS:
        return True
    speaker = reporting_subject(token) if token.lower_ in {"they", "them"} else None
    return speaker is not None and speaker.tag_ == "NN" and speaker.lemma_.lower() in PERSON_NOUNS


