"""Inline SVG charts with axes and labels: horizontal bars, stacked columns, a grid of counts,
a share bar. Each mark is a link (``href``) to the records behind it; sizes are fixed, so a chart
holds as many marks as it is given rows (the report gives it the top N), never one per record."""

from __future__ import annotations

import math
from dataclasses import dataclass

from extractor.views.html import esc, number

PALETTE = ("#0969da", "#cf222e", "#1a7f37", "#8250df", "#bf8700", "#d4730b", "#1b7c83", "#bf3989", "#57606a")
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif"'


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    href: str
    note: str = ""  # a second, smaller line under the label
    figure: str = ""  # data-figure of the mark: which figure it draws


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top``."""
    if top <= 0:
        return [0, 1]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = max(1, next(s * magnitude for s in (1, 2, 2.5, 5, 10) if s * magnitude >= raw))  # counts: whole
    ticks = [0.0]
    while ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks


def short(value: float) -> str:
    """A tick label: 1500 as 1.5k, 2000000 as 2M."""
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:g}{suffix}"
    return f"{value:g}"


def clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def svg(width: int, height: int, content: str, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" {FONT} font-size="12"><title>{esc(title)}</title>{content}</svg>'
    )


def hbars(
    bars: list[Bar], title: str, axis: str, log: bool = False, width: int = 620, label_width: int = 230
) -> str:
    """Horizontal bars, one per row, with the value at the end of each and an x axis (log: powers of 10)."""
    row = 34 if any(b.note for b in bars) else 24
    top, plot = 8, width - label_width - 70
    height = top + row * len(bars) + 40
    peak = max((b.value for b in bars), default=1)
    if log:
        high = max(1, math.ceil(math.log10(max(peak, 1)) + 1e-9))
        ticks = [10.0**k for k in range(0, high + 1)]

        def scale(v: float) -> float:
            return plot * math.log10(max(v, 1)) / high
    else:
        ticks = nice_ticks(peak)

        def scale(v: float) -> float:
            return plot * v / ticks[-1]

    x0, bottom = label_width, top + row * len(bars)
    parts = []
    for t in ticks:
        x = x0 + scale(t)
        parts.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" stroke="#d8dee4"/>'
            f'<text x="{x:.1f}" y="{bottom + 16}" text-anchor="middle" fill="#5b636e">{short(t)}</text>'
        )
    parts.append(
        f'<line x1="{x0}" y1="{bottom}" x2="{x0 + plot}" y2="{bottom}" stroke="#57606a"/>'
        f'<text x="{x0 + plot / 2:.1f}" y="{bottom + 34}" text-anchor="middle" fill="#5b636e">'
        f"{esc(axis)}</text>"
    )
    for i, b in enumerate(bars):
        y = top + i * row
        bar_h = 16
        label_y = y + 13
        parts.append(
            f'<a href="{esc(b.href)}" data-figure="{esc(b.figure)}" data-count="{b.value}">'
            f"<title>{esc(b.label)}: {number(b.value)}</title>"
            f'<text x="{x0 - 8}" y="{label_y}" text-anchor="end" fill="#1f2328">'
            f"{esc(clip(b.label, 40))}</text>"
            + (
                f'<text x="{x0 - 8}" y="{label_y + 14}" text-anchor="end" fill="#5b636e" font-size="11">'
                f"{esc(clip(b.note, 46))}</text>"
                if b.note
                else ""
            )
            + f'<rect x="{x0}" y="{y + 2}" width="{max(scale(b.value), 2):.1f}" height="{bar_h}" '
            f'rx="2" fill="{PALETTE[0]}"/>'
            f'<text x="{x0 + max(scale(b.value), 2) + 5:.1f}" y="{label_y}" fill="#1f2328" '
            f'font-weight="600">{number(b.value)}</text></a>'
        )
    return svg(width, height, "".join(parts), title)


@dataclass(frozen=True)
class Column:
    label: str
    total: int
    href: str  # the records of the whole column
    figure: str
    segments: tuple[tuple[int, int, str, str], ...]  # (series index, value, href, figure)


def stacked_columns(
    columns: list[Column], series: list[str], title: str, axis: str, width: int = 1000
) -> str:
    """Columns stacked by series (a legend names them), a y axis of counts and an x axis of periods;
    what no series holds is drawn grey and links to the whole column."""
    legend_rows = (len(series) + 1 + 5) // 6
    left, top, bottom_pad = 48, 16 + 16 * legend_rows, 58
    plot_w, plot_h = width - left - 16, 220
    ticks = nice_ticks(max((c.total for c in columns), default=1))
    step = plot_w / max(len(columns), 1)
    bar_w = min(46, step * 0.72)
    bottom = top + plot_h
    parts = []
    for i, name in enumerate([*series, "other"]):  # legend
        x = left + (i % 6) * 150
        y = 4 + (i // 6) * 16
        colour = PALETTE[i] if i < len(series) else "#afb8c1"
        parts.append(
            f'<rect x="{x}" y="{y}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{x + 14}" y="{y + 9}" fill="#1f2328">{esc(clip(name, 20))}</text>'
        )
    for t in ticks:
        y = bottom - plot_h * t / ticks[-1]
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#d8dee4"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#5b636e">{short(t)}</text>'
        )
    parts.append(
        f'<line x1="{left}" y1="{bottom}" x2="{left + plot_w}" y2="{bottom}" stroke="#57606a"/>'
        f'<text transform="translate(12 {top + plot_h / 2}) rotate(-90)" text-anchor="middle" '
        f'fill="#5b636e">{esc(axis)}</text>'
    )
    every = max(1, math.ceil(len(columns) / 24))  # at most 24 period labels
    for i, c in enumerate(columns):
        x = left + i * step + (step - bar_w) / 2
        y = bottom
        marks = []
        drawn = 0
        for index, value, href, figure in c.segments:
            h = plot_h * value / ticks[-1]
            y -= h
            drawn += value
            marks.append(
                f'<a href="{esc(href)}" data-figure="{esc(figure)}" data-count="{value}">'
                f"<title>{esc(c.label)} · {esc(series[index])}: {number(value)}</title>"
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[index]}"/></a>'
            )
        if c.total > drawn:
            h = plot_h * (c.total - drawn) / ticks[-1]
            y -= h
            marks.append(
                f'<a href="{esc(c.href)}"><title>{esc(c.label)} · other platforms: '
                f'{number(c.total - drawn)}</title><rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                f'height="{h:.1f}" fill="#afb8c1"/></a>'
            )
        if c.total:
            marks.append(
                f'<a href="{esc(c.href)}" data-figure="{esc(c.figure)}" data-count="{c.total}">'
                f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" fill="#1f2328" '
                f'font-size="11">{number(c.total)}</text></a>'
            )
        if i % every == 0:
            marks.append(
                f'<text transform="translate({x + bar_w / 2:.1f} {bottom + 12}) rotate(35)" '
                f'fill="#5b636e" font-size="11">{esc(c.label)}</text>'
            )
        parts.append("".join(marks))
    return svg(width, bottom + bottom_pad, "".join(parts), title)


def grid(
    rows: list[str],
    cols: list[str],
    cells: dict[tuple[str, str], tuple[int, str, str]],
    totals: dict[str, tuple[int, str, str]],
    title: str,
    width: int = 620,
) -> str:
    """A grid of counts (rows by columns), each cell shaded by its value and linked; a total per row."""
    left, top, cell_h = 130, 44, 24
    cell_w = (width - left - 60) / max(len(cols), 1)
    peak = max((v for v, _, _ in cells.values()), default=1) or 1
    parts = [
        f'<text x="{left + i * cell_w + cell_w / 2:.1f}" y="{top - 10}" text-anchor="middle" '
        f'fill="#5b636e">{esc(c)}</text>'
        for i, c in enumerate(cols)
    ]
    parts.append(
        f'<text x="{width - 30}" y="{top - 10}" text-anchor="middle" fill="#5b636e" '
        f'font-weight="600">all</text>'
    )
    for r, row in enumerate(rows):
        y = top + r * cell_h
        parts.append(
            f'<text x="{left - 8}" y="{y + 16}" text-anchor="end" fill="#1f2328">{esc(clip(row, 18))}</text>'
        )
        for i, col in enumerate(cols):
            x = left + i * cell_w
            if (row, col) not in cells:
                parts.append(
                    f'<rect x="{x + 1:.1f}" y="{y + 1}" width="{cell_w - 2:.1f}" height="{cell_h - 2}" '
                    f'fill="#f6f8fa"/>'
                )
                continue
            value, href, figure = cells[(row, col)]
            shade = 0.12 + 0.78 * math.sqrt(value / peak)
            ink = "#ffffff" if shade > 0.55 else "#1f2328"
            parts.append(
                f'<a href="{esc(href)}" data-figure="{esc(figure)}" data-count="{value}">'
                f"<title>{esc(row)} · {esc(col)}: {number(value)}</title>"
                f'<rect x="{x + 1:.1f}" y="{y + 1}" width="{cell_w - 2:.1f}" height="{cell_h - 2}" '
                f'fill="#0969da" fill-opacity="{shade:.2f}"/>'
                f'<text x="{x + cell_w / 2:.1f}" y="{y + 16}" text-anchor="middle" fill="{ink}">'
                f"{number(value)}</text></a>"
            )
        value, href, figure = totals[row]
        parts.append(
            f'<a href="{esc(href)}" data-figure="{esc(figure)}" data-count="{value}">'
            f'<text x="{width - 30}" y="{y + 16}" text-anchor="middle" font-weight="600" '
            f'fill="#1f2328">{number(value)}</text></a>'
        )
    return svg(width, top + cell_h * len(rows) + 8, "".join(parts), title)


def share_bar(parts_in: list[tuple[str, int, str, str, str]], title: str, width: int = 620) -> str:
    """One bar split into shares (label, value, colour, href, figure), with a 0-100% axis."""
    total = sum(v for _, v, _, _, _ in parts_in) or 1
    left, plot = 20, width - 40
    parts = []
    x = left
    for label, value, colour, href, figure in parts_in:
        w = plot * value / total
        parts.append(
            f'<a href="{esc(href)}" data-figure="{esc(figure)}" data-count="{value}">'
            f"<title>{esc(label)}: {number(value)} ({100 * value / total:.1f}%)</title>"
            f'<rect x="{x:.1f}" y="10" width="{w:.1f}" height="28" fill="{colour}"/></a>'
        )
        x += w
    for pct in (0, 25, 50, 75, 100):
        tx = left + plot * pct / 100
        parts.append(
            f'<line x1="{tx:.1f}" y1="38" x2="{tx:.1f}" y2="43" stroke="#57606a"/>'
            f'<text x="{tx:.1f}" y="56" text-anchor="middle" fill="#5b636e">{pct}%</text>'
        )
    lx, ly = left, 68
    for label, value, colour, href, figure in parts_in:
        words = f"{label}: {number(value)} ({100 * value / total:.1f}%)"
        if lx > left and lx + 14 + 6.6 * len(words) > width:  # the legend goes on over more lines
            lx, ly = left, ly + 18
        parts.append(
            f'<a href="{esc(href)}" data-figure="{esc(figure)}" data-count="{value}">'
            f'<rect x="{lx:.1f}" y="{ly}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{lx + 14:.1f}" y="{ly + 9}" fill="#1f2328">{esc(words)}</text></a>'
        )
        lx += 14 + 6.6 * len(words) + 18  # the text's width, roughly, and a gap
    return svg(width, ly + 20, "".join(parts), title)
