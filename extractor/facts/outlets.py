"""News outlets named in a story: mostly the source ('told The Verge', 'CBS News reported', an
aggregator's list of headlines and their outlets), an account's name only where the sentence says
the account is the outlet's ("RT's channels", 'YouTube banned RT'). The outlets are data:
``patterns/news_outlets.json``."""
from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc, Token

from extractor.facts.accounts import TARGET_WORDS, NamedAccount
from extractor.facts.entities import doc_text
from extractor.nlp import PATTERNS_DIR


@lru_cache(maxsize=1)
def news_outlets() -> frozenset[str]:
    rows = json.loads((PATTERNS_DIR / "news_outlets.json").read_text(encoding="utf-8"))["outlets"]
    return frozenset(name.lower() for name in rows)


@lru_cache(maxsize=1)
def outlets_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each outlet's words (lower case), by its first word."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(news_outlets()):
        words = tuple(name.split())
        grouped.setdefault(words[0], []).append(words)
    return {first: tuple(names) for first, names in grouped.items()}


@lru_cache(maxsize=1)
def multiword_outlets() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(words for names in outlets_by_first_word().values() for words in names
                        if len(words) > 1))


def outlet_run_on(token: Token) -> bool:
    """'... in compliance with government crackdown AppleInsider (press release) Apple Removes ...':
    an aggregator's line runs an outlet's name on after a headline's last word; the name starts at
    ``token``, after a word that is no function word, and a capital, a bracket, a dash or the
    line's end follows it (not 'reposting New York Times articles')."""
    doc = token.doc
    if not token.text[:1].isupper() or token.i == 0 or doc[token.i - 1].pos_ in RUN_ON_BREAKS:
        return False
    for words in outlets_by_first_word().get(token.lower_, ()):
        end = token.i + len(words)
        if end <= len(doc) and tuple(t.lower_ for t in doc[token.i:end]) == words:
            after = doc[end] if end < len(doc) else None
            if after is None or after.is_space or after.text[:1].isupper() or after.text in RUN_ON_MARKS:
                return True
    return False


RUN_ON_BREAKS = {"ADP", "DET", "PART", "PUNCT", "CCONJ", "SPACE"}  # 'a report by Reuters', ', Reuters'
RUN_ON_MARKS = {"(", "-", "|", "—", "–"}


def headline_run_on(name: str) -> bool:
    """'Washington Post Human Error', 'Minutes NBCNews.com Business Insider': an aggregator's line
    runs an outlet's name (of two words or more) into two or more words of a headline; no account
    is named so ('BBC News Arabic', one word more, may be)."""
    words = tuple(name.split())
    return any(len(words) >= len(outlet) + 2 and outlet in (words[:len(outlet)], words[-len(outlet):])
               for outlet in multiword_outlets())


def outlet_tail(account: NamedAccount, doc: Doc) -> bool:
    """'World Report' of 'U.S. News & World Report': a name that ends an outlet's name whose first
    words stand right before it in the text."""
    name = account.name.lower()
    text = doc_text(doc)
    for outlet in news_outlets():
        if len(outlet) > len(name) and outlet.endswith(" " + name):
            lead = len(outlet) - len(name)
            if account.start >= lead and text[account.start - lead:account.start].lower() == outlet[:lead]:
                return True
    return False


def outlet_as_source(account: NamedAccount, doc: Doc) -> bool:
    """A news outlet named as a source, not as whose account it is ('told CBS News', an
    aggregator's 'Headline  Los Angeles Times'): kept only as the owner of an account noun
    ("RT's channels", 'the account of the New York Post') or as what the action took."""
    name = account.name.lower().removeprefix("the ")
    if headline_run_on(name) or outlet_tail(account, doc):
        return True
    if name not in news_outlets() and account.name.lower() not in news_outlets():
        return False
    words = doc.char_span(account.start, account.end, alignment_mode="expand")
    if words is None:
        return True
    root = words.root
    while root.dep_ == "conj" and root.head != root:  # 'the accounts of RT and Sputnik'
        root = root.head
    head = root.head
    owner = (root.dep_ in {"poss", "compound"} and head.lower_ in TARGET_WORDS  # 'New York Times apps'
             or root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in TARGET_WORDS)
    acted = root.dep_ in {"dobj", "nsubjpass"} and any(
        span.start <= head.i < span.end for span in doc.spans.get("actions", [])) and not any(
        c.dep_ == "appos" for c in root.children)  # 'PC Gamer  More than 40000 Steam users were banned'
    # 'The channel, RT America, was suspended' (not 'found inside the app (BleepingComputer)')
    named_item = root.dep_ == "appos" and head.dep_ in {"dobj", "nsubjpass"} and any(
        span.start <= head.head.i < span.end for span in doc.spans.get("actions", []))
    return not (owner or acted or named_item)
