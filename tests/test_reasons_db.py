"""The reasons table and the events per DSA category of ``db stats``, on a real SQLite file and
a real PostgreSQL server (each test runs on both)."""
from __future__ import annotations

from extractor.database import db_stats, open_database
from extractor.database.stats import NO_CATEGORY
from tests.db_helpers import SAMPLE_BY_NAME, SAMPLE_RECORDS, query

SEED = SAMPLE_BY_NAME["seed-wired-occupy.txt"]


def write(target: str, records: list[dict]) -> None:
    with open_database(target) as db:
        for record in records:
            db.write(record)


def test_reason_rows_are_the_records_reason_details(db_target: str) -> None:
    write(db_target, [SEED])
    rows = query(db_target, 'SELECT e.position, r.position, r.text, r.category, r.stated_by, r.claim, r.cue,'
                            ' r.start, r."end" FROM reasons r JOIN events e ON e.id = r.event_id'
                            ' ORDER BY e.position, r.position')
    expected = [(i, j, d["text"], d["category"], d["stated_by"], d["claim"], d["cue"],
                 d["evidence"]["start"], d["evidence"]["end"])
                for i, e in enumerate(SEED["events"]) for j, d in enumerate(e["reason_details"])]
    assert [(*r[:5], bool(r[5]), *r[6:]) for r in rows] == expected
    assert any(r[5] for r in rows), "the Occupy members' claim is a row, marked as a claim"
    [(categories,)] = query(db_target, "SELECT categories FROM events WHERE position = 0")
    assert "STATEMENT_CATEGORY_SCAMS_AND_FRAUD" in str(categories)


def test_rewriting_an_article_replaces_its_reasons(db_target: str) -> None:
    write(db_target, [SEED, SEED])
    total = sum(len(e["reason_details"]) for e in SEED["events"])
    assert query(db_target, "SELECT count(*) FROM reasons") == [(total,)]


def test_stats_count_events_per_category(db_target: str) -> None:
    write(db_target, SAMPLE_RECORDS)
    stats = db_stats(db_target)
    events = [e for r in SAMPLE_RECORDS for e in r["events"]]
    expected: dict[str, set[int]] = {}
    for k, e in enumerate(events):
        for category in e["categories"] or [NO_CATEGORY]:
            expected.setdefault(category, set()).add(k)
    assert {c.category: c.events for c in stats.categories} == {c: len(v) for c, v in expected.items()}
    assert stats.categories[-1].category == NO_CATEGORY
    lines = stats.lines()
    scams = "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"
    assert any(line.split()[:2] == [scams, str(len(expected[scams]))] for line in lines)
