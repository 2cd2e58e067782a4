"""The options an output file was written with, kept beside it in ``FILE.options.json``, so that
``--resume`` never mixes records made with different options into one file.

Only what changes a record is kept: ``--published``, ``--no-screen``, ``--with-text`` and the
extractor version. A run that starts a file writes the sidecar; ``--resume`` compares it with its
own options and refuses to go on when they differ (a file without a sidecar, written by hand or
by an older version, cannot be checked and is resumed as it is).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from extractor.settings import Settings
from extractor.version import __version__

FLAGS = {"published": "--published", "screen": "--no-screen", "with_text": "--with-text",
         "extractor_version": "extractor version"}


def sidecar_path(output: Path) -> Path:
    return output.with_name(output.name + ".options.json")


def record_options(settings: Settings) -> dict:
    """The options that change records, as kept in the sidecar."""
    return {"published": settings.published.isoformat() if settings.published else None,
            "screen": settings.screen, "with_text": settings.with_text,
            "extractor_version": __version__}


def write_options(output: Path, settings: Settings) -> None:
    """Keep the options of a run that starts ``output`` (atomically); nothing for an output that
    is not a regular file (``-o /dev/null``)."""
    if not output.is_file():
        return
    path = sidecar_path(output)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(record_options(settings), indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def shown(name: str, value: object) -> str:
    if name == "screen":
        return "not given" if value else "given"
    if isinstance(value, bool):
        return "given" if value else "not given"
    return "none" if value is None else str(value)


def differences(output: Path, settings: Settings) -> list[str]:
    """How the options ``output`` was written with differ from ``settings``: one phrase per
    option, empty when they agree or nothing was kept."""
    try:
        kept = json.loads(sidecar_path(output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(kept, dict):
        return []
    now = record_options(settings)
    return [f"{FLAGS[name]}: {shown(name, kept.get(name))} then, {shown(name, value)} now"
            for name, value in now.items() if name in kept and kept[name] != value]
