"""The CLI end to end (subprocess): files of every kind and stdin, --db, batch, usage errors."""
from __future__ import annotations

import gzip
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from extractor.schema import violations
from tests.helpers import ARTICLE_HTML, SEED, CliResult, read_jsonl, run_cli, write_article_files

GOOD = ("story.txt", "story.html", "story.html.gz", "-")
BAD = {"missing.txt": ("not_found", "no such file"), "empty.txt": ("article_error", "empty"),
       "garbage.txt": ("article_error", "binary"), "bad.html.gz": ("read_error", "not valid gzip")}


@pytest.fixture(scope="module")
def files_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CliResult]:
    """One `extract` over good and bad files and stdin (the seed), to a file and a SQLite db."""
    folder = tmp_path_factory.mktemp("files")
    write_article_files(folder)
    result = run_cli("extract", *GOOD, *BAD, "-o", "out/records.jsonl", "--db", "records.sqlite",
                     stdin=SEED.read_bytes(), cwd=folder)
    return folder, result


def test_files_exit_status_and_one_record_each(files_run: tuple[Path, CliResult]) -> None:
    folder, result = files_run
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""  # records went to -o
    records = read_jsonl((folder / "out" / "records.jsonl").read_text(encoding="utf-8"))
    sources = [(r["source"]["path"], r["source"]["url"]) for r in records]
    assert sources == [(name, None) for name in (*GOOD, *BAD)]
    for name, record in zip(GOOD, records, strict=False):  # the hash of the input as stored
        stored = SEED.read_bytes() if name == "-" else (folder / name).read_bytes()
        assert record["source"]["sha256"] == hashlib.sha256(stored).hexdigest()
    for record in records:
        assert violations(record) == []


def test_good_files_give_events(files_run: tuple[Path, CliResult]) -> None:
    folder, _ = files_run
    records = read_jsonl((folder / "out" / "records.jsonl").read_text(encoding="utf-8"))
    txt, html, html_gz, stdin = records[:4]
    for record in (txt, html, html_gz):
        assert "error" not in record, record.get("error")
        counts = [(e["platform"], e["action"], t["count"]) for e in record["events"] for t in e["targets"]]
        assert ("Twitter", "suspend", 1500) in counts
    assert txt["article"]["title"] == "Spam network taken down"
    assert html["article"]["title"] == html_gz["article"]["title"] == "Twitter suspends spam accounts"
    html.pop("source"), html_gz.pop("source")
    assert html == html_gz
    assert stdin["article"]["title"] == "Twitter bans left-wing accounts"
    assert {e["platform"] for e in stdin["events"]} >= {"Twitter", "Facebook"}


