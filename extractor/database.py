"""Database sinks: records into SQLite (a file) or PostgreSQL (a server), in the same tables.

Tables: ``records`` (one row per input, the whole record as JSON), ``events``, ``targets``,
``named_accounts`` and ``quotes``, so that a researcher can query "every account Twitter
suspended in 2018" in SQL. Each record is written in one transaction.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

TABLES = """
CREATE TABLE IF NOT EXISTS records (
    id {id_type} PRIMARY KEY,
    source_path TEXT, source_url TEXT, title TEXT, published TEXT, outlet TEXT,
    text_sha256 TEXT, error_type TEXT, error_message TEXT, record {json_type} NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id {id_type} PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records(id),
    platform TEXT NOT NULL, action TEXT NOT NULL, action_text TEXT,
    when_start TEXT, when_end TEXT, confidence REAL, event {json_type} NOT NULL
);
CREATE TABLE IF NOT EXISTS targets (
    event_id INTEGER NOT NULL REFERENCES events(id), type TEXT NOT NULL, count BIGINT, count_text TEXT
);
CREATE TABLE IF NOT EXISTS named_accounts (
    event_id INTEGER NOT NULL REFERENCES events(id), name TEXT NOT NULL, handle TEXT, followers BIGINT
);
CREATE TABLE IF NOT EXISTS quotes (
    record_id INTEGER NOT NULL REFERENCES records(id), text TEXT NOT NULL, speaker TEXT,
    cue TEXT, start INTEGER, "end" INTEGER
);
"""


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class DatabaseSink:
    """Writes records as rows; subclasses say how to connect and how parameters are written."""

    id_type = "INTEGER"
    json_type = "TEXT"
    placeholder = "?"

    def connect(self) -> Any:
        raise NotImplementedError

    def __enter__(self) -> DatabaseSink:
        self.db = self.connect()
        ddl = TABLES.format(id_type=self.id_type, json_type=self.json_type)
        cur = self.db.cursor()
        for statement in ddl.split(";"):
            if statement.strip():
                cur.execute(statement)
        self.db.commit()
        return self

    def insert(self, cur: Any, table: str, row: dict, returning: bool = False) -> int | None:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join([self.placeholder] * len(row))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})" + (" RETURNING id" if returning else "")
        cur.execute(sql, tuple(row.values()))
        return cur.fetchone()[0] if returning else None

    def write(self, record: dict) -> None:
        article = record.get("article") or {}
        error = record.get("error") or {}
        cur = self.db.cursor()
        try:
            record_id = self.insert(cur, "records", {
                "source_path": record["source"]["path"], "source_url": record["source"]["url"],
                "title": article.get("title"), "published": article.get("published"),
                "outlet": article.get("outlet"), "text_sha256": article.get("text_sha256"),
                "error_type": error.get("type"), "error_message": error.get("message"),
                "record": as_json(record)}, returning=True)
            for event in record.get("events", []):
                when = event.get("when") or {}
                event_id = self.insert(cur, "events", {
                    "record_id": record_id, "platform": event["platform"], "action": event["action"],
                    "action_text": event["action_text"], "when_start": when.get("start"),
                    "when_end": when.get("end"), "confidence": event["confidence"],
                    "event": as_json(event)}, returning=True)
                for t in event["targets"]:
                    self.insert(cur, "targets", {"event_id": event_id, "type": t["type"], "count": t["count"],
                                                 "count_text": t["count_text"]})
                for a in event["named_accounts"]:
                    self.insert(cur, "named_accounts", {"event_id": event_id, "name": a["name"],
                                                        "handle": a["handle"], "followers": a["followers"]})
            for q in record.get("quotes", []):
                self.insert(cur, "quotes", {"record_id": record_id, "text": q["text"],
                                            "speaker": q["speaker"], "cue": q["cue"], "start": q["start"],
                                            "end": q["end"]})
        except Exception:
            self.db.rollback()
            raise
        self.db.commit()

    def __exit__(self, *exc: object) -> None:
        if getattr(self, "db", None) is not None:
            self.db.close()


class SqliteSink(DatabaseSink):
    """A SQLite file (created when missing; records are appended)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    def connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path)


class PostgresSink(DatabaseSink):
    """A PostgreSQL database, given as a URL (``postgresql://user@host:port/dbname``).

    Needs the optional dependency psycopg: ``pip install -e '.[postgres]'``.
    """

    id_type = "BIGINT GENERATED ALWAYS AS IDENTITY"
    json_type = "JSONB"
    placeholder = "%s"

    def __init__(self, url: str):
        self.url = url

    def connect(self) -> Any:
        try:
            import psycopg
        except ImportError as e:
            raise RuntimeError("PostgreSQL output needs psycopg: pip install -e '.[postgres]'") from e
        return psycopg.connect(self.url, connect_timeout=10)


def open_database(target: str | Path) -> DatabaseSink:
    """A PostgreSQL sink for a postgres:// or postgresql:// URL, else a SQLite file."""
    text = str(target)
    if text.startswith(("postgres://", "postgresql://")):
        return PostgresSink(text)
    return SqliteSink(text)
