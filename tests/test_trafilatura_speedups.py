"""extractor.trafilatura_speedups.extract_json_author gives what trafilatura's own function gives
(the same author string, or None) on random JSON-like text built from the pieces its regular
expressions look for, on a live blog's worth of repeated author blocks, and on a real page
with 800 KB of JSON-LD that does not parse (when ../shared is there)."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from trafilatura import json_metadata

import extractor.article  # noqa: F401  (installs the stand-in)
from extractor.trafilatura_speedups import ORIGINAL_EXTRACT_JSON_AUTHOR, extract_json_author

PATTERNS = [json_metadata.JSON_AUTHOR_1, json_metadata.JSON_AUTHOR_2]
PIECES = ['"author"', '"author":', '"name"', '"names"', '"nam"', '"Person"', '"person"', "}", "[", "]", "{",
          '"', ": ", ":", " ", "Jo Ann", "Bob Lee", "X", "\\", '"@type"', ",", "a b", '": "', '"name": "']
BLOCKS = ['{"@type":"Person","name":"%s"}', '{"@type":"person","names":["%s"]}', '"author":{"name":"%s"}',
          '"author": "%s"', '"author":[{"@type":"Person","name":"%s","sameAs":"u"}]', ",", "[", "]", "}", "{",
          '"name":"%s"', '"author"', '"Person"', " "]
NAMES = ["Lucy Thornton", "Tim Hanlon", "Bob", "Ann Lee", "http://x y", "A B C"]
LIVE_BLOG = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "articles" / "013.html"


def test_installed_in_trafilatura() -> None:
    assert json_metadata.extract_json_author is extract_json_author


@pytest.mark.parametrize("seed", range(4))
def test_same_as_trafilatura_on_random_pieces(seed: int) -> None:
    rnd = random.Random(seed)
    several = 0
    for _ in range(3000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 40)))
        for pattern in PATTERNS:
            expected = ORIGINAL_EXTRACT_JSON_AUTHOR(text, pattern)
            assert extract_json_author(text, pattern) == expected, (text, pattern.pattern)
            several += bool(expected and ";" in expected)
    assert several > 5  # the texts do hold several authors, found one after another


@pytest.mark.parametrize("seed", range(3))
def test_same_as_trafilatura_on_random_blocks(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(1500):
        blocks = [rnd.choice(BLOCKS) for _ in range(rnd.randint(1, 60))]
        text = "".join(b % rnd.choice(NAMES) if "%s" in b else b for b in blocks)
        if rnd.random() < 0.3:  # a few characters lost somewhere
            at = rnd.randrange(len(text))
            text = text[:at] + text[at + rnd.randint(1, 5):]
        for pattern in PATTERNS:
            assert extract_json_author(text, pattern) == ORIGINAL_EXTRACT_JSON_AUTHOR(text, pattern), text


def test_live_blog_of_repeated_authors() -> None:
    block = ('{"@type":"BlogPosting","headline":"Update %d","author":[{"@type":"Person",'
             '"name":"Lucy Thornton","sameAs":"https://example.org/lucy/"},{"@type":"Person",'
             '"name":"Tim Hanlon"}],"articleBody":"x"}')
    text = '{"@type":"LiveBlogPosting","liveBlogUpdate":[' + ",".join(block % n for n in range(800)) + "]"
    for pattern in PATTERNS:
        assert extract_json_author(text, pattern) == ORIGINAL_EXTRACT_JSON_AUTHOR(text, pattern)
    assert extract_json_author(text, json_metadata.JSON_AUTHOR_2) == "Lucy Thornton; Tim Hanlon"


def test_other_expressions_are_left_to_trafilatura() -> None:
    pattern = re.compile(r'"writer": ?"([^"]+)"', re.DOTALL)
    text = '{"writer": "Ann Lee", "writer": "Bob Ray"}'
    expected = ORIGINAL_EXTRACT_JSON_AUTHOR(text, pattern)
    assert expected == "Ann Lee; Bob Ray"
    assert extract_json_author(text, pattern) == expected


@pytest.mark.skipif(not LIVE_BLOG.is_file(), reason="needs ../shared/eval/dev/articles")
def test_same_as_trafilatura_on_a_real_live_blog() -> None:
    from lxml import html
    from trafilatura.metadata import JSON_MINIFY

    tree = html.fromstring(LIVE_BLOG.read_bytes())
    scripts = [s.text for s in tree.xpath('.//script[@type="application/ld+json"]') if s.text]
    big = [json_metadata.JSON_AUTHOR_REMOVE.sub("", json_metadata.normalize_json(JSON_MINIFY.sub(r"\1", s)))
           for s in scripts if len(s) > 100_000]
    assert big
    for text in big:
        for pattern in PATTERNS:
            assert extract_json_author(text, pattern) == ORIGINAL_EXTRACT_JSON_AUTHOR(text, pattern)


# a page written for this test: categories, tags and a licence link, an author and a date
TAGGED_PAGE = """<html><head><title>Storm closes roads - The Example Post</title>
<meta name="author" content="Ann Lee"><meta property="article:published_time" content="2021-03-04">
</head><body><article><h1>Storm closes roads</h1>
<p>The council closed three roads on Tuesday after the storm brought trees down across the valley.</p>
<p>Crews worked through the night to clear them, and the roads are expected to open again by Friday.</p>
<p>Residents were asked to stay at home where they could and to report fallen power lines at once.</p>
</article><div class="entry-meta"><a href="/category/weather/">Weather</a></div>
<div class="tags"><a href="/tag/storms/">Storms</a></div>
<footer><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></footer>
</body></html>"""
UNREAD = ("categories", "tags", "license")


def document_fields(page: str) -> dict:
    import trafilatura

    document = trafilatura.bare_extraction(page, with_metadata=True, favor_precision=True,
                                           include_comments=False, include_tables=False)
    from lxml import etree

    return {k: etree.tostring(v) if isinstance(v, etree._Element) else v
            for k, v in document.as_dict().items()}


def test_unread_metadata_is_skipped_inside_only_and_nothing_else_changes() -> None:
    import threading

    from extractor.trafilatura_speedups import for_records

    full = document_fields(TAGGED_PAGE)
    assert full["categories"] and full["tags"] and full["license"]  # the page has them
    with for_records():
        skipped = document_fields(TAGGED_PAGE)
        other_thread: list[dict] = []
        worker = threading.Thread(target=lambda: other_thread.append(document_fields(TAGGED_PAGE)))
        worker.start()
        worker.join()
    assert not skipped["categories"] and not skipped["tags"] and skipped["license"] is None
    assert {k: v for k, v in skipped.items() if k not in UNREAD} == \
        {k: v for k, v in full.items() if k not in UNREAD}
    assert other_thread == [full]  # another thread still gets trafilatura's own look-ups
    assert document_fields(TAGGED_PAGE) == full  # and so does this one afterwards


NEWS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "news"


@pytest.mark.skipif(not NEWS.is_dir(), reason="needs ../shared/bench/news")
def test_for_records_changes_no_other_field_on_news_pages() -> None:
    import gzip

    from extractor.trafilatura_speedups import for_records

    for path in sorted(NEWS.iterdir())[:12]:
        data = path.read_bytes()
        page = (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode("utf-8", "replace")
        full = document_fields(page)
        with for_records():
            skipped = document_fields(page)
        assert {k: v for k, v in skipped.items() if k not in UNREAD} == \
            {k: v for k, v in full.items() if k not in UNREAD}, path.name


def test_normalize_json_same_as_trafilatura_on_random_strings() -> None:
    from trafilatura import metadata

    from extractor.trafilatura_speedups import ORIGINAL_NORMALIZE_JSON, normalize_json

    assert json_metadata.normalize_json is normalize_json and metadata.normalize_json is normalize_json
    pieces = ["\\", "\\n", "\\u00e9", "\\ud83d", "\\ude00", "\ud800", "\udfff", "a", " ", "<b>", "</b>",
              "&amp;", "\\t", "é", "\U0001f600", "\\u12", "u", "\ue000"]
    rnd = random.Random(5)
    dropped = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20)))
        expected = ORIGINAL_NORMALIZE_JSON(text)
        assert normalize_json(text) == expected, text
        dropped += "\\" in text and len(expected) < len(text) and any("\ud800" <= c <= "\udfff" for c in text)
    assert dropped > 100  # surrogates were there to drop
