"""The database sink, against a real SQLite file and a real PostgreSQL server (each test runs on
both): tables, keys, replacing an article, failed and killed writes, concurrent writers, stats."""
from __future__ import annotations

import copy
import json
import threading
import time

import pytest
from sqlalchemy.exc import IntegrityError

from extractor.database import DatabaseSink, LayoutError, database_url, db_stats, open_database
from extractor.database.rows import article_key
from extractor.record import error_record
from tests import db_writer
from tests.db_helpers import (
    SAMPLE_BY_NAME,
    SAMPLE_RECORDS,
    incomplete_articles,
    new_postgres_database,
    query,
    record_counts,
    row_counts,
    with_url,
)

SEED, TELEGRAM = SAMPLE_BY_NAME["seed-wired-occupy.txt"], SAMPLE_BY_NAME["telegram-channel.txt"]
ERROR = error_record({"path": None, "url": "http://x.org/a"}, "fetch_error", "http://x.org/a: HTTP 404")


def write(target: str, records: list[dict]) -> None:
    with open_database(target) as db:
        for record in records:
            db.write(record)


def test_targets_and_keys(tmp_path) -> None:
    assert database_url("postgresql://u@127.0.0.1/db").drivername == "postgresql+psycopg"
    assert database_url("postgres://u@127.0.0.1/db").drivername == "postgresql+psycopg"
    assert database_url(tmp_path / "x.db").database == str(tmp_path / "x.db")
    assert database_url("sqlite:///x.db").database == "x.db"
    assert article_key(TELEGRAM) == TELEGRAM["article"]["url"]
    assert article_key(SEED) == "sha256:" + SEED["article"]["text_sha256"]
    assert article_key(ERROR) == "error:http://x.org/a"


def test_tables_hold_the_records(db_target: str) -> None:
    write(db_target, [SEED, TELEGRAM, ERROR])
    assert query(db_target, "SELECT version FROM schema_version") == [(2,)]
    articles = query(db_target, "SELECT key, source_path, source_url, title, url, error_type, error_message,"
                                " extractor_version FROM articles ORDER BY id")
    assert articles == [
        (article_key(SEED), SEED["source"]["path"], None, SEED["article"]["title"], None, None, None,
         "0.1.0"),
        (TELEGRAM["article"]["url"], TELEGRAM["source"]["path"], None, TELEGRAM["article"]["title"],
         TELEGRAM["article"]["url"], None, None, "0.1.0"),
        ("error:http://x.org/a", None, "http://x.org/a", None, None, "fetch_error", ERROR["error"]["message"],
         ERROR["extractor_version"])]
    [(stored,)] = query(db_target, f"SELECT record FROM articles WHERE key = '{article_key(SEED)}'")
    assert (json.loads(stored) if isinstance(stored, str) else stored) == SEED
    events = query(db_target, "SELECT e.platform, e.action, e.action_text, e.confidence FROM events e"
                              " JOIN articles a ON a.id = e.article_id ORDER BY a.id, e.position")
    assert events == [(e["platform"], e["action"], e["action_text"], e["confidence"])
                      for r in (SEED, TELEGRAM) for e in r["events"]]
    targets = query(db_target, "SELECT e.platform, t.type, t.count, t.count_text, t.evidence_start"
                               " FROM event_targets t JOIN events e ON e.id = t.event_id"
                               " JOIN articles a ON a.id = e.article_id"
                               " ORDER BY a.id, e.position, t.position")
    assert targets == [(e["platform"], t["type"], t["count"], t["count_text"], t["evidence"]["start"])
                       for r in (SEED, TELEGRAM) for e in r["events"] for t in e["targets"]]
    accounts = query(db_target, "SELECT name, handle, followers, followers_text FROM named_accounts"
                                " ORDER BY event_id, position")
    assert accounts == [(a["name"], a["handle"], a["followers"], a["followers_text"])
                        for r in (SEED, TELEGRAM) for e in r["events"] for a in e["named_accounts"]]
    quotes = query(db_target, 'SELECT q.text, q.speaker, q.speaker_start, q.cue, q.start, q."end",'
                              " q.speaker_platform FROM quotes q JOIN articles a ON a.id = q.article_id"
                              " ORDER BY a.id, q.position")
    assert quotes == [(q["text"], q["speaker"], (q["speaker_span"] or {}).get("start"), q["cue"], q["start"],
                       q["end"], q["speaker_platform"]) for r in (SEED, TELEGRAM) for q in r["quotes"]]


