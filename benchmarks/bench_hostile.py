"""Benchmark: memory and time on the hostile inputs of issue 14, and workers after a SIGKILL.

    .venv/bin/python benchmarks/bench_hostile.py [--only NAME ...] [--json]

Each input is built here (our own sentences), written to a temporary folder and run as a user
runs it: ``extractor extract FILE -o OUT --jobs 1 --time-limit 0`` (one worker process, the
default --max-memory; no time limit, so that a loaded machine does not cut a measure short).
Reported per input: its size, the wall time from start to exit,
the record's type (article or error type) and the worker's peak memory as the summary line
gives it.

- ``paragraph-690k``: one paragraph of 690 KB, all sentences different, passing the screen;
- ``paragraph-max-bytes``: one paragraph of 19.9 MB (just under the default --max-bytes);
- ``paragraph-max-text``, ``quotes-max-text``: the longest texts analysed (just under 800,000
  characters, ``Settings.max_text_chars``), of ordinary sentences and of quotation marks around
  numbers (many tokens to a character);
- ``repeated-745k``: one moderation sentence repeated 12,000 times (745 KB);
- ``quotes-100k``: 100,000 quotation marks around numbers, after a moderation headline;
- ``sigkill``: a batch run with two workers, its parent killed with SIGKILL: how long until
  no worker is alive.

Figures depend on the machine and its load: measure on a quiet one.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEAK = re.compile(r"peak memory per worker (\d+) MiB")
SENTENCES = ["The weather was mild and people walked along the river in the park.",
             "Local officials said the new library would open in the spring.",
             "Shops on the high street reported more visitors than last year."]


def paragraph(size: int) -> str:
    parts, n, i = [], 0, 0
    while n < size:
        sentence = (f"Twitter suspended {80 + i} accounts linked to the network on Tuesday." if i % 25 == 0
                    else f"{SENTENCES[i % 3][:-1]} on day {i}.")
        parts.append(sentence)
        n += len(sentence) + 1
        i += 1
    return "Accounts suspended\n\n" + " ".join(parts) + "\n"


REPEATED = "Twitter suspended 1,500 accounts of a spam network on Tuesday. "
HEADLINE = "Twitter suspended 5 accounts\n\nTwitter suspended 5 accounts on Tuesday, the company said.\n\n"
INPUTS = {
    "paragraph-690k": lambda: paragraph(690_000),
    "paragraph-max-bytes": lambda: paragraph(19_900_000),
    "paragraph-max-text": lambda: paragraph(795_000),
    "quotes-max-text": lambda: HEADLINE + " ".join(f'"{i}"' for i in range(101_000)) + "\n",
    "repeated-745k": lambda: "Spam network taken down\n\n" + REPEATED * 12_000 + "\n",
    "quotes-100k": lambda: HEADLINE + " ".join(f'"{i}"' for i in range(50_000)) + "\n",
}


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "extractor", *args]


def run_input(name: str, folder: Path) -> dict:
    path = folder / f"{name}.txt"
    path.write_text(INPUTS[name](), encoding="utf-8")
    out = folder / f"{name}.jsonl"
    started = time.monotonic()
    args = ("extract", str(path), "-o", str(out), "--jobs", "1", "--time-limit", "0")
    proc = subprocess.run(cli(*args), cwd=ROOT, capture_output=True, text=True)
    seconds = time.monotonic() - started
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    peak = PEAK.search(proc.stderr)
    return {"input": name, "bytes": path.stat().st_size, "seconds": round(seconds, 1),
            "record": record["error"]["type"] if "error" in record else "article",
            "peak_worker_mib": int(peak.group(1)) if peak else None}


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def run_sigkill(folder: Path) -> dict:
    articles = folder / "articles"
    articles.mkdir()
    seed = (ROOT / "samples" / "seed-wired-occupy.txt").read_text(encoding="utf-8")
    for i in range(40):
        (articles / f"{i:03d}.txt").write_text(f"{seed}\nNote {i}.\n", encoding="utf-8")
    out = folder / "sigkill.jsonl"
    proc = subprocess.Popen(cli("batch", str(articles), "-o", str(out), "--jobs", "2", "-q"), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    while not (out.exists() and out.read_bytes().count(b"\n") >= 1):
        time.sleep(0.05)
    workers = children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    killed = time.monotonic()
    proc.wait()
    while any(alive(w) for w in workers) and time.monotonic() - killed < 30:
        time.sleep(0.01)
    gone = time.monotonic() - killed
    for w in workers:
        if alive(w):
            os.kill(w, signal.SIGKILL)
    return {"input": "sigkill", "workers": len(workers), "seconds_until_no_worker_alive": round(gone, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[*INPUTS, "sigkill"])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        for name in args.only:
            row = run_sigkill(Path(tmp)) if name == "sigkill" else run_input(name, Path(tmp))
            print(json.dumps(row) if args.json else "  ".join(f"{k}={v}" for k, v in row.items()), flush=True)


if __name__ == "__main__":
    main()
