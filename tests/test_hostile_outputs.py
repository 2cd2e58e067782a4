"""Faults of the outputs (issue 14, items 4-6), end to end in subprocesses with a real SQLite file and a
real PostgreSQL server: a run killed while writing to a database, a NUL character in an article, a
full disk, a database server that drops the connection mid-run. After each, the files and the
database agree, and ``--resume`` completes them to exactly what an uninterrupted run writes."""
from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import extractor
from extractor.faults import OutputFailed
from extractor.resume import put_in_order
from tests.db_helpers import new_postgres_database, query
from tests.helpers import ARTICLE_TEXT, ROOT, SEED, run_cli

N_INPUTS = 150  # more than one PostgreSQL batch (100 articles), each a distinct article


def make_folder(folder: Path) -> None:
    folder.mkdir()
    for n in range(N_INPUTS):
        (folder / f"{n:03d}.txt").write_text(
            f"Council notes {n}\n\nThe council met on day {n} to discuss the budget for the library.\n",
            encoding="utf-8")


def start_cli(*args: str, limit_file_size: int | None = None) -> subprocess.Popen:
    def child_setup() -> None:
        if limit_file_size is not None:  # a full disk: writes past this size fail with EFBIG
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen([sys.executable, "-m", "extractor", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=env, start_new_session=True,
                            preexec_fn=child_setup)


def lines_in(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def wait_for_lines(process: subprocess.Popen, path: Path, n: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while lines_in(path) < n:
        assert process.poll() is None, "the run ended before the fault could be made"
        assert time.monotonic() < deadline
        time.sleep(0.05)


def keys_in_file(path: Path) -> list[str]:
    return [json.loads(line)["source"]["path"] for line in path.read_text(encoding="utf-8").splitlines()]


def keys_in_db(target: str) -> set[str]:
    return {row[0] for row in query(target, "SELECT source_path FROM articles")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """The folder and the output of a run never interrupted."""
    base = tmp_path_factory.mktemp("outputs")
    folder = base / "articles"
    make_folder(folder)
    result = run_cli("batch", str(folder), "-o", str(base / "ref.jsonl"), "-q", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    return folder, (base / "ref.jsonl").read_bytes()


def test_resume_after_a_kill_leaves_file_and_database_in_agreement(
        corpus: tuple[Path, bytes], db_target: str, tmp_path: Path) -> None:
    folder, reference = corpus
    out = tmp_path / "out.jsonl"
    args = ("batch", str(folder), "-o", str(out), "--db", db_target, "-q", "--jobs", "1")
    process = start_cli(*args)
    try:
        wait_for_lines(process, out, 5)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the parent and its workers
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    # every record in the file has its rows committed (the reverse may not hold: the rerun writes them)
    assert set(keys_in_file(out)) <= keys_in_db(db_target)
    result = run_cli(*args, "--resume")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == reference
    assert keys_in_db(db_target) == set(keys_in_file(out))
    assert query(db_target, "SELECT count(*) FROM articles")[0][0] == N_INPUTS


def test_nul_characters_are_removed_from_article_text() -> None:
    """Past the 8 KB the binary check looks at: the record is that of the text without them."""
    hostile = (SEED.read_text(encoding="utf-8") + "\n\n" + "The weather was mild that week. " * 300
               + "\n\nIn another case, Twit\x00ter suspended 12 accounts\x00 on Monday.\n")
    record = extractor.extract(hostile)
    assert "\\u0000" not in json.dumps(record)
    assert record == extractor.extract(hostile.replace("\x00", ""))
    assert record["events"] and "error" not in record


def test_nul_character_in_an_article_is_written_to_postgres(postgres_url: str, tmp_path: Path) -> None:
    target = new_postgres_database(postgres_url)
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "a-nul.txt").write_text(text + "\n" + "x" * 9000 + "\x00 Twitter suspended 3 accounts.\n",
                                        encoding="utf-8")
    (tmp_path / "b-next.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    result = run_cli("extract", "a-nul.txt", "b-next.txt", "-o", "out.jsonl", "--db", target, "-q",
                     "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert keys_in_file(tmp_path / "out.jsonl") == ["a-nul.txt", "b-next.txt"]
    assert keys_in_db(target) == {"a-nul.txt", "b-next.txt"}


def test_a_full_disk_ends_the_run_in_one_line_and_resume_completes_it(
        corpus: tuple[Path, bytes], tmp_path: Path) -> None:
    folder, reference = corpus
    out = tmp_path / "out.jsonl"
    limit = reference.index(b"\n", len(reference) // 3) + 200  # a third of the records fit, then a torn one
    process = start_cli("batch", str(folder), "-o", str(out), "-q", "--jobs", "1", limit_file_size=limit)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 3, stderr
    lines = stderr.decode("utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: -o {out}: File too large"), lines
    assert "rerun with --resume" in lines[0]
    written = out.read_bytes()
    assert written.endswith(b"\n") and reference.startswith(written)  # whole lines only, no torn one
    # no stray temporary file (the --resume options sidecar is part of the output)
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".options.json")] == ["out.jsonl"]
    result = run_cli("batch", str(folder), "-o", str(out), "-q", "--jobs", "1", "--resume")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == reference


def test_a_full_disk_while_putting_the_file_in_order_leaves_it_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    lines = [json.dumps({"source": {"path": f"{n}.txt"}, "n": n}) + "\n" for n in range(200)]
    out.write_text("".join(reversed(lines)), encoding="utf-8")
    before = out.read_bytes()
    pid = os.fork()
    if pid == 0:  # the child has a small file size limit: the temporary copy cannot be written whole
        code = 1
        try:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) // 2, len(before) // 2))
            put_in_order(out, [f"{n}.txt" for n in range(200)])
        except OutputFailed as e:
            code = 3 if e.message.startswith(f"-o {out}: File too large") else 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 3
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".options.json")] == ["out.jsonl"]


def test_a_database_server_that_drops_the_run_ends_it_in_one_line(
        corpus: tuple[Path, bytes], postgres_url: str, tmp_path: Path) -> None:
    folder, reference = corpus
    target = new_postgres_database(postgres_url)
    out = tmp_path / "out.jsonl"
    args = ("batch", str(folder), "-o", str(out), "--db", target, "-q", "--jobs", "1")
    process = start_cli(*args)
    try:
        wait_for_lines(process, out, 1)  # a first batch is committed
        database = target.rsplit("/", 1)[1]
        query(postgres_url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            f"WHERE datname = '{database}'")
        _, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 3, stderr
    lines = stderr.decode("utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: --db {target}: "), lines
    assert set(keys_in_file(out)) <= keys_in_db(target)
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".options.json")] == ["out.jsonl"]
    result = run_cli(*args, "--resume")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == reference
    assert query(target, "SELECT count(*) FROM articles")[0][0] == N_INPUTS


def test_a_count_no_database_integer_holds_is_no_count(db_target: str) -> None:
    """'99999999999999999999999 accounts' once stopped a database run (integer out of range)."""
    record = extractor.extract("Spam\n\nTwitter suspended 99999999999999999999999 accounts on Tuesday.\n")
    assert [t["count"] for e in record["events"] for t in e["targets"]] == [None]
    with extractor.open_database(db_target) as db:
        db.write(record)
    assert query(db_target, "SELECT count(*) FROM events")[0][0] == 1
