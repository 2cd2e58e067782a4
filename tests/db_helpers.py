"""Database test helpers: sample records, and queries through each database's own client
(sqlite3, psycopg), not through the code under test."""
from __future__ import annotations

import copy
import itertools
import json
import os
import sqlite3

from tests.helpers import SAMPLES

# the records of the samples, as the extractor writes them (no model needed)
SAMPLE_BY_NAME = {p.name.removesuffix(".json"): json.loads(p.read_text(encoding="utf-8"))
                  for p in sorted((SAMPLES / "expected").glob("*.json"))}
SAMPLE_RECORDS = list(SAMPLE_BY_NAME.values())
ROW_TABLES = ("articles", "events", "event_targets", "named_accounts", "reasons", "quotes")
_databases = itertools.count()


def query(target: str, sql: str) -> list[tuple]:
    """The rows of a query, through sqlite3 for a file and psycopg for a postgresql:// URL."""
    if target.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(target) as db:
            return db.execute(sql).fetchall()
    db = sqlite3.connect(target)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def row_counts(target: str) -> dict[str, int]:
    return {table: query(target, f"SELECT count(*) FROM {table}")[0][0] for table in ROW_TABLES}


def record_counts(records: list[dict]) -> dict[str, int]:
    """The rows that records should give: one article per distinct key, and the events, targets,
    named accounts and quotes of the last record of each key."""
    from extractor.database.rows import article_key

    last = {article_key(r): r for r in records}
    events = [e for r in last.values() for e in r.get("events", [])]
    return {"articles": len(last), "events": len(events),
            "event_targets": sum(len(e["targets"]) for e in events),
            "named_accounts": sum(len(e["named_accounts"]) for e in events),
            "reasons": sum(len(e.get("reason_details", [])) for e in events),
            "quotes": sum(len(r.get("quotes", [])) for r in last.values())}


def incomplete_articles(target: str) -> list[str]:
    """Keys of articles whose events or quotes are not all there (compared with their own
    record, stored as JSON in the same row)."""
    bad = []
    for key, record, n_events, n_quotes in query(target, (
            "SELECT a.key, a.record,"
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id),"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) FROM articles a")):
        record = json.loads(record) if isinstance(record, str) else record
        if (n_events, n_quotes) != (len(record.get("events", [])), len(record.get("quotes", []))):
            bad.append(key)
    return bad


def with_url(record: dict, url: str) -> dict:
    """A copy of a record about another article (another URL)."""
    record = copy.deepcopy(record)
    record["article"]["url"] = url
    return record


def new_postgres_database(server_url: str) -> str:
    """A new, empty database on a PostgreSQL server; its URL."""
    import psycopg

    name = f"extractor_test_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(server_url, autocommit=True) as db:
        db.execute(f"CREATE DATABASE {name}")
    return server_url.rsplit("/", 1)[0] + "/" + name
