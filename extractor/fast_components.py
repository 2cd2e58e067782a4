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
  alone (spaCy's own cache is keyed by the three).
- Attribute ruler: its token Matcher's matches are sorted by rule and each rule's attributes
  set on one token of the match, later rules winning. The rules of one token are those of its
  own one-word patterns, found once per distinct (tag, lower-case form, dependency, is-space)
  by the original patterns run on that token alone, plus the rare matches of patterns longer
  than a word, from a Matcher holding only those. A token's values are the composition of its
  rules' attributes in rule order, as the original sets them.
"""
from __future__ import annotations

from collections import defaultdict

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


class FastAttributes:
    """Mixed into the class of the model's attribute ruler (see ``speed_up_components``)."""

    _fast: tuple[int, Matcher, Matcher, dict] | None

    def _prepared(self) -> tuple[Matcher, Matcher, dict] | None:
        """The one-word and the longer patterns in two Matchers (keyed as the original) and the
        table of one-word results; None when a rule's one-word pattern sets a token outside it."""
        rules = len(self.attrs)  # type: ignore[attr-defined]
        if self._fast is None or self._fast[0] != rules:
            vocab = self.vocab  # type: ignore[attr-defined]
            one, longer = Matcher(vocab), Matcher(vocab)
            for n in range(rules):
                key = vocab.strings[str(n)]
                patterns = self.matcher.get(key)[1]  # type: ignore[attr-defined]
                short = [p for p in patterns if len(p) == 1]
                if short and (self.indices[n] not in (0, -1)  # type: ignore[attr-defined]
                              or any(set(p[0]) - RULE_NAMES for p in short)):
                    return None
                if short:
                    one.add(key, short)
                if long := [p for p in patterns if len(p) != 1]:
                    longer.add(key, long)
            self._fast = (rules, one, longer, {})
        return self._fast[1:]

    def _rules_of(self, doc: Doc, i: int, one: Matcher) -> tuple[int, ...]:
        strings = self.vocab.strings  # type: ignore[attr-defined]
        return tuple(sorted(int(strings[m]) for m, _, _ in one(doc[i:i + 1], allow_missing=True)))

    def _values(self, rules: list[int] | tuple[int, ...]) -> dict[int, int]:
        values: dict[int, int] = {}
        for n in rules:
            values.update(self.attrs[n])  # type: ignore[attr-defined]
        return values

    def __call__(self, doc: Doc) -> Doc:
        prepared = self._prepared()
        if prepared is None or not len(doc):
            return super().__call__(doc)  # type: ignore[misc]
        one, longer, table = prepared
        strings = self.vocab.strings  # type: ignore[attr-defined]
        extra: dict[int, list[int]] = defaultdict(list)  # token -> rules of longer patterns setting it
        for m, start, end in longer(doc, allow_missing=True):
            n = int(strings[m])
            index = self.indices[n]  # type: ignore[attr-defined]
            target = start + (index if index >= 0 else end - start + index)
            if not start <= target < end:
                return super().__call__(doc)  # type: ignore[misc]  # the original raises its error
            extra[target].append(n)
        keys = doc.to_array(list(RULE_KEYS)).tolist()
        values = doc.to_array(list(SET))
        column = {attr: c for c, attr in enumerate(SET)}
        for i, key in enumerate(keys):
            key = tuple(key)
            found = table.get(key)
            if found is None:
                rules = self._rules_of(doc, i, one)
                found = table[key] = (rules, tuple((column[a], v) for a, v in self._values(rules).items()
                                                   if a in column))
            if i in extra:
                rules = sorted(found[0] + tuple(extra[i]))
                changes = tuple((column[a], v) for a, v in self._values(rules).items() if a in column)
            else:
                changes = found[1]
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
            changed.append(name)
        elif isinstance(component, AttributeRuler) and not isinstance(component, FastAttributes) \
                and all(set(attrs) <= set(SET) for attrs in component.attrs):
            mix_in(component, FastAttributes)
            component._fast = None
            changed.append(name)
    return changed


def mix_in(component: object, mixin: type) -> None:
    """Give one component object a class that puts ``mixin`` before its own."""
    component.__class__ = type(f"Fast{type(component).__name__}", (mixin, type(component)), {})
