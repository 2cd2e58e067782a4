"""Records into a real PostgreSQL server: the CLI's --db with a postgresql:// URL, and the sink."""
from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from extractor.sinks import PostgresSink, open_database
from tests.helpers import SEED, run_cli
from tests.postgres_server import postgres_server, server_bin

psycopg = pytest.importorskip("psycopg")


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    if server_bin() is None:
        if os.environ.get("EXTRACTOR_REQUIRE_POSTGRES") == "1":
            pytest.fail("EXTRACTOR_REQUIRE_POSTGRES=1 but no PostgreSQL server binaries are installed")
        pytest.skip("no PostgreSQL server binaries on this machine")
    with postgres_server() as url:
        for _ in range(50):
            try:
                psycopg.connect(url).close()
                break
            except psycopg.OperationalError:
                time.sleep(0.2)
        yield url


def rows(url: str, sql: str) -> list[tuple]:
    with psycopg.connect(url) as db:
        return db.execute(sql).fetchall()


def test_open_database_chooses_by_target(tmp_path) -> None:
    assert isinstance(open_database("postgresql://u@127.0.0.1/db"), PostgresSink)
    assert not isinstance(open_database(tmp_path / "x.sqlite"), PostgresSink)


def test_cli_writes_records_into_postgres(postgres_url: str, tmp_path) -> None:
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    result = run_cli("extract", "seed.txt", "missing.txt", "-o", "out.jsonl", "--db", postgres_url,
                     cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # missing.txt failed; the seed is still written
    assert rows(postgres_url, "SELECT source_path, error_type FROM records ORDER BY id") == [
        ("seed.txt", None), ("missing.txt", "not_found")]
    assert rows(postgres_url, "SELECT platform, action FROM events ORDER BY id") == [
        ("Twitter", "suspend"), ("Twitter", "suspend"), ("Facebook", "suspend")]
    assert sorted(rows(postgres_url, "SELECT type, count FROM targets")) == [
        ("account", 80), ("account", 221), ("account", 1500), ("page", 559)]
    assert sorted(rows(postgres_url, "SELECT name, followers FROM named_accounts")) == [
        ("End the Drug War", 460000), ("Free Thought Project", 3100000)]
    # the whole record is queryable as JSONB
    assert rows(postgres_url, "SELECT record->'article'->>'title' FROM records WHERE error_type IS NULL") == [
        ("Twitter bans left-wing accounts",)]
    assert rows(postgres_url, "SELECT count(*) FROM quotes WHERE speaker = 'Twitter'")[0][0] >= 2
