"""Platform leaders as actors: "Musk suspended the accounts of a number of journalists", "Mr Musk,
who has restored the accounts of previously banned users". A person acts for a platform when the
article makes them its owner or chief: "X CEO Elon Musk", "Musk, the owner of Twitter", "Elon
Musk's Twitter", "Musk, who bought Twitter", "Twitter is owned by Musk", "Twitter, under the
management of Mr Musk". Any mention of the person by that name then acts for the platform; a
person who leads two platforms in one story leads none here. Roles and owning verbs are the
``leader_roles`` and ``owning_verbs`` lists of ``patterns/cues.json``.

A leader's own acts as a user (blocking someone, deleting their own post) stay theirs: the acts
counted are those only a platform does (``leader_acts``)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from extractor.facts.cues import CUES
from extractor.facts.platforms import platform_of_token

LEADERS_KEY = "platform_leaders"
PERSON = "PERSON"


def clause_subject_platform(word: Token) -> str | None:
    """The platform that is the subject of the clause a word belongs to ('Twitter is under the
    management of ...')."""
    for up in [word, *word.ancestors]:
        if up.pos_ in {"VERB", "AUX"}:
            return next((platform_of_token(c) for c in up.children
                         if c.dep_ in {"nsubj", "nsubjpass"} and platform_of_token(c)), None)
    return None


def led_by(person: Token) -> str | None:
    """The platform this mention of a person makes them the leader of, if any."""
    roles, verbs = CUES["leader_roles"], CUES["owning_verbs"]
    words = list(person.subtree)
    named = [t for t in words if platform_of_token(t)]
    if named and any(t.lemma_.lower() in roles for t in words):
        return platform_of_token(named[0])  # 'X CEO Elon Musk', 'Musk, the owner of Twitter'
    head = person.head
    if person.dep_ == "poss" and platform_of_token(head):
        return platform_of_token(head)  # "Elon Musk's Twitter"
    if person.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in roles:
        role = head.head  # 'under the management of Mr Musk', 'the owner of Twitter, Musk'
        owned = [t for t in role.subtree if platform_of_token(t) and t not in words]
        return platform_of_token(owned[0]) if owned else clause_subject_platform(role)
    if person.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in verbs:
        return clause_subject_platform(head.head)  # 'Twitter, which is owned by Musk'
    owner_verbs = [head] if person.dep_ == "nsubj" and head.lemma_.lower() in verbs else []
    owner_verbs += [c for c in person.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs]
    for verb in owner_verbs:  # 'Musk bought Twitter', 'Musk, who owns X'
        owned = [c for c in verb.children if c.dep_ == "dobj" and platform_of_token(c)]
        if owned:
            return platform_of_token(owned[0])
    return None


def platform_leaders(doc: Doc) -> dict[str, str]:
    """Each person's last name ('musk' for 'Elon Musk') -> the one platform the article makes
    them lead."""
    found = doc.user_data.get(LEADERS_KEY)
    if found is not None:
        return found
    led: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ != PERSON or ent[-1].pos_ != "PROPN":
            continue
        platform = led_by(ent.root)
        if platform:
            led.setdefault(ent[-1].text.lower(), set()).add(platform)
    found = {k: next(iter(v)) for k, v in led.items() if len(v) == 1}
    doc.user_data[LEADERS_KEY] = found
    return found


def leader_platform(subject: Token, action: Token) -> str | None:
    """The platform a person acts for when they did an act only a platform does ('Mr Musk, a
    free-speech absolutist who has restored ...': the person a relative pronoun stands for)."""
    if subject.lower_ == "who" and subject.head.dep_ == "relcl":
        subject = subject.head.head
        while subject.dep_ == "appos" and subject.head != subject:
            subject = subject.head
    if (action.lemma_.lower() not in CUES["leader_acts"] or subject.pos_ != "PROPN"
            or platform_of_token(subject)):
        return None  # (a later 'Musk' alone is often no PERSON to the model: the name is the key)
    if any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their", "my"}
           for o in action.children if o.dep_ == "dobj" for c in o.children):
        return None  # 'Musk deleted his tweet': his own
    return platform_leaders(subject.doc).get(subject.text.lower())
