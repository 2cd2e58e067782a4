"""`--resume` end to end (subprocesses): a run killed with SIGKILL (workers too) and resumed leaves the
same bytes as a run never interrupted; a torn last line is cut off; changed files and errors are redone."""
from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ARTICLE_HTML, ROOT, SAMPLES, SEED, CliResult, read_jsonl, run_cli

SUMMARY_SKIPPED = re.compile(r"; (\d+) skipped \(already in the output\)")


def make_folder(folder: Path) -> list[str]:
    """Eight article files (copies of the samples under other names); their paths in path order."""
    folder.mkdir(parents=True)
    sources = [SEED, SAMPLES / "telegram-channel.txt", SAMPLES / "numbers-and-dates.txt",
               SAMPLES / "weather-negative.txt", SAMPLES / "youtube-channels.html",
               SEED, SAMPLES / "telegram-channel.txt"]
    for number, source in enumerate(sources, 1):
        (folder / f"{number:02d}-{source.name}").write_bytes(source.read_bytes())
    (folder / "08-story.html").write_text(ARTICLE_HTML, encoding="utf-8")
    return sorted(str(p) for p in folder.iterdir())


def skipped_in(summary: str) -> int:
    match = SUMMARY_SKIPPED.search(summary)
    assert match, summary
    return int(match.group(1))


def batch(folder: Path, out: Path, *extra: str) -> CliResult:
    return run_cli("batch", str(folder), "-o", str(out), "--jobs", "2", *extra)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], bytes]:
    """The folder, its inputs and the output of a run never interrupted."""
    base = tmp_path_factory.mktemp("resume")
    folder = base / "articles"
    inputs = make_folder(folder)
    ref = base / "ref.jsonl"
    result = batch(folder, ref, "-q")
    assert result.returncode == 0, result.stderr
    return folder, inputs, ref.read_bytes()


def test_the_reference_has_one_good_line_per_input(reference: tuple[Path, list[str], bytes]) -> None:
    _, inputs, ref = reference
    records = read_jsonl(ref.decode("utf-8"))
    assert [r["source"]["path"] for r in records] == inputs
    assert not any("error" in r for r in records)


def lines_in(path: Path) -> int:
    """Lines written so far (the -o check creates and removes the file once before the run)."""
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def test_sigkill_then_resume_gives_the_bytes_of_an_uninterrupted_run(
        reference: tuple[Path, list[str], bytes], tmp_path: Path) -> None:
    folder, inputs, ref = reference
    part = tmp_path / "part.jsonl"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "batch", str(folder), "-o", str(part),
                             "--jobs", "2", "-q"], cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while lines_in(part) < 2:
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no two records within 120 s"
            time.sleep(0.01)
        os.killpg(proc.pid, signal.SIGKILL)  # the whole group: the main process and its workers
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    killed = part.read_bytes()
    complete = killed[:killed.rfind(b"\n") + 1]
    assert 2 <= complete.count(b"\n") < len(inputs)  # the kill did interrupt the run
    assert ref.startswith(complete)  # what was written before the kill is the reference's beginning

    result = batch(folder, part, "--resume")
    assert result.returncode == 0, result.stderr
    assert part.read_bytes() == ref
    assert len(part.read_bytes().splitlines()) == len(inputs)
    done = complete.count(b"\n")
    summary = result.stderr.splitlines()[-1]
    assert skipped_in(summary) == done
    left = len(inputs) - done
    assert summary.startswith(f"{left} input{'s' if left != 1 else ''}: ")


def test_a_torn_last_line_is_cut_off(reference: tuple[Path, list[str], bytes], tmp_path: Path) -> None:
    folder, inputs, ref = reference
    lines = ref.splitlines(keepends=True)
    torn = b"".join(lines[:-1]) + lines[-1][:len(lines[-1]) // 2]
    part = tmp_path / "part.jsonl"
    part.write_bytes(torn)
    result = batch(folder, part, "--resume")
    assert result.returncode == 0, result.stderr
    assert part.read_bytes() == ref
    assert skipped_in(result.stderr.splitlines()[-1]) == len(inputs) - 1


def test_a_changed_file_is_read_again_and_an_error_is_retried(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    seed, story, broken = folder / "a-seed.txt", folder / "b-story.txt", folder / "c-broken.html.gz"
    seed.write_bytes(SEED.read_bytes())
    story.write_text("Spam network taken down\n\nTwitter suspended 1,500 accounts on Tuesday.\n",
                     encoding="utf-8")
    broken.write_bytes(b"\x1f\x8b\x08\x00 not gzip data")
    out = tmp_path / "out.jsonl"
    first = batch(folder, out, "-q")
    assert first.returncode == 1, first.stderr
    before = read_jsonl(out.read_text(encoding="utf-8"))
    assert before[2]["error"]["type"] == "read_error"
    assert [(e["platform"], e["action"], t["count"]) for e in before[1]["events"] for t in e["targets"]] == [
        ("Twitter", "suspend", 1500)]

    story.write_text("Spam network taken down\n\nFacebook removed 30 pages on Tuesday.\n", encoding="utf-8")
    broken.write_bytes(gzip.compress(ARTICLE_HTML.encode("utf-8"), mtime=0))
    resumed = batch(folder, out, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert skipped_in(resumed.stderr.splitlines()[-1]) == 1  # the seed only
    after = read_jsonl(out.read_text(encoding="utf-8"))
    assert [r["source"]["path"] for r in after] == [str(seed), str(story), str(broken)]
    assert after[0] == before[0]
    assert [(e["platform"], e["action"], t["count"]) for e in after[1]["events"] for t in e["targets"]] == [
        ("Facebook", "remove", 30)]
    assert "error" not in after[2]
    assert after[2]["article"]["title"] == "Twitter suspends spam accounts"
    assert after[2]["source"]["sha256"] == hashlib.sha256(broken.read_bytes()).hexdigest()


def test_resume_to_standard_output_is_a_usage_error(tmp_path: Path) -> None:
    """In process (Typer's runner, the CLI's own app object): refused before any input is read."""
    from typer.testing import CliRunner

    from extractor.cli import app

    shutil.copy(SEED, tmp_path / "seed.txt")
    for args in (["batch", str(tmp_path), "--resume"], ["batch", str(tmp_path), "-o", "-", "--resume"],
                 ["extract", str(tmp_path / "seed.txt"), "--resume"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        assert "--resume needs an output file (-o FILE)" in result.stderr
