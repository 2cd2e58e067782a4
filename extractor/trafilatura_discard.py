"""trafilatura's boilerplate look-up (``xpaths.OVERALL_DISCARD_XPATH``), same elements in the same
order, evaluated in Python while a page is read for a record (``trafilatura_speedups.for_records``).

Its two XPath expressions test the ``id``, ``class`` and ``style`` attributes of every element of
the page with ``re:test``, a call from libxml2 back into Python per test and element: on ordinary
news the expressions cost trafilatura more than a tenth of its time (they run on the raw page
before readability and again on the cleaned tree). Here the same tests are plain Python over the
elements, in document order, with the same regular expressions, read from the expressions
themselves. XPath's string value of a node-set such as ``@id|@class`` is the value of the
attribute that comes first in the element's source, as here.

A stand-in is only put in place when the expressions are exactly the ones written for here, the
regular expressions aside (whitespace ignored); otherwise trafilatura keeps its own. Outside
``for_records()``, and in other threads, the stand-ins run trafilatura's XPath.
``tests/test_trafilatura_discard.py`` compares the two on saved pages and on pages made up of the
attributes the expressions look at.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

REGEX_TEST = re.compile(r"re:test\((@[\w-]+(?:\|@[\w-]+)?), '([^']*)'\)")

# the expressions with each re:test's regular expression as {} (whitespace collapsed)
BOILERPLATE = (".//*[self::div or self::item or self::list or self::p or self::section or self::span][ "
               "@data-lp-replacement-content or contains(translate(@role, 'N', 'n'), 'nav') or "
               "contains(@data-component, 'MostPopularStories') or re:test(@id|@class, '{}') or "
               "re:test(@id, '{}') or re:test(@class, '{}')]")
HIDDEN = (".//*[@class='comments-title' or starts-with(@id|@class, 'reply-') or re:test(@id|@style, '{}') "
          "or contains(@style, 'display:none') or contains(@style, 'display: none') or "
          "re:test(@id, '{}') or re:test(@class, '{}') or @aria-hidden='true']")
BOILERPLATE_TAGS = ("div", "item", "list", "p", "section", "span")


def template(path: str) -> tuple[str, list[str]]:
    """An expression's text, whitespace collapsed, with its regular expressions as {}, and those."""
    found = [m.group(2) for m in REGEX_TEST.finditer(path)]
    shape = REGEX_TEST.sub(lambda m: f"re:test({m.group(1)}, '{{}}')", path)
    return " ".join(shape.split()), found


def first_of(element: etree._Element, one: str, other: str) -> str:
    """The string value of ``@one|@other``: the value of whichever comes first in the source."""
    a, b = element.get(one), element.get(other)
    if a is None:
        return b or ""
    if b is None:
        return a
    for key in element.attrib:
        if key == one:
            return a
        if key == other:
            return b
    return a


def boilerplate(cookie: re.Pattern[str], ids: re.Pattern[str], classes: re.Pattern[str]
                ) -> Callable[[etree._Element], list[etree._Element]]:
    def evaluate(tree: etree._Element) -> list[etree._Element]:
        out = []
        for element in tree.iterdescendants(*BOILERPLATE_TAGS):
            get = element.get
            if (get("data-lp-replacement-content") is not None
                    or "nav" in (get("role") or "").replace("N", "n")
                    or "MostPopularStories" in (get("data-component") or "")
                    or cookie.search(first_of(element, "id", "class"))
                    or ids.search(get("id") or "")
                    or classes.search(get("class") or "")):
                out.append(element)
        return out
    return evaluate


def hidden(hidden_words: re.Pattern[str], ids: re.Pattern[str], classes: re.Pattern[str]
           ) -> Callable[[etree._Element], list[etree._Element]]:
    def evaluate(tree: etree._Element) -> list[etree._Element]:
        out = []
        for element in tree.iterdescendants(etree.Element):
            get = element.get
            style = get("style") or ""
            if (get("class") == "comments-title"
                    or first_of(element, "id", "class").startswith("reply-")
                    or hidden_words.search(first_of(element, "id", "style"))
                    or "display:none" in style or "display: none" in style
                    or ids.search(get("id") or "")
                    or classes.search(get("class") or "")
                    or get("aria-hidden") == "true"):
                out.append(element)
        return out
    return evaluate


class Discard:
    """Stands in for one XPath of the list: Python inside ``for_records()``, else the XPath."""

    def __init__(self, original: etree.XPath, evaluate: Callable[[etree._Element], list[etree._Element]],
                 active: Callable[[], bool]):
        self.original = original
        self.path = original.path
        self.evaluate = evaluate
        self.active = active

    def __call__(self, tree: object, **variables: object) -> object:
        if variables or not self.active() or not isinstance(tree, etree._Element):
            return self.original(tree, **variables)
        return self.evaluate(tree)


def install(expressions: list, active: Callable[[], bool]) -> bool:
    """Put the stand-ins into trafilatura's list (in place; idempotent). False, and nothing
    changed, when the expressions are not the ones written for here."""
    originals = [e.original if isinstance(e, Discard) else e for e in expressions]
    if len(originals) != 2 or not all(isinstance(e, etree.XPath) for e in originals):
        return False
    (shape1, regexes1), (shape2, regexes2) = template(originals[0].path), template(originals[1].path)
    if shape1 != BOILERPLATE or shape2 != HIDDEN:
        return False
    try:
        first = boilerplate(*(re.compile(r) for r in regexes1))
        second = hidden(*(re.compile(r) for r in regexes2))
    except re.error:
        return False
    expressions[:] = [Discard(originals[0], first, active), Discard(originals[1], second, active)]
    return True
