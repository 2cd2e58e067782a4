"""Word lists that decide what is and is not a platform action, loaded from patterns/cues.json."""
from __future__ import annotations

import json
from pathlib import Path

CUES_FILE = Path(__file__).resolve().parent.parent / "patterns" / "cues.json"


def load_cues(path: Path = CUES_FILE) -> dict[str, frozenset[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: frozenset(w.lower() for w in words)
            for key, words in data.items() if not key.startswith("_") and isinstance(words, list)}


CUES = load_cues()
# names that are platforms only in context (nlp.XPlatform): surface form -> canonical platform
AMBIGUOUS_PLATFORMS: dict[str, str] = json.loads(CUES_FILE.read_text(encoding="utf-8"))["ambiguous_platforms"]
