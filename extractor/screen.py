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
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extractor.facts.cues import AMBIGUOUS_PLATFORMS
from extractor.nlp import PATTERNS_DIR, get_pipeline, platform_names, split_lines

# why an article did or did not reach the full pipeline (the record's "screen" field)
PASSED = "passed"
NO_PLATFORM_NEAR_MODERATION = "no_platform_near_moderation_wording"
NO_EVENT_IN_CANDIDATE_LINES = "no_event_in_candidate_lines"
OFF = "off"


class ScreenResult:
    """What the screen saw: whether to go on, and the lines worth parsing to find out.

    ``moderation_lines`` of an article that does not pass is worked out only when asked for (the
    screen decides without the lines far from any platform that hold no stand-in word)."""

    def __init__(self, passed: bool, platform_lines: frozenset[int],
                 moderation_lines: frozenset[int] | Callable[[], frozenset[int]],
                 context: tuple[int, int]):
        self.passed = passed
        self.platform_lines = platform_lines  # lines naming a platform
        self._moderation = moderation_lines
        self.context = context  # platform lines kept before and after moderation wording (screen.json)

    @cached_property
    def moderation_lines(self) -> frozenset[int]:
        """The lines holding moderation wording."""
        return self._moderation if isinstance(self._moderation, frozenset) else self._moderation()

    def _key(self) -> tuple[bool, frozenset[int], frozenset[int]]:
        return self.passed, self.platform_lines, self.moderation_lines

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ScreenResult) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"ScreenResult(passed={self.passed}, platform_lines={set(self.platform_lines)}, "
                f"moderation_lines={set(self.moderation_lines)})")

    @property
    def candidate_lines(self) -> set[int]:
        """The headline, every line with moderation wording and the lines naming a platform near
        one (``context_lines_before`` and ``_after`` in screen.json): enough to find every event
        the whole article has (who acted comes from these lines)."""
        before, after = self.context
        near = {n + k for n in self.moderation_lines for k in range(-before, after + 1)}
        return {0} | self.moderation_lines | (self.platform_lines & near)


