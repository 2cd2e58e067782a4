"""Checks of the rendered pages, read from the DOM Chromium serialised: where each highlight sits
in the article text, and the figures of a report counted again from the records, independently
of ``extractor.views``."""

from __future__ import annotations

from collections import Counter, defaultdict

import lxml.html

TAKEDOWN = ("suspend", "ban", "remove")


def marks_with_offsets(container) -> list[tuple[object, int, int]]:
    """Every <mark> under the container with the offsets of its text in the container's text."""
    found = []

    def walk(element, pos: int) -> int:
        pos += len(element.text or "")
        for child in element:
            start = pos
            pos = walk(child, pos)
            if child.tag == "mark":
                found.append((child, start, pos))
            pos += len(child.tail or "")
        return pos

    walk(container, 0)
    return found


def highlights_in_dom(dom: str, text: str) -> dict[str, dict]:
    """Highlights of an article page by id: kind, start, end, text (pieces joined), owners, derived.
    Asserts that the page's text is the article text and each piece sits at its data offsets."""
    root = lxml.html.fromstring(dom)
    container = root.get_element_by_id("text")
    assert container.text_content() == text
    out: dict[str, dict] = {}
    for element, start, end in sorted(marks_with_offsets(container), key=lambda m: (m[1], -m[2])):
        assert (int(element.get("data-start")), int(element.get("data-end"))) == (start, end), (
            element.get("data-h"),
            start,
            end,
        )
        h = out.setdefault(
            element.get("data-h"),
            {
                "kind": element.get("data-kind"),
                "start": start,
                "end": start,
                "text": "",
                "owners": element.get("data-owners").split(),
                "derived": element.get("data-derived") is not None,
            },
        )
        assert start == h["end"], f"pieces of {element.get('data-h')} leave a gap"
        h["end"] = end
        h["text"] += element.text_content()
    return out


def spans_of_record(record: dict) -> set[tuple[str, int, int, str]]:
    """(kind, start, end, text) of every span a record gives with offsets."""
    spans = set()
    for event in record.get("events", []):
        for s in event["evidence"]:
            spans.add(("sentence", s["start"], s["end"], s["text"]))
        for t in event["targets"]:
            if t.get("evidence"):
                spans.add(("target", t["evidence"]["start"], t["evidence"]["end"], t["evidence"]["text"]))
        for a in event["named_accounts"]:
            if a.get("evidence"):
                spans.add(("account", a["evidence"]["start"], a["evidence"]["end"], a["evidence"]["text"]))
        if event.get("when") and event["when"].get("evidence"):
            e = event["when"]["evidence"]
            spans.add(("time", e["start"], e["end"], e["text"]))
    for q in record.get("quotes", []):
        spans.add(("quote", q["start"], q["end"], q["text"]))
        if q.get("speaker_span"):
            s = q["speaker_span"]
            spans.add(("speaker", s["start"], s["end"], s["text"]))
    return spans


def report_counts(records: list[dict]) -> dict[str, int]:
    """The report's figures counted from the records (line numbers are positions, from 1)."""
    c: Counter = Counter()
    for record in records:
        c["records"] += 1
        if "error" in record:
            c["errors"] += 1
            c["error:" + record["error"]["type"]] += 1
            continue
        c["articles"] += 1
        c["with_events" if record["events"] else "without_events"] += 1
        c["quotes"] += len(record["quotes"])
        for event in record["events"]:
            month = ((event.get("when") or {}).get("start") or record["article"]["published"] or "undated")[
                :7
            ]
            c["events"] += 1
            c["platform:" + event["platform"]] += 1
            c["action:" + event["action"]] += 1
            c[f"pa:{event['platform']}|{event['action']}"] += 1
            c["month:" + month] += 1
            c[f"pm:{event['platform']}|{month}"] += 1
            year = month[:4] if month != "undated" else month
            c["year:" + year] += 1
            c[f"py:{event['platform']}|{year}"] += 1
            for account in event["named_accounts"]:
                c["account:" + account["name"]] += 1
    return dict(c)


def report_records(records: list[dict]) -> dict[str, set[int]]:
    """Line numbers of the records behind each figure."""
    lines: dict[str, set[int]] = defaultdict(set)
    for number, record in enumerate(records, 1):
        for key, count in report_counts([record]).items():
            if count:
                lines[key].add(number)
    return lines


def largest_takedowns(records: list[dict], top: int) -> list[int]:
    counts = [
        t["count"]
        for r in records
        if "error" not in r
        for e in r["events"]
        if e["action"] in TAKEDOWN
        for t in e["targets"]
        if t["count"]
    ]
    return sorted(counts, reverse=True)[:top]
