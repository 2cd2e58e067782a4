"""Glued words: a saved page often loses the spaces around a link's text ('Applepulledan app
calledICEBlock', 'Apple hashanded the Chinese government control', 'Itbannedthe popular game').

The tokenizer already cuts a lower-case word from a capitalised one after it
(``extractor.tokenizer_rules.glued_words_infixes``).
This component, run right after the tokenizer, splits a token that is a run of letters but no
English word when it is made of known words, one of them a function word (``the``, ``has``,
``an``...): the parser then reads 'pulled an app' and 'has handed'. The text and every offset
stay as they are (the pieces are the token's own characters, with no space between them).

Known words are the model's own: the lemmatizer's lists of nouns, verbs, adjectives and adverbs
with its suffix rules ('handed' -> 'hand') and exceptions, the stop words, and the extra words of
``patterns/glued_words.json``; platform names are never split ('Youtube'). The rules that keep
names whole and the word lists are data in that file.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp import PATTERNS_DIR, platform_names

GLUED_FILE = PATTERNS_DIR / "glued_words.json"
VERB_ENDINGS = ("ed", "s", "ing")  # 'cited a', 'launched a': an article may follow a verb form


@dataclass(frozen=True)
class GluedWords:
    words: frozenset[str]  # base forms and exceptions the lemmatizer knows, stop words, extras
    rules: tuple[tuple[str, str], ...]  # the lemmatizer's suffix rules (old ending, new ending)
    function_words: frozenset[str]
    articles: frozenset[str]
    openers: frozenset[str]
    not_last: frozenset[str]
    reporting: frozenset[str]  # 'Microsoftsaid', 'Googlesays': a name glued to its verb
    min_content: int
    min_content_capitalised: int
    min_length: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "pieces", lru_cache(maxsize=65536)(self._pieces))

    def known(self, word: str) -> bool:
        if word in self.words:
            return True
        return any(word.endswith(old) and len(word) > len(old)
                   and word[:len(word) - len(old)] + new in self.words for old, new in self.rules)

    def _pieces(self, text: str) -> tuple[str, ...] | None:
        """The words a glued run is made of (in its own letters and case), or None."""
        lower = text.lower()
        if len(lower) < self.min_length or self.known(lower):
            return None
        capitalised = text[0].isupper()
        shortest = self.min_content_capitalised if capitalised else self.min_content
        found = self.segment(lower, shortest)
        if found is None or len(found) < 2:
            return None
        function = [p in self.function_words for p in found]
        if not any(function) or (all(function) and capitalised):
            return None  # 'phishing', 'username': no function word, no glue; 'Ashe' is no 'As he'
        if capitalised and not (found[0] in self.openers or len(found) >= 3 or found[1] in self.reporting):
            return None  # 'Weinstein', 'Newton': a name, not 'we in stein'
        pairs = zip(found, found[1:], strict=False)
        if capitalised and found[1] not in self.reporting and any(
                a in self.function_words and b in self.function_words for a, b in pairs):
            return None  # 'Anandasangaree' is no 'An and a sangaree'; 'OpenAIsaidit' is 'OpenAI said it'
        out, at = [], 0
        for piece in found:
            out.append(text[at:at + len(piece)])
            at += len(piece)
        return tuple(out)

    def segment(self, lower: str, shortest: int) -> list[str] | None:
        """Fewest pieces, each a function word or a known word of ``shortest`` letters or more;
        ties go to the split with the longest piece."""
        n = len(lower)
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            head = best[i]
            if head is None:
                continue
            for j in range(i + 1, n + 1):
                piece = lower[i:j]
                if not (piece in self.function_words or (len(piece) >= shortest and self.known(piece))):
                    continue
                if not self.article_fits(head, piece, j == n):
                    continue
                if self.short_pair(head, piece):
                    continue
                cand = [*head, piece]
                old = best[j]
                if old is None or len(cand) < len(old) or (
                        len(cand) == len(old) and max(map(len, cand)) > max(map(len, old))):
                    best[j] = cand
        return best[n]

    def article_fits(self, head: list[str], piece: str, last: bool) -> bool:
        if last and piece in self.not_last and not (head and head[-1] in self.reporting):
            return False  # 'protestor', 'carte blanche': not 'protest or', 'blanc he' ('said it' is)
        if piece not in self.articles:
            return True
        after_verb = bool(head) and head[-1] not in self.function_words and head[-1].endswith(VERB_ENDINGS)
        if last:
            return after_verb  # 'pulledan app', 'citeda report'; not 'Fernanda', 'grafana'
        return not head or head[-1] in self.function_words or after_verb

    @staticmethod
    def short_pair(head: list[str], piece: str) -> bool:
        """Two words of two letters running together ('in it' in 'initally') are a misspelling."""
        return bool(head) and len(head[-1]) <= 2 and len(piece) <= 2


@lru_cache(maxsize=4)
def glued_words(nlp: Language) -> GluedWords:
    data = json.loads(GLUED_FILE.read_text(encoding="utf-8"))
    words: set[str] = {w.lower() for w in nlp.Defaults.stop_words} | {w.lower() for w in data["words"]}
    words |= platform_names()
    rules: list[tuple[str, str]] = []
    if "lemmatizer" in nlp.component_names:  # (disabled or not: the words are the same)
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):  # base forms of each part of speech
            for forms in lookups.get_table("lemma_index").values():
                words.update(forms)
        if lookups.has_table("lemma_exc"):  # irregular forms ('went', 'children')
            for exceptions in lookups.get_table("lemma_exc").values():
                words.update(exceptions)
        if lookups.has_table("lemma_rules"):
            rules = sorted({(old, new) for pairs in lookups.get_table("lemma_rules").values()
                            for old, new in pairs if old})
    return GluedWords(
        words=frozenset(words), rules=tuple(rules),
        function_words=frozenset(data["function_words"]), articles=frozenset(data["articles"]),
        openers=frozenset(data["capitalised_openers"]), reporting=frozenset(data["glued_to_a_name"]),
        not_last=frozenset(data["never_last"]),
        min_content=int(data["min_content"]),
        min_content_capitalised=int(data["min_content_capitalised"]), min_length=int(data["min_length"]))


def platform_glued(text: str) -> bool:
    """'OpenAIsaidit', 'TikToksaid': a platform's mixed-case name run into lower-case words."""
    lower = text.lower()
    return any(lower.startswith(name) and len(lower) > len(name) + 2 and text[len(name):].islower()
               for name in platform_prefixes(lower[:2]))