def test_writing_twice_keeps_the_row_counts(db_target: str) -> None:
    records = [*SAMPLE_RECORDS, ERROR]
    write(db_target, records)
    first = row_counts(db_target)
    assert first == {**record_counts(SAMPLE_RECORDS), "articles": len(records)}
    write(db_target, records)
    assert row_counts(db_target) == first


def test_a_new_version_of_an_article_replaces_its_rows(db_target: str) -> None:
    write(db_target, [SEED, TELEGRAM])
    newer = copy.deepcopy(SEED)
    newer["extractor_version"] = "0.2.0"
    newer["events"] = newer["events"][2:]  # one event left, with two targets and two accounts
    newer["events"][0]["targets"][0]["count"] = 560
    newer["events"][0]["targets"][0]["qualifier"] = "more than"  # fields of later versions are read too
    newer["events"][0]["targets"][0]["approximate"] = True
    newer["events"][0]["when"] = {"text": "in August", "start": "2018-08-01", "end": "2018-08-31",
                                  "precision": "month", "anchor": "published"}
    newer["quotes"] = newer["quotes"][:1]
    write(db_target, [newer])
    assert row_counts(db_target) == record_counts([TELEGRAM, newer])
    assert query(db_target, f"SELECT extractor_version FROM articles WHERE key = '{article_key(SEED)}'") == [
        ("0.2.0",)]
    assert query(db_target, "SELECT when_text, when_start, when_end, when_precision, when_anchor FROM events"
                            " WHERE platform = 'Facebook'") == [
        ("in August", "2018-08-01", "2018-08-31", "month", "published")]
    rows = query(db_target, "SELECT type, count, qualifier, approximate FROM event_targets"
                            " WHERE count IN (559, 560, 221)")
    assert sorted((t, c, q, bool(a)) for t, c, q, a in rows) == [  # SQLite stores booleans as 0/1
        ("account", 221, None, False), ("page", 560, "more than", True)]
    # no orphans: every child row belongs to an article that is there
    assert query(db_target, "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"
                            " UNION ALL SELECT count(*) FROM event_targets WHERE event_id NOT IN"
                            " (SELECT id FROM events)") == [(0,), (0,)]


def test_an_error_row_is_replaced_by_the_article_of_the_same_input(db_target: str) -> None:
    path = SEED["source"]["path"]
    failed = error_record({"path": path, "url": None}, "read_error", f"{path}: unreadable")
    write(db_target, [failed, TELEGRAM])
    assert query(db_target, "SELECT key FROM articles WHERE error_type IS NOT NULL") == [(f"error:{path}",)]
    write(db_target, [SEED])
    assert query(db_target, "SELECT count(*) FROM articles WHERE error_type IS NOT NULL") == [(0,)]
    # and an error never replaces an article: the error row comes beside it
    write(db_target, [failed])
    assert row_counts(db_target)["articles"] == 3
    assert row_counts(db_target)["events"] == len(SEED["events"]) + len(TELEGRAM["events"])


def test_a_failed_write_leaves_the_article_as_it_was(db_target: str) -> None:
    write(db_target, [SEED, TELEGRAM])
    broken = copy.deepcopy(SEED)
    broken["extractor_version"] = "0.2.0"
    broken["events"][1]["platform"] = None  # NOT NULL: fails after the article and one event are in
    with open_database(db_target) as db, pytest.raises(IntegrityError):
        db.write(with_url(TELEGRAM, "https://example.org/other"))  # in the same batch, before it
        db.write(broken)
    assert row_counts(db_target) == record_counts([SEED, TELEGRAM, with_url(TELEGRAM, "x")])
    assert query(db_target, f"SELECT extractor_version FROM articles WHERE key = '{article_key(SEED)}'") == [
        ("0.1.0",)]
    assert incomplete_articles(db_target) == []
    write(db_target, [copy.deepcopy(SEED) | {"extractor_version": "0.2.0"}])  # the rerun completes it
    assert query(db_target, f"SELECT extractor_version FROM articles WHERE key = '{article_key(SEED)}'") == [
        ("0.2.0",)]


