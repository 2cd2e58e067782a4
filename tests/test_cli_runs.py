"""Runs of the command line as people make them (issue 15), in subprocesses: Ctrl-C, a terminal
for both the records and the progress, standard error in a log file, `--resume` with paths given
two ways or other options, `--with-text`; and articles keyed by their normalised URL."""
from __future__ import annotations

import errno
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import extractor
from extractor.database.rows import article_key, normalised_url
from tests.helpers import (
    ARTICLE_HTML,
    ARTICLE_TEXT,
    SAMPLES,
    SEED,
    read_jsonl,
    run_cli,
    sigint_as_from_a_terminal,
)

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"}


def extractor_process(*args: str, cwd: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extractor", *args], cwd=cwd, env=ENV,
                            preexec_fn=sigint_as_from_a_terminal, **kwargs)


# ------------------------------------------------------------------ Ctrl-C (item 9)

INTERRUPTED_INPUTS = 60


def test_ctrl_c_says_how_far_the_run_got_and_resume_finishes_it(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(INTERRUPTED_INPUTS):  # enough that the run cannot end between polls
        shutil.copy(SEED, folder / f"{number:02d}-seed.txt")
    out = tmp_path / "out.jsonl"
    proc = extractor_process("batch", str(folder), "-o", str(out), "--jobs", "1", cwd=tmp_path,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out.exists() and out.read_bytes().count(b"\n") >= 1):
        time.sleep(0.1)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    stderr = stderr.decode()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    match = re.fullmatch(rf"interrupted after (\d+) of {INTERRUPTED_INPUTS} inputs; the records written so "
                         r"far are whole: rerun with --resume to finish",
                         stderr.splitlines()[-1])
    assert match, stderr
    written = out.read_bytes().count(b"\n")
    assert 1 <= written <= int(match.group(1))
    result = run_cli("batch", str(folder), "-o", str(out), "--jobs", "1", "--resume", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [r["source"]["path"] for r in read_jsonl(out.read_text())] == sorted(
        str(p) for p in folder.iterdir())


# ------------------------------------------------------------------ progress (item 13)

def read_all(fd: int) -> bytes:
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError as e:  # EIO: the other end is closed
            if e.errno == errno.EIO:
                return out
            raise
        if not chunk:
            return out
        out += chunk


def test_records_and_progress_on_one_terminal_do_not_collide(tmp_path: Path) -> None:
    """Standard output and standard error on the same terminal (a pty): the records come out as
    whole lines, with no progress bar drawn into them."""
    main, secondary = pty.openpty()
    proc = extractor_process("extract", str(SEED), str(SAMPLES / "telegram-channel.txt"), "--jobs", "1",
                             cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=secondary, stderr=secondary)
    os.close(secondary)
    output = read_all(main).decode("utf-8")
    os.close(main)
    assert proc.wait(timeout=120) == 0, output
    lines = output.replace("\r\n", "\n").splitlines()
    records = [line for line in lines if line.startswith("{")]
    assert len(records) == 2, output
    assert all(line.endswith("}") for line in records)
    assert "extracting" not in output and "━" not in output
    assert re.fullmatch(r"2 inputs: 2 articles, 0 errors; .*", lines[-1]), output  # the summary stays


def test_standard_error_in_a_log_gets_plain_progress_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    log = tmp_path / "run.log"
    with log.open("wb") as fh:
        proc = extractor_process("extract", str(SEED), str(SAMPLES / "telegram-channel.txt"), "--jobs", "1",
                                 "-o", str(out), "--progress-every", "0.01", "--with-text",
                                 cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=fh)
        assert proc.wait(timeout=120) == 0
    lines = log.read_text().splitlines()
    assert re.fullmatch(r"progress: 1 of 2 inputs, 0 errors, \d+ s, [\d.]+ inputs/s", lines[0]), lines
    assert lines[-1].startswith("2 inputs: 2 articles, 0 errors")
    assert "\x1b" not in log.read_text()  # no terminal control codes in a log
    records = read_jsonl(out.read_text())
    for record in records:  # --with-text
        text = record["text"]
        for event in record["events"]:
            for span in event["evidence"]:
                assert text[span["start"]:span["end"]] == span["text"]


# ------------------------------------------------------------------ --resume (item 10)

@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two article files given by relative paths, written to out.jsonl."""
    tmp_path = tmp_path_factory.mktemp("resume-options")
    (tmp_path / "a.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(ARTICLE_HTML, encoding="utf-8")
    result = run_cli("extract", "a.txt", "b.html", "-o", "out.jsonl", "--jobs", "1", "--published",
                     "2018-10-25", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path, tmp_path / "out.jsonl"


def test_resume_with_absolute_paths_after_relative_ones_does_not_double(first_run: tuple[Path, Path]) -> None:
    folder, out = first_run
    before = out.read_bytes()
    result = run_cli("extract", str(folder / "a.txt"), str(folder / "b.html"), "-o", str(out), "--jobs", "1",
                     "--published", "2018-10-25", "--resume", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "2 skipped (already in the output)" in result.stderr
    assert out.read_bytes() == before


@pytest.mark.parametrize(("options", "named"), [
    (["--published", "2019-01-01"], "--published: 2018-10-25 then, 2019-01-01 now"),
    ([], "--published: 2018-10-25 then, none now"),
    (["--published", "2018-10-25", "--no-screen"], "--no-screen: not given then, given now"),
    (["--published", "2018-10-25", "--with-text"], "--with-text: not given then, given now"),
])
def test_resume_with_other_options_is_refused(first_run: tuple[Path, Path], options: list[str],
                                              named: str) -> None:
    folder, out = first_run
    before = out.read_bytes()
    (folder / "c.txt").write_text(ARTICLE_TEXT.replace("1,500", "2,500"), encoding="utf-8")
    result = run_cli("extract", "a.txt", "b.html", "c.txt", "-o", "out.jsonl", "--resume", *options,
                     cwd=folder)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: --resume: out.jsonl was written with other options ({named}); rerun with the same "
        "options, or without --resume to start afresh"]
    assert out.read_bytes() == before


def test_the_options_are_kept_beside_the_output(first_run: tuple[Path, Path]) -> None:
    import json

    _, out = first_run
    kept = json.loads(out.with_name("out.jsonl.options.json").read_text())
    assert kept == {"published": "2018-10-25", "screen": True, "with_text": False,
                    "extractor_version": extractor.__version__}


# ------------------------------------------------------------------ article keys (item 11)

CANONICAL = "https://news.example/2018/10/25/spam"
CANONICAL_HTML = ARTICLE_HTML.replace("<head>", f'<head>\n<link rel="canonical" href="{CANONICAL}">')


def test_normalised_urls() -> None:
    assert normalised_url("HTTPS://News.Example:443/a?utm_source=newsletter&id=7&fbclid=x#top") == \
        "https://news.example/a?id=7"
    assert normalised_url("http://news.example:8080/a?utm_medium=email") == "http://news.example:8080/a"
    assert normalised_url("https://news.example") == "https://news.example/"
    assert normalised_url("https://news.example/a?page=2") != normalised_url("https://news.example/a?page=3")


def test_a_page_is_one_article_however_it_was_reached(tmp_path: Path, http_server: str) -> None:
    """A page fetched plainly and with tracking parameters, and a saved copy with its canonical
    link, or fetched with one: one row in `articles`."""
    settings = extractor.Settings(allow_private_urls=True)
    fetched = [extractor.extract_input(f"{http_server}/article.html{tail}", settings)
               for tail in ("", "?utm_source=newsletter&utm_medium=email", "#comments")]
    assert fetched[1]["source"]["url"] == f"{http_server}/article.html?utm_source=newsletter&utm_medium=email"
    assert {article_key(r) for r in fetched} == {f"{http_server}/article.html"}
    saved = tmp_path / "saved.html"
    saved.write_text(CANONICAL_HTML, encoding="utf-8")
    from_file = extractor.extract_input(str(saved))
    from_url = extractor.extract(CANONICAL_HTML, url=CANONICAL + "?utm_campaign=x&fbclid=y")
    assert from_file["article"]["url"] == from_url["article"]["url"] == CANONICAL
    with extractor.open_database(tmp_path / "records.db") as db:
        for record in [*fetched, from_file, from_url]:
            db.write(record)
    import sqlite3

    rows = sqlite3.connect(tmp_path / "records.db").execute(
        "SELECT key, source_path, source_url FROM articles ORDER BY key").fetchall()
    assert rows == [(f"{http_server}/article.html", None, fetched[-1]["source"]["url"]),
                    (CANONICAL, None, CANONICAL + "?utm_campaign=x&fbclid=y")]  # the last written


# ------------------------------------------------------------------ small ones (item 16)

def test_an_error_record_keeps_the_hash_of_bytes_that_were_read(tmp_path: Path) -> None:
    import gzip
    import hashlib

    whole = gzip.compress(ARTICLE_HTML.encode(), mtime=0)
    truncated = tmp_path / "cut.html.gz"
    truncated.write_bytes(whole[: len(whole) // 2])
    record = extractor.extract_input(str(truncated))
    assert record["error"]["type"] == "read_error"
    assert record["source"]["sha256"] == hashlib.sha256(truncated.read_bytes()).hexdigest()
    missing = extractor.extract_input(str(tmp_path / "missing.txt"))
    assert missing["source"]["sha256"] is None  # nothing was read


def test_a_time_limit_record_keeps_the_hash(tmp_path: Path) -> None:
    import hashlib

    long = tmp_path / "long.txt"
    # every line differs (identical lines are parsed once): 40 copies marked with their number
    seed_lines = SEED.read_text(encoding="utf-8").splitlines()
    body = "\n\n".join("\n".join(f"{line} ({i})" if line else line for line in seed_lines) for i in range(40))
    long.write_text(body, encoding="utf-8")
    result = run_cli("extract", str(long), "--no-screen", "--time-limit", "1", "--jobs", "1", "-q",
                     cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (record,) = result.records
    assert record["error"]["type"] == "time_limit"
    assert record["source"]["sha256"] == hashlib.sha256(long.read_bytes()).hexdigest()


def test_a_refused_address_is_named_once() -> None:
    record = extractor.extract_input("https://127.0.0.1/x")
    assert record["error"]["message"] == ("https://127.0.0.1/x: refused, 127.0.0.1 is a private or "
                                          "loopback address; use --allow-private-urls to allow it")
    record = extractor.extract_input("http://localhost:9/x")
    assert "refused, localhost is a private or loopback address (127.0.0.1)" in record["error"]["message"] \
        or "(::1)" in record["error"]["message"]