@lru_cache(maxsize=1024)
def platform_prefixes(first_two: str) -> tuple[str, ...]:
    return tuple(sorted(n for n in platform_names() if n.startswith(first_two) and n.isalpha()))


@Language.factory("glued_words")
def make_glued_words(nlp: Language, name: str) -> GluedSplitter:
    return GluedSplitter(nlp)


class GluedSplitter:
    """Pipeline component: split glued runs of words (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.data: GluedWords | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.data is None:
            self.data = glued_words(self.nlp)
        data = self.data
        splits = []
        for tok in doc:
            text = tok.text
            if len(text) < data.min_length or not text.isalpha() or not (
                    text.islower() or text.istitle() or platform_glued(text)):
                continue
            if tok.i > 0 and doc[tok.i - 1].text in ("@", "#") and not doc[tok.i - 1].whitespace_:
                continue  # a handle or a hashtag
            pieces = data.pieces(text)
            if pieces is not None:
                splits.append((tok, pieces))
        if not splits:
            return doc
        # a new Doc of the same text with the pieces as tokens (nothing but the tokenizer has run:
        # there are no annotations to carry over)
        pieces_at = {tok.i: pieces for tok, pieces in splits}
        words: list[str] = []
        spaces: list[bool] = []
        for tok in doc:
            pieces = pieces_at.get(tok.i)
            if pieces is None:
                words.append(tok.text)
                spaces.append(bool(tok.whitespace_))
                continue
            words.extend(pieces)
            spaces.extend([False] * (len(pieces) - 1) + [bool(tok.whitespace_)])
        return Doc(doc.vocab, words=words, spaces=spaces)
