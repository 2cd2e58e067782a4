"""Determinism and validity: the same input gives byte-identical output; every sample validates."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import extractor
from extractor.sinks import record_line
from tests.helpers import ARTICLE_HTML, SAMPLES, SEED, read_jsonl, run_cli

SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix in {".txt", ".html"})


def test_there_are_samples() -> None:
    assert SEED in SAMPLE_FILES


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_sample_record_validates(path: Path) -> None:
    record = extractor.extract_input(str(path))
    assert "error" not in record, record.get("error")
    assert extractor.violations(record) == []


def test_in_process_runs_are_identical() -> None:
    text = SEED.read_text(encoding="utf-8")
    first = record_line(extractor.extract(text, path="seed"))
    second = record_line(extractor.extract(text, path="seed"))
    assert first == second


def test_cli_runs_are_byte_identical(tmp_path: Path) -> None:
    (tmp_path / "story.html.gz").write_bytes(gzip.compress(ARTICLE_HTML.encode()))
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    args = ("extract", "seed.txt", "story.html.gz", "missing.txt")
    first = run_cli(*args, cwd=tmp_path)
    second = run_cli(*args, cwd=tmp_path)
    assert first.returncode == second.returncode == 1
    assert first.stdout.encode() == second.stdout.encode()
    records = read_jsonl(first.stdout)
    assert len(records) == 3
    # the CLI writes what the API returns
    in_process = extractor.extract_input(str(tmp_path / "seed.txt"))
    in_process["source"]["path"] = "seed.txt"
    assert records[0] == in_process


def test_the_same_page_twice_in_one_process_gives_the_same_record() -> None:
    """A worker reads many pages: what it read before must not change a record. (trafilatura's
    ``deduplicate`` keeps a process-wide cache of paragraphs and drops them once seen more than
    MAX_REPETITIONS times.)"""
    from extractor.api import extract
    from tests.helpers import SAMPLES

    page = (SAMPLES / "youtube-channels.html").read_bytes()
    first, *later = [extract(page) for _ in range(4)]
    assert all(record == first for record in later)
    assert first["events"]
