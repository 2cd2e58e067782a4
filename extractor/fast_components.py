"""Two of the model's rule components, same annotations at a fraction of the cost.

The attribute ruler and the rule lemmatizer of ``en_core_web_sm`` visit every token in Python
(a ``Token`` object, a ``Span`` per match, one attribute at a time): together a fifth of a
record's parse, as much as the tagger and the parser. What they give a token depends on a few
values of that token (and, for a handful of two-word patterns, of its neighbour), so here each
works on the whole Doc's values at once (``Doc.to_array``), looks each token's result up in a
table it fills as it goes, asks the original component only for what it has not seen, and
writes the results back at once (``Doc.from_array``). ``speed_up_components`` gives the pipeline's
components these ``__call__`` methods (their classes gain ``FastLemmas``/``FastAttributes``);
everything else about them is unchanged. ``tests/test_fast_components.py`` compares every
annotation with the original components'.

- Lemmatizer (rule mode): the lemma depends on the word, its part of speech and morphology
  alone (spaCy's own cache is keyed by the three). Its lists of known lemmas become sets (it
  only asks whether a word is in them).
- Attribute ruler: its token Matcher's matches are sorted by rule and each rule's attributes
  set on one token of the match, later rules winning. The rules of one token are those of its
  own one-word patterns, found once per distinct (tag, lower-case form, dependency, is-space)
  by the original patterns run on that token alone (the lower-case forms that no pattern names
  count as one: each pattern holds for all of them or for none), plus the rare matches of patterns longer
  than a word, from a Matcher holding only those. A token's values are the composition of its
  rules' attributes in rule order, as the original sets them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

RULE_KEYS = (TAG, LOWER, DEP, IS_SPACE)  # what the one-word patterns of the model look at
RULE_NAMES = {"TAG", "LOWER", "DEP", "IS_SPACE"}
SET = (TAG, POS, MORPH, LEMMA, DEP)  # the attributes the ruler may set


class FastLemmas:
    """Mixed into the class of the model's rule lemmatizer (see ``speed_up_components``)."""

    _lemma_hashes: dict[tuple[int, int, int], int]

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:  # type: ignore[attr-defined]
            self._validate_tables(Errors.E1004)  # type: ignore[attr-defined]
        if not len(doc):
            return doc
        table = self._lemma_hashes
        strings = doc.vocab.strings
        overwrite = self.overwrite  # type: ignore[attr-defined]
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = values[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = table.get(key)
                if found is None:
                    found = table[key] = strings.add(self.lemmatize(doc[i])[0])  # type: ignore[attr-defined]
                lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc


@dataclass
class RuleTables:
    """What ``FastAttributes`` prepares from the ruler's rules (rebuilt when rules are added)."""

    rules: int  # how many rules the ruler had
    one: Matcher  # the one-word patterns, keyed as the ruler's own Matcher
    longer: Matcher  # the longer ones
    words: set[str] | None  # the lower-case words the one-word patterns name (None: any word counts)
    regexes: list[re.Pattern[str]]  # their lower-case REGEX values
    results: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[tuple[int, int], ...]]] = \
        field(default_factory=dict)  # token values -> (its rules, (column, value) to set)
    lowers: dict[int, int] = field(default_factory=dict)  # LOWER -> itself, or OTHER_WORD


OTHER_WORD = -1  # a word no one-word pattern names: all such words match the same patterns


def lower_values(tokens: list[dict]) -> tuple[set[str], list[re.Pattern[str]]] | None:
    """The words (and regular expressions) the ``LOWER`` values of one-word patterns name; None
    when one is of a kind that may hold for some unnamed words and not others."""
    words: set[str] = set()
    regexes: list[re.Pattern[str]] = []
    for token in tokens:
        value = token.get("LOWER")
        if value is None:
            continue
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, dict) and set(value) <= {"IN", "NOT_IN", "REGEX"}:
            words.update(value.get("IN", []), value.get("NOT_IN", []))
            if "REGEX" in value:
                regexes.append(re.compile(value["REGEX"]))
        else:
            return None
    return words, regexes