def test_bad_files_give_one_line_error_records(files_run: tuple[Path, CliResult]) -> None:
    folder, result = files_run
    records = read_jsonl((folder / "out" / "records.jsonl").read_text(encoding="utf-8"))[len(GOOD):]
    for record, (name, (kind, cause)) in zip(records, BAD.items(), strict=True):
        assert set(record) == {"schema_version", "extractor_version", "source", "error"}
        assert record["error"]["type"] == kind
        assert record["error"]["message"].startswith(f"{name}: ")
        assert cause in record["error"]["message"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(BAD)
    for line, name in zip(errors, BAD, strict=True):
        assert name in line


def test_db_holds_the_records(files_run: tuple[Path, CliResult]) -> None:
    folder, _ = files_run
    db = sqlite3.connect(folder / "records.sqlite")
    try:
        # story.html and story.html.gz hold the same article (same text, no URL): one row, the last written
        keys = [k for (k,) in db.execute("SELECT key FROM articles WHERE error_type IS NULL ORDER BY id")]
        assert len(keys) == len(set(keys)) == len(GOOD) - 1
        assert all(k.startswith("sha256:") for k in keys)
        errors = db.execute("SELECT key, source_path, error_type FROM articles WHERE error_type IS NOT NULL"
                            " ORDER BY id").fetchall()
        assert errors == [(f"error:{name}", name, kind) for name, (kind, _) in BAD.items()]
        rows = db.execute("SELECT a.source_path, e.platform, e.action, t.type, t.count FROM articles a"
                          " JOIN events e ON e.article_id = a.id"
                          " JOIN event_targets t ON t.event_id = e.id").fetchall()
        for name in ("story.txt", "story.html.gz"):
            assert (name, "Twitter", "suspend", "account", 1500) in rows
        seed = {(p, t, c) for path, p, _, t, c in rows if path == "-"}
        assert {("Facebook", "page", 559), ("Facebook", "account", 221)} <= seed
        accounts = db.execute("SELECT name, followers FROM named_accounts").fetchall()
        assert ("Free Thought Project", 3_100_000) in accounts
    finally:
        db.close()


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CliResult]:
    base = tmp_path_factory.mktemp("batch")
    root, outside = base / "articles", base / "outside"
    (root / "2018" / "10").mkdir(parents=True)
    outside.mkdir()
    (root / "a.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (root / "2018" / "b.txt").write_bytes(SEED.read_bytes())
    (root / "2018" / "10" / "c.html.gz").write_bytes(gzip.compress(ARTICLE_HTML.encode()))
    (root / "bad.html.gz").write_bytes(b"\x1f\x8b\x08\x00 broken")
    (root / "README.md").write_text("not an article")
    (outside / "secret.txt").write_text("Secret\n\nTwitter banned 5 accounts.")
    (outside / "more.html").write_text(ARTICLE_HTML)
    os.symlink(outside / "secret.txt", root / "leak.txt")  # out of the folder: an error record, not read
    os.symlink(outside, root / "leakdir")  # out of the folder: not followed
    os.symlink("2018/b.txt", root / "alias.txt")  # inside
    os.symlink(root / "2018", root / "latest")  # inside
    os.symlink("..", root / "2018" / "up")  # a loop
    return root, run_cli("batch", str(root), "-o", str(base / "records.jsonl"))


def test_batch(batch_run: tuple[Path, CliResult]) -> None:
    root, result = batch_run
    assert result.returncode == 1, result.stderr
    records = read_jsonl((root.parent / "records.jsonl").read_text(encoding="utf-8"))
    paths = [Path(r["source"]["path"]).relative_to(root).as_posix() for r in records]
    assert paths == ["2018/10/c.html.gz", "2018/b.txt", "a.html", "alias.txt", "bad.html.gz",
                     "latest/10/c.html.gz", "latest/b.txt", "leak.txt"]
    assert all(violations(r) == [] for r in records)
    bad, leak = [r for r in records if "error" in r]
    assert bad["source"]["path"].endswith("bad.html.gz")
    assert bad["error"]["type"] == "read_error"
    assert leak["error"]["type"] == "outside_folder"
    assert "symbolic link leading out of the folder" in leak["error"]["message"]
    assert "banned 5 accounts" not in (root.parent / "records.jsonl").read_text()  # never read
    assert result.stderr.count("error:") == 2


def test_usage_error_exit_2_subprocess() -> None:
    result = run_cli("extract")  # no input
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Missing argument" in result.stderr


@pytest.mark.parametrize("args", [
    ["extract", "--no-such-option", "x.txt"],
    ["extract", "--timeout", "0", "x.txt"],
    ["batch", "/no/such/folder"],
    ["validate", "/no/such/file.jsonl"],
    ["frobnicate"],
    ["extract", "--db", "mysql://u@127.0.0.1/db", "x.txt"],
    ["db", "stats", "/no/such/records.db"],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    """In process (Typer's runner) to spare a subprocess per case; the same app object as the CLI."""
    from typer.testing import CliRunner

    from extractor.cli import app

    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""


def test_a_database_that_cannot_be_opened_stops_before_any_input(tmp_path: Path) -> None:
    """In process: --db into a database of another table layout is refused in one line, exit 2."""
    from typer.testing import CliRunner

    from extractor.cli import app

    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.executescript("CREATE TABLE schema_version (version INTEGER PRIMARY KEY); "
                     "INSERT INTO schema_version VALUES (7);")
    db.close()
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", "--db", str(other), "-o", str(out), "missing.txt"])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"error: --db {other}: the database has table layout version [7]; this extractor writes version 2"
        " (write into a new database)"]
    assert not out.exists()  # the database is opened first: nothing was read or written
