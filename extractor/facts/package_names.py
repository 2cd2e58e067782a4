"""Names of packages, repositories and extensions, which news writes in lower case and the small
model parses as common words: 'the youtube-dl repository', 'the packages event-stream and
flatmap-stream', 'malicious packages, named colourama, python-sqlite and jellyfish'.

They are read from the text around the noun: a word before it, or a list after it, of words that
look like package names (a hyphen, underscore, dot or digit inside), or any words when a naming
verb ('named', 'called') introduces them."""
from __future__ import annotations

import re

from spacy.tokens import Token

from extractor.facts.accounts import PACKAGE_NOUNS, NamedAccount, looks_like_package, unbroken_word
from extractor.facts.cues import CUES
from extractor.facts.entities import doc_text

NAMING = re.compile(r"[,:]?[ \t]+(?:(?P<verb>named|called|dubbed)[ \t]+)?")
NEXT = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)")
WORD = re.compile(r"[A-Za-z0-9][\w.\-/]*[A-Za-z0-9]")  # a package name
MAX_NAMES = 12
NOT_PACKAGE_WORDS = {"the", "a", "an", "and", "or", "were", "was", "are", "is", "had", "have", "has", "that",
                     "which", "after", "from", "on", "in", "with", "by", "for", "to", "of", "it", "its",
                     "their", "this", "these", "those", "been", "be", "said", "removed", "deleted", "also"}


def package_names(noun: Token) -> list[NamedAccount]:
    """Lower-case names written next to a package, library, repository or extension noun."""
    if noun.lower_ not in PACKAGE_NOUNS:
        return []
    doc = noun.doc
    text = doc_text(doc)
    out: list[NamedAccount] = []
    if noun.i > 0:
        before = unbroken_word(doc[noun.i - 1])  # 'the youtube-dl repository'
        if before.end == noun.i and looks_like_package(before.text) and before.text[:1].islower():
            out.append(NamedAccount(before.text, None, None, None, before.start_char, before.end_char))
    end = noun.idx + len(noun.text)
    bare = bare_name(noun)
    if bare is not None:
        return [*out, bare]
    intro = NAMING.match(text, end)
    if intro is None:
        return out
    named = intro.group("verb") is not None
    listed = listed_words(text, intro.end())
    strict = []
    for name, start in listed:
        if not (named or looks_like_package(name) and name[:1].islower()):
            break
        strict.append(NamedAccount(name, None, None, None, start, start + len(name)))
    if len(strict) < len(listed) and plain_word_list(noun, text, listed):
        strict = [NamedAccount(name, None, None, None, start, start + len(name)) for name, start in listed]
    return out + strict


def listed_words(text: str, pos: int) -> list[tuple[str, int]]:
    """The words of a list written from ``pos`` ('aryi, suffer and noblesse'), with their offsets."""
    words: list[tuple[str, int]] = []
    for _ in range(MAX_NAMES):
        word = WORD.match(text, pos)
        if word is None or word.group(0).lower() in NOT_PACKAGE_WORDS:
            break
        words.append((word.group(0).rstrip("."), word.start()))
        joined = NEXT.match(text, word.end())
        if joined is None:
            break
        pos = joined.end()
    return words


def plain_word_list(noun: Token, text: str, listed: list[tuple[str, int]]) -> bool:
    """'the packages aryi, suffer and noblesse were ...': lower-case words listed right after a plural
    package noun, the last joined by 'and' or 'or', and the clause going on after them, are names
    even when they look like plain words."""
    if noun.lower_ in SINGLE_PACKAGE_NOUNS or len(listed) < 2 or not all(
            name[:1].islower() for name, _ in listed):
        return False
    last, start = listed[-1]
    before_last = text[listed[-2][1] + len(listed[-2][0]):start]
    after = text[start + len(last):].lstrip(" \t")
    return (re.search(r"\b(?:and|or)\b", before_last) is not None
            and (after[:1] in {"", ".", ",", ";", ":", ")"} or after.split(maxsplit=1)[0] in BARE_NAME_ENDS))


SINGLE_PACKAGE_NOUNS = {"package", "library", "module", "crate", "gem", "extension"}
# words that follow 'package' as a kind of thing, not as its name ('the package manager')
NOT_BARE_NAMES = {"manager", "managers", "maintainer", "maintainers", "registry", "registries", "index",
                  "ecosystem", "name", "names", "author", "authors", "update", "updates", "version",
                  "versions", "owner", "owners", "page", "pages", "file", "files", "code", "source", "data",
                  "list", "lists", "users", "user", "developers", "developer", "downloads", "itself", "tree",
                  "system", "systems", "store", "stores", "support", "repository", "repositories", "upload",
                  "uploads", "release", "releases", "ids", "id", "hosting", "host", "account", "accounts"}
BARE_NAME_ENDS = {".", ",", ";", ":", ")", "after", "from", "was", "were", "had", "has", "is", "which",
                  "that", "for", "on", "in", "because", "and", "last", "this", "earlier", "yesterday",
                  "today"}


def bare_name(noun: Token) -> NamedAccount | None:
    """'removed the malicious package requestss.': one lower-case word right after a singular
    package noun, where the clause goes on with no more of the noun phrase."""
    doc = noun.doc
    if noun.lower_ not in SINGLE_PACKAGE_NOUNS or noun.i + 2 > len(doc) or not noun.whitespace_:
        return None
    word, after = doc[noun.i + 1], doc[noun.i + 2] if noun.i + 2 < len(doc) else None
    if not (WORD.fullmatch(word.text) and word.text[:1].islower() and word.lower_ not in NOT_PACKAGE_WORDS
            and word.lower_ not in NOT_BARE_NAMES and word.pos_ in {"NOUN", "PROPN", "X"}):
        return None
    if after is not None and after.lower_ not in BARE_NAME_ENDS:
        return None
    return NamedAccount(word.text, None, None, None, word.idx, word.idx + len(word.text))


def bare_packages(platform: str, verb: Token, acted_on: list[Token]) -> list[NamedAccount]:
    """'GitHub removed youtube-dl', 'PyPI took down noblox.js-proxy and py3-utils', 'youtube-dl was
    taken down by GitHub': on a code host or a package registry, lower-case words with a hyphen,
    dot, underscore or digit inside, written with no noun right after the action word (or as its
    passive subject), are the names of projects or packages."""
    if platform.lower() not in CUES["code_hosts"] and platform.lower() not in CUES["package_registries"]:
        return []
    doc = verb.doc
    text = doc_text(doc)
    starts = [verb.idx + len(verb.text)]
    if verb.i + 1 < len(doc) and doc[verb.i + 1].dep_ == "prt":  # 'took down'
        starts = [doc[verb.i + 1].idx + len(doc[verb.i + 1].text)]
    starts += [unbroken_word(t).start_char for t in acted_on if t.dep_ == "nsubjpass"]
    out: list[NamedAccount] = []
    for start in starts:
        pos = start + len(text[start:]) - len(text[start:].lstrip(" \t"))
        for _ in range(MAX_NAMES):
            word = WORD.match(text, pos)
            if word is None or not (looks_like_package(word.group(0)) and word.group(0)[:1].islower()):
                break
            name = word.group(0).rstrip(".")
            if not any(a.name == name for a in out):
                out.append(NamedAccount(name, None, None, None, word.start(), word.start() + len(name)))
            joined = NEXT.match(text, word.end())
            if joined is None:
                break
            pos = joined.end()
    return out
