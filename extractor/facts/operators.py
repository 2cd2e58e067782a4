"""Operators: a service the platform list does not know, named as the one that acted on accounts
('Kalshi suspended the trader's account', 'the domain was suspended by Public Interest
Registry', 'Radix suspended the domain').

Any company can run a service with accounts, and news names hundreds of them. An organisation
the model tags ORG (or PRODUCT) acts as a platform in an event when it is the named actor (the
subject or the 'by' agent) of a verb that only a service can do to an account (suspend, ban,
terminate, reinstate: ``operator_verbs`` in ``patterns/cues.json``) and what it acts on is an
account, a domain, an app, a server or a channel by its noun ('the account', 'the domain'), not a
person: 'the league suspended the player' and 'the ministry banned the app' stay out
(``authority_words`` and ``not_operators``: governments, courts, regulators, leagues, schools).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.cues import CUES, is_item_store
from extractor.facts.entities import doc_entities, entity_at
from extractor.facts.platforms import OWNERS, owned_by, platform_of_token
from extractor.facts.subjects import subject_of

OPERATOR_ENTITIES = {"ORG", "PRODUCT"}
STORE_OWNERS = {owner for store, owner in OWNERS.items() if is_item_store(store)}  # Valve (Steam), ...
STORE_ITEM_KINDS = {"app", "page"}  # a game and its store page
NEVER_SERVICES = CUES["not_operators"] | CUES["authority_words"]


def kind_name(actor: Token) -> Span | None:
    """The name of a service told with its kind: 'domain registrar NameSilo' (the kind a compound
    of the name), 'its registrar, TierraNet,' (the name in apposition to the kind), whatever
    entity type the model gave the name."""
    kinds = CUES["service_kinds"]
    if actor.lemma_.lower() in kinds:
        actor = next((c for c in actor.children if c.dep_ == "appos" and c.pos_ == "PROPN"), actor)
    told = any(c.dep_ == "compound" and c.lemma_.lower() in kinds for c in actor.children) or (
        actor.dep_ == "appos" and actor.head.lemma_.lower() in kinds)
    if actor.pos_ != "PROPN" or platform_of_token(actor) or not told:
        return None
    start = actor.i
    doc = actor.doc
    while start > actor.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start:actor.i + 1]


def operator_name(actor: Token) -> str | None:
    """The name of an organisation that may run a service, or None."""
    kind = kind_name(actor)
    if kind is not None:
        return kind.text
    if platform_of_token(actor) or actor.ent_type_ not in OPERATOR_ENTITIES:
        return None  # a person ('Musk suspended the accounts'), a place, an untyped word
    ent = entity_at(actor)
    if ent is None:
        return None
    words = [t for t in ent if t.lower_ not in {"the"} and t.tag_ != "POS"]
    if not words or any(t.lower_ in NEVER_SERVICES for t in words) or persons_name(ent):
        return None
    span: Span = actor.doc[words[0].i:words[-1].i + 1]
    return span.text


def persons_name(ent: Span) -> bool:
    """'Tran used the moderation tools to ban the accounts': the surname of a person named in the
    story ('streamer Mai Tran'), whatever entity the model gave it here."""
    words = ent.text.split()
    return any(e.label_ == "PERSON" and len(e) > len(words) and e.text.split()[-len(words):] == words
               for e in doc_entities(ent.doc))


def operator_acts(actor: Token, action: Token, acted_on: list[Token], types: dict[int, str]) -> str | None:
    """The operator's name when ``actor`` acted on an account-like thing as a service does."""
    kind = kind_name(actor)  # 'the site was taken down by its host, ValueWeb'
    verb = action.lemma_.lower()
    if verb not in CUES["operator_verbs"] and not (kind is not None and verb in CUES["kind_verbs"]):
        return None
    if not any(t.lemma_.lower() in CUES["operator_objects"] or types.get(t.i) in {"server", "app", "channel"}
               or kind is not None and t.lemma_.lower() in CUES["kind_objects"] for t in acted_on):
        return None
    return kind.text if kind is not None else operator_name(actor)


def listed_operator_acts(name: str, rule: str, acted_on: list[Token], types: dict[int, str],
                         action: Token) -> bool:
    """A company that runs a service but is named mostly for other things (a game publisher, a
    video-call company: ``account_operators`` in cues.json) acts as a platform only as the named
    actor, on accounts, users or players ('Bungie banned 5,000 players'), or banning a person
    ('Nintendo banned a Switch 2 owner', 'he got banned by Nintendo')."""
    if name.lower() not in CUES["account_operators"]:
        return True
    # ('Valve put the store page back up': the owner of a store acting on what the store lists)
    if rule in {"subject", "agent"} and name in STORE_OWNERS and any(types.get(t.i) in STORE_ITEM_KINDS
                                                                     for t in acted_on):
        return True
    banned = action.lemma_.lower() in CUES["operator_verbs"]  # a person is banned, not 'removed'
    # 'Epic Games banned two Fortnite players', 'Epic took the step of banning two Fortnite players':
    # the owner named as the actor, on its game's players
    doer = subject_of(action) if rule == "target" else None
    by_owner = doer is not None and doer.dep_ == "nsubj" and owned_by(name, platform_of_token(doer) or "")
    return (rule in {"subject", "agent", "subject-reference", "staff", "place"} or by_owner) and any(
        types.get(t.i) == "account"
        or banned and (t.ent_type_ == "PERSON" or t.lemma_.lower() in CUES["account_person_nouns"]
                       or t.lower_ in PERSON_PRONOUNS)  # 'he got banned by Nintendo'
        for t in acted_on)

PERSON_PRONOUNS = {"he", "she", "him", "her", "they", "them", "i", "me", "we", "us"}
