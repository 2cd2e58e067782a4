"""Benchmark: pages per second over a folder and over one WARC file, local and Dask engines,
memory, a large WARC in flat memory, and the start-up time of `extractor --help`.

    .venv/bin/python benchmarks/bench_scale.py [--news FOLDER] [--big-gb 1.0] [--skip-big] [--json]

Every figure is a whole process as a user runs it, start-up and writing included, measured
side by side in one run:

- ``trafilatura``: a Python process that imports trafilatura and runs ``bare_extraction`` (with
  metadata) on every page, one core (the reference: no NLP at all); over the WARC file it reads
  the records with fastwarc, as the extractor does;
- ``--jobs 1``, ``--jobs 2``: ``extractor batch FOLDER`` / ``extractor extract FILE.warc.gz``;
- ``dask 2``: the same with ``--engine dask --jobs 2`` (a LocalCluster of 2 worker processes,
  started and stopped inside the run).

Memory is sampled from /proc every 0.1 s: the main process, and the largest single
descendant (a worker). The large WARC (``--big-gb``, uncompressed, the bench pages repeated) is
run with ``--jobs 2``; its memory is reported for the first and the last quarter of the run,
which are the same when memory is flat. The WARC files are built with tests/warc_builder.py.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EXTRACTOR = [sys.executable, "-m", "extractor"]

TRAFILATURA_FOLDER = """
import gzip, sys
from pathlib import Path
import trafilatura
for path in sorted(Path(sys.argv[1]).iterdir()):
    data = path.read_bytes()
    data = gzip.decompress(data) if data[:2] == b"\\x1f\\x8b" else data
    trafilatura.bare_extraction(data, with_metadata=True)
"""
TRAFILATURA_WARC = """
import sys
import trafilatura
from fastwarc.warc import ArchiveIterator, WarcRecordType
with open(sys.argv[1], "rb") as fh:
    for record in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
        if "html" in (record.http_content_type or ""):
            trafilatura.bare_extraction(record.reader.read(), with_metadata=True)
"""


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def measure(command: list[str]) -> dict:
    """Wall time and memory samples of a whole process (and its descendants)."""
    samples: list[tuple[float, float, float]] = []  # (time, main RSS, largest descendant RSS)
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            kids = [rss_mb(p) for p in descendants(proc.pid)]
            samples.append((time.perf_counter() - started, rss_mb(proc.pid), max(kids, default=0.0)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    return {"seconds": seconds, "returncode": proc.returncode, "stderr": stderr.decode(errors="replace"),
            "main_mb": max((s[1] for s in samples), default=0.0),
            "worker_mb": max((s[2] for s in samples), default=0.0), "samples": samples}


def quarter_peaks(samples: list[tuple[float, float, float]]) -> dict:
    if len(samples) < 8:
        return {}
    q = len(samples) // 4
    first, last = samples[:q], samples[-q:]
    return {"main_first_quarter_mb": max(s[1] for s in first),
            "main_last_quarter_mb": max(s[1] for s in last),
            "worker_first_quarter_mb": max(s[2] for s in first),
            "worker_last_quarter_mb": max(s[2] for s in last)}


def help_seconds(rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run([*EXTRACTOR, "--help"], cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - started)
    return best


def runs(name: str, target: Path, pages: int, workdir: Path, reference: str) -> list[dict]:
    command = "batch" if target.is_dir() else "extract"
    out = str(workdir / f"{name}.jsonl")
    plans = [
        ("trafilatura", [sys.executable, "-c", reference, str(target)]),
        ("--jobs 1", [*EXTRACTOR, command, str(target), "-o", out, "--jobs", "1"]),
        ("--jobs 2", [*EXTRACTOR, command, str(target), "-o", out, "--jobs", "2"]),
        ("dask 2", [*EXTRACTOR, command, str(target), "-o", out, "--jobs", "2", "--engine", "dask"]),
    ]
    rows = []
    for label, cmd in plans:
        result = measure(cmd)
        if result["returncode"] not in (0, 1):
            raise SystemExit(f"{label} on {name} failed:\n{result['stderr']}")
        rows.append({"input": name, "run": label, "pages": pages, "seconds": round(result["seconds"], 2),
                     "pages_per_s": round(pages / result["seconds"], 2),
                     "main_mb": round(result["main_mb"]), "worker_mb": round(result["worker_mb"]),
                     "summary": result["stderr"].strip().splitlines()[-1:] if label != "trafilatura" else []})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "bench" / "news")
    parser.add_argument("--big-gb", type=float, default=1.0, help="size of the large WARC (uncompressed)")
    parser.add_argument("--skip-big", action="store_true")
    parser.add_argument("--only-big", action="store_true", help="only the large WARC")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from tests.warc_builder import news_pages, write_warc

    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        workdir = Path(tmp)
        pages = news_pages()
        warc = workdir / "news.warc.gz"
        write_warc(warc, pages)
        report: dict = {"rows": []}
        if not args.only_big:
            report["help_seconds"] = round(help_seconds(), 3)
            report["rows"] += runs("folder", args.news, len(pages), workdir, TRAFILATURA_FOLDER)
            report["rows"] += runs("warc", warc, len(pages), workdir, TRAFILATURA_WARC)
        if not args.skip_big:
            big = workdir / "big.warc"
            page_bytes = sum(len(body) for _, body in pages)
            repeat = max(1, round(args.big_gb * 1e9 / page_bytes))
            urls = write_warc(big, pages, gzip_records=False, extras=False, repeat=repeat)
            del pages
            out = str(workdir / "big.jsonl")
            result = measure([*EXTRACTOR, "extract", str(big), "-o", out, "--jobs", "2"])
            report["big"] = {"bytes": big.stat().st_size, "pages": len(urls),
                             "seconds": round(result["seconds"], 1),
                             "pages_per_s": round(len(urls) / result["seconds"], 2),
                             "main_mb": round(result["main_mb"]), "worker_mb": round(result["worker_mb"]),
                             **{k: round(v) for k, v in quarter_peaks(result["samples"]).items()},
                             "summary": result["stderr"].strip().splitlines()[-1:]}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    if "help_seconds" in report:
        print(f"extractor --help: {report['help_seconds']:.3f} s (best of 5)")
    print(f"{'input':7} {'run':12} {'pages':>5} {'seconds':>8} {'pages/s':>8} {'x traf.':>7} {'x j1':>5} "
          f"{'main MB':>8} {'worker MB':>9}")
    for name in ("folder", "warc") if report["rows"] else ():
        rows = {r["run"]: r for r in report["rows"] if r["input"] == name}
        for r in rows.values():
            print(f"{name:7} {r['run']:12} {r['pages']:>5} {r['seconds']:>8.2f} {r['pages_per_s']:>8.2f} "
                  f"{r['pages_per_s'] / rows['trafilatura']['pages_per_s']:>7.2f} "
                  f"{r['pages_per_s'] / rows['--jobs 1']['pages_per_s']:>5.2f} "
                  f"{r['main_mb']:>8} {r['worker_mb']:>9}")
    if "big" in report:
        print("large WARC:", json.dumps(report["big"]))
    print(f"(load average now: {os.getloadavg()[0]:.1f}; figures from a busy machine are indicative only)")


if __name__ == "__main__":
    main()
