"""A person told by a description the article gave them before: 'Popular streamer Jane Vexley
lost her temper ... Twitch suspended the streamer's channel'; 'Big Tom, a rapper from Ohio, ...
Twitter suspended the rapper'.

A definite 'the streamer' (or 'the streamer's' before the thing acted on) stands for the name
last given that same description: the noun before a name ('streamer Jane Vexley', 'the rapper
Big Tom') or in apposition to it ('Big Tom, a rapper from Ohio').
"""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.account_lists import describes_name
from extractor.facts.accounts import PERSON_NOUNS, NamedAccount, account_from

DEFINITE = {"the", "this", "that"}  # (as quotes.vocab.DEFINITE; that package imports this module)
DESCRIBED_WINDOW = 400  # tokens before the sentence where the person may have been described
TITLE_DEPS = {"compound", "nmod"}  # 'streamer Jane Vexley': the description before the name
PERSON_OR_UNKNOWN = frozenset({"PERSON", ""})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", ""})  # a speaker may be an organisation ('the studio')


def described_earlier(noun: Token) -> list[NamedAccount]:
    """The name given earlier to the person that 'the streamer' (the target noun, or the noun
    owning it: "the streamer's channel") describes, as a list of one (none when there is none),
    like ``mentions.called_earlier``."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    person = noun if noun.lemma_.lower() in PERSON_NOUNS else owner
    if person is None or person.lemma_.lower() not in PERSON_NOUNS:
        return []
    name = name_given_before(person, PERSON_OR_UNKNOWN)
    account = account_from(name) if name is not None else None
    return [account] if account is not None else []


def name_given_before(description: Token, labels: frozenset[str]) -> Token | None:
    """The name last given, before its sentence, the description that a definite singular noun
    is ('the streamer' after 'Popular streamer Jane Vexley'), or None."""
    if description.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE
                                           for c in description.children):
        return None
    doc = description.doc
    start = description.sent.start
    for earlier in reversed(doc[max(0, start - DESCRIBED_WINDOW):start]):
        if earlier.lemma_ == description.lemma_ and earlier.tag_ == "NN":
            name = described_name(earlier, labels)
            if name is not None:
                return name
    return None


def described_name(description: Token, labels: frozenset[str] = PERSON_OR_UNKNOWN) -> Token | None:
    """The name token a description is given to: its head when it is a title before the name
    ('streamer Jane Vexley') or in apposition to it ('Big Tom, a rapper from Ohio'), or the name
    right after it ('the rapper Big Tom', however the parse hangs them). ``labels``: the entity
    labels the name may have ('' for a name the model does not know)."""
    head = description.head
    if description.dep_ in TITLE_DEPS and head.i > description.i and person_name(head, labels):
        return head
    if describes_name(description) and person_name(head, labels):
        return head
    after = description.doc[description.i + 1] if description.i + 1 < len(description.doc) else None
    named_after = after is not None and after.sent == description.sent and person_name(after, labels)
    return after if named_after else None


def person_name(token: Token, labels: frozenset[str] = PERSON_OR_UNKNOWN) -> bool:
    """A proper noun the model takes for a person or for nothing (a name it does not know), or
    for another of ``labels``."""
    return token.pos_ == "PROPN" and token.ent_type_ in labels and token.text[:1].isupper()


def name_described_before(noun: Token) -> Token | None:
    """'"We are shocked," the studio said' after 'Pixel Forge, a small studio,': the name
    (of a person or an organisation) last given the description that a definite singular noun
    is, or None."""
    return name_given_before(noun, SPEAKER_LABELS) if noun.pos_ == "NOUN" else None
