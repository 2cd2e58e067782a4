"""The evidence page (``extractor show``) and the batch report (``extractor report``), rendered
in a real headless Chromium and checked from its DOM.

Screenshots of both pages are written to docs/ only with EXTRACTOR_UPDATE_SCREENSHOTS=1 (the
README shows them); otherwise they go to a temporary folder and are only checked not to be blank.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import lxml.html
import pytest

import extractor
from extractor.settings import Settings
from extractor.views import TextNotFound, article_text
from tests.browser import drawn_share, dump_dom, screenshot
from tests.helpers import ROOT, SAMPLES, run_cli
from tests.view_checks import (
    highlights_in_dom,
    largest_takedowns,
    report_counts,
    report_records,
    spans_of_record,
)

DOCS = ROOT / "docs"
UPDATE = os.environ.get("EXTRACTOR_UPDATE_SCREENSHOTS") == "1"
SAMPLE_NAMES = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))

# stories of our own for the report: several platforms, months and actions
REPORT_STORIES = [
    (
        "2021-03-04",
        "YouTube removes channels\n\nYouTube removed 2,000 channels linked to a spam network "
        "on Tuesday, the company said.",
    ),
    (
        "2021-03-20",
        "Facebook bans pages\n\nFacebook banned 46 pages and 12 groups last week for coordinated "
        "inauthentic behaviour.",
    ),
    ("2021-05-11", "TikTok suspends accounts\n\nTikTok suspended more than 300 accounts on Monday."),
    ("2021-05-30", "Quiet day\n\nThe council met on Tuesday to discuss the new library opening hours."),
]


def shot_path(tmp_path: Path, name: str) -> Path:
    if UPDATE:
        DOCS.mkdir(exist_ok=True)
        return DOCS / name
    return tmp_path / name


def assert_not_blank(png: Path) -> None:
    share, colours = drawn_share(png)
    assert share > 0.05 and colours > 50, f"{png}: looks blank ({share:.3f} drawn, {colours} colours)"


def check_page(record: dict, text: str, dom: str) -> None:
    """Every span the record gives is highlighted exactly there, nothing else is highlighted but
    the platform, action and follower words found in the event's own sentences."""
    found = highlights_in_dom(dom, text)
    expected = spans_of_record(record)
    given = {(h["kind"], h["start"], h["end"], h["text"]) for h in found.values() if not h["derived"]}
    assert given == expected
    for kind, start, end, words in expected:
        assert text[start:end] == words, (kind, start, end)
    for h in found.values():
        assert h["text"] == text[h["start"] : h["end"]]
        if not h["derived"]:
            continue
        owner = h["owners"][0]
        event = record["events"][int(owner.split("-")[1]) - 1]
        assert any(s["start"] <= h["start"] and h["end"] <= s["end"] for s in event["evidence"]), h
        if h["kind"] == "action":
            assert h["text"] == event["action_text"]
        elif h["kind"] == "followers":
            assert h["text"] in {a["followers_text"] for a in event["named_accounts"]}
        else:
            assert h["kind"] == "platform"


def absolute_source(record: dict) -> dict:
    """The sample's expected record with its path made absolute (the tests may run from anywhere)."""
    return {**record, "source": {**record["source"], "path": str(ROOT / record["source"]["path"])}}


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_page_highlights_the_evidence(name: str, tmp_path: Path) -> None:
    record = absolute_source(json.loads((SAMPLES / "expected" / f"{name}.json").read_text(encoding="utf-8")))
    text = article_text(record)  # read again from source.path, hashes checked
    page = tmp_path / "page.html"
    page.write_text(extractor.show(record=record), encoding="utf-8")
    check_page(record, text, dump_dom(page))


