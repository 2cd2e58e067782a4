"""The screen: a cheap look at an article (tokenizer and PhraseMatcher only) that tells whether
it can hold a moderation event at all, and on which lines.

Most news is not about moderation, and the statistical pipeline (tagger, parser, NER) is nearly
all of the cost of a record. An article reaches it only when a line holds moderation wording
("suspended", "took down", "banned") and that line, or one of the lines just before it, names
a platform, or the line holds a word standing for one ("the company", "the platform") in an
article that names a platform. The word lists are data: ``patterns/screen.json`` (moderation
wording), ``patterns/platforms.jsonl`` (platform names) and ``patterns/cues.json``
(``ambiguous_platforms``, matched in their exact case: "X", "Threads").
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extractor.facts.cues import AMBIGUOUS_PLATFORMS
from extractor.nlp import PATTERNS_DIR, get_pipeline, read_jsonl, split_lines

# why an article did or did not reach the full pipeline (the record's "screen" field)
PASSED = "passed"
NO_PLATFORM_NEAR_MODERATION = "no_platform_near_moderation_wording"
NO_EVENT_IN_CANDIDATE_LINES = "no_event_in_candidate_lines"
OFF = "off"


@dataclass(frozen=True)
class ScreenResult:
    """What the screen saw: whether to go on, and the lines worth parsing to find out."""

    passed: bool
    platform_lines: frozenset[int]  # lines naming a platform
    moderation_lines: frozenset[int]  # lines holding moderation wording

    @property
    def candidate_lines(self) -> set[int]:
        """The headline, every line naming a platform and every line with moderation wording:
        enough to find every event the whole article has (who acted comes from these lines)."""
        return {0} | self.platform_lines | self.moderation_lines


class Screener:
    """Tokenizer plus PhraseMatchers over the word lists; built once per pipeline."""

    def __init__(self, nlp: Language):
        config = json.loads((PATTERNS_DIR / "screen.json").read_text(encoding="utf-8"))
        self.tokenizer = nlp.tokenizer
        self.window = int(config.get("lines_after_platform", 2))
        names = {row["pattern"].lower() for row in read_jsonl(PATTERNS_DIR / "platforms.jsonl")
                 if isinstance(row["pattern"], str)}
        self.platforms = self._matcher(nlp, "LOWER", names)
        self.ambiguous = self._matcher(nlp, "ORTH", set(AMBIGUOUS_PLATFORMS))
        self.stand_ins = self._matcher(nlp, "LOWER", set(config["platform_words"]))
        self.moderation = self._matcher(nlp, "LOWER", set(config["moderation_words"]))
        # 'Kalshi suspended the account': a service's verb on an account-like noun, no platform named
        self.operator = self._matcher(nlp, "LOWER", set(config["operator_words"]))
        self.account = self._matcher(nlp, "LOWER", set(config["account_words"]))
        # a line that holds none of these words (as they can stand as tokens) cannot match: no
        # moderation wording, no platform; the stand-in, operator and account words only count
        # on a line with moderation wording
        pieces = special_case_pieces(nlp)
        self.may_match_lower = word_finder(self._first_words(set(config["moderation_words"]) | names),
                                           pieces, re.IGNORECASE)
        self.may_match_orth = word_finder(self._first_words(set(AMBIGUOUS_PLATFORMS), lower=False),
                                          pieces, 0)

    def _first_words(self, phrases: set[str], lower: bool = True) -> set[str]:
        """The first token of each phrase (lower case for the LOWER matchers)."""
        firsts = {doc[0].text for doc in self.tokenizer.pipe(sorted(phrases)) if len(doc)}
        return {w.lower() for w in firsts} if lower else firsts

    def _matcher(self, nlp: Language, attr: str, phrases: set[str]) -> PhraseMatcher:
        matcher = PhraseMatcher(nlp.vocab, attr=attr)
        matcher.add(attr, list(self.tokenizer.pipe(sorted(phrases))))
        return matcher

    def __call__(self, text: str) -> ScreenResult:
        platform_lines, stand_in_lines, moderation_lines = set(), set(), set()
        operator_lines: set[int] = set()
        for number, line in self._tokenized(split_lines(text)):
            if self._has(self.moderation, line):
                moderation_lines.add(number)
                if self._has(self.stand_ins, line):
                    stand_in_lines.add(number)
                if self._has(self.operator, line) and self._has(self.account, line):
                    operator_lines.add(number)
            if self._has(self.platforms, line) or self._has(self.ambiguous, line):
                platform_lines.add(number)
        near = {n + k for n in platform_lines for k in range(self.window + 1)}
        named = bool(platform_lines) and bool(moderation_lines & (near | stand_in_lines))
        passed = named or bool(operator_lines)
        return ScreenResult(passed, frozenset(platform_lines | operator_lines), frozenset(moderation_lines))

    def _tokenized(self, lines: list[str]) -> Iterable[tuple[int, Doc]]:
        """The lines that may hold a word of the lists, tokenized, with their numbers: most
        lines of most articles hold none, and the tokenizer is the screen's main cost."""
        chosen = [n for n, line in enumerate(lines)
                  if self.may_match_lower.search(line) or self.may_match_orth.search(line)]
        return zip(chosen, self.tokenizer.pipe(lines[n] for n in chosen), strict=True)

    @staticmethod
    def _has(matcher: PhraseMatcher, line: Doc) -> bool:
        return bool(matcher(line))


# Where the tokenizer can cut between two letters: before a capital ('ofTwitter', ``nlp``'s
# glued words), and inside the strings of its special cases ('cannot': 'can', 'not'). Elsewhere
# a token starts and ends next to a character that is not a letter, or at the line's ends.
LETTER = r"[^\W\d_]"
CAPITAL = r"(?-i:[A-Z])"


def special_case_pieces(nlp: Language) -> set[str]:
    """The tokens (lower case) of the tokenizer's special cases of more than one token."""
    return {str(spec.get(ORTH, spec.get("ORTH", ""))).lower()
            for pieces in nlp.tokenizer.rules.values() if len(pieces) > 1 for spec in pieces}


def word_finder(words: set[str], pieces: set[str], flags: int) -> re.Pattern[str]:
    """An expression found in every line where one of ``words`` can be a token: the word, with
    no letter just before or after it except where the tokenizer may cut there (before a
    capital letter; anywhere for a word that is a token of a special case, such as 'not' in
    'cannot', or that begins or ends with something other than a letter). It may find more (a
    line where nothing matches after all), never less."""
    bounded = sorted(w for w in words if w[:1].isalpha() and w[-1:].isalpha() and w.lower() not in pieces)
    free = sorted(set(words) - set(bounded))
    alternatives = []
    if bounded:
        alternatives.append(rf"(?:(?<!{LETTER})|(?={CAPITAL})){trie_pattern(bounded)}(?:(?!{LETTER})|(?={CAPITAL}))")
    if free:
        alternatives.append(trie_pattern(free))
    return re.compile("|".join(alternatives) or r"(?!)", flags)


def trie_pattern(words: list[str]) -> str:
    """An expression for any of ``words`` (non-empty), shared beginnings written once (an
    alternation of hundreds of words is slow to search otherwise)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    ends = "" in node
    options = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    return f"(?:{body})?" if ends else body


@lru_cache(maxsize=2)
def get_screener(model: str | None = None) -> Screener:
    """The process-wide screen, sharing the pipeline's tokenizer."""
    return Screener(get_pipeline(model))


def screen(text: str, model: str | None = None) -> ScreenResult:
    """Whether an article's text can hold a moderation event, and where."""
    return get_screener(model)(text)
