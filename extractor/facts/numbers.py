"""Numbers as news writes them: "1,500", "3.1 million", "five million", "20 lakh", "a dozen",
with their qualifiers ("more than", "up to", "about") and vague amounts ("dozens of", "several")."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractor.facts.entities import doc_text

UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "both": 2,
}
SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "k": 1_000, "lakh": 100_000, "lakhs": 100_000,
    "million": 1_000_000, "millions": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
    "crore": 10_000_000, "crores": 10_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
}
PLURAL_SCALES = {"millions", "lakhs", "crores"}
# words that qualify a count without changing it ("about 80", "more than 3,400")
QUALIFIERS = {"about", "around", "approximately", "roughly", "nearly", "almost", "some", "over",
              "more", "than", "less", "fewer", "at", "least", "most", "up", "to", "another",
              "just", "under", "upwards", "of", "an", "estimated", "additional", "a", "little", "few"}
NOT_COUNT_AFTER = {"times", "percent", "per", "%", "fold", "percentage", "year", "years", "-year", "old",
                   "dollars", "dollar", "rupees", "euros", "pounds", "usd", "yuan", "crore-rupee"}
CURRENCY = {"$", "£", "€", "₹", "¥", "rs", "rs.", "inr", "usd", "us$", "a$", "c$"}
# a qualifier written before a number, normalised (longest phrase first when matching)
QUALIFIER_PHRASES: dict[tuple[str, ...], str] = {
    ("more", "than"): "more_than", ("over",): "more_than", ("upwards", "of"): "more_than",
    ("in", "excess", "of"): "more_than", ("above",): "more_than", ("just", "over"): "more_than",
    ("well", "over"): "more_than", ("well", "above"): "more_than", ("north", "of"): "more_than",
    ("at", "least"): "at_least", ("no", "fewer", "than"): "at_least", ("no", "less", "than"): "at_least",
    ("a", "minimum", "of"): "at_least",
    ("up", "to"): "up_to", ("as", "many", "as"): "up_to", ("at", "most"): "up_to",
    ("a", "maximum", "of"): "up_to", ("no", "more", "than"): "up_to",
    ("less", "than"): "less_than", ("fewer", "than"): "less_than", ("under",): "less_than",
    ("below",): "less_than", ("just", "under"): "less_than",
    ("nearly",): "nearly", ("almost",): "nearly", ("close", "to"): "nearly", ("just", "shy", "of"): "nearly",
    ("about",): "about", ("around",): "about", ("approximately",): "about", ("roughly",): "about",
    ("some",): "about", ("an", "estimated"): "about", ("estimated",): "about", ("circa",): "about",
    ("approx",): "about", ("approx.",): "about", ("just", "about"): "about",
}
LONGEST_QUALIFIER = max(len(k) for k in QUALIFIER_PHRASES)
# vague amounts: 'dozens of accounts', 'hundreds of thousands of posts', 'several pages', 'a few'
VAGUE_HEADS = {"dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens", "handful",
               "lakhs", "crores", "number", "lots"}
VAGUE_MULTIPLIERS = {"few", "several", "many", "couple", "of"}  # 'several hundred', 'a couple of thousand'
VAGUE_MODIFIERS = {"several", "numerous", "multiple", "countless", "few"}
YEAR = re.compile(r"^(1[89]|20)\d\d$")
YEAR_PREPOSITIONS = {"in", "since", "during", "by", "until", "through", "from", "of", "before", "after", "to",
                     "between", "and"}


@dataclass(frozen=True)
class Count:
    """A count as written: ``value`` (None for a vague amount), ``text`` with its qualifier
    ("more than 3,400", "dozens"), character offsets, the normalised ``qualifier`` and whether
    the value is inexact (a qualifier or a vague amount)."""

    value: int | None
    text: str
    start: int
    end: int
    qualifier: str | None = None

    @property
    def approximate(self) -> bool:
        return self.qualifier is not None or self.value is None


DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
DOT_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")
SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)([kKmM]|bn|mn)$")


def word_value(word: str) -> float | None:
    """The value of one number word or numeral, or None."""
    w = word.lower().replace("\u2009", "")
    if DOT_GROUPED.match(w) and (w.count(".") > 1 or w.endswith(".000")):
        return float(w.replace(".", ""))  # '1.491.001 videos', '200.000 videos': dots group thousands
    if DIGITS.match(w):
        return float(w.replace(",", ""))
    m = SUFFIXED.match(word)
    if m:
        return float(m.group(1)) * SCALES[m.group(2).lower()]
    if w in UNITS:
        return float(UNITS[w])
    if "-" in w:  # "twenty-one"
        parts = [UNITS.get(p) for p in w.split("-")]
        if all(p is not None for p in parts):
            return float(sum(parts))
    return None


MAX_NUMBER = 10**15  # the largest count or follower count taken as one (a quadrillion)


def parse_number(words: list[str]) -> int | None:
    """Sum of number words with scales: ["3.1", "million"] -> 3100000; ["five", "million"]."""
    total, current, seen = 0.0, 0.0, False
    lowered = [w.lower() for w in words]
    if lowered[:2] == ["half", "a"]:  # 'half a dozen', 'half a million'
        words = ["0.5", *words[2:]]
    for word in words:
        lw = word.lower()
        if lw in {"and", ","}:
            continue
        if lw in SCALES:
            current = (current or 1) * SCALES[lw]
            if SCALES[lw] >= 1000:
                total, current = total + current, 0.0
            seen = True
            continue
        value = word_value(word)
        if value is None:
            return None
        if DOT_GROUPED.match(lw) and not any(w in SCALES for w in lowered):
            value = float(lw.replace(".", ""))  # '5.381 videos': no count of things is a fraction
        current += value
        seen = True
    if not seen or all(w in PLURAL_SCALES for w in lowered):
        return None  # 'millions' alone is a vague amount, not a million
    value = total + current
    if not math.isfinite(value) or value > MAX_NUMBER:
        return None  # no count: nothing is that many, and no database integer holds it
    return int(round(value))


def is_number_token(token: Token) -> bool:
    lw = token.lower_
    if lw in {"a", "an", "one"} and token.dep_ == "det":
        return False
    return token.like_num or lw in SCALES or lw in UNITS and lw not in {"a", "an", "both", "single"} or bool(
        SUFFIXED.match(token.text))


def number_phrase(token: Token) -> tuple[int, int] | None:
    """Token index range [start, end) of the number phrase around a number token."""
    if not is_number_token(token):
        return None
    doc = token.doc
    start = end = token.i
    while start > 0 and (is_number_token(doc[start - 1]) or doc[start - 1].lower_ == "-"):
        start -= 1
    while end + 1 < len(doc) and (is_number_token(doc[end + 1]) or doc[end + 1].lower_ == "-"
                                  and end + 2 < len(doc) and is_number_token(doc[end + 2])):
        end += 1
    return start, end + 1


def qualifier_before(doc: Doc, i: int) -> tuple[str | None, int]:
    """The normalised qualifier written just before token ``i`` and where it starts."""
    for size in range(LONGEST_QUALIFIER, 0, -1):
        if i - size < 0:
            continue
        words = tuple(t.lower_ for t in doc[i - size:i])
        if words in QUALIFIER_PHRASES:
            return QUALIFIER_PHRASES[words], i - size
    return None, i


def only_scales(tokens: Span) -> bool:
    return all(t.lower_ in SCALES for t in tokens)


def not_a_count(doc: Doc, start: int, end: int) -> bool:
    """Money ('$2 million'), shares ('40 percent'), multipliers, ages and years are no counts."""
    if end < len(doc) and doc[end].lower_ in NOT_COUNT_AFTER:
        return True
    if start > 0 and doc[start - 1].lower_ in CURRENCY or doc[start].text[:1] in {"$", "£", "€", "₹"}:
        return True
    if end - start == 1 and YEAR.match(doc[start].text):
        if end < len(doc) and doc[end].tag_ == "NN":
            return True  # 'the historical 2006 documentary', 'its 2019 post': a year, one thing
        if start == 0 or doc[start].is_sent_start:
            return doc[start].ent_type_ == "DATE"  # '2020 saw ...'
        return doc[start - 1].lower_ in YEAR_PREPOSITIONS  # 'in 2020 accounts were'; not 'removed 2020 ...'
    return False


def count_at(doc: Doc, span: tuple[int, int], floor: int) -> Count | None:
    """The count of a number phrase (token range), with the qualifier and words written before it
    ('more than', 'another'); ``floor`` is the first token the words may reach back to."""
    if not_a_count(doc, *span):
        return None
    words = [t.text for t in doc[span[0]:span[1]] if t.lower_ != "-"]
    value = parse_number(words)
    if value is None:
        return None
    start = span[0]
    if start > 1 and doc[start - 1].lower_ == "a" and doc[start - 2].lower_ == "half":
        value, start = value // 2, start - 2  # 'half a dozen'
    elif start > 0 and doc[start - 1].lower_ in {"a", "an"} and doc[start].lower_ in SCALES:
        start -= 1  # 'at least a dozen', 'about a million'
    elif only_scales(doc[span[0]:span[1]]) and start > 0 and doc[start - 1].lower_ in VAGUE_MULTIPLIERS:
        # 'several hundred', 'a few thousand', 'a couple of hundred': no exact number
        start -= 1
        if doc[start].lower_ == "of" and start > 0:
            start -= 1
        if doc[start].lower_ in {"few", "couple"} and start > 0 and doc[start - 1].lower_ == "a":
            start -= 1
        return Count(None, doc[start:span[1]].text, doc[start].idx,
                     doc[span[1] - 1].idx + len(doc[span[1] - 1]))
    qualifier, start = qualifier_before(doc, start)
    while start > 0 and doc[start - 1].lower_ in QUALIFIERS and doc[start - 1].i >= floor:
        start -= 1
    return Count(value, doc[start:span[1]].text, doc[start].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1]),
                 qualifier)


def count_of(token: Token) -> Count | None:
    """The count a noun carries (its numeric modifier), or None.

    ``Count.text`` keeps qualifiers as written ("more than 3,400", "around 80"). When the parse
    hangs the number elsewhere ('up to 1.5m accounts'), the number written just before the noun
    and its adjectives counts it.
    """
    doc = token.doc
    for child in token.children:
        if child.dep_ in {"nummod", "quantmod"} or (child.dep_ in {"det", "amod", "compound"}
                                                    and child.like_num):
            span = number_phrase(child)
            if span is None or version_number(child):
                continue
            counted = count_at(doc, span, token.left_edge.i)
            if counted is not None:
                return counted
            if span[1] < len(doc) and doc[span[1]].lower_ in NOT_COUNT_AFTER or not_a_count(doc, *span):
                return None  # '2.7 times more channels': the number is no count of the noun
    return count_left_of(token)


def version_number(number: Token) -> bool:
    """'the Switch 2 owner', 'Windows 11 users': a number right after a product's capitalised name is
    part of the name, no count of the noun."""
    before = number.doc[number.i - 1] if number.i > 0 else None
    return (before is not None and before.pos_ == "PROPN" and before.is_title and before.whitespace_ == " "
            and before.head in {number.head, number} and number.text.isdigit() and len(number.text) <= 2)


ARGUMENT_DEPS = {"dobj", "pobj", "nsubjpass", "conj"}
NAME_ENTITIES = {"ORG", "PRODUCT", "WORK_OF_ART", "PERSON", "EVENT", "FAC"}


def count_left_of(token: Token) -> Count | None:
    """'up to 1.5m accounts', '20 lakh Indian accounts': a number written right before a plural
    noun and its adjectives, whatever the parse made of it."""
    # ('800 Facebook and Instagram accounts and blocked ...': a plural noun tagged as a verb)
    if token.tag_ not in {"NNS", "NNPS"} and not (token.tag_ == "VBZ" and token.dep_ in ARGUMENT_DEPS):
        return None
    doc = token.doc
    i = token.i - 1
    skipped = 0
    plus = i > 0 and doc[i].text == "+" and not doc[i - 1].whitespace_ and is_number_token(doc[i - 1])
    if plus:
        i -= 1  # '300+ accounts': more than 300
    while i >= 0 and skipped < 4 and not is_number_token(doc[i]) and (
            doc[i].pos_ in {"ADJ", "PROPN"} or doc[i].dep_ in {"amod", "compound"} and doc[i].pos_ == "NOUN"
            or doc[i].lower_ in {"and", "&"} and i > 0 and doc[i - 1].ent_type_ == "PLATFORM"):
        # '1,200 Facebook and Instagram accounts': platforms joined by 'and' are one modifier
        if doc[i].ent_type_ in NAME_ENTITIES and doc[i].ent_iob_ == "I":
            # '14,000 Call of Duty accounts': a name before the noun is one modifier
            while i > 0 and doc[i].ent_iob_ == "I":
                i -= 1
        i -= 1
        skipped += 1
    if i < 0 or not is_number_token(doc[i]) or doc[i].lower_ in {"one", "a", "an"}:
        return None
    span = number_phrase(doc[i])
    if span is None or span[1] != i + 1:
        return None
    counted = count_at(doc, span, span[0])
    if plus and counted is not None and counted.value is not None:
        end = doc[i + 1].idx + 1
        return Count(counted.value, doc_text(doc)[counted.start:end], counted.start, end, "more_than")
    return counted


VAGUE_PARTS = {"several", "some", "many", "most", "dozens", "hundreds", "thousands", "scores", "number",
               "handful", "couple", "lots"}  # '... of its admins', 'a number of its members'


def vague_count(token: Token) -> Count | None:
    """'dozens of accounts', 'hundreds of thousands of posts', 'a handful of pages', 'several
    channels', 'a few videos': an amount without a number (value None)."""
    doc = token.doc
    for child in token.children:
        if child.dep_ in {"amod", "det", "nummod"} and child.lower_ in VAGUE_MODIFIERS:
            start = child.i
            if child.lower_ == "few":
                if child.i == 0 or doc[child.i - 1].lower_ != "a":
                    return None  # 'few accounts' says how few, not how many
                start -= 1
            return Count(None, doc[start:child.i + 1].text, doc[start].idx, child.idx + len(child))
    head, top = token, None
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in VAGUE_HEADS:
        head = top = head.head.head
        if head.lower_ == "number" and not any(c.lower_ in {"a", "an"} for c in head.children):
            return None  # 'the number of accounts' is no amount ('an unknown number of' is)
    if top is None:
        return None
    start = top.left_edge.i
    qualifier, start = qualifier_before(doc, start)
    return Count(None, doc[start:top.i + 1].text, doc[start].idx, top.idx + len(top), None)
