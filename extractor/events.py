"""Events: mentions (``extractor.mentions``) merged into one event per occasion.

Mentions -> occasions -> events. One event per platform, action group and occasion: the same
takedown mentioned three times is one event with all its facts merged. A mention joins the latest
event of the same platform and group unless ``extractor.occasions`` finds a boundary (another
count, another date, "also"/"again", another class of target). A mention that says nothing about
what was acted on never opens an event; pronouns and names given earlier refer back
(``extractor.references``).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from extractor.event_names import (
    attach_described_accounts,
    attach_handles_of_names,
    attach_hosts_and_real_names,
    attach_listed_accounts,
    name_described_targets,
    name_person_told_next,
    name_the_writer,
    self_named_writer,
    writer_by_first_name,
)
from extractor.facts.actions import action_mentions
from extractor.facts.aliases import as_known
from extractor.facts.targets import Target, target_types
from extractor.facts.time import When
from extractor.facts.title_copies import without_title_copies
from extractor.mentions import (
    MentionFacts,
    mention_facts,
    payments_stopped,
    split_by_platform,
)
from extractor.name_forms import one_form_per_name
from extractor.occasions import TYPE_CLASSES, close, same_occasion
from extractor.owned_products import owners_as_products
from extractor.references import refer_back
from extractor.stores import store_of

# actions news uses for one and the same takedown ("banned", "suspended", "removed"); the others
# (a label, a restriction, demonetisation, a reinstatement) are events of their own
ACTION_GROUPS = {"suspend": "takedown", "ban": "takedown", "remove": "takedown", "restrict": "restrict",
                 "label": "label", "demonetize": "demonetize", "reinstate": "reinstate"}


def family(action: str) -> str:
    """The group of actions one event may mix (see ACTION_GROUPS)."""
    return ACTION_GROUPS[action]


@dataclass
class Event:
    """An event and an index of what its mentions say (counts per type, years), kept as mentions
    are added (``add``), so that testing a new mention does not go through all the earlier ones."""

    platform: str
    mentions: list[MentionFacts] = field(default_factory=list)
    _counts: dict[str, set[int]] = field(default_factory=dict, init=False, repr=False)
    # what extractor.occasions asks of every mention, kept as an index (distinct values only)
    dated: dict[tuple[str | None, str | None], When] = field(default_factory=dict, init=False, repr=False)
    classes: set[str] = field(default_factory=set, init=False, repr=False)
    account_names: dict[str, None] = field(default_factory=dict, init=False, repr=False)
    last_sentence: int = field(default=-1, init=False, repr=False)

    def __post_init__(self) -> None:
        for m in self.mentions:
            self._index(m)

    def add(self, facts: MentionFacts, first: bool = False) -> None:
        if first:
            self.mentions.insert(0, facts)
        else:
            self.mentions.append(facts)
        self._index(facts)

    def _index(self, m: MentionFacts) -> None:
        for t in m.targets:
            if t.count is not None:
                self._counts.setdefault(t.type, set()).add(t.count)
        if m.dated is not None:
            self.dated.setdefault((m.dated.start, m.dated.end), m.dated)
        self.classes.update(TYPE_CLASSES[t.type] for t in m.targets)
        self.account_names.update((a.name, None) for a in m.accounts)
        self.last_sentence = max(self.last_sentence, m.mention.sentence_start)

    @property
    def family(self) -> str:
        return family(self.mentions[0].mention.action)

    def counts(self) -> dict[str, set[int]]:
        """The distinct counts of each type of target."""
        return self._counts

    def accepts(self, facts: MentionFacts) -> bool:
        """Same platform and family, and no occasion boundary (``extractor.occasions``)."""
        if facts.mention.platform != self.platform or family(facts.mention.action) != self.family:
            return False
        return same_occasion(self, facts)

    def is_part(self, target: Target) -> bool:
        """A smaller count than the event's total for that type: a breakdown, not a target."""
        counts = self.counts().get(target.type, [])
        return target.count is not None and bool(counts) and target.count < max(counts) and not any(
            close(target.count, c) for c in counts)


