"""Benchmark: ``extractor report`` over the records of ../shared/bench/news plus the dev corpus.

    .venv/bin/python benchmarks/bench_report.py [--records FILE ...] [--scale 100000]

Without ``--records`` it first makes them (``extractor batch`` on both folders, --jobs 2, not
timed). Measured, each the best of ``--repeat`` runs:

- ``read``: reading and parsing every line of the records file (json.loads), in process;
- ``aggregate + render``: the report's one pass over the records and its HTML, in process;
- ``extractor report``: the command from start to exit, Python start-up and imports included;
- ``python start-up``: ``python -c "import extractor.cli"`` alone, which the command pays first;
- the same in-process figures over the records repeated to ``--scale`` records, and the page's size.

Prints one Markdown table.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXTRACTOR = [sys.executable, "-m", "extractor"]


def best(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def make_records(folder: Path) -> Path:
    out = folder / "records.jsonl"
    with out.open("wb") as sink:
        for corpus in (SHARED / "bench" / "news", SHARED / "eval" / "dev" / "articles"):
            part = folder / f"{corpus.name}.jsonl"
            subprocess.run([*EXTRACTOR, "batch", str(corpus), "-o", str(part), "--jobs", "2", "--quiet"],
                           cwd=ROOT, check=False)
            sink.write(part.read_bytes())
    return out


def in_process(path: Path, repeat: int) -> tuple[float, float, int]:
    from extractor.views import aggregate, report_page
    from extractor.views.records import jsonl_records

    read = best(repeat, lambda: sum(1 for _ in jsonl_records(path)))
    html: list[str] = []

    def report() -> None:
        html[:] = [report_page(aggregate(jsonl_records(path)), str(path))]

    return read, best(repeat, report), len(html[0].encode("utf-8"))


def scaled(source: Path, target: Path, count: int) -> None:
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    with target.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(lines[n % len(lines)] + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=Path, nargs="*",
                        help="JSON Lines files of records (default: make them)")
    parser.add_argument("--scale", type=int, default=100_000, help="records in the scaled run")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.records:
            path = folder / "records.jsonl"
            path.write_bytes(b"".join(p.read_bytes() for p in args.records))
        else:
            path = make_records(folder)
        records = sum(1 for line in path.open("rb") if line.strip())
        read, report, size = in_process(path, args.repeat)
        out = folder / "report.html"
        command = best(args.repeat, lambda: subprocess.run([*EXTRACTOR, "report", str(path), "-o", str(out)],
                                                           cwd=ROOT, check=True))
        startup = best(args.repeat, lambda: subprocess.run([sys.executable, "-c", "import extractor.cli"],
                                                           cwd=ROOT, check=True))
        big = folder / "scaled.jsonl"
        scaled(path, big, args.scale)
        big_read, big_report, big_size = in_process(big, 1)
    print("| records | read (s) | aggregate + render (s) | extractor report (s) | python start-up (s) "
          "| page (KB) |")
    print("|---|---|---|---|---|---|")
    print(f"| {records} | {read:.3f} | {report - read:.3f} | {command:.2f} | {startup:.2f} "
          f"| {size / 1024:.0f} |")
    print(f"| {args.scale} (the same, repeated) | {big_read:.2f} | {big_report - big_read:.2f} |  |  "
          f"| {big_size / 1024:.0f} |")
    print(json.dumps({"records": records, "read_s": read, "report_s": report, "command_s": command,
                      "startup_s": startup, "scaled_read_s": big_read, "scaled_report_s": big_report}),
          file=sys.stderr)


if __name__ == "__main__":
    main()
