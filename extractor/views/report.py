"""The batch report: the counts a person wants first, as inline SVG charts, every number linked
to a list of the records it came from (their article URL or path)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from extractor.views.charts import Bar, Column, grid, hbars, share_bar, stacked_columns
from extractor.views.figures import UNDATED, Figure, Figures
from extractor.views.html import BASE_CSS, esc, number, page, tag

ACTIONS = ("suspend", "ban", "remove", "restrict", "label", "demonetize", "reinstate")
MAX_MONTHS = 36  # more months than this are drawn by year
SERIES = 8  # platforms drawn in their own colour over time
CSS = (
    BASE_CSS
    + """
main { padding: 20px 28px; max-width: 1400px; margin: 0 auto; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px;
         margin-bottom: 18px; }
.tile { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.tile .n { font-size: 26px; font-weight: 650; display: block; color: var(--ink); }
.tile .what { color: var(--muted); font-size: 13px; }
.row { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 18px; }
.card svg { max-width: 100%; height: auto; }
.card p.note { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
details { border-bottom: 1px solid var(--line); padding: 4px 0; font-size: 13px; }
details:target { background: #fff8c5; }
details summary { cursor: pointer; }
details ol { margin: 4px 0 6px; }
.ranges { color: var(--muted); word-break: break-all; }
svg a:hover rect { opacity: .8; }
"""
)


class Linker:
    """Links numbers to the list of their records: one list per figure linked to, in link order."""

    def __init__(self, figures: Figures):
        self.figures = figures
        self.ids: dict[str, str] = {}
        self.labels: dict[str, str] = {}

    def href(self, key: str, label: str) -> str:
        if key not in self.ids:
            self.ids[key] = f"f{len(self.ids) + 1}"
            self.labels[key] = label
        return f"#{self.ids[key]}"

    def number(self, key: str, label: str) -> str:
        """The figure's count, linked (``data-figure`` names the figure, for tests and scripts)."""
        figure = self.figures.get(key)
        return tag(
            "a",
            number(figure.count),
            href=self.href(key, label),
            class_="n",
            data_figure=key,
            data_count=figure.count,
        )


def source_href(source: str | None, base: Path | None) -> str:
    """A link to an article: its URL, or its file path relative to the report's folder."""
    if not source:
        return ""
    if source.startswith(("http://", "https://")):
        return source
    path = Path(source)
    if base is not None:
        path = Path(os.path.relpath(path.resolve(), base.resolve()))
    return quote(path.as_posix())


def ranges_text(ranges: list[list[int]]) -> str:
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)


def record_lists(linker: Linker, base: Path | None, unit: str) -> str:
    """Per linked figure, the records behind it: the first few linked, all of them by number."""
    out = []
    for key, anchor in linker.ids.items():
        figure: Figure = linker.figures.get(key)
        items = "".join(
            tag(
                "li",
                tag("a", esc(r.title or r.source or f"{unit} {r.number}"), href=source_href(r.source, base))
                + tag("span", esc(f" ({unit} {r.number})"), class_="muted"),
            )
            for r in figure.refs
        )
        more = f"{figure.records - len(figure.refs)} more; " if figure.records > len(figure.refs) else ""
        unlisted = f" and {number(figure.unlisted)} more" if figure.unlisted else ""
        out.append(
            tag(
                "details",
                tag(
                    "summary",
                    esc(f"{linker.labels[key]}: {number(figure.count)} ({number(figure.records)} records)"),
                )
                + tag("ol", items)
                + tag(
                    "div", esc(f"{more}all {unit}s: {ranges_text(figure.ranges)}{unlisted}"), class_="ranges"
                ),
                id=anchor,
                data_figure=key,
            )
        )
    return tag("section", tag("h2", "The records behind each number") + "".join(out), class_="card")


def ranked(figures: Figures, prefix: str) -> list[str]:
    """Keys after ``prefix``, most counted first, then by name."""
    return sorted(figures.keys(prefix), key=lambda k: (-figures.get(prefix + k).count, k))


def timeline(figures: Figures, linker: Linker) -> str:
    months = sorted(m for m in figures.keys("month:") if m != UNDATED)
    if not months:
        return tag("p", "No dated event.", class_="note")
    periods, unit = all_months(months[0], months[-1]), "month"
    if len(periods) > MAX_MONTHS:
        years = sorted(y for y in figures.keys("year:") if y != UNDATED)
        periods, unit = [str(y) for y in range(int(years[0]), int(years[-1]) + 1)], "year"
    short_unit = "pm" if unit == "month" else "py"
    platforms = ranked(figures, "platform:")[:SERIES]
    columns = []
    for period in periods:
        total_key = f"{unit}:{period}"
        segments = tuple(
            (
                i,
                figures.get(f"{short_unit}:{p}|{period}").count,
                linker.href(f"{short_unit}:{p}|{period}", f"{p} events, {period}"),
                f"{short_unit}:{p}|{period}",
            )
            for i, p in enumerate(platforms)
            if figures.get(f"{short_unit}:{p}|{period}").count
        )
        total = figures.get(total_key).count
        columns.append(
            Column(
                period,
                total,
                linker.href(total_key, f"events, {period}") if total else "",
                total_key,
                segments,
            )
        )
    chart = stacked_columns(columns, platforms, f"Events per platform per {unit}", "events", width=1280)
    undated = figures.get(f"month:{UNDATED}")
    note = (
        "Each event is placed at the start of its time expression, else at its article's publication "
        f"date. Undated events: {linker.number(f'month:{UNDATED}', 'undated events')}."
        if undated.count
        else "Each event is placed at the start of its time expression, else at "
        "its article's publication date."
    )
    return chart + tag("p", note, class_="note")


def all_months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def actions_grid(figures: Figures, linker: Linker, top: int) -> str:
    platforms = ranked(figures, "platform:")[:top]
    if not platforms:
        return tag("p", "No event.", class_="note")
    cols = [a for a in ACTIONS if figures.get(f"action:{a}").count]
    cells = {
        (p, a): (figures.get(f"pa:{p}|{a}").count, linker.href(f"pa:{p}|{a}", f"{p} {a}"), f"pa:{p}|{a}")
        for p in platforms
        for a in cols
        if figures.get(f"pa:{p}|{a}").count
    }
    totals = {
        p: (figures.get(f"platform:{p}").count, linker.href(f"platform:{p}", f"{p} events"), f"platform:{p}")
        for p in platforms
    }
    rest = len(figures.keys("platform:")) - len(platforms)
    note = tag("p", f"{rest} more platforms not shown." if rest > 0 else "", class_="note")
    return grid(platforms, cols, cells, totals, "Events per platform and action") + note


def bar_chart(
    figures: Figures, linker: Linker, prefix: str, title: str, axis: str, top: int, describe: str
) -> str:
    keys = ranked(figures, prefix)
    if not keys:
        return tag("p", "None.", class_="note")
    bars = [
        Bar(k, figures.get(prefix + k).count, linker.href(prefix + k, f"{describe} {k}"), figure=prefix + k)
        for k in keys[:top]
    ]
    rest = len(keys) - top
    return hbars(bars, title, axis) + (tag("p", f"{rest} more not shown.", class_="note") if rest > 0 else "")


def accounts_chart(figures: Figures, linker: Linker, top: int) -> str:
    keys = ranked(figures, "account:")[:top]
    if not keys:
        return tag("p", "No named account.", class_="note")
    bars = [
        Bar(
            k,
            figures.get(f"account:{k}").count,
            linker.href(f"account:{k}", f"events naming {k}"),
            note=f"{number(figures.followers[k])} followers" if k in figures.followers else "",
            figure=f"account:{k}",
        )
        for k in keys
    ]
    return hbars(bars, "Most named accounts", "events naming the account")


def takedowns_chart(figures: Figures, base: Path | None, unit: str) -> str:
    takedowns = figures.largest_takedowns()
    if not takedowns:
        return tag("p", "No takedown with a count.", class_="note")
    bars = [
        Bar(
            f"{t.platform} {t.action}: {t.count_text or number(t.count)} {plural(t.target_type, t.count)}",
            t.count,
            source_href(t.ref.source, base),
            note=f"{unit} {t.ref.number}: {t.ref.title or t.ref.source or ''}",
            figure=f"takedown:{t.ref.number}",
        )
        for t in takedowns
    ]
    return hbars(
        bars, "Largest takedowns by count", "items taken down (log scale)", log=True, label_width=300
    )


def plural(noun: str, count: int) -> str:
    if count == 1:
        return noun
    return {"community": "communities", "other": "other items"}.get(noun, noun + "s")


def share_chart(figures: Figures, linker: Linker) -> str:
    parts = [
        (label, figures.get(key).count, colour, linker.href(key, label), key)
        for label, key, colour in (
            ("articles with events", "with_events", "#0969da"),
            ("articles without", "without_events", "#afb8c1"),
            ("error records", "errors", "#cf222e"),
        )
    ]
    return share_bar(parts, "Share of articles with events")


def tiles(linker: Linker) -> str:
    figures = linker.figures
    share = figures.get("with_events").count / max(figures.get("articles").count, 1)
    items = [
        ("records", "records"),
        ("articles", "articles"),
        ("with_events", "articles with events"),
        ("events", "events"),
        ("quotes", "quotations"),
        ("errors", "error records"),
    ]
    out = [
        tag("div", linker.number(key, label) + tag("span", esc(label), class_="what"), class_="tile")
        for key, label in items
    ]
    out.insert(
        3,
        tag(
            "div",
            tag("span", f"{100 * share:.1f}%", class_="n")
            + tag("span", "of articles report an event", class_="what"),
            class_="tile",
        ),
    )
    return tag("div", "".join(out), class_="tiles")


def card(title: str, content: str) -> str:
    return tag("section", tag("h2", esc(title)) + content, class_="card")


def report_page(
    figures: Figures,
    source: str,
    base: Path | None = None,
    top: int = 12,
    problems: Iterable[str] = (),
    unit: str = "line",
) -> str:
    """The report over aggregated figures; ``source`` names where the records came from, ``base``
    is the report's folder (file links are made relative to it), ``unit`` what a record's number
    is ("line" of a JSON Lines file, "article id" of a database)."""
    linker = Linker(figures)
    body = [
        tiles(linker),
        card("Events per platform over time", timeline(figures, linker)),
        tag(
            "div",
            card("Actions per platform", actions_grid(figures, linker, top))
            + card("Share of articles with events", share_chart(figures, linker))
            + card("Largest takedowns by count", takedowns_chart(figures, base, unit))
            + card("Most named accounts", accounts_chart(figures, linker, top))
            + card(
                "Error records by type",
                bar_chart(
                    figures, linker, "error:", "Error records by type", "error records", top, "errors of type"
                ),
            ),
            class_="row",
        ),
    ]
    problems = list(problems)
    if problems:
        body.append(
            card(
                f"Lines left out ({len(problems)})",
                tag("ul", "".join(tag("li", esc(p)) for p in problems[:50])),
            )
        )
    body.append(record_lists(linker, base, unit))
    header = (
        '<header class="top">'
        + tag("h1", "Moderation events: report")
        + tag("div", esc(f"{source} · {number(figures.get('records').count)} records"), class_="sub")
        + "</header>"
    )
    return page("Moderation events: report", CSS, header + tag("main", "".join(body)))
