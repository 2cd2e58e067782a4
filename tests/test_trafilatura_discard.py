"""extractor.trafilatura_discard gives the elements trafilatura's own XPath gives, in the same
order: on pages made up of the attributes its expressions look at (random values, random order of
attributes), and on saved pages (when ../shared is there); it is in place only while reading for
records, and is not put in place for other expressions."""
from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest
from lxml import etree, html
from trafilatura import xpaths

import extractor.article  # noqa: F401  (installs the stand-ins)
from extractor.trafilatura_discard import Discard, install
from extractor.trafilatura_speedups import DISCARD_LISTS, for_records

SHARED = Path(__file__).resolve().parents[2] / "shared"
TAGS = ["div", "p", "span", "section", "item", "list", "a", "article", "li", "aside", "details", "ol", "ul",
        "h1"]
ATTRIBUTES = ["id", "class", "style", "role", "data-component", "data-lp-replacement-content", "aria-hidden",
              "title"]
VALUES = ["", "cookie", "x", "share-box", "reply-1", "hidden", "display:none", "display: none", "Nav", "NAV",
          "main", "post ad here", "ad-slot", "comments-title", "MostPopularStories", "true", "akismet",
          "-hide-", " hidden", "tags", "content", "navigation", "banner x", "elementor-widget", "comment-1",
          "Comments", "commentary", "post-comments", "comol", "infinite-scroll", "mvp-post-add-box"]


def expressions() -> list[Discard]:
    found = xpaths.OVERALL_DISCARD_XPATH
    assert all(isinstance(e, Discard) for e in found)
    return found


def every_stand_in() -> list[Discard]:
    found = [e for expressions in DISCARD_LISTS for e in expressions if isinstance(e, Discard)]
    assert len(found) == 5
    return found


def same(tree: etree._Element) -> int:
    """Both ways give the same elements in the same order; how many."""
    return sum(same_each(tree))


def same_each(tree: etree._Element) -> list[int]:
    """Both ways give the same elements in the same order; how many, per expression."""
    counts = []
    for expression in every_stand_in():
        with for_records():
            fast = expression(tree)
        slow = expression.original(tree)
        assert len(fast) == len(slow) and all(a is b for a, b in zip(fast, slow, strict=True))
        counts.append(len(slow))
    return counts


def random_page(rnd: random.Random) -> etree._Element:
    def element(depth: int) -> str:
        tag = rnd.choice(TAGS)
        names = rnd.sample(ATTRIBUTES, rnd.randint(0, 4))
        attrs = "".join(f' {n}="{rnd.choice(VALUES)}"' for n in names)
        inner = "".join(element(depth + 1) for _ in range(rnd.randint(0, 3))) if depth < 4 else "text"
        return f"<{tag}{attrs}>{inner}</{tag}>"
    return html.fromstring("<html><body>" + "".join(element(0) for _ in range(6)) + "</body></html>")


@pytest.mark.parametrize("seed", range(5))
def test_same_elements_as_the_xpath_on_made_up_pages(seed: int) -> None:
    rnd = random.Random(seed)
    counts = [same_each(random_page(rnd)) for _ in range(60)]
    assert all(sum(column) > 5 for column in zip(*counts, strict=True))  # every expression does match


def test_the_attribute_first_in_the_source_decides() -> None:
    page = html.fromstring('<html><body><div class="x" id="cookie">a</div><div id="cookie" class="x">b</div>'
                           '<p id="hidden" style="x">c</p><p style="x" id="hidden">d</p></body></html>')
    with for_records():
        found = [e.text for e in expressions()[0](page)] + [e.text for e in expressions()[1](page)]
    assert found == ["b", "c"]
    same(page)


def test_outside_reading_for_records_the_xpath_runs() -> None:
    page = random_page(random.Random(9))
    calls = []
    expression = expressions()[1]
    keep = expression.evaluate
    expression.evaluate = lambda tree: calls.append(tree) or keep(tree)  # type: ignore[method-assign]
    try:
        expression(page)
        assert calls == []
        with for_records():
            expression(page)
        assert calls == [page]
    finally:
        expression.evaluate = keep  # type: ignore[method-assign]


def test_not_put_in_place_for_other_expressions() -> None:
    other = [etree.XPath(".//div[re:test(@id, 'x')]", namespaces={"re": "http://exslt.org/regular-expressions"}),
             etree.XPath(".//p")]
    assert install(other, lambda: True) == 0
    assert all(isinstance(e, etree.XPath) for e in other)
    changed = [e.original for e in expressions()]
    assert install(changed, lambda: True) == 2 and all(isinstance(e, Discard) for e in changed)


@pytest.mark.skipif(not (SHARED / "bench" / "news").is_dir(), reason="needs ../shared/bench/news")
def test_same_elements_as_the_xpath_on_saved_pages() -> None:
    paths = sorted((SHARED / "bench" / "news").iterdir())[::4]
    paths += sorted((SHARED / "eval" / "dev" / "articles").glob("*.html"))
    total = 0
    for path in paths:
        data = path.read_bytes()
        data = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
        total += same(html.fromstring(data))
    assert total > 1000