def test_seed_page_highlights_and_screenshot(seed_record: dict, tmp_path: Path) -> None:
    text = article_text(seed_record)
    page = tmp_path / "seed.html"
    shown = {**seed_record, "source": {**seed_record["source"], "path": "samples/seed-wired-occupy.txt"}}
    page.write_text(extractor.show(record=shown, text=text), encoding="utf-8")  # the path as a user types it
    dom = dump_dom(page)
    check_page(seed_record, text, dom)
    found = highlights_in_dom(dom, text)
    kinds = {h["kind"] for h in found.values()}
    assert {"platform", "action", "target", "account", "followers", "time", "quote", "speaker"} <= kinds
    assert {h["text"] for h in found.values() if h["kind"] == "followers"} == {"3.1 million", "460,000"}
    root = lxml.html.fromstring(dom)
    for n in range(1, len(seed_record["events"]) + 1):  # each event row links to its evidence
        row = root.get_element_by_id(f"event-{n}")
        anchor = row.xpath(".//a[starts-with(@href, '#h')]")[0].get("href")[1:]
        assert root.get_element_by_id(anchor).get("data-kind") == "sentence"
        assert f"event-{n}" in root.get_element_by_id(anchor).get("data-owners").split()
    # the page's script: a highlight named in the URL (as a click, or a table link, selects it) is
    # selected, every piece of it, and so are the rows of the events and quotes it belongs to
    shared = next(m for m in root.iter("mark") if m.get("id") and len(m.get("data-owners").split()) > 1)
    selected = lxml.html.fromstring(dump_dom(page, "#" + shared.get("id")))
    rows = {e.get("id") for e in selected.xpath("//tr[contains(@class, 'sel')]")}
    assert rows == set(shared.get("data-owners").split())
    pieces = selected.xpath("//mark[contains(@class, 'sel')]")
    assert pieces and {p.get("data-h") for p in pieces} == {shared.get("data-h")}
    assert not root.xpath("//*[contains(@class, 'sel')]")  # nothing selected without it
    png = shot_path(tmp_path, "show-seed.png")
    screenshot(page, png, 1400, 1350)
    assert_not_blank(png)


def test_article_markup_is_shown_as_text(tmp_path: Path) -> None:
    # markup written as text in an HTML page (entities) reaches the article text as characters
    story = tmp_path / "hostile-story.html"
    story.write_text(
        "<html><head><title>Twitter suspends spam accounts &lt;script&gt;document.title='pwned'"
        "&lt;/script&gt;</title></head><body><article><h1>Twitter suspends spam accounts "
        "&lt;script&gt;document.title='pwned'&lt;/script&gt;</h1>"
        "<p>Twitter suspended 1,500 accounts that posted &lt;b&gt;bold&lt;/b&gt; links and "
        "&lt;img src=x onerror=\"document.title='pwned'\"&gt; tags on Tuesday, the company said in "
        "a statement to reporters on Wednesday.</p></article></body></html>\n",
        encoding="utf-8",
    )
    page = tmp_path / "hostile.html"
    done = run_cli("show", str(story), "-o", str(page))
    assert done.returncode == 0, done.stderr
    dom = dump_dom(page)
    root = lxml.html.fromstring(dom)
    assert (
        root.findtext(".//title")
        == "Evidence: Twitter suspends spam accounts <script>document.title='pwned'</script>"
    )
    assert len(root.xpath("//script")) == 1 and "pwned" not in root.xpath("//script")[0].text_content()
    assert not root.xpath("//b | //img")
    text = root.get_element_by_id("text").text_content()
    assert "<script>document.title='pwned'</script>" in text and "<b>bold</b>" in text
    assert any(m.get("data-kind") == "target" for m in root.iter("mark"))


