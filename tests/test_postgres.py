"""The CLI's --db with a postgresql:// URL, end to end, into a real PostgreSQL server (started
by the ``postgres_url`` fixture; the sink's own tests run on PostgreSQL too, in test_database.py)."""
from __future__ import annotations

from tests.db_helpers import new_postgres_database, query
from tests.helpers import SEED, run_cli


def test_cli_writes_records_into_postgres(postgres_url: str, tmp_path) -> None:
    target = new_postgres_database(postgres_url)
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    for _ in range(2):  # the second run replaces the rows of the first
        result = run_cli("extract", "seed.txt", "missing.txt", "-o", "out.jsonl", "--db", target,
                         cwd=tmp_path)
        assert result.returncode == 1, result.stderr  # missing.txt failed; the seed is still written
    assert query(target, "SELECT source_path, error_type FROM articles ORDER BY id") == [
        ("seed.txt", None), ("missing.txt", "not_found")]
    assert query(target, "SELECT platform, action FROM events ORDER BY id") == [
        ("Twitter", "suspend"), ("Twitter", "suspend"), ("Facebook", "suspend")]
    assert sorted(query(target, "SELECT type, count FROM event_targets")) == [
        ("account", 80), ("account", 221), ("account", 1500), ("page", 559)]
    assert sorted(query(target, "SELECT name, followers FROM named_accounts")) == [
        ("End the Drug War", 460000), ("Free Thought Project", 3100000)]
    # the whole record is queryable as JSONB
    assert query(target, "SELECT record->'article'->>'title' FROM articles WHERE error_type IS NULL") == [
        ("Twitter bans left-wing accounts",)]
    assert query(target, "SELECT count(*) FROM quotes WHERE speaker = 'Twitter'")[0][0] >= 2
    stats = run_cli("db", "stats", target)
    assert stats.returncode == 0, stats.stderr
    lines = [line.split() for line in stats.stdout.splitlines()]
    assert lines[:2] == [["articles", "2"], ["events", "3"]]
    assert ["Facebook", "suspend", "1", "1"] in lines and ["Twitter", "suspend", "2", "1"] in lines
