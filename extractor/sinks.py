"""Sinks: where records go. JSON Lines (a file or standard output) and a database
(SQLite file or PostgreSQL server, in ``extractor.database``)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO


def record_line(record: dict) -> str:
    """One record as one deterministic JSON line."""
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


class JsonLinesSink:
    """Writes each record as one line in one write, flushed, so that work done is never lost and
    a killed run leaves at most its last line torn (``--resume`` cuts it off)."""

    def __init__(self, path: str | Path | None = None, append: bool = False):
        self.path = None if path in (None, "-") else Path(path)
        self.append = append  # add to the file (--resume) instead of starting it afresh
        self._fh: IO[str] | None = None

    def __enter__(self) -> JsonLinesSink:
        if self.path is None:
            self._fh = sys.stdout
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("a" if self.append else "w", encoding="utf-8")
        return self

    def write(self, record: dict) -> None:
        assert self._fh is not None
        self._fh.write(record_line(record) + "\n")
        self._fh.flush()

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None and self._fh is not sys.stdout:
            self._fh.close()


def __getattr__(name: str) -> object:
    """``DatabaseSink`` and ``open_database`` (extractor.database), imported on first use: SQLAlchemy
    is loaded only when a run writes into a database."""
    if name in ("DatabaseSink", "open_database"):
        import extractor.database

        return getattr(extractor.database, name)
    raise AttributeError(f"module 'extractor.sinks' has no attribute {name!r}")


__all__ = ["JsonLinesSink", "DatabaseSink", "open_database", "record_line"]  # noqa: F822 (see __getattr__)
