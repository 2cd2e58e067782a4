"""The figures of a batch report, aggregated in one pass over the records.

Every figure is a count and the records it came from: all their numbers (line numbers of a
JSON Lines file, or article ids of a database), kept as ranges, and the source and title of the
first few, which the report links to. Memory grows with the number of distinct figures, not
with the number of records (bar the ranges of record numbers, a few integers per record).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field

TAKEDOWN_ACTIONS = ("suspend", "ban", "remove")
UNDATED = "undated"
MAX_RUNS = 2000  # runs of record numbers kept per figure; past that the figure counts the rest only


@dataclass(frozen=True)
class Ref:
    """One record behind a figure: its number (line or article id), source and title."""

    number: int
    source: str | None
    title: str | None


@dataclass
class Figure:
    count: int = 0
    records: int = 0  # distinct records counted
    ranges: list[list[int]] = field(default_factory=list)  # record numbers, as [first, last] runs
    unlisted: int = 0  # records counted past MAX_RUNS runs, not in ``ranges``
    refs: list[Ref] = field(default_factory=list)  # the first few records, to link to
    last: int = -1  # the number of the last record counted

    def add(self, ref: Ref, cap: int, amount: int = 1) -> None:
        self.count += amount
        if self.last >= ref.number:
            return  # this record is counted already (records come in order)
        self.last = ref.number
        self.records += 1
        if self.ranges and self.ranges[-1][1] == ref.number - 1:
            self.ranges[-1][1] = ref.number
        elif len(self.ranges) < MAX_RUNS:
            self.ranges.append([ref.number, ref.number])
        else:
            self.unlisted += 1
        if len(self.refs) < cap:
            self.refs.append(ref)


@dataclass(order=True)
class Takedown:
    count: int
    order: int  # the earlier record first among equal counts
    platform: str = field(compare=False)
    action: str = field(compare=False)
    target_type: str = field(compare=False)
    count_text: str | None = field(compare=False)
    ref: Ref = field(compare=False)


class Figures:
    """The report's figures; ``add`` each record once, in order, with its number."""

    def __init__(self, links_per_figure: int = 20, top: int = 12):
        self.cap = links_per_figure
        self.top = top
        self.figures: dict[str, Figure] = {}
        self.takedowns: list[Takedown] = []  # a heap of the ``top`` largest, smallest first
        self.followers: dict[str, int] = {}  # the largest follower figure given for a named account

    def bump(self, key: str, ref: Ref, amount: int = 1) -> None:
        figure = self.figures.get(key)
        if figure is None:
            figure = self.figures[key] = Figure()
        figure.add(ref, self.cap, amount)

    def get(self, key: str) -> Figure:
        return self.figures.get(key) or Figure()

    def keys(self, prefix: str) -> list[str]:
        """The part after ``prefix`` of every figure key that starts with it."""
        return [k[len(prefix) :] for k in self.figures if k.startswith(prefix)]

    def add(self, number: int, record: dict) -> None:
        source = record.get("source") or {}
        article = record.get("article") or {}
        ref = Ref(number, source.get("url") or article.get("url") or source.get("path"), article.get("title"))
        self.bump("records", ref)
        if "error" in record:
            self.bump("errors", ref)
            self.bump(f"error:{record['error'].get('type')}", ref)
            return
        self.bump("articles", ref)
        events = record.get("events") or []
        self.bump("with_events" if events else "without_events", ref)
        if record.get("quotes"):
            self.bump("quotes", ref, len(record["quotes"]))
        published = (article.get("published") or "")[:7] or None
        for event in events:
            self.add_event(event, ref, published)

    def add_event(self, event: dict, ref: Ref, published: str | None) -> None:
        platform, action = event["platform"], event["action"]
        when = event.get("when") or {}
        month = (when.get("start") or "")[:7] or published or UNDATED
        year = month[:4] if month != UNDATED else UNDATED
        for key in (
            "events",
            f"platform:{platform}",
            f"action:{action}",
            f"pa:{platform}|{action}",
            f"month:{month}",
            f"year:{year}",
            f"pm:{platform}|{month}",
            f"py:{platform}|{year}",
        ):
            self.bump(key, ref)
        for account in event.get("named_accounts") or []:
            name = account["name"]
            self.bump(f"account:{name}", ref)
            if account.get("followers") is not None:
                self.followers[name] = max(self.followers.get(name, 0), account["followers"])
        if action in TAKEDOWN_ACTIONS:
            for target in event.get("targets") or []:
                if target.get("count"):
                    self.keep_takedown(
                        Takedown(
                            target["count"],
                            -ref.number,
                            platform,
                            action,
                            target["type"],
                            target.get("count_text"),
                            ref,
                        )
                    )

    def keep_takedown(self, takedown: Takedown) -> None:
        if len(self.takedowns) < self.top:
            heapq.heappush(self.takedowns, takedown)
        elif takedown > self.takedowns[0]:
            heapq.heapreplace(self.takedowns, takedown)

    def largest_takedowns(self) -> list[Takedown]:
        return sorted(self.takedowns, reverse=True)


def aggregate(
    numbered_records: Iterable[tuple[int, dict]], links_per_figure: int = 20, top: int = 12
) -> Figures:
    """The figures of (number, record) pairs, in one pass."""
    figures = Figures(links_per_figure, top)
    for number, record in numbered_records:
        figures.add(number, record)
    return figures
