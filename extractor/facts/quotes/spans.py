"""Stage 1, spans: the quotation marks of a text read by a small scanner, one ``QuoteSpan`` per
paragraph a quote covers (see the package docstring)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from extractor.facts.quotes.vocab import DOUBLE_CLOSE, DOUBLE_OPEN, OPEN_CONTEXT, SINGLE_CLOSE, SINGLE_OPEN
from extractor.textspan import trimmed


@dataclass
class QuoteSpan:
    """One quoted stretch inside one paragraph: text is ``text[start:end]``; the marks lie at
    ``mark_start`` and (unless the quote runs on into the next paragraph) at ``end``."""
    start: int
    end: int
    mark_start: int
    mark_end: int
    group: int
    paragraph: int
    runs_on: bool = False


def is_word_char(ch: str) -> bool:
    return ch.isalnum()


def opens_here(text: str, i: int, para_start: int) -> bool:
    """Is the mark at ``i`` in opening position: after a space or bracket, before a word."""
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() or after == "\n":
        return False
    return before in OPEN_CONTEXT or before.isspace()


def single_opens_here(text: str, i: int, para_start: int) -> bool:
    """An opening single mark, not an elided letter (``’90s``, ``'em``) nor ``rock ’n’ roll``."""
    ch = text[i]
    if ch == "’" or not opens_here(text, i, para_start):
        return False
    rest = text[i + 1:i + 4]
    if rest[:2].isdigit():
        return False
    # ’n’ / 'n' between words
    return not (len(rest) >= 2 and rest[0].isalpha() and rest[1] in "'’"
                and (len(rest) < 3 or rest[2] == " "))


def single_closes_here(text: str, i: int, para_end: int) -> bool:
    """A closing single mark: after a non-space, not inside a word (``Dorsey's``)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < para_end else " "
    if before.isspace():
        return False
    return not is_word_char(after)


def weak_single_close(text: str, i: int, para_end: int) -> bool:
    """``users' posts``: a plural possessive, to skip when a later close exists."""
    after = text[i + 2] if i + 2 < para_end else ""
    return text[i - 1] in "sS" and text[i + 1:i + 2] == " " and after.islower()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def scan_paragraph(text: str, start: int, end: int, following: tuple[int, int] | None = None
                   ) -> tuple[list[tuple[int, int]], str | None]:
    """Outer quotes of one paragraph as (opening mark, closing mark) positions, and the opening
    mark of a quote left open at the end when the next paragraph (``following``) reopens it or
    goes on with it (a quote running on).

    Unbalanced marks are dropped one at a time and the paragraph rescanned, so a stray mark never
    hides the quotes after it."""
    ignored: set[int] = set()
    forced: dict[int, int] = {}
    while True:
        found, open_at, open_mark = scan_once(text, start, end, ignored, forced)
        if open_at is None:
            return found, None
        if next_paragraph_reopens(text, end, open_mark) or continued_unopened(
                text, start, end, open_at, open_mark, following):
            found.append((open_at, end))
            return sorted(found), open_mark
        close = mismatched_close(text, open_at, end, open_mark)
        if close is not None and close not in forced:
            forced[close] = open_at
        elif closed_by_paragraph_end(text, start, end, open_at, open_mark, following):
            found.append((open_at, end))
            return sorted(found), None
        else:
            ignored.add(open_at)


def mismatched_close(text: str, open_at: int, end: int, mark: str) -> int | None:
    """``"I think so,' he added.``: a double quote closed by a single mark after a comma or stop."""
    if mark not in DOUBLE_OPEN:
        return None
    for j in range(open_at + 2, end):
        if text[j] in SINGLE_CLOSE and text[j - 1] in ",.!?" and single_closes_here(text, j, end):
            return j
    return None


def scan_once(text: str, start: int, end: int, ignored: set[int],
              forced: dict[int, int]) -> tuple[list[tuple[int, int]], int | None, str]:
    stack: list[tuple[int, str]] = []
    found: list[tuple[int, int]] = []
    for i in range(start, end):
        ch = text[i]
        if i in ignored:
            continue
        if i in forced and stack and stack[0][0] == forced[i]:
            found.append((stack[0][0], i))
            stack.clear()
            continue
        closed = try_close(text, i, end, stack)
        if closed is not None:
            if not stack:
                found.append((closed, i))
        elif opens_quote(text, i, start):
            stack.append((i, ch))
    if stack:
        return found, stack[0][0], stack[0][1]
    return found, None, ""


def opens_quote(text: str, i: int, start: int) -> bool:
    ch = text[i]
    if ch in DOUBLE_OPEN:
        return ch in "“„«" or opens_here(text, i, start)
    return ch in SINGLE_OPEN and single_opens_here(text, i, start)


def try_close(text: str, i: int, end: int, stack: list[tuple[int, str]]) -> int | None:
    """Close the innermost matching mark at ``i``; returns the closed opener's position."""
    if not stack:
        return None
    ch = text[i]
    if ch in DOUBLE_CLOSE:
        for depth in range(len(stack) - 1, -1, -1):
            pos, mark = stack[depth]
            if mark in DOUBLE_OPEN:
                if ch in "“«" and mark == ch:
                    return None  # the same opening mark again: a nested opener, not a close
                if ch == '"' and mark != '"' and opens_here(text, i, 0):
                    return None
                del stack[depth:]
                return pos
        return None
    if ch in SINGLE_CLOSE and stack[-1][1] in SINGLE_OPEN and single_closes_here(text, i, end):
        if ch == "‘" and stack[-1][1] != "‚":
            return None
        if weak_single_close(text, i, end) and later_single_close(text, i + 1, end):
            return None
        return stack.pop()[0]
    return None


def later_single_close(text: str, i: int, end: int) -> bool:
    return any(text[j] in SINGLE_CLOSE and single_closes_here(text, j, end)
               and not weak_single_close(text, j, end) for j in range(i, end))


def next_paragraph_reopens(text: str, end: int, mark: str) -> bool:
    rest = text[end:end + 8].lstrip()
    family = DOUBLE_OPEN if mark in DOUBLE_OPEN else SINGLE_OPEN
    return bool(rest) and rest[0] in family


PARAGRAPH_BULLETS = ("* ", "- ", "• ")
DOUBLE_MARKS = frozenset(DOUBLE_OPEN) | DOUBLE_CLOSE
MIN_CONTINUED_WORDS = 10  # a paragraph that goes on with a statement, not a signature line


def body_start(text: str, start: int, end: int) -> int:
    """Where a paragraph's words start, after its indent and a list bullet ('* ')."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    if text[i:i + 2] in PARAGRAPH_BULLETS:
        i += 2
    return i


def continued_unopened(text: str, start: int, end: int, open_at: int, mark: str,
                       following: tuple[int, int] | None) -> bool:
    """'* “Today, we’ve been informed ...' then '* As far as we can tell, ... recourse here.”': a
    quote opening its paragraph and left open, continued by the next paragraph without a new
    opening mark, which it closes at its end (no other mark of that family in it)."""
    # (or opening after the words that introduce it: 'Guy Aitchison said, "I woke up ...')
    body = body_start(text, start, end)
    opening = open_at == body or text[body:open_at].rstrip().endswith((",", ":"))
    if following is None or mark not in DOUBLE_OPEN or not opening:
        return False
    words = text[body_start(text, *following):following[1]].rstrip()
    if len(words) < 2 or words[-1] not in DOUBLE_CLOSE or any(ch in DOUBLE_MARKS for ch in words[:-1]):
        return False
    # a statement goes on, not a line that signs it ('Former NAACP president Ben Jealous."')
    tokens = words[:-1].split()
    return len(tokens) >= MIN_CONTINUED_WORDS and sum(t[:1].islower() for t in tokens) * 2 >= len(tokens)


def closed_by_paragraph_end(text: str, start: int, end: int, open_at: int, mark: str,
                            following: tuple[int, int] | None) -> bool:
    """'... the company statement read. "No system is perfect and bad actors adapt to evade
    detection.' then a paragraph of other words: a statement opened at a sentence's start and left
    open to the end of its paragraph, its closing mark lost (a feed that cut it, a slip), ends there.
    Not when the next paragraph ends with a closing mark: the quote goes on there, or is signed
    ('Dean Baker, Center for Economic and Policy Research."')."""
    if following is not None and text[following[0]:following[1]].rstrip()[-1:] in DOUBLE_CLOSE:
        return False
    body = body_start(text, start, end)
    before = text[body:open_at].rstrip()
    opening = open_at == body or before.endswith((".", ",", ":", "!", "?"))
    words = text[open_at + 1:end].rstrip()
    if mark not in DOUBLE_OPEN or not opening or not words or words[-1] not in ".!?":
        return False
    return not any(ch in DOUBLE_MARKS for ch in words) and len(words.split()) >= MIN_CONTINUED_WORDS


def find_spans(text: str) -> list[QuoteSpan]:
    """Every outer quotation of the text, one span per paragraph it covers."""
    spans: list[QuoteSpan] = []
    carried = False
    group = -1
    paras = paragraphs(text)
    for p_index, (p_start, p_end) in enumerate(paras):
        body = body_start(text, p_start, p_end)
        if carried and text[body] not in DOUBLE_OPEN:
            # the paragraph a quote left open runs on into, closed at its end with no new opening mark
            close_at = p_start + len(text[p_start:p_end].rstrip()) - 1
            s, e = trimmed(text, body, close_at)
            if e > s:
                spans.append(QuoteSpan(s, e, p_start, close_at, group, p_index, False))
            carried = False
            continue
        following = paras[p_index + 1] if p_index + 1 < len(paras) else None
        pairs, runs_on_mark = scan_paragraph(text, p_start, p_end, following)
        lead = len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
        for k, (open_at, close_at) in enumerate(pairs):
            if not (carried and k == 0 and open_at == p_start + lead):
                group += 1
            runs_on = runs_on_mark is not None and k == len(pairs) - 1
            s, e = trimmed(text, open_at + 1, close_at)
            if e > s and any(ch.isalnum() for ch in text[s:e]):
                spans.append(QuoteSpan(s, e, open_at, close_at, group, p_index, runs_on))
        carried = runs_on_mark is not None
    return spans


def quote_lines(lines: list[str], before: int, after: int, min_words: int = 1) -> set[int]:
    """Numbers of the lines (``nlp.split_lines``) that hold a quotation of ``min_words`` words or
    more, with ``before`` lines before a quote that opens its line (its introduction, ``Ann Smith
    said:``, is there) and ``after`` lines after each: what must be parsed to find an article's
    quotes without parsing all of it."""
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line)
    text = "".join(lines)
    found: set[int] = set()
    for span in find_spans(text):
        if len(text[span.start:span.end].split()) < min_words:
            continue
        first = bisect.bisect_right(starts, span.mark_start) - 1
        last = bisect.bisect_right(starts, span.end) - 1
        opens_line = not text[starts[first]:span.mark_start].strip()
        found.update(range(max(0, first - (before if opens_line else 0)), min(len(lines), last + after + 1)))
    return found
