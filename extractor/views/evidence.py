"""The article page: the text with every fact highlighted at its evidence offsets, and beside it
the events and quotes of the record, whose rows link to their evidence in the text."""

from __future__ import annotations

from extractor.views.highlights import KIND_LABELS, KINDS, Highlight, collect, marked_text
from extractor.views.html import BASE_CSS, esc, number, page, tag

CSS = (
    BASE_CSS
    + """
main { display: grid; grid-template-columns: minmax(0, 78ch) minmax(420px, 1fr); gap: 20px;
       padding: 20px 28px; }
#text { white-space: pre-wrap; font: 16px/1.75 Georgia, "DejaVu Serif", serif; max-width: 74ch;
        overflow-wrap: anywhere; }
aside { position: sticky; top: 12px; align-self: start; max-height: calc(100vh - 24px); overflow: auto; }
mark.hl { background: none; color: inherit; border-radius: 2px; cursor: pointer; }
mark.k-sentence { background: #eaf0f7; }
mark.k-quote { background: #eceff3; font-style: italic; box-shadow: inset 0 -2px #8c959f; }
mark.k-speaker { background: #ffe2c6; box-shadow: inset 0 -2px #d4730b; }
mark.k-platform { background: #d3ebff; box-shadow: inset 0 -2px #0969da; font-weight: 600; }
mark.k-action { background: #ffd8d3; box-shadow: inset 0 -2px #cf222e; font-weight: 600; }
mark.k-target { background: #fff0b8; box-shadow: inset 0 -2px #bf8700; }
mark.k-account { background: #f1e1ff; box-shadow: inset 0 -2px #8250df; }
mark.k-followers { background: #e6d4fa; box-shadow: inset 0 -2px #6639ba; }
mark.k-time { background: #d2f5dc; box-shadow: inset 0 -2px #1a7f37; }
mark.hl:hover { outline: 2px solid #57606a; }
mark.sel, mark.sel mark { outline: 2px solid #24292f; }
tr.sel td { background: #fff8c5; }
:target { scroll-margin-top: 40px; }
mark:target { outline: 3px solid #24292f; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 12px; font-size: 13px; margin-bottom: 12px; }
.legend mark { padding: 0 4px; }
.tag { display: inline-block; padding: 0 6px; border-radius: 10px; background: #ddf4ff; font-size: 12px; }
.empty { color: var(--muted); font-style: italic; }
td ul { margin: 0; padding-left: 16px; }
"""
)

PLURALS = {"community": "communities", "other": "other items"}
SCRIPT = """
function select(m) {
  document.querySelectorAll('.sel').forEach(function (x) { x.classList.remove('sel'); });
  document.querySelectorAll('mark[data-h="' + m.dataset.h + '"]').forEach(function (x) {
    x.classList.add('sel');
  });
  m.dataset.owners.split(' ').forEach(function (id) {
    var row = document.getElementById(id);
    if (row) { row.classList.add('sel'); }
  });
}
document.addEventListener('click', function (e) {
  var m = e.target.closest('mark[data-owners]');
  if (m) { select(m); }
});
function fromHash() {
  var m = location.hash && document.getElementById(location.hash.slice(1));
  if (m && m.matches('mark[data-owners]')) { select(m); }
}
window.addEventListener('hashchange', fromHash);
fromHash();
"""


def evidence_page(record: dict, text: str) -> str:
    """The article page of one record over its article text (as ``extractor show`` writes it)."""
    marks = collect(record, text).ordered()
    article = record.get("article", {})
    source = record.get("source", {})
    title = article.get("title") or source.get("path") or source.get("url") or "Article"
    facts = [
        source.get("url") or source.get("path"),
        article.get("outlet"),
        article.get("published"),
        f"{number(len(text))} characters",
        f"{len(record.get('events', []))} events, {len(record.get('quotes', []))} quotes",
    ]
    header = (
        '<header class="top">'
        + tag("h1", esc(title))
        + tag("div", esc(" · ".join(str(f) for f in facts if f)), class_="sub")
        + "</header>"
    )
    legend = tag(
        "div", "".join(tag("mark", esc(KIND_LABELS[k]), class_=f"hl k-{k}") for k in KINDS), class_="legend"
    )
    body = (
        header
        + "<main>"
        + tag("section", legend + tag("div", marked_text(text, marks), id="text"), class_="card")
        + tag("aside", events_table(record, marks) + quotes_table(record, marks))
        + "</main>"
    )
    return page(f"Evidence: {title}", CSS, body, SCRIPT)


