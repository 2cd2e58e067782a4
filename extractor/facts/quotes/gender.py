"""The likely gender of the people an article names, for ``he``/``she`` to skip the wrong one.

Only cheap, deterministic evidence, most of it from the article itself:

1. a courtesy title or gendered noun right before or beside a mention (``Mr. Tribe``, ``Ms.
   LaBelle``, ``congresswoman Jane Doe``, ``Jane Doe, a spokeswoman``): three votes, only one
   for a male word also said of women (``generic_words``: ``Trump spokesman Hope Hicks``);
2. a subject pronoun in a sentence whose subject is that person, named alone there (``Trump says
   he has "big plans"``), or opening the next sentence (``Clinton spoke. She said ...``): one vote;
3. the first name, if it is in the short lists of ``patterns/quote_cues.json`` (``gender``):
   two votes.

A person with no evidence, or as much for one as the other, has no gender and fits any pronoun.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span

from extractor.facts.quotes.cues import DocIndex
from extractor.facts.quotes.vocab import SUBJECT_DEPS, CueData

TITLE_VOTES = 3
NAME_VOTES = 2
PRONOUN_VOTES = 1
GENERIC_VOTES = 1  # 'spokesman', 'chairman': said of women too
WINDOW = 3  # tokens before a mention searched for a title or gendered noun


class Genders:
    """Gender evidence for every person named outside quotes, keyed by the name as resolved."""

    def __init__(self, doc: Doc, index: DocIndex, people: list[Span], cues: CueData,
                 name_of: Callable[[Span], str]):
        self.cues = cues
        self.votes: dict[str, Counter[str]] = {}
        self.first_names: dict[str, str] = {}
        by_sentence: dict[int, list[tuple[Span, str]]] = {}
        for ent in people:
            name = name_of(ent)
            if not name:
                continue
            self.first_names.setdefault(name, name.split()[0].lower())
            self.title_votes(doc, ent, name)
            by_sentence.setdefault(ent.sent.start, []).append((ent, name))
        for mentions in by_sentence.values():
            ent, name = mentions[0]
            if len({name for _, name in mentions}) != 1 or ent.root.dep_ not in SUBJECT_DEPS:
                continue
            sent = ent.sent
            tokens = [t for t in doc[ent.end:sent.end] if not index.quoted(t.i)]
            following = doc[sent.end].sent if sent.end < len(doc) else None
            if following is not None and following.start not in by_sentence:
                tokens.append(following[0])
            for tok in tokens:
                said = self.pronoun_gender(tok.lower_)
                if said is not None and tok.dep_ in SUBJECT_DEPS and not index.quoted(tok.i):
                    self.vote(name, said, PRONOUN_VOTES)

    def pronoun_gender(self, word: str) -> str | None:
        if word in self.cues.male_pronouns:
            return "m"
        if word in self.cues.female_pronouns:
            return "f"
        return None

    def word_gender(self, word: str) -> str | None:
        word = word.lower().rstrip(".")
        if word in self.cues.male_words:
            return "m"
        if word in self.cues.female_words:
            return "f"
        return None

    def title_votes(self, doc: Doc, ent: Span, name: str) -> None:
        words = [t.text for t in doc[max(0, ent.start - WINDOW):ent.start]]
        words += [t.text for t in ent if t.text not in name.split()]
        words += [t.head.text for t in ent if t.dep_ == "appos" and t.head.i >= ent.end]
        words += [c.text for t in ent for c in t.children if c.dep_ == "appos" and c.i >= ent.end]
        for word in words:
            said = self.word_gender(word)
            if said is not None:
                generic = word.lower().rstrip(".") in self.cues.generic_words
                self.vote(name, said, GENERIC_VOTES if generic else TITLE_VOTES)

    def vote(self, name: str, gender: str, weight: int) -> None:
        self.votes.setdefault(name, Counter())[gender] += weight

    def of(self, name: str) -> str | None:
        """'m', 'f' or None (unknown or evenly split)."""
        votes = Counter(self.votes.get(name, {}))
        first = self.first_names.get(name) or name.split()[0].lower()
        if first in self.cues.male_first_names:
            votes["m"] += NAME_VOTES
        elif first in self.cues.female_first_names:
            votes["f"] += NAME_VOTES
        m, f = votes["m"], votes["f"]
        return "m" if m > f else "f" if f > m else None

    def fits(self, name: str, wanted: str | None) -> bool:
        if wanted is None:
            return True
        known = self.of(name)
        return known is None or known == wanted
