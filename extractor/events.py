"""Events: mentions (``extractor.mentions``) merged into one event per occasion.

One event per platform, action group and occasion: the same takedown mentioned three times is
one event with all its facts merged. A mention joins the latest event of the same platform and
group unless it tells another occasion: a larger count (80 accounts, then 1,500), "another" or
"new" items, another year attached to the verb, or counts of another kind of target (videos after
a channel). A smaller count is a breakdown of the same takedown. A mention that says nothing
about what was acted on never opens an event; pronouns and names given earlier refer back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from extractor.facts.accounts import described_accounts, listed_accounts, same_name
from extractor.facts.actions import action_mentions
from extractor.facts.targets import Target, target_types
from extractor.mentions import (
    MentionFacts,
    called_earlier,
    mention_facts,
    split_by_platform,
    store_of,
)

# actions news uses for one and the same takedown ("banned", "suspended", "removed"); the others
# (a label, a restriction, demonetisation, a reinstatement) are events of their own
ACTION_GROUPS = {"suspend": "takedown", "ban": "takedown", "remove": "takedown", "restrict": "restrict",
                 "label": "label", "demonetize": "demonetize", "reinstate": "reinstate"}
REFERRING_PRONOUNS = {"it", "they", "them", "one"}
# kinds of target: a count of one kind never contradicts a count of another kind of the same class
TYPE_CLASSES = {"account": "presence", "page": "presence", "group": "presence", "channel": "presence",
                "community": "presence", "other": "presence", "server": "presence",
                "post": "content", "video": "content", "ad": "content", "event": "content", "app": "app"}
LISTED_TYPES = {"account", "page", "group", "channel", "community"}
COUNT_TOLERANCE = 0.2  # counts within 20% of each other are the same occasion ("3,400" ~ "3,465")


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
    _years: set[str] = field(default_factory=set, init=False, repr=False)

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
        if m.when and m.when.attached and m.when.start:
            self._years.add(m.when.start[:4])

    @property
    def family(self) -> str:
        return family(self.mentions[0].mention.action)

    def counts(self) -> dict[str, set[int]]:
        """The distinct counts of each type of target."""
        return self._counts

    def accepts(self, facts: MentionFacts) -> bool:
        """Same occasion: same platform and family, and no count of the mention says otherwise.

        A count close to the event's ("3,400" and "3,465") is the same; a smaller one is a part
        of the event's total (a breakdown by operator or country); a larger one is another occasion.
        Named accounts the event does not know, with a count of their own, are another occasion.
        """
        if facts.mention.platform != self.platform or family(facts.mention.action) != self.family:
            return False
        mine = self.counts()
        counted = {TYPE_CLASSES[t.type] for t in facts.targets if t.count is not None}
        if mine and counted and not counted & {TYPE_CLASSES[kind] for kind in mine}:
            return False  # '130,000 videos' after '1 channel', 'the app' after '3,465 accounts'
        years = self._years
        when = facts.when
        if when and when.attached and when.start and years and when.start[:4] not in years:
            return False  # done in another year: another occasion
        for t in facts.targets:
            if t.count is None or t.type not in mine:
                continue
            other = not any(close(t.count, c) for c in mine[t.type])
            if other and (t.count > max(mine[t.type]) or t.distinct):
                return False
        return True

    def is_part(self, target: Target) -> bool:
        """A smaller count than the event's total for that type: a breakdown, not a target."""
        counts = self.counts().get(target.type, [])
        return target.count is not None and bool(counts) and target.count < max(counts) and not any(
            close(target.count, c) for c in counts)


def close(a: int, b: int) -> bool:
    return a == b or abs(a - b) <= COUNT_TOLERANCE * max(a, b)


def build_events(doc: Doc, published: date | None = None) -> list[Event]:
    """The moderation events of an article, in order of first mention."""
    types = target_types(doc)
    events: list[Event] = []
    pending: list[MentionFacts] = []  # mentions that cannot open an event, kept for merging
    for mention in action_mentions(doc):
        for facts in split_by_platform(store_of(mention_facts(doc, mention, types, published))):
            refer_back(doc, facts, events)
            place(events, pending, facts)
    attach_listed_accounts(doc, events, types)
    attach_described_accounts(doc, events, types)
    return events


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
    for index, kind in types.items():
        noun = doc[index]
        described = described_accounts(noun)
        if not described:
            continue
        event = latest_event_before(events, noun.sent.start_char, kind)
        if event is None:
            continue
        for account in described:
            if not any(same_name(a.name, account.name) for m in event.mentions for a in m.accounts):
                event.mentions[-1].accounts.append(account)


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
        if not kinds:
            continue
        event = latest_event_before(events, sentence.start_char - 1)
        if event is None:
            continue
        last = event.mentions[-1]
        for account in listed:
            if not any(same_name(a.name, account.name) for m in event.mentions for a in m.accounts):
                last.accounts.append(account)


def refer_back(doc: Doc, facts: MentionFacts, events: list[Event]) -> None:
    """'It was restored', 'another one was suspended': a pronoun stands for the target of the
    latest event of the platform; 'the app' for 'an app called Twitter Patria' named before."""
    if not facts.targets:
        pronouns = [t for t in facts.acted_on if t.lower_ in REFERRING_PRONOUNS]
        earlier = [e for e in events if e.platform == facts.mention.platform]
        if pronouns and earlier:
            last = earlier[-1]
            kinds = [t for m in last.mentions for t in m.targets]
            if kinds:
                p = pronouns[0]
                count = 1 if p.lower_ in {"it", "one"} else None
                facts.targets = [Target(kinds[0].type, count, None, p.idx, p.idx + len(p), p.i)]
                if p.lower_ == "it":
                    facts.accounts = [a for m in last.mentions for a in m.accounts][:1]
                facts.opens_event = not facts.mention.adjectival
    for target in facts.targets:
        if target.token >= 0 and not facts.accounts:
            facts.accounts.extend(called_earlier(doc, doc[target.token]))


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

