"""Headlines in Title Case, parsed as the sentences they are.

"Reddit Bans Controversial 'Incel' Forum": the small model reads "Bans" as a proper noun and the
line as one long name, so no action is found. A Title Case line is parsed from a copy in which
the common words are lower-cased ("Reddit bans Controversial 'Incel' forum"); the words that
may be names (not common words, or inside a platform name such as "App Store") keep their case.
Lower-casing keeps every character offset, so the parse is moved back onto the line's own words:
the record's text is never changed.

Common words are function words (spaCy's stop words), the moderation wording of
``patterns/actions.jsonl`` with its inflections, the target nouns of ``patterns/targets.jsonl``,
``headline_words`` in ``patterns/cues.json``, and the article's own common words: those its
sentences (not its Title Case lines) write in lower case more often than capitalised after a
sentence's first word ("Gemini API Access Disabled" over a text that writes "access").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.facts.cues import CUES
from extractor.nlp import PATTERNS_DIR, read_jsonl

TITLE_SHARE = 0.6  # share of a line's words (after the first) written in Title Case
MIN_WORDS = 4
MAX_HEADLINE = 300  # characters: longer lines are paragraphs
INFLECTIONS = ("s", "es", "ed", "d", "ing")


def pattern_words(node: object, out: set[str]) -> set[str]:
    """Every word a Matcher pattern names in LOWER/LEMMA/ORTH (IN lists or single strings)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in {"LOWER", "LEMMA", "ORTH"} and isinstance(value, str):
                out.add(value.lower())
            elif key in {"LOWER", "LEMMA", "ORTH"} and isinstance(value, dict) and "IN" in value:
                out.update(w.lower() for w in value["IN"])
            else:
                pattern_words(value, out)
    elif isinstance(node, list):
        for value in node:
            pattern_words(value, out)
    return out


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    words: set[str] = set()
    for name in ("actions.jsonl", "targets.jsonl"):
        for row in read_jsonl(PATTERNS_DIR / name):
            pattern_words(row["pattern"], words)
    words.update(w + ending for w in list(words) for ending in INFLECTIONS)
    return frozenset(words | STOP_WORDS | CUES["headline_words"])


def is_title_case(words: list[str]) -> bool:
    """A line of at least MIN_WORDS words, no full stop at its end, most words capitalised."""
    alpha = [w for w in words[1:] if w.isalpha()]
    if len(words) < MIN_WORDS or not alpha or words[-1] in {".", "!", "?"}:
        return False
    return sum(1 for w in alpha if w[0].isupper() and not w.isupper()) / len(alpha) >= TITLE_SHARE


def headline_alone(text: str) -> bool:
    """A text of one line that is a Title Case headline ('TikTok Bans Creator Over Prank') or shouts
    a common word ('Jack Fincham BANNED from TikTok'): parsed from its recased copy, like a headline
    above a story."""
    words = text.split()
    return len(text) <= MAX_HEADLINE and (is_title_case(words) or any(
        shouted(w.strip(PUNCTUATION), common_words()) for w in words))


def in_title_case_line(token: Token) -> bool:
    """Whether a token's sentence is a Title Case headline (its capitals say nothing of names)."""
    return is_title_case([t.text for t in token.sent if not t.is_space])


WORD_OR_STOP = re.compile(r"[A-Za-z][a-z]+|[.!?:\"“”]")


def article_common_words(lines: list[str]) -> frozenset[str]:
    """Words the article's own sentences write in lower case more often than capitalised inside a
    sentence (after its first word): common words there, whatever a headline does with them."""
    lower: Counter[str] = Counter()
    title: Counter[str] = Counter()
    for line in lines:
        if is_title_case(line.split()):
            continue
        previous = "."
        for word in WORD_OR_STOP.findall(line):
            if word[0].isalpha() and previous[0].isalpha():
                (title if word[0].isupper() else lower)[word.lower()] += 1
            previous = word
    return frozenset(w for w, n in lower.items() if n > title[w])


def sentence_case(nlp: Language, line: str, article_words: frozenset[str] = frozenset()) -> str | None:
    """The line with its common Title Case words lower-cased, or None when it is not Title Case
    (``article_words``: the article's own common words, ``article_common_words``)."""
    if len(line) > MAX_HEADLINE:
        return None  # a cheap look at the words first: most lines are paragraphs
    if not is_title_case(line.split()):
        return shouted_case(nlp, line)
    doc = nlp.make_doc(line)
    words = [t.text for t in doc if not t.is_space]
    if not is_title_case(words):
        return None
    platforms = nlp.get_pipe("platform_ruler")(doc)
    keep = {t.i for ent in platforms.ents for t in ent}
    common = common_words()
    out = "".join((t.text.lower() if t.i > 0 and t.is_title and t.i not in keep
                   and (t.lower_ in common or t.lower_ in article_words) else t.text) + t.whitespace_
                  for t in doc)
    return out if out != line else None


MIN_SHOUTED = 3  # letters: shorter capitals are initials ('UK', 'US')
PUNCTUATION = ".,:;!?'\"‘’“”"


def shouted(word: str, common: frozenset[str]) -> bool:
    return len(word) >= MIN_SHOUTED and word.isalpha() and word.isupper() and word.lower() in common


def shouted_case(nlp: Language, line: str) -> str | None:
    """A tabloid headline's common words in capitals lower-cased ("Reality star Gemma Collins
    KICKED OFF Twitter after row": the model reads 'Collins KICKED OFF' as one name), or None
    when the line shouts no common word."""
    common = common_words()
    if not any(shouted(w.strip(PUNCTUATION), common) for w in line.split()):
        return None
    doc = nlp.make_doc(line)
    keep = {t.i for ent in nlp.get_pipe("platform_ruler")(doc).ents for t in ent}
    out = "".join((t.text.lower() if t.i not in keep and shouted(t.text, common) else t.text) + t.whitespace_
                  for t in doc)
    return out if out != line else None


def moved_onto(parsed: Doc, line: str) -> Doc | None:
    """The parse of the recased line on the line's own words; None if the tokens differ."""
    words = [t.text for t in parsed]
    if "".join(t.text_with_ws for t in parsed).lower() != line.lower():
        return None
    original = [line[t.idx:t.idx + len(t)] for t in parsed]
    doc = Doc(parsed.vocab, words=original, spaces=[bool(t.whitespace_) for t in parsed],
              tags=[t.tag_ for t in parsed], pos=[t.pos_ for t in parsed], deps=[t.dep_ for t in parsed],
              heads=[t.head.i for t in parsed], lemmas=[t.lemma_ for t in parsed],
              morphs=[str(t.morph) for t in parsed], sent_starts=[bool(t.is_sent_start) for t in parsed])
    if len(words) != len(doc):
        return None
    doc.ents = [Span(doc, e.start, e.end, label=e.label_, span_id=e.id_) for e in parsed.ents]
    for key, group in parsed.spans.items():  # the rule components' spans (actions, target nouns)
        doc.spans[key] = [Span(doc, s.start, s.end, label=s.label_) for s in group]
    return doc
