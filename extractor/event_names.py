"""Names joined to events once every mention is placed (``extractor.events``): names listed or
given after an event ('Pages caught up in the purge include X and Y', 'The two packages are named
X and Y'), @handles written beside a named account, the one account a story is about for an event
that only describes it ('the conspiracy theorist'), the person a story's opening describes and its
next sentence names ('A Lagos pastor has been kicked off Facebook. Femi Adeyemi, 52, ...'), and the
writer of a first-person story."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import TAG
from spacy.tokens import Doc, Span, Token

from extractor.facts.account_lists import listed_accounts
from extractor.facts.account_names import given_names
from extractor.facts.accounts import PERSON_NOUNS, NamedAccount, account_from, already_named, same_name
from extractor.facts.apposed_names import described_accounts
from extractor.facts.cues import WRITER_SELF_NAMES as SELF_NAME_PATTERNS
from extractor.facts.entities import doc_text
from extractor.facts.handles import handles_in
from extractor.facts.outlets import outlet_as_source
from extractor.facts.stage_names import hosts, real_names

if TYPE_CHECKING:
    from extractor.events import Event

DEFINITE_OWNERS = {"the", "this", "that", "his", "her"}
LISTED_TYPES = {"account", "page", "group", "channel", "community"}


WRITER_WORDS = {"i", "me", "my", "mine", "myself"}
WRITER_SELF_NAMES = [re.compile(rx) for rx in SELF_NAME_PATTERNS]
WRITER_ACCOUNTS = {"account", "accounts", "profile", "channel", "page", "handle", "id"}  # 'my account'


def name_the_writer(events: list[Event], writer: str, handle: str | None = None) -> None:
    """'I got banned from Twitter', 'Apple locked my account', 'my games were removed': the
    account (or the items) acted on is the writer's, named by the article's one author or by the
    name the writer gives themself (the evidence is the writer's word for it)."""
    for event in events:
        if any(m.accounts for m in event.mentions):
            continue
        for m in event.mentions:
            targeted = {t.token for t in m.targets}
            word = next((w for t in m.acted_on for w in [t, *t.children] if w.lower_ in WRITER_WORDS
                         and (w == t or w.dep_ == "poss"
                              and (t.lower_ in WRITER_ACCOUNTS or t.i in targeted))), None)
            if word is not None:
                m.accounts.append(NamedAccount(writer, handle, None, None, word.idx, word.idx + len(word)))
                break


def writer_by_first_name(events: list[Event], writer: str) -> None:
    """"Manuel's ban from Twitter" on a page by Manuel Matuzović: a lone first (or last) name of
    the article's one author is the author (the evidence stays the word written)."""
    parts = writer.split()
    if len(parts) < 2:
        return
    for event in events:
        for m in event.mentions:
            m.accounts = [replace(a, name=writer) if a.name in (parts[0], parts[-1]) and a.handle is None
                          else a for a in m.accounts]


def self_named_writer(doc: Doc) -> tuple[str, str | None] | None:
    """The name a first-person writer gives their own account in the text, and its @handle when it
    is one ('I (@autobencoder) applied for ...', 'My developer name is Pandaqi': cues.json
    ``writer_self_names``)."""
    text = doc_text(doc)
    found = [m for rx in WRITER_SELF_NAMES for m in [rx.search(text)] if m]
    if not found:
        return None
    name = min(found, key=lambda m: m.start()).group(1)
    return (name[1:], name) if name.startswith("@") else (name, None)


def attach_handles_of_names(doc: Doc, events: list[Event]) -> None:
    """'booting Roger Stone ... The stan who once called @RogerJStoneJr home': an @handle written in
    a sentence that names an account an event acted on, or just after it, is that account's handle,
    and joins the event."""
    with_handles: list[tuple[str, Span]] = []  # each sentence holding an '@', with the one before
    before = ""
    for sentence in doc.sents:
        if "@" in sentence.text:
            with_handles.append((before + sentence.text, sentence))
        before = sentence.text
    if not with_handles:
        return
    for event in events:
        names = [a for m in event.mentions for a in m.accounts if a.handle is None]
        if not names or len(names) > 2:
            continue
        known = {a.name.lower() for m in event.mentions for a in m.accounts}
        for text, sentence in with_handles:
            if not any(word in text for a in names for word in a.name.split()[-1:]):
                continue  # the account's name (its last word: 'Stone') is not there or just before
            for handle in handles_in(sentence):
                if handle.name.lower() not in known:
                    known.add(handle.name.lower())
                    event.mentions[-1].accounts.append(handle)


DESCRIBED_OWNERS = DEFINITE_OWNERS | {"its"}


def described(noun: Token) -> bool:
    """'the conspiracy theorist', 'his account', 'the app', 'him': one thing the story has named."""
    if noun.lower_ in {"him", "her", "it"}:
        return True
    return noun.tag_ in {"NN", "NNP"} and any(c.dep_ in {"det", "poss"} and c.lower_ in DESCRIBED_OWNERS
                                              for c in noun.children)


def name_described_targets(events: list[Event]) -> None:
    """'other companies prohibited the conspiracy theorist from their outlets': an event that names
    nobody, acting on one thing described ('the app', 'his account', 'the outlet'), acts on what the
    story's events name most (the one account the story is about), when one name leads."""
    told: list[NamedAccount] = []  # each name once, the fullest form ('Alex Jones' for 'Jones')
    named: Counter[int] = Counter()
    for account in (a for e in events for m in e.mentions for a in m.accounts):
        same = next((i for i, b in enumerate(told) if same_name(account.name, b.name)), None)
        if same is None:
            told.append(account)
            same = len(told) - 1
        elif (account.handle is None, len(account.name)) > (told[same].handle is None, len(told[same].name)):
            told[same] = account
        named[same] += 1
    ranked = named.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return
    lead = told[ranked[0][0]]
    for event in events:
        facts = event.mentions
        if any(m.accounts for m in facts):
            continue
        if any(t.count is not None and t.count > 1 for m in facts for t in m.targets):
            continue
        if any(described(t) for m in facts for t in m.acted_on):
            facts[0].accounts.append(lead)


def latest_event_before(events: list[Event], char: int, kind: str | None = None) -> Event | None:
    """The event told last before a character offset (with a target of that kind, if given)."""
    best, best_start = None, -1
    for event in events:
        if kind is not None and not any(t.type == kind for m in event.mentions for t in m.targets):
            continue
        starts = [m.mention.sentence_start for m in event.mentions if m.mention.sentence_start <= char]
        if starts and max(starts) > best_start:
            best, best_start = event, max(starts)
    return best


def attach_described_accounts(doc: Doc, events: list[Event], types: dict[int, str]) -> None:
    """Names given to 'the channel' or 'the accounts' after an event join the event they refer to."""
    if not events:
        return
    plural = numpy.flatnonzero(doc.to_array(TAG) == doc.vocab.strings.add("NNS")).tolist() if len(doc) else []
    people = {i: "account" for i in plural if doc[i].lemma_.lower() in PERSON_NOUNS}
    for index, kind in {**people, **types}.items():
        noun = doc[index]
        # ('the app (BleepingComputer)': an outlet credited, not the app's name)
        described = [a for a in described_accounts(noun) or given_names(noun) if not outlet_as_source(a, doc)]
        if not described:
            continue
        # 'The two packages are named X and Y ... They were taken down': the event told next
        event = latest_event_before(events, noun.sent.start_char, kind) or next(
            (e for e in events if any(t.type == kind for m in e.mentions for t in m.targets)
             and e.mentions[0].mention.start > noun.idx), None)
        if event is None:
            continue
        for account in described:
            if not already_named(account, [a for m in event.mentions for a in m.accounts]):
                event.mentions[-1].accounts.append(account)


DEMONSTRATIVES = {"this", "that", "these", "those"}


def told_just_before(event: Event, sentence: Span) -> bool:
    """The event is told in the sentence before this one (or the one before that)."""
    before = [s.start_char for s in sentence.doc[max(0, sentence.start - 80):sentence.start].sents][-2:]
    return any(m.mention.sentence_start in before for m in event.mentions)


def acted_on_kind(event: Event, noun: Token) -> bool:
    """'chatbots' names the kind of thing the event acted on ('the bots')."""
    kind = noun.lemma_.lower()
    return any(t.pos_ == "NOUN" and len(t.lemma_) > 2 and kind.endswith(t.lemma_.lower())
               for m in event.mentions for t in kind_nouns(m.acted_on))


def kind_nouns(acted_on: list[Token]) -> Iterator[Token]:
    """The nouns that say what was acted on: 'celebrity chatbots' (a compound's head), 'a dozen of the
    bots' (what a quantity is of)."""
    for token in acted_on:
        yield token
        if token.dep_ == "compound":
            yield token.head
        yield from (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj")


def attach_listed_accounts(doc: Doc, events: list[Event], types: dict[int, str]) -> None:
    """'Pages caught up in the purge include X and Y': names listed after an event, in a sentence
    whose subject is a target noun, belong to the latest event told before it."""
    for sentence in doc.sents:
        listed = listed_accounts(sentence)
        if not listed:
            continue
        actions = {s.start for s in doc.spans.get("actions", [])}
        kinds = [t for t in sentence
                 if (types.get(t.i) in LISTED_TYPES or t.i in actions and t.pos_ == "NOUN")
                 and (t.dep_ in {"nsubj", "nsubjpass"} or t.dep_ == "pobj" and t.head.lower_ == "among")]
        # 'Among them are Ken Klippenstein of the Intercept, ...': the ones just told
        kinds += [t for t in sentence[:2] if t.lower_ in {"them", "those"} and t.head.lower_ == "among"]
        event = latest_event_before(events, sentence.start_char - 1)
        if event is None:
            continue
        # 'This included games like X and Y' just after the event; 'The chatbots ... included X': the
        # kind of thing the event acted on
        kinds += [t for t in sentence if t.dep_ == "nsubj" and t.head.lemma_ == "include"
                  and (t.lower_ in DEMONSTRATIVES and t.tag_ == "DT" and told_just_before(event, sentence)
                       or t.tag_ == "NNS" and acted_on_kind(event, t))]
        if not kinds:
            continue
        last = event.mentions[-1]
        for account in listed:
            if outlet_as_source(account, doc):
                continue
            if not any(same_name(a.name, account.name) for m in event.mentions for a in m.accounts):
                last.accounts.append(account)


SOMEONE_NOUNS = PERSON_NOUNS | {"teen", "officer"}


def name_person_told_next(doc: Doc, events: list[Event]) -> None:
    """'A Lagos pastor has been kicked off Facebook. Pastor Femi Adeyemi, 52, ...': an event on one
    person described with 'a' and never named is on the person whose full name is the subject of
    the next sentence (or whose account is: 'Femi Adeyemi's page ...'), the story's way of naming them."""
    for event in events:
        if any(m.accounts for m in event.mentions) or any(
                t.count is not None and t.count > 1 for m in event.mentions for t in m.targets):
            continue
        someone = next((t for m in event.mentions for t in m.acted_on
                        if t.lower_ in SOMEONE_NOUNS and t.tag_ == "NN"
                        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)), None)
        if someone is None or someone.sent.end >= len(doc):
            continue
        subject = next((t for t in doc[someone.sent.end].sent if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"account", "page", "channel", "profile"}:
            subject = next((c for c in subject.children if c.dep_ == "poss"), None)
        if subject is None or subject.ent_type_ != "PERSON" or not any(
                c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in subject.children):
            continue  # a full name (not 'Adeyemi' alone, whom the story named before)
        named = account_from(subject)
        if named is not None:
            event.mentions[0].accounts.append(named)


def attach_hosts_and_real_names(events: list[Event]) -> None:
    """'a programme hosted by Wade Hollis', 'The streamer, whose real name is Luna Ortega-Price':
    other names of what each mention acted on, joined once every mention is placed (so that a
    real name is no new account that would start another occasion)."""
    for event in events:
        for m in event.mentions:
            for extra in hosts(m.acted_on) + real_names(m.acted_on):
                if not any(same_name(extra.name, a.name) for n in event.mentions for a in n.accounts):
                    m.accounts.append(extra)
