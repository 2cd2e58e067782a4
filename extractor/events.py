"""Events: action mentions joined with their facts, then merged into one event per occasion.

One event per platform, action family and occasion: the same takedown mentioned three times
is one event with all its facts merged. A mention joins the latest event of the same platform
and family unless its counts contradict that event's (80 accounts vs 1,500 accounts are two
occasions); a mention that says nothing about what was acted on never opens an event.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token

from extractor.facts.accounts import (
    NamedAccount,
    account_from,
    bulleted_accounts,
    described_accounts,
    handles_in,
    listed_accounts,
    named_accounts,
    same_name,
)
from extractor.facts.actions import ActionMention, acted_on_tokens, action_mentions
from extractor.facts.numbers import count_of
from extractor.facts.platforms import OWNED_STORES, platform_of_token
from extractor.facts.reasons import groups_of, reasons_of
from extractor.facts.targets import Target, target_types, targets_for
from extractor.facts.time import When, when_in

REVERSAL_ACTIONS = {"reinstate"}
# actions news uses for one and the same takedown ("banned", "suspended", "removed"); the others
# (a label, a restriction, demonetisation, a reinstatement) are events of their own
ACTION_GROUPS = {"suspend": "takedown", "ban": "takedown", "remove": "takedown", "restrict": "restrict",
                 "label": "label", "demonetize": "demonetize", "reinstate": "reinstate"}
REFERRING_PRONOUNS = {"it", "they", "them", "one"}
# kinds of target: a count of one kind never contradicts a count of another kind of the same class
TYPE_CLASSES = {"account": "presence", "page": "presence", "group": "presence", "channel": "presence",
                "community": "presence", "other": "presence", "server": "presence",
                "post": "content", "video": "content", "ad": "content", "event": "content", "app": "app"}
NAMING_VERBS = {"call", "name", "dub", "know", "title"}
IMPLICIT_RULES = {"article", "sentence"}
LISTED_TYPES = {"account", "page", "group", "channel", "community"}
# platforms that host other services: what they act on is an app or a server
HOST_TARGETS = {"App Store": "app", "Google Play": "app", "Amazon Web Services": "server",
                "Cloudflare": "server", "GoDaddy": "server"}
COUNT_TOLERANCE = 0.2  # counts within 20% of each other are the same occasion ("3,400" ~ "3,465")
PERSON_NOUNS = {"hacker", "activist", "user", "journalist", "researcher", "president", "candidate",
                "streamer", "youtuber", "podcaster", "personality", "theorist", "comedian", "singer",
                "musician", "broadcaster", "blogger", "writer", "author", "founder", "figure",
                "politician", "influencer", "creator", "rapper", "actor", "actress", "star", "host",
                "commentator", "leader", "cleric", "lawmaker", "senator", "congresswoman", "congressman"}
CONFIDENCE = {"agent": 0.9, "subject": 0.9, "subject-reference": 0.8, "place": 0.8, "noun": 0.75,
              "target": 0.75, "sentence": 0.6, "article": 0.5}


def family(action: str) -> str:
    """The group of actions one event may mix (see ACTION_GROUPS)."""
    return ACTION_GROUPS[action]


@dataclass
class MentionFacts:
    mention: ActionMention
    targets: list[Target]
    accounts: list[NamedAccount]
    groups: list[str]
    reasons: list[str]
    when: When | None
    opens_event: bool


@dataclass
class Event:
    platform: str
    mentions: list[MentionFacts] = field(default_factory=list)

    @property
    def family(self) -> str:
        return family(self.mentions[0].mention.action)

    def counts(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for m in self.mentions:
            for t in m.targets:
                if t.count is not None:
                    out.setdefault(t.type, []).append(t.count)
        return out

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
        years = {m.when.start[:4] for m in self.mentions if m.when and m.when.attached and m.when.start}
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


def mention_facts(doc: Doc, mention: ActionMention, types: dict[int, str],
                  published: date | None) -> MentionFacts:
    token = doc[mention.head]
    sentence = token.sent
    acted_on = acted_on_tokens(token)
    targets = targets_for(acted_on, types)
    places = [p for c in token.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
              for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "PERSON"]
    accounts = named_accounts(acted_on, places)
    for extra in listed_accounts(sentence) + handles_in(sentence) + bulleted_accounts(sentence):
        if not any(same_name(a.name, extra.name) for a in accounts):
            accounts.append(extra)
    if not targets and mention.platform in HOST_TARGETS:
        # 'Apple removed Parler from the App Store': a platform acted on by a store or a host
        hosted = [t for t in acted_on if platform_of_token(t) and platform_of_token(t) != mention.platform]
        for t in hosted:
            accounts.append(NamedAccount(platform_of_token(t), None, None, None, t.idx, t.idx + len(t)))
        if hosted or acted_on:
            first = (hosted or acted_on)[0]
            targets = [Target(HOST_TARGETS[mention.platform], 1, None, first.idx, first.idx + len(first),
                              first.i)]
    elif not targets and accounts and mention.platform_rule not in IMPLICIT_RULES:
        targets = [Target("account", len(accounts), None, accounts[0].start, accounts[0].end, -1)]
    elif not targets and mention.platform_rule in {"subject", "agent", "subject-reference", "place"}:
        people = [t for t in acted_on if t.lemma_.lower() in PERSON_NOUNS or t.ent_type_ == "PERSON"]
        if people:
            p = people[0]
            counted = count_of(p)  # 'at least six journalists'
            if counted:
                targets = [Target("account", counted[0], counted[1], counted[2], p.idx + len(p), p.i)]
            else:
                targets = [Target("account", 1 if p.tag_ in {"NN", "NNP"} else None, None,
                                  p.idx, p.idx + len(p), p.i)]
    # a mention whose platform is only implied opens an event only with a counted target noun
    implied = mention.platform_rule == "article"
    opens = not mention.adjectival and (bool(targets or accounts) and not implied
                                        or bool(targets and any(t.count for t in targets)))
    return MentionFacts(mention, targets, accounts, groups_of(acted_on), reasons_of(token),
                        when_in(sentence, published, token), opens)


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
    token = doc[facts.mention.head]
    if not facts.targets:
        pronouns = [t for t in acted_on_tokens(token) if t.lower_ in REFERRING_PRONOUNS]
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


def called_earlier(doc: Doc, noun: Token) -> list[NamedAccount]:
    """'An app called Twitter Patria had access ... The app has been suspended': the name given
    to the same noun earlier."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
        return []
    for earlier in reversed(doc[max(0, noun.sent.start - 80):noun.sent.start]):
        if earlier.lemma_ != noun.lemma_:
            continue
        for acl in earlier.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in NAMING_VERBS:
                for name in acl.children:
                    if name.dep_ in {"oprd", "attr", "dobj", "xcomp"} and name.pos_ == "PROPN":
                        account = account_from(name)
                        if account:
                            return [account]
    return []


