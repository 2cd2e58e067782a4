"""One person told by two names: 'Stephen Yaxley-Lennon, better known as Tommy Robinson', 'Tommy
Robinson (real name Stephen Yaxley-Lennon)', 'Ye, formerly known as Kanye West'.

The account is the person's, named by the name the story says they are known by: the name after
'better known as', 'also known as', 'aka' or 'who goes by'; the name before '(real name ...)',
'whose real name is' or 'formerly known as'. The other name is no second account beside the known
one (``one_name_per_person``, for each mention), and a count of accounts read from the names of a
list drops with it; told alone, anywhere in the story, it takes the known name (``as_known``,
once the events are built). The cue words are data (``alias_known_as`` and
``alias_other_name`` in ``patterns/cues.json``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from extractor.facts.accounts import NamedAccount, account_from
from extractor.facts.cues import CUES
from extractor.facts.entities import doc_text
from extractor.facts.targets import Target

if TYPE_CHECKING:
    from extractor.events import Event

GAP_LIMIT = 40  # characters between two names that an alias cue may fill
KINDS = ("other_name", "known_as")  # 'formerly known as' before 'known as'


def cue_between(gap: str) -> str | None:
    """'known_as' when the words between two names end with a cue saying the second is the name
    the first is known by, 'other_name' when they say it is another name of the first, else None."""
    if len(gap) > GAP_LIMIT:
        return None
    words = " ".join(re.findall(r"[a-z.]+", gap.lower()))
    for kind in KINDS:
        if any(words == cue or words.endswith(" " + cue) for cue in CUES[f"alias_{kind}"]):
            return kind
    return None


def one_name_per_person(accounts: list[NamedAccount], doc: Doc) -> list[NamedAccount]:
    """The accounts without the names that only tell another name of a person named beside them
    (``as_known`` gives a name told alone the name the person is known by)."""
    text = doc_text(doc)
    ordered = sorted(accounts, key=lambda a: a.start)
    dropped: list[NamedAccount] = []
    for first, second in zip(ordered, ordered[1:], strict=False):
        kind = cue_between(text[first.end:second.start])
        if kind is not None:
            dropped.append(first if kind == "known_as" else second)
    return [a for a in accounts if not any(a is d for d in dropped)]


def recount(targets: list[Target], before: int, after: int) -> list[Target]:
    """An account target counted by the names of a list loses the names that were aliases."""
    return [replace(t, count=after) if t.type == "account" and t.count == before and after < before else t
            for t in targets]


def other_names(doc: Doc) -> dict[str, str]:
    """Each other name the article gives a person (and its last word alone: 'Yaxley-Lennon') ->
    the name they are known by."""
    text = doc_text(doc)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    found: dict[str, str] = {}
    for first, second in zip(people, people[1:], strict=False):
        kind = cue_between(text[first.end_char:second.start_char])
        if kind is None:
            continue
        other, known = (first, second) if kind == "known_as" else (second, first)
        known_name, other_name = name_of(known), name_of(other)
        if known_name and other_name and known_name != other_name:
            found[other_name] = known_name
            last = other_name.split()[-1]
            if last != other_name and last != known_name.split()[-1]:
                found.setdefault(last, known_name)
    return found


def name_of(ent: Span) -> str | None:
    account = account_from(ent.root)
    return account.name if account is not None else None


def as_known(doc: Doc, events: list[Event]) -> None:
    """Every account named by another name of a person takes the name they are known by."""
    names = other_names(doc)
    if not names:
        return
    for event in events:
        for m in event.mentions:
            m.accounts = [replace(a, name=names[a.name]) if a.handle is None and a.name in names else a
                          for a in m.accounts]
