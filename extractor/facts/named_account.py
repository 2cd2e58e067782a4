"""A named account: who or what was acted on, by name or @handle, with its follower count and
the offsets of its evidence (made by ``extractor.facts.accounts`` and the modules beside it)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NamedAccount:
    name: str
    handle: str | None
    followers: int | None
    followers_text: str | None
    start: int
    end: int