class FastAttributes:
    """Mixed into the class of the model's attribute ruler (see ``speed_up_components``)."""

    _fast: RuleTables | None

    def _prepared(self) -> RuleTables | None:
        """The rules in two Matchers and the tables of results; None when a rule's one-word
        pattern sets a token outside it or looks at more than ``RULE_NAMES``."""
        rules = len(self.attrs)  # type: ignore[attr-defined]
        if self._fast is None or self._fast.rules != rules:
            vocab = self.vocab  # type: ignore[attr-defined]
            one, longer = Matcher(vocab), Matcher(vocab)
            tokens = []
            for n in range(rules):
                key = vocab.strings[str(n)]
                patterns = self.matcher.get(key)[1]  # type: ignore[attr-defined]
                short = [p for p in patterns if len(p) == 1]
                if short and (self.indices[n] not in (0, -1)  # type: ignore[attr-defined]
                              or any(set(p[0]) - RULE_NAMES for p in short)):
                    return None
                if short:
                    one.add(key, short)
                    tokens += [p[0] for p in short]
                if long := [p for p in patterns if len(p) != 1]:
                    longer.add(key, long)
            words, regexes = lower_values(tokens) or (None, [])
            self._fast = RuleTables(rules, one, longer, words, regexes)
        return self._fast

    def _lower(self, tables: RuleTables, lower: int) -> int:
        """A token's LOWER as the one-word patterns see it: itself when they name it, else OTHER_WORD."""
        found = tables.lowers.get(lower)
        if found is None:
            text = self.vocab.strings[lower]  # type: ignore[attr-defined]
            named = tables.words is None or text in tables.words \
                or any(r.search(text) for r in tables.regexes)
            found = tables.lowers[lower] = lower if named else OTHER_WORD
        return found

    def _rules_of(self, doc: Doc, i: int, one: Matcher) -> tuple[int, ...]:
        """The rules whose one-word patterns match token ``i``, in order."""
        strings = self.vocab.strings  # type: ignore[attr-defined]
        return tuple(sorted(int(strings[m]) for m, _, _ in one(doc[i:i + 1], allow_missing=True)))

    def _changes(self, rules: list[int] | tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(column of SET, value) that the rules set, in order, later rules winning."""
        values: dict[int, int] = {}
        for n in rules:
            values.update(self.attrs[n])  # type: ignore[attr-defined]
        return tuple((SET.index(a), v) for a, v in values.items())

    def __call__(self, doc: Doc) -> Doc:
        tables = self._prepared()
        if tables is None or not len(doc):
            return super().__call__(doc)  # type: ignore[misc]
        strings = self.vocab.strings  # type: ignore[attr-defined]
        extra: dict[int, list[int]] = defaultdict(list)  # token -> rules of longer patterns setting it
        for m, start, end in tables.longer(doc, allow_missing=True):
            n = int(strings[m])
            index = self.indices[n]  # type: ignore[attr-defined]
            target = start + (index if index >= 0 else end - start + index)
            if not start <= target < end:
                return super().__call__(doc)  # type: ignore[misc]  # the original raises its error
            extra[target].append(n)
        values = doc.to_array(list(SET))
        results = tables.results
        for i, (tag, lower, dep, space) in enumerate(doc.to_array(list(RULE_KEYS)).tolist()):
            key = (tag, self._lower(tables, lower), dep, space)
            found = results.get(key)
            if found is None:
                rules = self._rules_of(doc, i, tables.one)
                found = results[key] = (rules, self._changes(rules))
            changes = self._changes(sorted(found[0] + tuple(extra[i]))) if i in extra else found[1]
            for c, v in changes:
                values[i, c] = v
        doc.from_array(list(SET), values)
        return doc


def speed_up_components(nlp: Language) -> list[str]:
    """Give the pipeline's rule lemmatizer and attribute ruler the faster ``__call__``; the
    names of the components changed (none when the model has other kinds)."""
    changed = []
    for name, component in nlp.pipeline:
        if isinstance(component, Lemmatizer) and component.mode == "rule" \
                and not isinstance(component, FastLemmas):
            mix_in(component, FastLemmas)
            component._lemma_hashes = {}
            index_as_sets(component)
            changed.append(name)
        elif isinstance(component, AttributeRuler) and not isinstance(component, FastAttributes) \
                and all(set(attrs) <= set(SET) for attrs in component.attrs):
            mix_in(component, FastAttributes)
            component._fast = None
            changed.append(name)
    return changed


def index_as_sets(lemmatizer: Lemmatizer) -> None:
    """The lemmatizer's word lists (``lemma_index``: the known lemmas of each part of speech, up to
    57,000 words) as sets: it only asks whether a candidate form is in them, which a list answers
    by reading it through (most of the cost of a word not met before)."""
    if lemmatizer.lookups.has_table("lemma_index"):
        table = lemmatizer.lookups.get_table("lemma_index")
        for key, words in list(table.items()):
            if isinstance(words, list) and all(isinstance(w, str) for w in words):
                table[key] = frozenset(words)


def mix_in(component: object, mixin: type) -> None:
    """Give one component object a class that puts ``mixin`` before its own."""
    component.__class__ = type(f"Fast{type(component).__name__}", (mixin, type(component)), {})
