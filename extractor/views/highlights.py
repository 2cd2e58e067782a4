"""The highlights of an article page: every span of a record, by kind, and the HTML of the text
with each span marked where its offsets say.

Spans the record gives with offsets: event sentences, targets (the count with the noun it
counts), named accounts, time expressions, quotes and their speakers. The record names the
platform, the action word and the follower figure without offsets; those are found by searching
the event's own sentences for the words the record gives (``derived``), and marked as such.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from extractor.views.html import attrs, esc

# drawn inner to outer when two spans start and end at the same place
KINDS = ("sentence", "quote", "speaker", "platform", "action", "target", "account", "followers", "time")
KIND_LABELS = {
    "sentence": "event sentence",
    "quote": "quotation",
    "speaker": "speaker",
    "platform": "platform",
    "action": "action word",
    "target": "count and what it counts",
    "account": "named account",
    "followers": "follower figure",
    "time": "time expression",
}


@dataclass
class Highlight:
    start: int
    end: int
    kind: str
    owners: list[str] = field(default_factory=list)  # ids of the table rows it belongs to: event-1, quote-2
    notes: list[str] = field(default_factory=list)  # what it says, shown on hover
    derived: bool = False  # found by searching the event's sentences, not given with offsets
    id: str = ""

    def add_owner(self, owner: str, note: str) -> None:
        if owner not in self.owners:
            self.owners.append(owner)
            self.notes.append(note)


class Highlights:
    """Highlights keyed by (kind, start, end): a span two events share is one highlight, two owners."""

    def __init__(self, text: str):
        self.text = text
        self.by_key: dict[tuple[str, int, int], Highlight] = {}

    def add(
        self, kind: str, start: int | None, end: int | None, owner: str, note: str, derived: bool = False
    ) -> Highlight | None:
        if start is None or end is None or not 0 <= start < end <= len(self.text):
            return None
        key = (kind, start, end)
        if key not in self.by_key:
            self.by_key[key] = Highlight(start, end, kind, derived=derived)
        found = self.by_key[key]
        found.add_owner(owner, note)
        return found

    def ordered(self) -> list[Highlight]:
        """Outer spans first (earlier start, then later end, then the outer kind); ids h1, h2, ..."""
        order = sorted(self.by_key.values(), key=lambda h: (h.start, -h.end, KINDS.index(h.kind)))
        for number, h in enumerate(order, 1):
            h.id = f"h{number}"
        return order


@lru_cache(maxsize=1)
def platform_names() -> dict[str, tuple[str, ...]]:
    """Canonical platform -> the names the patterns know it by (string patterns), longest first."""
    names: dict[str, set[str]] = {}
    source = resources.files("extractor") / "patterns" / "platforms.jsonl"
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("//"):  # '//' lines are comments
            entry = json.loads(line)
            if isinstance(entry.get("pattern"), str):
                names.setdefault(entry["id"], set()).add(entry["pattern"])
    return {pid: tuple(sorted(found, key=lambda n: (-len(n), n))) for pid, found in names.items()}


def find_in(text: str, words: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first whole-word occurrence of ``words`` inside one of the spans."""
    if not words:
        return None
    pattern = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)")
    for start, end in spans:
        m = pattern.search(text, start, end)
        if m:
            return m.start(), m.end()
    return None


def event_note(number: int, event: dict) -> str:
    targets = ", ".join(
        f"{t.get('count_text') or t.get('count') or ''} {t['type']}".strip() for t in event.get("targets", [])
    )
    return f"event {number}: {event['platform']} {event['action']}" + (f" ({targets})" if targets else "")


def collect(record: dict, text: str) -> Highlights:
    """Every highlight of a record over its article text."""
    marks = Highlights(text)
    for number, event in enumerate(record.get("events", []), 1):
        owner, note = f"event-{number}", event_note(number, event)
        sentences = [(s["start"], s["end"]) for s in event.get("evidence", [])]
        for start, end in sentences:
            marks.add("sentence", start, end, owner, note)
        for target in event.get("targets", []):
            span = target.get("evidence") or {}
            marks.add("target", span.get("start"), span.get("end"), owner, note)
        for account in event.get("named_accounts", []):
            span = account.get("evidence") or {}
            marks.add("account", span.get("start"), span.get("end"), owner, note)
            after = span.get(
                "end", 0
            )  # the figure after the account's name first, else anywhere in the sentences
            place = find_in(
                text,
                account.get("followers_text") or "",
                [(max(start, after), end) for start, end in sentences if end > after] + sentences,
            )
            if place:
                marks.add("followers", *place, owner, note, derived=True)
        when = event.get("when") or {}
        span = when.get("evidence") or {}
        marks.add("time", span.get("start"), span.get("end"), owner, note)
        place = find_in(text, event.get("action_text", ""), sentences)
        if place:
            marks.add("action", *place, owner, note, derived=True)
        for name in platform_names().get(event["platform"], (event["platform"],)):
            place = find_in(text, name, sentences)
            if place:
                marks.add("platform", *place, owner, note, derived=True)
                break
    for number, quote in enumerate(record.get("quotes", []), 1):
        owner = f"quote-{number}"
        note = f"quote {number}: {quote.get('speaker') or 'no speaker'}"
        marks.add("quote", quote.get("start"), quote.get("end"), owner, note)
        span = quote.get("speaker_span") or {}
        marks.add("speaker", span.get("start"), span.get("end"), owner, note)
    return marks


def marked_text(text: str, marks: list[Highlight]) -> str:
    """The text as HTML with every highlight in ``<mark>`` elements. Spans that cross are split:
    each piece is its own element with the same ``data-h`` and its own ``data-start``/``data-end``;
    the pieces of one highlight, in order, hold exactly its text."""
    cuts = sorted({0, len(text), *(h.start for h in marks), *(h.end for h in marks)})
    out: list[str] = []
    open_stack: list[Highlight] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [h for h in marks if h.start <= left and right <= h.end]  # in outer-first order
        keep = 0
        while keep < min(len(open_stack), len(active)) and open_stack[keep] is active[keep]:
            keep += 1
        out.extend("</mark>" for _ in open_stack[keep:])
        for h in active[keep:]:
            out.append(open_mark(h, left, piece_end(h, active)))
        open_stack = active
        out.append(esc(text[left:right]))
    out.extend("</mark>" for _ in open_stack)
    return "".join(out)


def piece_end(h: Highlight, active: list[Highlight]) -> int:
    """Where the piece of ``h`` opened now closes: its end, or the end of an outer span it
    crosses, whichever comes first (a span opening later is always inner to it)."""
    outer_ends = [o.end for o in active[: active.index(h)] if o.end < h.end]
    return min([h.end, *outer_ends])


def open_mark(h: Highlight, start: int, end: int) -> str:
    title = "; ".join(h.notes) + (" (found in the event's sentences)" if h.derived else "")
    return (
        "<mark"
        + attrs(
            class_=f"hl k-{h.kind}",
            id=h.id if start == h.start else None,
            data_h=h.id,
            data_kind=h.kind,
            data_start=start,
            data_end=end,
            data_owners=" ".join(h.owners),
            data_derived=h.derived or None,
            title=f"{KIND_LABELS[h.kind]} · {title}",
        )
        + ">"
    )
