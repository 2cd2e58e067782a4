"""The worker pool (extractor.runner) in real worker processes: an input over the time limit has its
worker killed and replaced, a worker killed from outside is replaced, and records keep input order
and are the same whatever the number of jobs."""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import socket
import sys
import threading
from pathlib import Path

import pytest

from extractor.runner import RunInfo, run
from extractor.settings import Settings
from extractor.sinks import record_line
from extractor.sources import Refused
from tests.helpers import ARTICLE_TEXT, SAMPLES, SEED

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="worker processes are forked, and /proc is read, on Linux")


def test_an_input_over_the_time_limit_is_stopped_and_the_pool_goes_on(tmp_path: Path) -> None:
    """The seed takes far more than 0.05 s to analyse: its worker is killed; the next input is read by
    the worker started in its place (a missing file: its own not_found record, quickly)."""
    missing = str(tmp_path / "missing.txt")
    info = RunInfo()
    records = list(run([str(SEED), missing], Settings(time_limit=0.05), jobs=1, info=info))
    assert [r["source"]["path"] for r in records] == [str(SEED), missing]
    assert records[0]["error"] == {
        "type": "time_limit",
        "message": f"{SEED}: took longer than the time limit of 0.05 s; stopped"}
    assert records[1]["error"] == {"type": "not_found", "message": f"{missing}: no such file"}
    assert info.workers_started == 2  # the one killed, and the one that read the missing file


def test_records_are_the_same_for_one_and_two_jobs_in_input_order(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(ARTICLE_TEXT, encoding="utf-8")
    refused = Refused(str(tmp_path / "leak.txt"), "outside_folder",
                      f"{tmp_path / 'leak.txt'}: a symbolic link leading out of the folder (to /etc/x.txt); "
                      "not followed")
    samples = [str(p) for p in sorted(SAMPLES.iterdir()) if p.is_file() and p.suffix in (".txt", ".html")]
    items = [*samples[:2], refused, *samples[2:], str(story), str(tmp_path / "missing.txt")]
    one = [record_line(r) for r in run(items, Settings(), jobs=1)]  # in this process
    two = [record_line(r) for r in run(items, Settings(), jobs=2)]  # two worker processes
    assert one == two
    records = [json.loads(line) for line in two]
    assert [r["source"]["path"] for r in records] == [i.item if isinstance(i, Refused) else i for i in items]
    assert records[2]["error"] == {"type": "outside_folder", "message": refused.message}
    assert records[-1]["error"]["type"] == "not_found"
    assert sum("error" in r for r in records) == 2, [r["error"] for r in records if "error" in r]
    assert any(r.get("events") for r in records)


def test_a_worker_killed_from_outside_gives_worker_died_and_is_replaced() -> None:
    """A server that accepts the connection and never answers holds the worker inside the
    download; once it has accepted (the worker is in the read), the worker is killed with SIGKILL.
    Were it not killed, the time limit (30 s) would end the wait and the record would be of type
    time_limit. (FIFOs, which this test once used, are now refused without being read.)"""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/stuck.html"
    seen: dict[str, object] = {}

    def kill_the_reader() -> None:
        seen["conn"], _ = listener.accept()  # returns once the worker has connected
        for child in multiprocessing.active_children():
            seen["pid"] = child.pid
            os.kill(child.pid, signal.SIGKILL)

    killer = threading.Thread(target=kill_the_reader, daemon=True)
    killer.start()
    info = RunInfo()
    try:
        records = list(run([url, str(SEED)], Settings(time_limit=30, allow_private_urls=True), jobs=1,
                           info=info))
    finally:
        killer.join(10)
        listener.close()
        if "conn" in seen:
            seen["conn"].close()
    assert "pid" in seen, "no worker process connected"
    assert [r["source"]["url"] or r["source"]["path"] for r in records] == [url, str(SEED)]
    assert records[0]["error"]["type"] == "worker_died"
    assert records[0]["error"]["message"].startswith(
        f"{url}: the worker process died while reading it (exit code ")
    assert "error" not in records[1]  # read by the worker started in place of the dead one
    assert {e["platform"] for e in records[1]["events"]} >= {"Twitter", "Facebook"}
    assert info.workers_started == 2


def test_more_inputs_than_the_window_all_come_through(tmp_path: Path) -> None:
    """More inputs than jobs * WINDOW_PER_JOB: as records are written, room is made and more are
    handed out (a run once stopped, waiting, when the window had been full). In a subprocess with
    a timeout, so that a hang fails the test instead of stalling the suite."""
    from extractor.runner import WINDOW_PER_JOB
    from tests.helpers import read_jsonl, run_cli

    folder = tmp_path / "many"
    folder.mkdir()
    count = 2 * WINDOW_PER_JOB * 2 + 3
    for n in range(count):  # short, quick articles: most stop at the screen
        (folder / f"{n:03d}.txt").write_text(f"Story {n}\n\nThe weather was fine on day {n}.\n")
    (folder / "100.txt").write_text(ARTICLE_TEXT)
    result = run_cli("batch", str(folder), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2", "-q", timeout=90)
    assert result.returncode == 0, result.stderr
    records = read_jsonl((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert [Path(r["source"]["path"]).name for r in records] == [f"{n:03d}.txt" for n in range(count)] + [
        "100.txt"]
    assert records[-1]["events"] and records[-1]["screen"] == "passed"
