"""Word lists that decide what is and is not a platform action, loaded from patterns/cues.json."""
from __future__ import annotations

import json
from pathlib import Path

CUES_FILE = Path(__file__).resolve().parent.parent / "patterns" / "cues.json"


_DATA = json.loads(CUES_FILE.read_text(encoding="utf-8"))
# word lists, lower case
CUES: dict[str, frozenset[str]] = {key: frozenset(w.lower() for w in words) for key, words in _DATA.items()
                                   if not key.startswith("_") and isinstance(words, list)}
# names that are platforms only in context (extractor.x_platform): surface form -> canonical platform
AMBIGUOUS_PLATFORMS: dict[str, str] = _DATA["ambiguous_platforms"]
# action lemma -> prepositions or particles that give it another sense ('pulled into a row')
OTHER_SENSES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["other_senses"].items()}
# action lemma -> objects that give it another sense ('cutting off our access to the data')
OTHER_SENSE_OBJECTS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in _DATA["other_sense_objects"].items()}
FIXTURES = frozenset(_DATA["fixture_words"])  # 'banned for six matches': a league's ban
# how a first-person writer names themself in the text (regular expressions, kept as written)
WRITER_SELF_NAMES: tuple[str, ...] = tuple(_DATA["writer_self_names"])
# services whose business is moving money, as platforms are named
PAYMENT_SERVICES: tuple[str, ...] = tuple(_DATA["payment_services"])
# stores and registries that list apps, games, extensions and packages, as platforms are named
ITEM_STORES: tuple[str, ...] = tuple(_DATA["item_stores"])
# the word for the devices an app is for (lower case) -> the store of those devices
DEVICE_STORES: dict[str, str] = _DATA["device_stores"]


def is_item_store(platform: str | None) -> bool:
    """A store or registry that lists apps, games, extensions or packages (``item_stores``)."""
    return platform is not None and platform.lower() in CUES["item_stores"]