def store_of(facts: MentionFacts) -> MentionFacts:
    """'Apple removed the app': an app removed by Apple or Google is removed from their store."""
    store = OWNED_STORES.get(facts.mention.platform)
    if store and facts.targets and all(t.type == "app" for t in facts.targets):
        return replace(facts, mention=replace(facts.mention, platform=store))
    return facts


def split_by_platform(facts: MentionFacts) -> list[MentionFacts]:
    """'Meta removed 937 Facebook accounts and 363 Instagram accounts': one mention per platform."""
    own = facts.mention.platform
    others = list(dict.fromkeys(t.platform for t in facts.targets if t.platform and t.platform != own))
    if not others or facts.mention.platform_rule == "target":
        return [facts]
    out = []
    mine = [t for t in facts.targets if not t.platform or t.platform == own]
    if mine:
        out.append(replace(facts, targets=mine))
    for platform in others:
        out.append(replace(facts, mention=replace(facts.mention, platform=platform), accounts=[],
                           targets=[t for t in facts.targets if t.platform == platform]))
    return out


def place(events: list[Event], pending: list[MentionFacts], facts: MentionFacts) -> None:
    """Merge a mention into the event it reports, open a new event, or keep it pending."""
    same = [e for e in events if e.accepts(facts)]
    if same:
        event = same[-1]
        facts.targets = [t for t in facts.targets if not event.is_part(t)]
        event.mentions.append(facts)
    elif facts.opens_event:
        event = Event(facts.mention.platform, [facts])
        # earlier mentions of this platform and family (a headline) belong to it
        for p in list(pending):
            if p.mention.platform == event.platform and family(p.mention.action) == event.family:
                event.mentions.insert(0, p)
                pending.remove(p)
        events.append(event)
    else:
        pending.append(facts)


