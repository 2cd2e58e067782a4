"""Names in quotation marks: "the 'Incel' forum", 'the channel "Example News"', 'two apps named
"A" and "B"', "removed the packages 'aryi', 'suffer' and 'pytagora'" (package and extension names
are lower case). Used by ``extractor.facts.account_names``."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extractor.facts.accounts import NAMED_PLACES, NamedAccount
from extractor.facts.domains import domain_name
from extractor.facts.entities import doc_text
from extractor.facts.name_words import QUOTE_CLOSERS, QUOTE_OPENERS
from extractor.facts.platforms import platform_of_token

QUOTED_NAME = r"""["“‘']([^"“”‘’\n]{1,60}?)["”’']"""  # a short name in quotation marks
QUOTED_AFTER = re.compile(r"\s*" + QUOTED_NAME)
# ', "B" and "C"' after a quoted name: the names listed with it
LISTED_QUOTED = re.compile(r"""["”’']?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)""" + QUOTED_NAME)


def quoted_list_after(doc: Doc, end: int) -> list[NamedAccount]:
    out: list[NamedAccount] = []
    text = doc_text(doc)
    while True:
        found = LISTED_QUOTED.match(text, end)
        if not found or not found.group(1)[:1].isalnum():
            return out
        out.append(NamedAccount(found.group(1), None, None, None, found.start(1), found.end(1)))
        end = found.end()


def quoted_names_at(doc: Doc, at: int) -> list[NamedAccount]:
    """The quoted name that starts at a character offset ('named "A" and "B"') and the quoted names
    listed after it; none when no quoted name starts there."""
    quoted = QUOTED_AFTER.match(doc_text(doc), at)
    if not quoted or not quoted.group(1)[:1].isalnum():
        return []
    name = quoted.group(1).rstrip(",.;:")  # 'named “X,” appeared': the comma is no part of it
    first = NamedAccount(name, None, None, None, quoted.start(1), quoted.start(1) + len(name))
    return [first, *quoted_list_after(doc, first.end)]


ITEM_NOUNS = {"package", "packages", "library", "libraries", "module", "modules", "extension", "extensions",
              "plugin", "plugins", "crate", "crates", "gem", "gems", "repository", "repositories"}


def quoted_items_after(noun: Token) -> list[NamedAccount]:
    """'removed the packages 'aryi', 'suffer' and 'pytagora'': quoted names after a noun for a
    package or an extension, lower case as such names are, and the quoted names listed with them;
    titles listed after a plural noun for titled things ('the games "Example Quest" and "Quest II"')."""
    items = noun.lower_ in ITEM_NOUNS
    if not items and not (noun.lower_ in TITLED_NOUNS and noun.tag_ == "NNS"):
        return []
    names = quoted_names_at(noun.doc, noun.idx + len(noun))
    if items:
        return names if names and " " not in names[0].name else []
    # 'the apps "Example Chat" and "Chat Plus"': titles, two or more
    return names if len(names) > 1 and all(n.name[:1].isupper() for n in names) else []


# things known by a title: 'the episode 'The Truth About Vaccines'', 'the app "Example Chat"'
TITLED_NOUNS = {"app", "apps", "game", "games", "episode", "episodes", "podcast", "show", "series",
                "programme", "program", "song", "album", "book", "film", "documentary", "newsletter"}


def quoted_name_after(noun: Token) -> NamedAccount | None:
    """"the vibe coding app ‘Anything’", 'the channel "Example News"': a quoted name right after a
    noun for an account, a place or an app."""
    doc = noun.doc
    if noun.lower_ not in NAMED_PLACES | TITLED_NOUNS or noun.i + 2 >= len(doc):
        return None
    if doc[noun.i + 1].text not in QUOTE_OPENERS:
        return None
    start = noun.i + 2
    end = start
    while end < len(doc) and doc[end].text not in QUOTE_CLOSERS and end - start <= 6:
        end += 1
    if end >= len(doc) or doc[end].text not in QUOTE_CLOSERS or end == start:
        return None
    if not doc[start].text[:1].isupper():
        return None
    name = doc[start:end]
    return NamedAccount(name.text, None, None, None, name.start_char, name.end_char)


def quoted_name_before(noun: Token) -> NamedAccount | None:
    """"the 'Incel' forum", 'the “Stop the Steal” group': a quoted name right before a noun for a
    place on a platform (a video's or a post's title is no account)."""
    doc = noun.doc
    before = noun.i - 1
    while before > 0 and platform_of_token(doc[before]) and doc[before].dep_ == "compound":
        before -= 1  # "the 'altright.com' Discord server": the platform's name between
    if noun.lower_ not in NAMED_PLACES | ITEM_NOUNS or before < 2 or doc[before].text not in QUOTE_CLOSERS:
        return None
    end = before
    start = end - 1
    while start > noun.sent.start and doc[start].text not in QUOTE_OPENERS and end - start <= 6:
        start -= 1
    if doc[start].text not in QUOTE_OPENERS or start + 1 >= end or not (
            doc[start + 1].text[:1].isupper() or domain_name(doc[start + 1])
            or noun.lower_ in ITEM_NOUNS and end - start == 2):  # "the 'noblesse' package"
        return None
    name = doc[start + 1:end]
    return NamedAccount(name.text, None, None, None, name.start_char, name.end_char)