def build_events(doc: Doc, published: date | None = None, writer: str | None = None) -> list[Event]:
    """The moderation events of an article, in order of first mention."""
    types = target_types(doc)
    events: list[Event] = []
    pending: list[MentionFacts] = []  # mentions that cannot open an event, kept for merging
    for _ in placed_mentions(doc, published, types, events, pending):
        pass
    open_misread_headlines(events, pending)
    owners_as_products(events)
    attach_listed_accounts(doc, events, types)
    attach_described_accounts(doc, events, types)
    attach_hosts_and_real_names(events)
    name_described_targets(events)
    name_person_told_next(doc, events)
    attach_handles_of_names(doc, events)
    if writer:
        name_the_writer(events, writer)
        writer_by_first_name(events, writer)
    elif events:
        named = self_named_writer(doc)
        if named:
            name_the_writer(events, *named)
    one_form_per_name(doc, events)
    as_known(doc, events)  # 'Stephen Yaxley-Lennon' where the article says he is known as Tommy Robinson
    return events


def has_events(doc: Doc, published: date | None = None) -> bool:
    """Whether ``build_events`` finds any event, without the rest of its work: events are only
    ever added as mentions are placed (never taken away), so the first one opened answers, and
    the mentions after it are not looked at."""
    events: list[Event] = []
    pending: list[MentionFacts] = []
    for _ in placed_mentions(doc, published, target_types(doc), events, pending):
        if events:
            return True
    open_misread_headlines(events, pending)
    return bool(events)


def placed_mentions(doc: Doc, published: date | None, types: dict[int, str], events: list[Event],
                    pending: list[MentionFacts]) -> Iterator[None]:
    """Place the article's mentions one by one into ``events`` (or ``pending``), in text order,
    yielding after each."""
    for mention in without_title_copies(doc, action_mentions(doc)):
        told = store_of(mention_facts(doc, mention, types, published), doc)
        for facts in split_by_platform(payments_stopped(told)):
            untold = not facts.targets
            refer_back(doc, facts, events, types)
            if untold and facts.targets:  # ('Apple ... yanked it': the app told before is in its store)
                facts = store_of(facts, doc)
            place(events, pending, facts)
            yield


def open_misread_headlines(events: list[Event], pending: list[MentionFacts]) -> None:
    """A headline whose objects were read from its words waits for the body's telling of it (any
    target kind: a headline sums the story up); told nowhere else, it is an event of its own."""
    for facts in pending:
        key = (facts.mention.platform, family(facts.mention.action))
        if facts.misread_headline and not any((e.platform, e.family) == key for e in events):
            at = sum(1 for e in events if e.mentions[0].mention.start < facts.mention.start)
            events.insert(at, Event(facts.mention.platform, [facts]))


PLACE_WINDOW = 100  # the latest events a mention may join


def place(events: list[Event], pending: list[MentionFacts], facts: MentionFacts) -> None:
    """Merge a mention into the event it reports, open a new event, or keep it pending.

    Only the latest PLACE_WINDOW events are candidates (a news story has a handful), so that a
    text of thousands of mentions takes linear time."""
    key = (facts.mention.platform, family(facts.mention.action))
    candidates = [e for e in events[-PLACE_WINDOW:][::-1] if (e.platform, e.family) == key]
    same = next((e for e in candidates if e.accepts(facts)), None)
    if same is not None:
        facts.targets = [t for t in facts.targets if not same.is_part(t)]
        same.add(facts)
    elif facts.opens_event:
        event = Event(facts.mention.platform, [facts])
        # earlier mentions of this platform and family (a headline) belong to it
        for p in list(pending):
            if p.mention.platform == event.platform and family(p.mention.action) == event.family:
                event.add(p, first=True)
                pending.remove(p)
        events.append(event)
    else:
        pending.append(facts)

