"""The event as an entry of a record's ``events[]``: merged targets, accounts, groups, reasons,
time and evidence, with a confidence from how the platform was found."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from spacy.tokens import Doc

from extractor.events import Event, build_events
from extractor.facts.accounts import NamedAccount, same_name
from extractor.facts.entities import doc_text
from extractor.facts.reasons.attach import add_reasons
from extractor.facts.targets import target_words
from extractor.follow_suit import add_followers
from extractor.occasions import close
from extractor.schema import handle_form
from extractor.textspan import trimmed

CONFIDENCE = {"agent": 0.9, "subject": 0.9, "subject-reference": 0.8, "staff": 0.8, "place": 0.8,
              "noun": 0.75, "target": 0.75, "sentence": 0.6, "article": 0.5, "notice": 0.7, "operator": 0.7,
              "notice-article": 0.5, "return": 0.6, "owner": 0.6}


def schema_handle(handle: str | None) -> str | None:
    """The handle as the schema takes it; a dotted handle ('@k.vandermeer') stays a name only."""
    return handle if handle is not None and handle_form().search(handle) else None


def innermost(phrases: list[str]) -> list[str]:
    """'activists linked to the Occupy movement' and 'the Occupy movement': keep the latter."""
    return [p for p in phrases if not any(q != p and q in p for q in phrases)]


def event_action(event: Event) -> tuple[str, str]:
    """The action most mentions use (the body's first on a tie) and its first wording."""
    body = [m for m in event.mentions]
    counts = Counter(m.mention.action for m in body)
    best = max(counts.values())
    for m in body:
        if counts[m.mention.action] == best:
            return m.mention.action, m.mention.action_text
    return body[0].mention.action, body[0].mention.action_text


def link_debris(name: str) -> bool:
    """'account.pic.twitter.com/i4k31mrrZi', 'news/2019/05': a link or a path, no account's name
    (a subreddit or a user, 'r/example', 'u/example', and a scoped package, '@scope/name', is one)."""
    if "://" in name or "pic.twitter.com" in name:
        return True
    return "/" in name and not name.lower().startswith(("r/", "u/", "/r/", "/u/", "@"))


def one_account(entry: dict, account: NamedAccount, listed: list[NamedAccount]) -> bool:
    """Does ``account`` name the account of ``entry`` ('Trump' and 'Donald Trump', a handle and its
    name)? Not when the entry's name is another one listed beside it for the same mention
    ('"Bypass" and "Bypass XM"'): those are two."""
    if not same_name(entry["name"], account.name):
        return False
    if entry["name"] == account.name or account.handle or entry["handle"]:
        return True
    return all(b.name != entry["name"] for b in listed)


def event_dict(doc: Doc, event: Event) -> dict:
    """The event as a record's ``events[]`` entry."""
    text = doc_text(doc)
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
                            "qualifier": t.qualifier, "approximate": t.approximate,
                            "evidence": {"text": text[t.start:t.end], "start": t.start, "end": t.end}})
    targets = [t for t in targets if not rounded_twin(t, targets)]
    accounts: list[dict] = []
    for m in event.mentions:
        for a in m.accounts:
            if link_debris(a.name) or a.name in target_words():
                continue  # ('removed the mod': a word for what was acted on is no name)
            entry = next((x for x in accounts if one_account(x, a, m.accounts)), None)
            if entry is None:
                accounts.append({
                    "name": a.name, "handle": schema_handle(a.handle), "followers": a.followers,
                    "followers_text": a.followers_text,
                    "evidence": {"text": text[a.start:a.end], "start": a.start, "end": a.end}})
            else:
                if entry["followers"] is None and a.followers is not None:
                    entry["followers"], entry["followers_text"] = a.followers, a.followers_text
                if entry["handle"] is None and schema_handle(a.handle) is not None:
                    entry["handle"] = a.handle  # 'Roger Stone', found as '@RogerJStoneJr' too
    named_items(targets, accounts, text)
    groups = innermost(list(dict.fromkeys(g for m in event.mentions for g in m.groups)))
    when = next((m.when for m in event.mentions if m.when is not None), None)
    evidence, seen_sentences = [], set()
    for m in event.mentions:
        key = trimmed(text, m.mention.sentence_start, m.mention.sentence_end)
        if key not in seen_sentences:
            seen_sentences.add(key)
            evidence.append({"text": text[key[0]:key[1]], "start": key[0], "end": key[1]})
    best_rule = max(CONFIDENCE[m.mention.platform_rule] for m in event.mentions)
    confidence = min(0.99, best_rule + 0.03 * (len(event.mentions) - 1))
    return {
        "platform": event.platform,
        "action": action,
        "action_text": action_text,
        "targets": targets,
        "named_accounts": accounts,
        "groups": groups,
        "reasons": [],  # set with reason_details and categories by extract_events (facts/reasons)
        "when": None if when is None else {
            "text": when.text, "start": when.start, "end": when.end, "precision": when.precision,
            "anchor": when.anchor,
            "evidence": {"text": when.text, "start": when.span_start, "end": when.span_end}},
        "evidence": evidence,
        "confidence": round(confidence, 2),
    }


def named_items(targets: list[dict], accounts: list[dict], text: str) -> None:
    """'Apple removed Tea and TeaOnHer from the App Store': one kind of item acted on, not counted,
    and named two or more times, is as many items as it has names (not when the names are
    examples: 'removed channels of several figures, including X, Y and Z')."""
    uncounted = [t for t in targets if t["count"] is None]
    if len(targets) == 1 and uncounted and len(accounts) >= 2 and not any(a["handle"] for a in accounts):
        first = min(a["evidence"]["start"] for a in accounts)
        before = re.split(r"[.!?\n]", text[max(0, first - EXAMPLES_REACH):first])[-1]
        if not EXAMPLES.search(before):
            uncounted[0]["count"] = len(accounts)


EXAMPLES_REACH = 120  # characters before the first name where 'including' may stand
EXAMPLES = re.compile(r"\b(including|includ(e|es|ed)|such as|among( them)?|like)\b", re.IGNORECASE)


def rounded_twin(target: dict, targets: list[dict]) -> bool:
    """'removes 3,400 accounts' in the headline, '3,465 accounts' in the body: a round count of a
    kind within 20% of an exact one of the same kind is the same count, rounded."""
    count = target["count"]
    if count is None or count < 100 or count % 100:
        return False
    return any(o is not target and o["type"] == target["type"] and o["count"] and o["count"] % 100
               and close(o["count"], count) for o in targets)


def extract_events(doc: Doc, published: date | None = None, writer: str | None = None) -> list[dict]:
    """The events of an article as record entries, in order of first mention (``writer``: the
    article's one author, whose account 'my account' is)."""
    events = build_events(doc, published, writer)
    add_followers(doc, events)  # 'Apple followed suit'
    records = [event_dict(doc, e) for e in events]
    add_reasons(doc, records, [[m.mention.head for m in e.mentions] for e in events],
                [[t.i for m in e.mentions for t in m.acted_on] for e in events])
    return records
