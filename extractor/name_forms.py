"""One form per name in an article: news names a person or a thing in full once ('Donald Trump',
'Alex Jones', "Steve Bannon's War Room") and by a short form after ('Trump', 'Jones'). An
account named by its short form takes the fullest form the article gives it, so that one account
is one name across the record's events; the evidence stays the words written.

The fuller form comes from the names the events hold, or else from the people the article names
in full ('Trump' -> 'Donald Trump'). A short form that two different fuller forms could stand for
('Trump' in a story of Donald Trump and Donald Trump Jr.) is left as written, and so is one
listed beside its longer form for one mention ('"Bypass" and "Bypass XM"')."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from extractor.facts.accounts import TITLE_WORDS, NamedAccount

if TYPE_CHECKING:
    from extractor.events import Event



def words_of(name: str) -> tuple[str, ...]:
    """The name's words, lowercased, possessive endings dropped ("Bannon's" -> 'bannon')."""
    return tuple(re.sub(r"['\u2019]s$", "", w) for w in name.lower().split())


SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}  # 'Donald Trump Jr.' is not 'Donald Trump'


def fuller_form(name: str, forms: set[str]) -> str | None:
    """The one form in ``forms`` that ends with ``name``'s words ('Donald Trump' for 'Trump',
    'Samsung Pay Mini' for 'Pay Mini') or, for a single word, begins with it ('Alex Jones' for
    'Alex'); None when there is no such form or more than one."""
    words = words_of(name)
    fuller = set()
    for form in forms:
        longer = words_of(form)
        if len(longer) <= len(words) or longer[-1] in SUFFIXES:
            continue
        if longer[-len(words):] == words or len(words) == 1 and longer[0] == words[0]:
            fuller.add(form)
    return fuller.pop() if len(fuller) == 1 else None


def people_in_full(doc: Doc) -> set[str]:
    """The people the article names with a first and a last name, without titles."""
    people = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [t.text for t in ent if t.lemma_.lower() not in TITLE_WORDS and not t.is_punct]
        if len(words) >= 2 and not any(t.like_num or t.text.startswith("@") for t in ent):
            people.add(" ".join(w for w in words if w not in {"'s", "\u2019s"}))
    return people


def one_form_per_name(doc: Doc, events: list[Event]) -> None:
    """Each named account written in a short form takes the fullest form the article gives it."""
    told = {a.name for e in events for m in e.mentions for a in m.accounts if a.handle is None}
    if not told:
        return
    people: set[str] | None = None
    chosen: dict[str, str] = {}
    for name in sorted(told):
        full = fuller_form(name, told)
        if full is None and len(words_of(name)) == 1:
            people = people_in_full(doc) if people is None else people
            # a lone word is a person's last name only where the article gives that person in full
            full = fuller_form(name, {p for p in people if words_of(p)[-1] == words_of(name)[0]})
        if full is not None and not listed_together(name, full, events):
            chosen[name] = full
    if not chosen:
        return
    for event in events:
        for m in event.mentions:
            m.accounts = [fullest(a, chosen) for a in m.accounts]


def listed_together(name: str, full: str, events: list[Event]) -> bool:
    """'removed the extensions "Bypass" and "Bypass XM"': a name and its longer form found side by
    side for one mention are two names, not one written twice."""
    return any({name, full} <= {a.name for a in m.accounts} for e in events for m in e.mentions)


def fullest(account: NamedAccount, chosen: dict[str, str]) -> NamedAccount:
    """The account under its fullest form (following a chain of fuller forms to its end)."""
    name, seen = account.name, set()
    while account.handle is None and name in chosen and name not in seen:
        seen.add(name)
        name = chosen[name]
    return account if name == account.name else replace(account, name=name)
