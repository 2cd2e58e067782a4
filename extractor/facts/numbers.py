"""Numbers as news writes them: "1,500", "3.1 million", "five million", "20 lakh", "a dozen"."""
from __future__ import annotations

import re

from spacy.tokens import Token

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
# words that qualify a count without changing it ("about 80", "more than 3,400")
QUALIFIERS = {"about", "around", "approximately", "roughly", "nearly", "almost", "some", "over",
              "more", "than", "less", "fewer", "at", "least", "most", "up", "to", "another",
              "just", "under", "upwards", "of", "an", "estimated", "additional", "a", "little", "few"}
NOT_COUNT_AFTER = {"times", "percent", "per", "%", "fold"}
DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)([kKmM]|bn|mn)$")


def word_value(word: str) -> float | None:
    """The value of one number word or numeral, or None."""
    w = word.lower().replace("\u2009", "")
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
        current += value
        seen = True
    if not seen:
        return None
    return int(round(total + current))


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


def count_of(token: Token) -> tuple[int, str, int, int] | None:
    """The count a noun carries (its numeric modifier): (value, count_text, start_char, end_char).

    ``count_text`` keeps qualifiers as written ("more than 3,400", "around 80").
    """
    for child in token.children:
        if child.dep_ in {"nummod", "quantmod"} or (child.dep_ in {"det", "amod", "compound"}
                                                    and child.like_num):
            span = number_phrase(child)
            if span is None:
                continue
            doc = token.doc
            if span[1] < len(doc) and doc[span[1]].lower_ in NOT_COUNT_AFTER:
                continue  # '2.7 times more', '40 percent of'
            words = [t.text for t in doc[span[0]:span[1]] if t.lower_ != "-"]
            value = parse_number(words)
            if value is None:
                continue
            start = span[0]
            if start > 1 and doc[start - 1].lower_ == "a" and doc[start - 2].lower_ == "half":
                value, start = value // 2, start - 2  # 'half a dozen'
                span = (start, span[1])
            while start > 0 and doc[start - 1].lower_ in QUALIFIERS and doc[start - 1].i >= token.left_edge.i:
                start -= 1
            text = doc[start:span[1]].text
            return value, text, doc[start].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
    return None
