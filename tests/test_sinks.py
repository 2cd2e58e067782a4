"""Sinks, in process: JSON Lines lines and the SQLite tables (queried with sqlite3)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from extractor.record import error_record
from extractor.sinks import JsonLinesSink, SqliteSink, record_line


def test_record_line_is_one_line_and_round_trips(seed_record: dict) -> None:
    line = record_line(seed_record)
    assert "\n" not in line
    assert json.loads(line) == seed_record
    # UTF-8 text, not \\u escapes
    assert record_line({"name": "caf\u00e9 \u201cq\u201d"}) == '{"name": "caf\u00e9 \u201cq\u201d"}'
    assert record_line(seed_record) == line


def test_jsonl_sink_creates_folders_and_writes_lines(tmp_path: Path, seed_record: dict) -> None:
    out = tmp_path / "new" / "folder" / "records.jsonl"
    err = error_record({"path": "x.txt", "url": None}, "not_found", "x.txt: no such file")
    with JsonLinesSink(out) as sink:
        sink.write(seed_record)
        sink.write(err)
        assert out.read_text().count("\n") == 2  # flushed as it goes
    assert [json.loads(line) for line in out.read_text().splitlines()] == [seed_record, err]


def test_sqlite_sink_tables(tmp_path: Path, seed_record: dict) -> None:
    db_path = tmp_path / "records.sqlite"
    err = error_record({"path": None, "url": "http://x.org/a"}, "fetch_error", "http://x.org/a: HTTP 404")
    with SqliteSink(db_path) as sink:
        sink.write(seed_record)
        sink.write(err)
    db = sqlite3.connect(db_path)
    try:
        rows = db.execute("SELECT id, source_path, source_url, title, error_type, record FROM records"
                          " ORDER BY id").fetchall()
        assert len(rows) == 2
        assert rows[0][1:5] == (seed_record["source"]["path"], None, seed_record["article"]["title"], None)
        assert json.loads(rows[0][5]) == seed_record
        assert rows[1][1:5] == (None, "http://x.org/a", None, "fetch_error")
        events = db.execute("SELECT id, record_id, platform, action, event FROM events"
                            " ORDER BY id").fetchall()
        assert [(e[1], e[2], e[3]) for e in events] == [
            (rows[0][0], e["platform"], e["action"]) for e in seed_record["events"]]
        assert [json.loads(e[4]) for e in events] == seed_record["events"]
        targets = db.execute("SELECT e.platform, t.type, t.count FROM targets t"
                             " JOIN events e ON e.id = t.event_id ORDER BY e.id, t.rowid").fetchall()
        assert targets == [(e["platform"], t["type"], t["count"])
                           for e in seed_record["events"] for t in e["targets"]]
        accounts = db.execute("SELECT name, followers FROM named_accounts ORDER BY rowid").fetchall()
        assert accounts == [(a["name"], a["followers"])
                            for e in seed_record["events"] for a in e["named_accounts"]]
        (quotes,) = db.execute("SELECT count(*) FROM quotes").fetchone()
        assert quotes == len(seed_record["quotes"])
    finally:
        db.close()


def test_sqlite_sink_appends_to_an_existing_file(tmp_path: Path, seed_record: dict) -> None:
    db_path = tmp_path / "records.sqlite"
    for _ in range(2):
        with SqliteSink(db_path) as sink:
            sink.write(seed_record)
    db = sqlite3.connect(db_path)
    try:
        assert db.execute("SELECT count(*) FROM records").fetchone() == (2,)
        assert db.execute("SELECT count(*) FROM events").fetchone() == (2 * len(seed_record["events"]),)
    finally:
        db.close()