class Screener:
    """Tokenizer plus PhraseMatchers over the word lists; built once per pipeline."""

    def __init__(self, nlp: Language):
        config = json.loads((PATTERNS_DIR / "screen.json").read_text(encoding="utf-8"))
        self.tokenizer = nlp.tokenizer
        self.window = int(config.get("lines_after_platform", 2))
        self.context = (int(config.get("context_lines_before", 3)), int(config.get("context_lines_after", 1)))
        names = set(platform_names())
        self.platforms = self._matcher(nlp, "LOWER", names)
        self.ambiguous = self._matcher(nlp, "ORTH", set(AMBIGUOUS_PLATFORMS))
        self.stand_ins = self._matcher(nlp, "LOWER", set(config["platform_words"]))
        self.moderation = self._matcher(nlp, "LOWER", set(config["moderation_words"]))
        # 'Kalshi suspended the account': a service's verb on an account-like noun, no platform named
        self.operator = self._matcher(nlp, "LOWER", set(config["operator_words"]))
        self.account = self._matcher(nlp, "LOWER", set(config["account_words"]))
        # 'taken down by its web host, ValueWeb': a service told by its kind
        self.kind = self._matcher(nlp, "LOWER", set(config["service_kind_words"]))
        # a line that holds none of a list's words (as they can stand as tokens) cannot match it;
        # the expressions tell which lines the decision needs tokenized (see __call__)
        pieces = special_case_pieces(nlp)
        self.may_match_orth = word_finder(self._first_words(set(AMBIGUOUS_PLATFORMS), lower=False),
                                          pieces, 0)
        self.may_name = word_finder(self._first_words(names), pieces, re.IGNORECASE)
        self.may_moderate = word_finder(self._first_words(set(config["moderation_words"])), pieces,
                                        re.IGNORECASE)
        self.may_stand_in = word_finder(self._first_words(set(config["platform_words"])), pieces,
                                        re.IGNORECASE)
        self.may_operate = word_finder(self._first_words(set(config["operator_words"])), pieces,
                                       re.IGNORECASE)
        self.may_be_account = word_finder(self._first_words(set(config["account_words"])), pieces,
                                          re.IGNORECASE)
        self.may_be_kind = word_finder(self._first_words(set(config["service_kind_words"])), pieces,
                                       re.IGNORECASE)

    def _first_words(self, phrases: set[str], lower: bool = True) -> set[str]:
        """The first token of each phrase (lower case for the LOWER matchers); its longest when the
        first is a single character ('F-Droid': 'Droid', not an 'f' found inside any word)."""
        firsts = {(doc[0] if len(doc[0]) > 1 else max(doc, key=len)).text
                  for doc in self.tokenizer.pipe(sorted(phrases)) if len(doc)}
        return {w.lower() for w in firsts} if lower else firsts

    def _matcher(self, nlp: Language, attr: str, phrases: set[str]) -> PhraseMatcher:
        matcher = PhraseMatcher(nlp.vocab, attr=attr)
        matcher.add(attr, list(self.tokenizer.pipe(sorted(phrases))))
        return matcher

    def __call__(self, text: str) -> ScreenResult:
        """The lines naming a platform are found first; of the lines that may hold moderation
        wording, only those that can decide are tokenized at first: near a platform, or holding
        a stand-in word, or an operator and an account word. The rest only change the result's
        ``moderation_lines``, tokenized when the article passes (or when asked for)."""
        lines = split_lines(text)
        docs: dict[int, Doc] = {}
        named = [n for n, line in enumerate(lines)
                 if self.may_name.search(line) or self.may_match_orth.search(line)]
        platform_lines = {n for n, line in self._tokenized(lines, named, docs)
                          if self._has(self.platforms, line) or self._has(self.ambiguous, line)}
        near = {n + k for n in platform_lines for k in range(self.window + 1)}
        wording = [n for n, line in enumerate(lines) if self.may_moderate.search(line)]
        deciding = [n for n in wording if platform_lines and (n in near or self.may_stand_in.search(lines[n]))
                    or self.may_operate.search(lines[n]) and self.may_be_account.search(lines[n])
                    or self.may_be_kind.search(lines[n])]
        moderation_lines, stand_in_lines, operator_lines = self._wording(
            self._tokenized(lines, deciding, docs))
        passed = bool(platform_lines) and bool(moderation_lines & (near | stand_in_lines)) \
            or bool(operator_lines)
        rest = sorted(set(wording) - set(deciding))

        def all_moderation_lines() -> frozenset[int]:
            return frozenset(moderation_lines | self._wording(self._tokenized(lines, rest, docs))[0])

        return ScreenResult(passed, frozenset(platform_lines | operator_lines),
                            all_moderation_lines() if passed else all_moderation_lines, self.context)

    def _wording(self, numbered: Iterable[tuple[int, Doc]]) -> tuple[set[int], set[int], set[int]]:
        """Of these lines: those with moderation wording, those of them with a stand-in word, and
        those of them with an operator and an account word, or a service's kind."""
        moderation_lines, stand_in_lines, operator_lines = set(), set(), set()
        for number, line in numbered:
            if self._has(self.moderation, line):
                moderation_lines.add(number)
                if self._has(self.stand_ins, line):
                    stand_in_lines.add(number)
                operating = self._has(self.operator, line) and self._has(self.account, line)
                if operating or self._has(self.kind, line):
                    operator_lines.add(number)
        return moderation_lines, stand_in_lines, operator_lines

    def _tokenized(self, lines: list[str], numbers: list[int], docs: dict[int, Doc]) -> list[tuple[int, Doc]]:
        """These lines tokenized (each once per article, kept in ``docs``), with their numbers:
        the tokenizer is the screen's main cost."""
        new = [n for n in numbers if n not in docs]
        docs.update(zip(new, self.tokenizer.pipe(lines[n] for n in new), strict=True))
        return [(n, docs[n]) for n in numbers]

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
