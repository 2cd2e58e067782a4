"""Persons that pronouns stand for: 'sues Twitter for banning him', 'Twitter deleted her tweet'.

The person is the last one named (a PERSON entity) before the pronoun, in its sentence or the
two before, whose gender does not contradict the pronoun's. A person's gender is read from the
text around their name only: a title or role word before it ("actress", "Mr."), or the first
he/his/him or she/her/hers after it in its sentence. Unknown gender never
rules a person out.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.accounts import NamedAccount, account_from
from extractor.facts.acted_on import LINKING_VERBS, PARTICIPLE_TAGS, with_partitives
from extractor.facts.cues import CUES

PERSONAL_PRONOUNS = {"him": "m", "her": "f"}  # as the object of the action
PASSIVE_SUBJECTS = {"he": "m", "she": "f"}  # as the subject of a passive action
POSSESSIVE_PRONOUNS = {"his": "m", "her": "f"}  # on the acted-on noun: 'his account'
PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
TITLE_GENDER = {"mr": "m", "mr.": "m", "actor": "m", "congressman": "m", "spokesman": "m", "chairman": "m",
                "businessman": "m", "king": "m", "prince": "m", "father": "m", "son": "m", "husband": "m",
                "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "actress": "f", "congresswoman": "f",
                "spokeswoman": "f", "chairwoman": "f", "businesswoman": "f", "queen": "f", "princess": "f",
                "mother": "f", "daughter": "f", "wife": "f", "sister": "f", "singer-songwriter": None}
WINDOW_SENTENCES = 2  # sentences before the pronoun's own that are searched for the person


def pronoun_person(acted_on: list[Token]) -> NamedAccount | None:
    """The person an acted-on pronoun ('him') or a possessive on an acted-on noun ('her
    account', 'his tweet') stands for, or None."""
    # 'two of his videos': the videos are whose the pronoun says
    acted_on = with_partitives(acted_on)
    for t in acted_on:
        if t.lower_ in PERSONAL_PRONOUNS and t.dep_ != "poss":
            return person_before(t, PERSONAL_PRONOUNS[t.lower_])
        if t.lower_ in SPEAKER_PRONOUNS and t.dep_ in {"nsubjpass", "dobj"}:
            speaker = reporting_person(t)  # 'Reddit user dmanthey said they got banned'
            if speaker is not None:
                return speaker
        if t.lower_ in PASSIVE_SUBJECTS and passive_subject(t):  # 'she was suspended again'
            return person_before(t, PASSIVE_SUBJECTS[t.lower_])
        if t.dep_ == "poss" and t.lower_ in POSSESSIVE_PRONOUNS:  # 'his ban': the one banned
            return person_before(t, POSSESSIVE_PRONOUNS[t.lower_])
        owner = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
        if owner is not None:
            return person_before(owner, POSSESSIVE_PRONOUNS[owner.lower_])
    return None


SPEAKER_PRONOUNS = {"he", "she", "they", "him", "her", "them"}


def passive_subject(token: Token) -> bool:
    """'she was suspended', and 'he was unbanned' where the model reads the participle as an
    adjective after 'was' (the pronoun then the subject of 'was')."""
    linking = token.head.lemma_.lower() in LINKING_VERBS
    return token.dep_ == "nsubjpass" or token.dep_ == "nsubj" and linking and any(
        c.dep_ in {"acomp", "xcomp", "oprd"} and c.tag_ in PARTICIPLE_TAGS for c in token.head.children)


def reporting_subject(pronoun: Token) -> Token | None:
    """'The user said they had been banned': the subject of the speech verb whose statement the
    pronoun's clause is, or None."""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in CUES["statement_verbs"]:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def reporting_person(pronoun: Token) -> NamedAccount | None:
    """'Reddit user dmanthey said they got banned', 'Jane Roe says Twitter suspended her': the
    named person who reports what was done to them (the subject of the speech verb above)."""
    subject = reporting_subject(pronoun)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"
                               and any(c.lemma_.lower() in CUES["people_nouns"] for c in subject.children)):
        return None
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    if gender is not None and gender_of(subject) not in {None, gender}:
        return None
    return account_from(subject)


UNDERGOING_VERBS = {"have", "get", "see"}  # 'had her account suspended', 'saw his page removed'


def clause_subject(word: Token) -> Token | None:
    """The active subject of the verb whose object a pronoun is, or owns ('Musk' for 'her' in
    'Musk reinstated her account' or 'Musk suspended her'): never the one the pronoun stands for.
    None when the pronoun is no object ('since his ban')."""
    noun = word.head if word.dep_ == "poss" else word
    verb = noun.head
    if noun.dep_ not in {"dobj", "dative", "iobj"} or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in UNDERGOING_VERBS and any(
            c.dep_ in {"acl", "oprd", "xcomp", "ccomp"} and c.tag_ == "VBN" for c in noun.children):
        return None  # 'Jane Doe had her Twitter account suspended': hers, who had it done to her
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def words_before(pronoun: Token, sentences: int = WINDOW_SENTENCES) -> Span:
    """The words before a pronoun in its sentence and the ``sentences`` before it."""
    doc = pronoun.doc
    first = pronoun.sent.start
    for _ in range(sentences):
        if first > 0:
            first = doc[first - 1].sent.start
    return doc[first:pronoun.i]


def person_before(pronoun: Token, gender: str) -> NamedAccount | None:
    actor = clause_subject(pronoun)  # 'Musk reinstated her account': not Musk's own
    for t in reversed(words_before(pronoun)):
        if actor is not None and t in actor.subtree:
            continue
        hashtag = t.i > 0 and t.doc[t.i - 1].text == "#" or t.text.startswith("#")  # not '#JusticeForAmber'
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and not hashtag and gender_of(t) in {None, gender}:
            return account_from(t)
    return None


def gender_of(name: Token) -> str | None:
    """'m', 'f' or None, from the words around a person's name (see the module docstring)."""
    doc = name.doc
    for t in doc[max(0, name.i - 3):name.i]:
        if t.lower_ in TITLE_GENDER:
            return TITLE_GENDER[t.lower_]
    end = name.i
    while end < len(doc) and doc[end].ent_iob_ in {"B", "I"} and doc[end].ent_type_ == "PERSON":
        end += 1
    stop = doc[end].sent.end if end < len(doc) else len(doc)
    for t in doc[end:stop]:
        if t.lower_ in PRONOUN_GENDER:
            return PRONOUN_GENDER[t.lower_]
    return None


def told_person(token: Token) -> bool:
    """'the streamer was unbanned': a definite person noun (``account_person_nouns`` in cues.json)
    as the subject of a passive, the person told before."""
    return (token.dep_ == "nsubjpass" and token.lemma_.lower() in CUES["account_person_nouns"]
            and any(d.dep_ == "det" and d.lower_ == "the" for d in token.children))
