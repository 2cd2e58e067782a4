"""Subjects: who the parse says did an action.

Helpers for ``extractor.facts.actions`` and ``extractor.facts.actors``: the subject of the
action's clause (through 'xcomp', 'conj', a decision's owner, a subject left before a joined
verb, the object that controls an implicative verb's infinitive, the noun an infinitive is said
of) and the passive agent ('suspended by Twitter', not 'by mistake').
"""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.accounts import PERSON_NOUNS, TARGET_WORDS
from extractor.facts.acted_on import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS
from extractor.facts.cues import CUES
from extractor.facts.platforms import platform_of_token

JOINING_LEMMAS = {"join", "follow"}  # 'X joins Y in banning Z', 'X follows Y in removing Z'
GERUND_TIME_PREPS = {"before", "after", "while", "without", "since"}  # '... before closing the account'
RAISING_LEMMAS = {"say", "report", "believe", "think", "understand", "know", "rumor", "rumour", "allege"}


def subject_of(token: Token) -> Token | None:
    """The active subject of the action's clause (through xcomp/conj to the verb that has one)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.tag_ == "VBG" and before is not None and platform_of_token(before):
        return before  # 'celebrated Twitter unfreezing her account': the platform does the unfreezing
    if before is not None and platform_of_token(before) and (
            # 'Spotify removed episodes': the parse took the platform for a verb
            token.dep_ in {"amod", "compound"} and (before in token.head.ancestors
                                                    or before.head in {token, token.head})
            # 'TikTok bans Andrew Tate': the platform read as a noun before the verb
            or token.tag_ == "VBZ" and before.dep_ == "compound" and before.head == token):
        return before
    stranded = stranded_subject(token) or misjoined_subject(token)
    if stranded is not None:
        return stranded
    head = token.head
    if (token.dep_ in {"xcomp", "ccomp"} and head.i < token.i and head.pos_ == "VERB"
            and platform_of_token(head) and not any(c.dep_ in SUBJECT_DEPS for c in head.children)):
        return head  # 'Spotify removed the podcast': the platform read as a verb, the action its complement
    decider = decision_owner(token)
    if decider is not None:
        return decider  # 'TikTok reversed its decision to ban the creator': TikTok decided to ban
    if token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        # 'the decision for Nguyen to pull the game': the 'for' phrase before the infinitive
        doers = [p for prep in token.head.children if prep.dep_ == "prep" and prep.lower_ == "for"
                 and prep.i < token.i for p in prep.children if p.dep_ == "pobj"]
        if doers:
            return doers[0]
    doer = infinitive_doer(token)
    if doer is not None:
        return doer
    current = token
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return past_dateline(subjects[0])
        if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in current.children):
            raised = [c for c in current.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
            if current is not token and current.lemma_.lower() in RAISING_LEMMAS:
                return raised[0]  # 'German banks are said to have blocked payments': the banks
            return None
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        # ('led YouTube to remove': the infinitive read as an adverbial clause)
        if (current.dep_ == "xcomp" or current.dep_ == "advcl" and infinitive) and current.head != current:
            controller = object_controller(current)
            if controller is not None:
                return controller
        if current.dep_ in {"xcomp", "conj", "advcl"} and current.head != current or (
                # 'the park posted facts on its Twitter account, then deleted them' (an unlabelled
                # link): a finite verb after its clause's verb shares its subject
                current.dep_ == "dep" and current.tag_ in {"VBD", "VBZ", "VBP"}
                and current.head.pos_ == "VERB" and current.head.i < current.i):
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.lower_ == "into":
            objects = [c for c in current.head.head.children if c.dep_ == "dobj"]
            if objects:
                return objects[0]  # 'the apps lured users into disabling ads': the users did
        if (current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.lower_ == "in"
                and current.head.head.lemma_.lower() in JOINING_LEMMAS):
            current = current.head.head  # 'Google joins GoDaddy in dropping the site': Google did
            continue
        if (current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.tag_ == "VBG"
                and current.head.lower_ in GERUND_TIME_PREPS and current.head.head.pos_ == "VERB"):
            current = current.head.head  # 'Barraclough posted a final message before closing the account'
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.lower_ in {"by", "for"}:
            verb = current.head.head
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if current.head.lower_ == "for" and objects:
                return objects[0]  # 'sued Twitter for banning him': Twitter did the banning
            current = verb  # 'Trump is violating the law by barring their access': Trump did
            continue
        if (current.dep_ == "pcomp" and current.head.lower_ == "of" and current.head.head.dep_ == "dobj"
                and current.head.head.head.pos_ == "VERB"):
            current = current.head.head.head  # 'Twitch took the unusual step of banning two streamers'
            continue
        if current.dep_ in {"relcl", "acl"}:
            return None
        break
    return None


DASHES = {"-", "–", "—"}


def past_dateline(subject: Token) -> Token:
    """'OSLO (Nordpress) - X reinstated the account': a wire dateline's place read as the subject,
    the actor hung on it in apposition after the dash: the actor."""
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
             and any(t.text in DASHES for t in subject.doc[subject.i:c.i])]
    return after[-1] if after else subject


def decision_owner(token: Token) -> Token | None:
    """Whose decision an infinitive under a decision noun is ('Twitter's decision to suspend him';
    'TikTok reversed its decision to ban the creator': 'its' is the subject of the verb above)."""
    noun = token.head
    if (token.dep_ != "acl" or noun.lemma_.lower() not in CUES["decision_nouns"]
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in {"its", "their"} and noun.dep_ == "dobj":
        # (a named decider only: 'they announced their decision to ...' is left to the other rules)
        subject = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
        return subject if subject is not None and subject.pos_ in {"PROPN", "NOUN"} else None
    return owner if owner.pos_ in {"PROPN", "NOUN"} else None


FINITE_TAGS = {"VBD", "VBZ", "VBP"}
JOINING_WORDS = {"and", ",", "&"}


def stranded_subject(token: Token) -> Token | None:
    """'when Amazon pulled its services and Apple and Google dropped it': the parse hung the
    platforms just before a finite verb on the words before them and left the verb without a
    subject; those platforms (the first of them, 'Apple and Google') are its subject."""
    doc = token.doc
    if (token.tag_ not in FINITE_TAGS or token.i == 0 or token.dep_ == "ROOT"
            or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"expl"} for c in token.children)):
        return None
    first = doc[token.i - 1]
    if not platform_of_token(first) or first.head == token or first.dep_ in {"poss", "compound"}:
        return None
    while True:
        if first.i > 0 and first.ent_iob_ == "I":
            first = doc[first.i - 1]  # the start of the name ('Google Play')
        elif first.i > 1 and doc[first.i - 1].lower_ in JOINING_WORDS and platform_of_token(doc[first.i - 2]):
            first = doc[first.i - 2]  # 'Apple and Google'
        else:
            return first


TIME_MARKS = {"after", "before", "when", "once", "until", "as"}


def misjoined_subject(token: Token) -> Token | None:
    """'Twitch removed the stream two minutes after the shooting began and suspended the account':
    the parse joined the second act to the clause of time, whose subject (a happening, no one who
    acts) is not its subject; the platform of the clause above is."""
    clause = token.head
    if (token.dep_ != "conj" or token.tag_ != "VBD" or clause.dep_ != "advcl"
            or not any(c.dep_ == "dobj" for c in token.children)
            or not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children)):
        return None
    happening = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if (happening is None or happening.pos_ != "NOUN" or happening.ent_type_
            or happening.lemma_.lower() in PERSON_NOUNS or happening.lower_ in TARGET_WORDS):
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and platform_of_token(subject) else None


def object_controller(clause: Token, verbs: frozenset[str] | None = None) -> Token | None:
    """Who does what an infinitive says when the verb above it controls it through its object or
    its passive subject: 'forced Apple to pull Skype', 'Apple was forced to pull Skype'. ``verbs``:
    the controlling verbs (else ``implicative_verbs``; the quote rules give their ``control_verbs``)."""
    verb = clause.head
    if verb.lemma_.lower() not in (CUES["implicative_verbs"] if verbs is None else verbs):
        return None
    for c in verb.children:
        if c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "dobj" and c.i < clause.i:
            return c
    return None


BY_TIME_WORDS = {"time", "end", "then", "now", "morning", "evening", "night", "noon", "midnight"}
# 'suspended by mistake', 'removed by accident': how it was done, not who did it
BY_MANNER_WORDS = {"mistake", "accident", "error", "default", "design", "hand", "law"}
NOT_AGENTS = BY_TIME_WORDS | BY_MANNER_WORDS


def subject_and_object(verb: Token) -> bool:
    """A verb with an active subject and a direct object of its own: a 'by' phrase the parse hangs
    on it as an agent ('YouTube has restored a lecture by historian Amir Qureshi') tells the
    object's author, not who acted."""
    return any(c.dep_ == "nsubj" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


def agent_of(token: Token) -> Token | None:
    """'suspended by Twitter': the object of the passive agent. An action noun takes the agent of
    the verb that imposed or lifted it ('the restriction on the account was lifted by Facebook',
    'a ban was handed down by Twitch')."""
    verb = token.head
    if token.pos_ == "NOUN" and verb.lemma_.lower() in (CUES["imposing_verbs"] | CUES["reversal_verbs"]) and (
            token.dep_ == "nsubjpass"
            or token.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in verb.children)):
        token = verb  # ('the streamer was handed a 30-day suspension by Twitch')
    passive = token.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    # 'YouTube has restored a lecture by historian Amir Qureshi': the parse took the lecture's
    # author for the agent of a verb that has a subject and an object of its own
    active = subject_and_object(token)
    for c in token.children:
        by_after = c.dep_ == "prep" and c.lower_ == "by" and passive and c.i > token.i
        if c.dep_ == "agent" and not active or by_after:
            for p in c.children:  # (not 'By the time he was banned ...', a time before the verb)
                if p.dep_ == "pobj" and p.lemma_.lower() not in NOT_AGENTS:
                    return p
    if any(c.dep_ == "auxpass" for c in token.children):
        # 'has been banned for six matches and fined £15,000 by the league': the agent of both
        return next((p for other in token.conjuncts if other.i > token.i and other.tag_ == "VBN"
                     for c in other.children if c.dep_ == "agent" for p in c.children
                     if p.dep_ == "pobj" and p.lemma_.lower() not in NOT_AGENTS), None)
    return None


COPULAS = {"be", "become", "remain"}


def infinitive_doer(token: Token) -> Token | None:
    """'India was the first country to ban TikTok', 'Twitter became the latest company to ban
    political ads': an infinitive on a noun is done by that noun, or by the subject the noun is
    said to be."""
    head = token.head
    if token.dep_ not in {"relcl", "acl"} or head.pos_ != "NOUN" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    if head.dep_ == "attr" and head.head.lemma_.lower() in COPULAS:
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return head if head.lemma_.lower() in NON_PLATFORM_DOERS else None


STATE_NOUNS = {"country", "nation", "state", "province", "city"}
COURT_ACTS = {"ruling", "injunction", "judgment", "judgement", "verdict"}  # 'the ruling to restore X'
NON_PLATFORM_DOERS = CUES["authority_words"] | STATE_NOUNS | COURT_ACTS
