"""Sinks: where records go. JSON Lines (a file or standard output) and SQLite."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import IO


def record_line(record: dict) -> str:
    """One record as one deterministic JSON line."""
    return json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


class JsonLinesSink:
    """Writes each record as one line, flushed, so that work done is never lost."""

    def __init__(self, path: str | Path | None = None):
        self.path = None if path in (None, "-") else Path(path)
        self._fh: IO[str] | None = None

    def __enter__(self) -> JsonLinesSink:
        if self.path is None:
            self._fh = sys.stdout
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("w", encoding="utf-8")
        return self

    def write(self, record: dict) -> None:
        assert self._fh is not None
        self._fh.write(record_line(record) + "\n")
        self._fh.flush()

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None and self._fh is not sys.stdout:
            self._fh.close()


SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY,
    source_path TEXT, source_url TEXT, title TEXT, published TEXT, outlet TEXT,
    text_sha256 TEXT, error_type TEXT, error_message TEXT, record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records(id),
    platform TEXT NOT NULL, action TEXT NOT NULL, action_text TEXT,
    when_start TEXT, when_end TEXT, confidence REAL, event TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS targets (
    event_id INTEGER NOT NULL REFERENCES events(id), type TEXT NOT NULL, count INTEGER, count_text TEXT
);
CREATE TABLE IF NOT EXISTS named_accounts (
    event_id INTEGER NOT NULL REFERENCES events(id), name TEXT NOT NULL, handle TEXT, followers INTEGER
);
CREATE TABLE IF NOT EXISTS quotes (
    record_id INTEGER NOT NULL REFERENCES records(id), text TEXT NOT NULL, speaker TEXT,
    cue TEXT, start INTEGER, "end" INTEGER
);
"""


class SqliteSink:
    """Writes records into a SQLite file: one row per record, event, target, account and quote."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db: sqlite3.Connection | None = None

    def __enter__(self) -> SqliteSink:
        self.db = sqlite3.connect(self.path)
        self.db.executescript(SQLITE_SCHEMA)
        return self

    def write(self, record: dict) -> None:
        assert self.db is not None
        article = record.get("article") or {}
        error = record.get("error") or {}
        with self.db:
            cur = self.db.execute(
                "INSERT INTO records (source_path, source_url, title, published, outlet, text_sha256,"
                " error_type, error_message, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record["source"]["path"], record["source"]["url"], article.get("title"),
                 article.get("published"), article.get("outlet"), article.get("text_sha256"),
                 error.get("type"), error.get("message"), record_line(record)))
            record_id = cur.lastrowid
            for event in record.get("events", []):
                when = event.get("when") or {}
                ev = self.db.execute(
                    "INSERT INTO events (record_id, platform, action, action_text, when_start, when_end,"
                    " confidence, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (record_id, event["platform"], event["action"], event["action_text"], when.get("start"),
                     when.get("end"), event["confidence"], json.dumps(event, ensure_ascii=False)))
                self.db.executemany(
                    "INSERT INTO targets VALUES (?, ?, ?, ?)",
                    [(ev.lastrowid, t["type"], t["count"], t["count_text"]) for t in event["targets"]])
                self.db.executemany(
                    "INSERT INTO named_accounts VALUES (?, ?, ?, ?)",
                    [(ev.lastrowid, a["name"], a["handle"], a["followers"]) for a in event["named_accounts"]])
            self.db.executemany(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)",
                [(record_id, q["text"], q["speaker"], q["cue"], q["start"], q["end"])
                 for q in record.get("quotes", [])])

    def __exit__(self, *exc: object) -> None:
        if self.db is not None:
            self.db.close()
