"""Sinks: where records go. JSON Lines (a file or standard output) and a database
(SQLite file or PostgreSQL server, in ``extractor.database``)."""
from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import IO

from extractor.faults import OutputFailed, cause


def record_line(record: dict) -> str:
    """One record as one deterministic JSON line."""
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


class JsonLinesSink:
    """Writes each record as one line in one write, unbuffered, so that work done is never lost and
    a killed run leaves at most its last line torn (``--resume`` cuts it off). A write that fails
    (disk full) raises ``OutputFailed`` and cuts off what it wrote of its line."""

    def __init__(self, path: str | Path | None = None, append: bool = False):
        self.path = None if path in (None, "-") else Path(path)
        self.append = append  # add to the file (--resume) instead of starting it afresh
        self._fh: IO[str] | None = None
        self._file: IO[bytes] | None = None

    def __enter__(self) -> JsonLinesSink:
        if self.path is None:
            self._fh = sys.stdout
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("ab" if self.append else "wb", buffering=0)
        except OSError as e:
            raise OutputFailed(f"-o {self.path}: {cause(e)}") from e
        return self

    def write(self, record: dict) -> None:
        line = record_line(record) + "\n"
        if self._file is None:
            assert self._fh is not None
            self._fh.write(line)
            self._fh.flush()
            return
        data = line.encode("utf-8")
        start = self._file.tell() if self._file.seekable() else None
        try:
            written = 0
            while written < len(data):
                written += self._file.write(data[written:]) or 0
        except OSError as e:
            if start is not None:
                with contextlib.suppress(OSError):  # else --resume cuts it off
                    self._file.truncate(start)  # no torn line left behind
            raise OutputFailed(f"-o {self.path}: {cause(e)}") from e

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()


def __getattr__(name: str) -> object:
    """``DatabaseSink`` and ``open_database`` (extractor.database), imported on first use: SQLAlchemy
    is loaded only when a run writes into a database."""
    if name in ("DatabaseSink", "open_database"):
        import extractor.database

        return getattr(extractor.database, name)
    raise AttributeError(f"module 'extractor.sinks' has no attribute {name!r}")


__all__ = ["JsonLinesSink", "DatabaseSink", "open_database", "record_line"]  # noqa: F822 (see __getattr__)
