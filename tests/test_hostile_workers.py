"""Workers never outlive their run (issue 14, item 7): after SIGKILL of the parent alone no worker is
alive 5 s later and a caller reading the run's pipes is not left hanging; SIGTERM ends a run as
Ctrl-C does (same exit code and message, workers gone)."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT, SEED, sigint_as_from_a_terminal


def make_folder(folder: Path, n: int = 40) -> None:
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(f"{text}\nNote {i}.\n", encoding="utf-8")


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


def alive(pid: int) -> bool:
    """Running (a zombie that nobody reaps in a container is dead)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def start_run(folder: Path, out: Path) -> tuple[subprocess.Popen, list[int]]:
    """A batch run with two workers, once both are at work (the first record is written)."""
    process = subprocess.Popen([sys.executable, "-m", "extractor", "batch", str(folder), "-o", str(out),
                                "--jobs", "2", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               cwd=ROOT, start_new_session=True, preexec_fn=sigint_as_from_a_terminal)
    deadline = time.monotonic() + 120
    while not (out.exists() and out.read_bytes().count(b"\n") >= 1):
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    workers = children(process.pid)
    assert len(workers) == 2
    return process, workers


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_no_worker_outlives_a_parent_killed_with_sigkill(tmp_path: Path) -> None:
    make_folder(tmp_path / "f")
    process, workers = start_run(tmp_path / "f", tmp_path / "out.jsonl")
    try:
        os.kill(process.pid, signal.SIGKILL)  # the parent alone
        killed = time.monotonic()
        process.communicate(timeout=5)  # the pipes close: no worker holds them
        while any(alive(w) for w in workers) and time.monotonic() - killed < 5:
            time.sleep(0.05)
        assert not any(alive(w) for w in workers)
    finally:
        for worker in workers:
            if alive(worker):
                os.kill(worker, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_ends_a_run_as_ctrl_c_does(tmp_path: Path) -> None:
    make_folder(tmp_path / "f")
    endings = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        out = tmp_path / f"out-{sig.name}.jsonl"
        process, workers = start_run(tmp_path / "f", out)
        try:
            process.send_signal(sig)
            _, stderr = process.communicate(timeout=15)
            assert not any(alive(w) for w in workers)
        finally:
            for worker in workers:
                if alive(worker):
                    os.kill(worker, signal.SIGKILL)
        endings[sig.name] = (process.returncode, stderr.decode().strip().splitlines()[-1:])
        assert out.read_bytes().endswith(b"\n")  # whole lines: --resume goes on from there
    assert endings["SIGTERM"][0] == endings["SIGINT"][0] == 130
    for _, last_line in endings.values():
        assert re.fullmatch(r"interrupted after \d+ of 40 inputs; the records written so far are whole: "
                            r"rerun with --resume to finish", last_line[0]), last_line