def test_show_url_and_records_without_rerun(http_server: str, tmp_path: Path) -> None:
    """``show URL`` extracts now; ``show --records`` re-reads the article from the record's source,
    and refuses a file changed since the record was made."""
    page = tmp_path / "url.html"
    done = run_cli("show", f"{http_server}/article.html", "--allow-private-urls", "-o", str(page))
    assert done.returncode == 0, done.stderr
    assert "1,500 accounts" in lxml.html.fromstring(dump_dom(page)).get_element_by_id("text").text_content()
    loopback = Settings(allow_private_urls=True)  # a record of a URL: its text is fetched again
    record = extractor.extract_input(f"{http_server}/article.html", loopback)
    page.write_text(extractor.show(record=record, settings=loopback), encoding="utf-8")
    check_page(record, article_text(record, loopback), dump_dom(page))
    story = tmp_path / "story.txt"
    story.write_text(REPORT_STORIES[0][1], encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(extractor.extract_input(str(story))) + "\n", encoding="utf-8")
    done = run_cli("show", "--records", str(records), "-o", str(tmp_path / "rec.html"))
    assert done.returncode == 0, done.stderr
    record = json.loads(records.read_text())
    check_page(record, story.read_text().strip(), dump_dom(tmp_path / "rec.html"))
    story.write_text(REPORT_STORIES[1][1], encoding="utf-8")
    done = run_cli("show", "--records", str(records), "-o", str(tmp_path / "changed.html"))
    assert done.returncode == 1 and "changed since the record was made" in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_records_with_text_field_need_no_source(seed_record: dict) -> None:
    text = article_text(seed_record)
    record = {
        **seed_record,
        "source": {"path": "/nonexistent/seed.txt", "url": None, "sha256": None},
        "text": text,
    }
    assert "k-target" in extractor.show(record=record)
    with pytest.raises(TextNotFound, match="text_sha256"):
        extractor.show(record={**record, "text": text + " changed"})


@pytest.fixture(scope="module")
def report_records_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """Records of the samples (the seed among them), stories of our own and two error records."""
    folder = tmp_path_factory.mktemp("report")
    records = []
    for name in SAMPLE_NAMES:
        records.append(
            absolute_source(json.loads((SAMPLES / "expected" / f"{name}.json").read_text("utf-8")))
        )
    for n, (published, story) in enumerate(REPORT_STORIES):
        path = folder / f"story{n}.txt"
        path.write_text(story, encoding="utf-8")
        records.append(extractor.extract(story, published=published, path=str(path)))
    records.append(extractor.extract_input(str(folder / "missing.txt")))
    records.append(extractor.extract_input(str(folder)))  # a folder: read_error
    out = folder / "records.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return out, records


def figures_in_dom(root) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for element in root.xpath("//main//a[@data-figure]"):
        found.setdefault(element.get("data-figure"), []).append(int(element.get("data-count")))
        if element.get("class") == "n":  # a number printed as text
            assert element.text_content() == f"{int(element.get('data-count')):,}"
    return found