def first_mark(marks: list[Highlight], owner: str, kind: str, start: int | None = None) -> Highlight | None:
    for h in marks:
        if h.kind == kind and owner in h.owners and (start is None or h.start == start):
            return h
    return None


def link(h: Highlight | None, label: str) -> str:
    return tag("a", esc(label), href=f"#{h.id}") if h else esc(label)


def events_table(record: dict, marks: list[Highlight]) -> str:
    events = record.get("events", [])
    if not events:
        empty = tag("p", "No moderation event in this article.", class_="empty")
        return tag("div", tag("h2", "Events") + empty, class_="card")
    head = (
        "<tr><th>#</th><th>platform</th><th>action</th><th>targets and counts</th>"
        '<th>named accounts</th><th>when</th><th class="num">conf.</th></tr>'
    )
    rows = []
    for n, event in enumerate(events, 1):
        owner = f"event-{n}"
        sentence = first_mark(marks, owner, "sentence")
        targets = [
            link(first_mark(marks, owner, "target", (t.get("evidence") or {}).get("start")), target_label(t))
            for t in event.get("targets", [])
        ]
        accounts = [
            link(
                first_mark(marks, owner, "account", (a.get("evidence") or {}).get("start")), account_label(a)
            )
            for a in event.get("named_accounts", [])
        ]
        when = event.get("when")
        cells = [
            link(sentence, str(n)),
            tag("span", esc(event["platform"]), class_="tag"),
            link(first_mark(marks, owner, "action"), event["action"])
            + tag("div", esc(f"“{event.get('action_text', '')}”"), class_="muted"),
            bullet(targets),
            bullet(accounts),
            esc(when_label(when)) if when else "",
            f"{event.get('confidence', 0):.2f}",
        ]
        rows.append(
            tag(
                "tr",
                "".join(tag("td", c, class_="num" if i == 6 else None) for i, c in enumerate(cells)),
                id=owner,
            )
        )
    return tag("div", tag("h2", "Events") + tag("table", head + "".join(rows)), class_="card")


def quotes_table(record: dict, marks: list[Highlight]) -> str:
    quotes = record.get("quotes", [])
    if not quotes:
        return ""
    rows = []
    for n, quote in enumerate(quotes, 1):
        owner = f"quote-{n}"
        words = quote.get("text", "")
        short = words if len(words) <= 90 else words[:87].rstrip() + "…"
        rows.append(
            tag(
                "tr",
                tag("td", link(first_mark(marks, owner, "quote"), str(n)))
                + tag("td", link(first_mark(marks, owner, "speaker"), quote.get("speaker") or "—"))
                + tag("td", esc(f"“{short}”")),
                id=owner,
            )
        )
    head = "<tr><th>#</th><th>speaker</th><th>quotation</th></tr>"
    return tag(
        "div", tag("h2", f"Quotations ({len(quotes)})") + tag("table", head + "".join(rows)), class_="card"
    )


def bullet(items: list[str]) -> str:
    return tag("ul", "".join(tag("li", i) for i in items)) if items else ""


def target_label(target: dict) -> str:
    count = target.get("count_text") or (number(target["count"]) if target.get("count") is not None else "")
    plural = target.get("count") != 1 or (target.get("count_text") or "").lower() not in ("", "1", "one", "a")
    return (
        f"{count} {PLURALS.get(target['type'], target['type'] + 's') if plural else target['type']}".strip()
    )


def account_label(account: dict) -> str:
    label = account["name"] + (f" {account['handle']}" if account.get("handle") else "")
    if account.get("followers") is not None:
        label += f" ({number(account['followers'])} followers)"
    return label


def when_label(when: dict) -> str:
    if when.get("start") and when.get("end"):
        dates = when["start"] if when["start"] == when["end"] else f"{when['start']} – {when['end']}"
        return f"{when['text']} ({dates})"
    return when["text"]
