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
from dataclasses import dataclass
from functools import lru_cache

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

    def _matcher(self, nlp: Language, attr: str, phrases: set[str]) -> PhraseMatcher:
        matcher = PhraseMatcher(nlp.vocab, attr=attr)
        matcher.add(attr, list(self.tokenizer.pipe(sorted(phrases))))
        return matcher

    def __call__(self, text: str) -> ScreenResult:
        platform_lines, stand_in_lines, moderation_lines = set(), set(), set()
        operator_lines: set[int] = set()
        for number, line in enumerate(self.tokenizer.pipe(split_lines(text))):
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

    @staticmethod
    def _has(matcher: PhraseMatcher, line: Doc) -> bool:
        return bool(matcher(line))


@lru_cache(maxsize=2)
def get_screener(model: str | None = None) -> Screener:
    """The process-wide screen, sharing the pipeline's tokenizer."""
    return Screener(get_pipeline(model))


def screen(text: str, model: str | None = None) -> ScreenResult:
    """Whether an article's text can hold a moderation event, and where."""
    return get_screener(model)(text)
