"""Sinks, in process: JSON Lines lines (the database sink: test_database.py)."""
from __future__ import annotations

import json
from pathlib import Path

from extractor.record import error_record
from extractor.sinks import JsonLinesSink, record_line


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
