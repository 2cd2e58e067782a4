"""The word lists of reasons (``patterns/reason_cues.json``), the terms and policy names that
map a reason to a DSA Transparency Database category (``patterns/reason_terms.jsonl``) and the
category list with its labels (``patterns/dsa_categories.json``)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

PATTERNS = Path(__file__).resolve().parent.parent.parent / "patterns"
GENERIC_CATEGORY = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"


@dataclass(frozen=True)
class Term:
    term: str
    category: str | None
    alone: bool  # a reason by itself in an event's sentence, no cue word needed
    pattern: re.Pattern


def _term_pattern(term: str) -> re.Pattern:
    words = [re.escape(w) for w in re.split(r"[\s\-]+", term)]
    return re.compile(r"(?<![\w-])" + r"[\s\-]+".join(words) + r"(?![\w-])", re.IGNORECASE)


def _load_terms() -> tuple[Term, ...]:
    out = []
    for line in (PATTERNS / "reason_terms.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            row = json.loads(line)
            out.append(Term(row["term"], row["category"], row["alone"], _term_pattern(row["term"])))
    # longest first, so that 'violent extremism' is found before 'violent'
    return tuple(sorted(out, key=lambda t: (-len(t.term), t.term)))


_CUES = json.loads((PATTERNS / "reason_cues.json").read_text(encoding="utf-8"))
CUES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _CUES.items()
                                   if not k.startswith("_") and isinstance(v, list)}
TERMS: tuple[Term, ...] = _load_terms()
CATEGORIES: dict[str, str] = {c["code"]: c["label"] for c in json.loads(
    (PATTERNS / "dsa_categories.json").read_text(encoding="utf-8"))["categories"]}


def terms_in(text: str, alone_only: bool = False) -> list[tuple[int, int, Term]]:
    """Terms found in a text, longest first, none inside another: (start, end, term)."""
    found: list[tuple[int, int, Term]] = []
    for term in TERMS:
        if alone_only and not term.alone:
            continue
        for m in term.pattern.finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e, _ in found):
                found.append((m.start(), m.end(), term))
    return sorted(found, key=lambda f: f[0])


def category_of(text: str) -> str | None:
    """The DSA category of a reason: its longest term's; a generic policy word ('its policy',
    'the rules') only when no specific term is there; None when no term fits, or when the longest
    term is a ground that is no violation ('human error', 'sanctions')."""
    found = terms_in(text)
    specific = [t for _, _, t in found if t.category != GENERIC_CATEGORY]
    pool = specific or [t for _, _, t in found]
    if not pool:
        return None
    return max(pool, key=lambda t: len(t.term)).category
