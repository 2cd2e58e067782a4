"""Platforms that 'followed suit': "Google pulled the Parler app. Apple followed suit shortly
thereafter", "Facebook, YouTube and Spotify did the same". Each platform named as the subject of
such a phrase took the same action on the same things as the event told just before it, an
event of its own (its evidence the phrase's sentence)."""
from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from extractor.event_names import latest_event_before
from extractor.events import Event, family
from extractor.facts.platforms import platforms_in
from extractor.facts.subjects import subject_of
from extractor.stores import store_of

# verb lemma -> the objects that make it mean 'did the same thing'
SAME_ACTION = {"follow": {"suit", "lead"}, "do": {"same"}}
SAME_OBJECTS = sorted(set().union(*SAME_ACTION.values()))


def same_action_words(doc: Doc) -> list[Token]:
    """The verbs of 'followed suit', "followed Apple's lead", 'did the same' (found from their
    objects' words, not by visiting every token)."""
    if not len(doc):
        return []
    wanted = numpy.array([doc.vocab.strings.add(w) for w in SAME_OBJECTS], dtype="uint64")
    objects = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), wanted)).tolist()
    verbs = [doc[i].head for i in objects if doc[i].dep_ == "dobj"]
    return [v for v in dict.fromkeys(verbs) if v.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in SAME_ACTION.get(v.lemma_.lower(), ()) for c in v.children)]


def has_event(events: list[Event], platform: str, kind: str) -> bool:
    return any(e.platform == platform and family(e.mentions[0].mention.action) == kind for e in events)


def other_act_before(verb: Token, action_heads: set[int]) -> bool:
    """'Then Reddit built its own image hosting, Discord did the same': another clause of the
    sentence, with a subject of its own and no action word of an event, is what 'the same' copies."""
    for token in verb.sent:
        if token.i >= verb.i:
            return False
        if token.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
                and not any(t.i in action_heads for t in token.subtree):
            return True
    return False


def add_followers(doc: Doc, events: list[Event]) -> None:
    """An event for each platform that followed suit, unless it already has one of that kind."""
    if not events:
        return
    action_heads = {m.mention.head for e in events for m in e.mentions}
    for verb in same_action_words(doc):
        subject = subject_of(verb)
        if subject is None or other_act_before(verb, action_heads):
            continue
        followers = platforms_in([*subject.subtree, *(t for c in subject.conjuncts for t in c.subtree)])
        sentence = verb.sent
        before = latest_event_before(events, sentence.start_char - 1)
        if before is None or not followers:
            continue
        told = before.mentions[0]
        kind = family(told.mention.action)
        for platform in followers:
            if platform == before.platform or has_event(events, platform, kind):
                continue
            mention = replace(told.mention, platform=platform, platform_rule="subject", action_text=verb.text,
                              start=verb.idx, end=verb.idx + len(verb), head=verb.i,
                              sentence_start=sentence.start_char, sentence_end=sentence.end_char,
                              adjectival=False)
            facts = store_of(replace(told, mention=mention, another_act=False), doc)
            if has_event(events, facts.mention.platform, kind):
                continue
            at = next((n for n, e in enumerate(events)
                       if min(m.mention.start for m in e.mentions) > facts.mention.start), len(events))
            events.insert(at, Event(facts.mention.platform, [facts]))