def test_report_figures_equal_counts_from_the_records(
    report_records_file: tuple[Path, list[dict]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, records = report_records_file
    page = tmp_path / "report.html"
    monkeypatch.chdir(path.parent)  # the report names its input as given: records.jsonl
    page.write_text(extractor.report(path.name, base=str(tmp_path), top=12), encoding="utf-8")
    root = lxml.html.fromstring(dump_dom(page))
    counts, lines = report_counts(records), report_records(records)
    found = figures_in_dom(root)
    takedowns = [v for k, vs in found.items() if k.startswith("takedown:") for v in vs]
    assert sorted(takedowns, reverse=True) == largest_takedowns(records, 12)
    shown = {k: v for k, v in found.items() if not k.startswith("takedown:")}
    assert {
        "records",
        "articles",
        "with_events",
        "without_events",
        "events",
        "errors",
        "error:not_found",
        "error:read_error",
    } <= set(shown)
    assert any(k.startswith("pm:") for k in shown) and any(k.startswith("pa:") for k in shown)
    for key, values in shown.items():
        assert set(values) == {counts.get(key, 0)}, key
    for details in root.xpath("//details[@data-figure]"):  # each number's list of records
        key = details.get("data-figure")
        numbers = set()
        for first, _, last in re.findall(
            r"(\d+)(-(\d+))?", details.xpath(".//div[@class='ranges']")[0].text_content().split(":", 1)[1]
        ):
            numbers |= set(range(int(first), int(last or first) + 1))
        assert numbers == lines[key], key
        hrefs = [a.get("href") for a in details.xpath(".//li/a")]
        assert len(hrefs) == min(20, len(lines[key]))
        assert all(
            (tmp_path / h).resolve().exists() or h.startswith("http") for h in hrefs if "missing" not in h
        )
    assert set(root.xpath("//main//a[@data-figure]/@href")) - {""} <= {
        "#" + d.get("id") for d in root.xpath("//details")
    } | {a for a in root.xpath("//main//a/@href") if not a.startswith("#")}
    png = shot_path(tmp_path, "report.png")
    screenshot(page, png, 1400, 1900)
    assert_not_blank(png)


def test_report_from_the_database_equals_the_file(
    report_records_file: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    records = report_records_file[1]
    db = tmp_path / "records.db"
    with extractor.open_database(str(db)) as sink:
        for record in records:
            sink.write(record)
    page = tmp_path / "db.html"
    done = run_cli("report", "--db", str(db), "-o", str(page))
    assert done.returncode == 0, done.stderr
    found = figures_in_dom(lxml.html.fromstring(dump_dom(page)))
    counts = report_counts(records)
    for key, values in found.items():
        if not key.startswith("takedown:"):
            assert set(values) == {counts.get(key, 0)}, key


def test_report_of_100000_records_stays_small(tmp_path: Path) -> None:
    """No chart grows with the records: 100,000 records give the same few marks."""
    path = tmp_path / "many.jsonl"
    platforms = [f"Platform{i}" for i in range(40)]
    with path.open("w", encoding="utf-8") as out:
        for n in range(100_000):
            month = f"20{10 + n % 12:02d}-{1 + n % 12:02d}-01"
            event = {
                "platform": platforms[n % 40],
                "action": "suspend",
                "action_text": "suspended",
                "targets": [
                    {
                        "type": "account",
                        "count": n,
                        "count_text": str(n),
                        "qualifier": None,
                        "approximate": False,
                    }
                ],
                "named_accounts": [{"name": f"account {n % 500}", "handle": None, "followers": None}],
                "groups": [],
                "reasons": [],
                "confidence": 0.9,
                "when": {"text": "then", "start": month, "end": month, "precision": "day", "anchor": None},
                "evidence": [{"text": "x", "start": 0, "end": 1}],
            }
            record = {
                "source": {"path": f"a/{n}.txt", "url": None},
                "article": {"title": f"story {n}", "published": None},
                "events": [event] if n % 3 else [],
                "quotes": [],
            }
            out.write(json.dumps(record) + "\n")
    html = extractor.report(str(path))
    assert html.count("<rect") < 600
    assert len(html) < 8_000_000
    assert 'data-figure="records" data-count="100000"' in html


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("show", "-o", str(tmp_path / "a.html")).returncode == 2
    two = tmp_path / "two.jsonl"
    two.write_text('{"source": {"path": "a"}}\n{"source": {"path": "b"}}\n', encoding="utf-8")
    done = run_cli("show", "--records", str(two), "-o", str(tmp_path / "a.html"))
    assert done.returncode == 2 and "--line" in done.stderr
    done = run_cli("report", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "r.html"))
    assert done.returncode == 2 and "no such database file" in done.stderr, done.stderr
    done = run_cli("show", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "a.html"))
    assert done.returncode == 1 and done.stderr.strip() == f"error: {tmp_path / 'missing.txt'}: no such file"


def test_crossing_spans_are_split_into_pieces() -> None:
    """A quote that runs past the end of an event sentence is drawn in two pieces, same id."""
    from extractor.views.highlights import Highlights, marked_text

    text = "One <two> three. Four five six."
    marks = Highlights(text)
    marks.add("sentence", 0, 16, "event-1", "event 1")
    marks.add("quote", 10, 26, "quote-1", "quote 1")
    marks.add("target", 4, 9, "event-1", "event 1")
    html = f'<div id="text">{marked_text(text, marks.ordered())}</div>'
    found = highlights_in_dom(html, text)
    assert sorted((h["kind"], h["start"], h["end"], h["text"]) for h in found.values()) == [
        ("quote", 10, 26, "three. Four five"), ("sentence", 0, 16, "One <two> three."),
        ("target", 4, 9, "<two>")]
    assert html.count('data-kind="quote"') == 2
