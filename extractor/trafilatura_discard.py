"""trafilatura's look-ups for boilerplate (``xpaths.OVERALL_DISCARD_XPATH``), comments and infinite
scroll, same elements in the same order, evaluated in Python while a page is read for a record
(``trafilatura_speedups.for_records``).

Their XPath expressions test the ``id``, ``class`` and ``style`` attributes of the page's elements
with ``re:test``, a call from libxml2 back into Python per test and element: on ordinary news the
boilerplate one alone costs trafilatura more than a tenth of its time (it runs on the raw page
before readability and again on the cleaned tree). Here the same tests are plain Python over the
elements, in document order, with the same regular expressions, read from the expressions
themselves. XPath's string value of a node-set such as ``@id|@class`` is the value of the
attribute that comes first in the element's source, as here.

A stand-in is only put in place for an expression that is exactly one written for here
(``SHAPES``), the regular expressions aside (whitespace ignored); any other keeps its XPath. Outside
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


Evaluate = Callable[[etree._Element], list[etree._Element]]


def selecting(test: Callable[[etree._Element], object], *tags: object) -> Evaluate:
    """The elements below the root, in document order, with one of ``tags``, that pass ``test``."""
    def evaluate(tree: etree._Element) -> list[etree._Element]:
        return [element for element in tree.iterdescendants(*tags) if test(element)]
    return evaluate


def boilerplate(cookie: re.Pattern[str], ids: re.Pattern[str], classes: re.Pattern[str]) -> Evaluate:
    def test(element: etree._Element) -> bool:
        get = element.get
        return bool(get("data-lp-replacement-content") is not None
                    or "nav" in (get("role") or "").replace("N", "n")
                    or "MostPopularStories" in (get("data-component") or "")
                    or cookie.search(first_of(element, "id", "class"))
                    or ids.search(get("id") or "")
                    or classes.search(get("class") or ""))
    return selecting(test, *BOILERPLATE_TAGS)


def hidden(hidden_words: re.Pattern[str], ids: re.Pattern[str], classes: re.Pattern[str]) -> Evaluate:
    def test(element: etree._Element) -> bool:
        get = element.get
        style = get("style") or ""
        return bool(get("class") == "comments-title"
                    or first_of(element, "id", "class").startswith("reply-")
                    or hidden_words.search(first_of(element, "id", "style"))
                    or "display:none" in style or "display: none" in style
                    or ids.search(get("id") or "")
                    or classes.search(get("class") or "")
                    or get("aria-hidden") == "true")
    return selecting(test, etree.Element)


class Discard:
    """Stands in for one XPath of the list: Python inside ``for_records()``, else the XPath."""

    def __init__(self, original: etree.XPath, evaluate: Evaluate, active: Callable[[], bool]):
        self.original = original
        self.path = original.path
        self.evaluate = evaluate
        self.active = active

    def __call__(self, tree: object, **variables: object) -> object:
        if variables or not self.active() or not isinstance(tree, etree._Element):
            return self.original(tree, **variables)
        return self.evaluate(tree)


def install(expressions: list, active: Callable[[], bool]) -> int:
    """Put stand-ins into one of trafilatura's lists of expressions (in place; idempotent) for
    the expressions written for here (``SHAPES``); the others stay. How many are stand-ins."""
    done = 0
    for n, expression in enumerate(expressions):
        original = expression.original if isinstance(expression, Discard) else expression
        if not isinstance(original, etree.XPath):
            continue
        shape, regexes = template(original.path)
        build = SHAPES.get(shape)
        if build is None:
            continue
        try:
            evaluate = build(*(re.compile(r) for r in regexes))
        except (re.error, TypeError):  # a regular expression Python reads otherwise, or too many
            continue
        expressions[n] = Discard(original, evaluate, active)
        done += 1
    return done


def infinite_scroll(scroll_id: re.Pattern[str], scroll_class: re.Pattern[str], added_id: re.Pattern[str],
                    added_class: re.Pattern[str]) -> Evaluate:
    def test(element: etree._Element) -> bool:
        ids, classes = element.get("id") or "", element.get("class") or ""
        return bool((scroll_id.search(ids) or scroll_class.search(classes)) and (
            next(element.iterdescendants("h1"), None) is None
            or added_id.search(ids) or added_class.search(classes)))
    return selecting(test, "div", "section", "aside")


def comments_and_lists(comment_id: re.Pattern[str], comment_class: re.Pattern[str], list_id: re.Pattern[str],
                       list_class: re.Pattern[str]) -> Evaluate:
    def test(element: etree._Element) -> bool:
        ids, classes = element.get("id") or "", element.get("class") or ""
        return bool((comment_id.search(ids) or comment_class.search(classes)) and (
            element.tag not in ("ol", "ul") or list_id.search(ids) or list_class.search(classes)))
    return selecting(test, "div", "list", "section", "details", "ol", "ul")


def comments(comment_id: re.Pattern[str], comment_class: re.Pattern[str]) -> Evaluate:
    def test(element: etree._Element) -> bool:
        return bool(comment_id.search(element.get("id") or "")
                    or comment_class.search(element.get("class") or ""))
    return selecting(test, "div", "list", "section", "details")


SHAPES: dict[str, Callable[..., Evaluate]] = {
    BOILERPLATE: boilerplate,
    HIDDEN: hidden,
    (".//*[self::div or self::section or self::aside][ re:test(@id, '{}') or re:test(@class, '{}')][ "
     "not(.//h1) or re:test(@id, '{}') or re:test(@class, '{}')]"): infinite_scroll,
    (".//*[self::div or self::list or self::section or self::details or self::ol or self::ul][ "
     "re:test(@id, '{}') or re:test(@class, '{}')][ not(self::ol or self::ul) or re:test(@id, '{}') or "
     "re:test(@class, '{}')]"): comments_and_lists,
    (".//*[self::div or self::list or self::section or self::details][ re:test(@id, '{}') or "
     "re:test(@class, '{}')]"): comments,
}
