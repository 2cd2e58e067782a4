"""Small template helpers: escaping, elements, the page frame. Everything taken from an article
or a record goes through ``esc`` (or ``attrs``), so a page holding ``<script>`` shows it as text."""

from __future__ import annotations

from html import escape


def esc(value: object) -> str:
    """Text for an HTML element or attribute, with &, <, >, " and ' escaped."""
    return escape("" if value is None else str(value), quote=True)


def attrs(**values: object) -> str:
    """` name="value"` pairs (``None`` and ``False`` left out; ``data_x`` is written ``data-x``)."""
    out = []
    for name, value in values.items():
        if value is None or value is False:
            continue
        name = name.rstrip("_").replace("_", "-")
        out.append(f" {name}" if value is True else f' {name}="{esc(value)}"')
    return "".join(out)


def tag(name: str, content: str = "", **values: object) -> str:
    """``<name attrs>content</name>``; ``content`` is HTML already (escape text with ``esc``)."""
    return f"<{name}{attrs(**values)}>{content}</{name}>"


def number(value: int | float) -> str:
    """1234567 as '1,234,567'."""
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


def page(title: str, css: str, body: str, script: str = "") -> str:
    """A whole HTML document: inline CSS, the body, and an optional inline script (never a URL)."""
    script_tag = f"<script>{script}</script>" if script else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n{script_tag}\n"
        "</body>\n</html>\n"
    )


BASE_CSS = """
:root { --ink: #1f2328; --muted: #5b636e; --line: #d8dee4; --paper: #ffffff; --wash: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       color: var(--ink); background: var(--wash); }
header.top { background: #24292f; color: #fff; padding: 14px 28px; }
header.top h1 { margin: 0; font-size: 20px; font-weight: 600; }
header.top .sub { color: #c9d1d9; font-size: 13px; margin-top: 2px; word-break: break-all; }
h2 { font-size: 16px; margin: 0 0 10px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 5px 7px; border-bottom: 1px solid var(--line); }
th { background: var(--wash); font-weight: 600; color: var(--muted); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
a { color: #0969da; text-decoration: none; }
a:hover { text-decoration: underline; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px;
        margin-bottom: 18px; }
.muted { color: var(--muted); }
"""