def test_a_killed_writer_leaves_no_half_written_article(db_target: str) -> None:
    hanging = db_writer.FORK.Event()
    proc = db_writer.start(db_target, "k", 3, hang_in=6, hanging=hanging)
    try:
        assert hanging.wait(60), "the writer did not reach article 6"
    finally:
        proc.kill()  # SIGKILL inside article 6: no cleanup, no rollback by the process itself
        proc.join()
    records = db_writer.records("k", 3)
    hung = article_key(records[5])
    assert incomplete_articles(db_target) == []
    assert query(db_target, f"SELECT count(*) FROM articles WHERE key = '{hung}'") == [(0,)]
    if not db_target.startswith("postgresql://"):  # SQLite commits each article: the five before are in
        assert row_counts(db_target) == record_counts(records[:5])
    rerun = db_writer.start(db_target, "k", 3)
    rerun.join(120)
    assert rerun.exitcode == 0
    assert row_counts(db_target) == record_counts(records)
    assert incomplete_articles(db_target) == []


def test_processes_write_into_one_database_at_once(db_target: str) -> None:
    # three writer processes, started together once each has opened the database: two write the
    # same articles, one its own ones
    go = db_writer.FORK.Event()
    prefixes = ("shared", "shared", "own")
    ready = [db_writer.FORK.Event() for _ in prefixes]
    procs = [db_writer.start(db_target, prefix, 25, ready=r, go=go)
             for prefix, r in zip(prefixes, ready, strict=True)]
    assert all(r.wait(60) for r in ready)
    go.set()
    for proc in procs:
        proc.join(300)
        assert proc.exitcode == 0
    expected = record_counts([r for prefix in set(prefixes) for r in db_writer.records(prefix, 25)])
    assert row_counts(db_target) == expected
    assert incomplete_articles(db_target) == []
    if not db_target.startswith("postgresql://"):
        assert query(db_target, "PRAGMA integrity_check") == [("ok",)]
        assert query(db_target, "PRAGMA journal_mode") == [("wal",)]


def test_postgres_writers_inserting_one_new_article_at_once(postgres_url: str) -> None:
    """The second writer waits for the first one's transaction, then replaces its article."""
    target = new_postgres_database(postgres_url)
    newer = copy.deepcopy(TELEGRAM) | {"extractor_version": "0.2.0"}
    errors: list[BaseException] = []
    with DatabaseSink(target, batch_size=100, batch_seconds=600) as first, \
            DatabaseSink(target, batch_size=1) as second:
        first.write(TELEGRAM)  # not committed yet

        def write_second() -> None:
            try:
                second.write(newer)  # its insert waits on the first one's uncommitted row
            except BaseException as e:
                errors.append(e)

        thread = threading.Thread(target=write_second)
        thread.start()
        time.sleep(1)
        assert thread.is_alive()
        first.commit()
        thread.join(30)
    assert errors == []
    assert query(target, "SELECT key, extractor_version FROM articles") == [(article_key(TELEGRAM), "0.2.0")]
    assert row_counts(target) == record_counts([newer])


def test_stats_count_per_platform_and_action(db_target: str) -> None:
    write(db_target, [*SAMPLE_RECORDS, ERROR, with_url(TELEGRAM, "https://example.org/again")])
    stats = db_stats(db_target)
    assert stats.tables == record_counts([*SAMPLE_RECORDS, ERROR, with_url(TELEGRAM, "x")])
    assert stats.error_records == 1
    pairs = [(e["platform"], e["action"]) for r in [*SAMPLE_RECORDS, TELEGRAM] for e in r["events"]]
    assert {(a.platform, a.action): a.events for a in stats.actions} == {
        p: pairs.count(p) for p in set(pairs)}
    telegram = [a for a in stats.actions if a.platform == "Telegram"]
    # the sample's suspension and its removal of posts "also" done are one event each per copy
    assert sorted((a.action, a.events, a.articles) for a in telegram) == [("remove", 2, 2), ("suspend", 2, 2)]
    lines = stats.lines()
    assert lines[0].split() == ["articles", str(stats.tables["articles"])]
    assert any(line.split() == ["Telegram", telegram[0].action, "2", "2"] for line in lines)


def test_stats_refuse_what_is_not_an_extractor_database(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        db_stats(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()
    other = tmp_path / "other.db"
    query(str(other), "CREATE TABLE t (x)")
    with pytest.raises(LayoutError):
        db_stats(other)