def innermost(phrases: list[str]) -> list[str]:
    """'activists linked to the Occupy movement' and 'the Occupy movement': keep the latter."""
    return [p for p in phrases if not any(q != p and q in p for q in phrases)]


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def event_action(event: Event) -> tuple[str, str]:
    """The action most mentions use (the body's first on a tie) and its first wording."""
    body = [m for m in event.mentions]
    counts = Counter(m.mention.action for m in body)
    best = max(counts.values())
    for m in body:
        if counts[m.mention.action] == best:
            return m.mention.action, m.mention.action_text
    return body[0].mention.action, body[0].mention.action_text


def event_dict(doc: Doc, event: Event) -> dict:
    """The event as a record's ``events[]`` entry."""
    action, action_text = event_action(event)
    targets: list[dict] = []
    seen: set[tuple[str, int | None]] = set()
    counted_types = {t.type for m in event.mentions for t in m.targets if t.count is not None}
    for m in event.mentions:
        for t in m.targets:
            if t.count is None and t.type in counted_types:
                continue
            key = (t.type, t.count)
            if key in seen:
                continue
            seen.add(key)
            targets.append({"type": t.type, "count": t.count, "count_text": t.count_text,
                            "evidence": {"text": doc.text[t.start:t.end], "start": t.start, "end": t.end}})
    accounts: list[dict] = []
    for m in event.mentions:
        for a in m.accounts:
            entry = next((x for x in accounts if same_name(x["name"], a.name)), None)
            if entry is None:
                accounts.append({
                    "name": a.name, "handle": a.handle, "followers": a.followers,
                    "followers_text": a.followers_text,
                    "evidence": {"text": doc.text[a.start:a.end], "start": a.start, "end": a.end}})
            elif entry["followers"] is None and a.followers is not None:
                entry["followers"], entry["followers_text"] = a.followers, a.followers_text
    groups = innermost(list(dict.fromkeys(g for m in event.mentions for g in m.groups)))
    reasons = list(dict.fromkeys(r for m in event.mentions for r in m.reasons))
    when = next((m.when for m in event.mentions if m.when is not None), None)
    evidence, seen_sentences = [], set()
    for m in event.mentions:
        key = trimmed(doc.text, m.mention.sentence_start, m.mention.sentence_end)
        if key not in seen_sentences:
            seen_sentences.add(key)
            evidence.append({"text": doc.text[key[0]:key[1]], "start": key[0], "end": key[1]})
    best_rule = max(CONFIDENCE[m.mention.platform_rule] for m in event.mentions)
    confidence = min(0.99, best_rule + 0.03 * (len(event.mentions) - 1))
    return {
        "platform": event.platform,
        "action": action,
        "action_text": action_text,
        "targets": targets,
        "named_accounts": accounts,
        "groups": groups,
        "reasons": reasons,
        "when": None if when is None else {
            "text": when.text, "start": when.start, "end": when.end,
            "evidence": {"text": when.text, "start": when.span_start, "end": when.span_end}},
        "evidence": evidence,
        "confidence": round(confidence, 2),
    }


def extract_events(doc: Doc, published: date | None = None) -> list[dict]:
    return [event_dict(doc, e) for e in build_events(doc, published)]
