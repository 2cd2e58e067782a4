"""Benchmark: the batch run against two references, measured in the same run.

    .venv/bin/python benchmarks/bench_batch.py [--news FOLDER] [--dev FOLDER] [--jobs 1 2] [--json]

For each corpus (default: ../shared/bench/news, 246 ordinary news pages, and
../shared/eval/dev/articles, moderation stories), it measures:

- ``trafilatura``: trafilatura alone (``bare_extraction`` with metadata), one core, in process;
- ``naive``: trafilatura, then the full spaCy pipeline on the whole text, one article at a time,
  one core, in process (a text file is read as it is); model loading not counted;
- ``extractor --jobs N``: ``extractor batch FOLDER -o FILE --jobs N`` as a user runs it, wall
  time from start to exit, model loading and writing included.

Reported: articles per second, time, peak memory (the process for the references; the largest
worker, as the workers report it, for the extractor), error records, and the events found. On
ordinary news every event is listed for checking by hand. With ``--gold``, the dev output of the
last run is scored with ../shared/eval/score.py.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUMMARY_MEMORY = re.compile(r"peak memory per worker (\d+) MiB")
SUMMARY_STEADY = re.compile(r"\(start-up ([\d.]+) s, then ([\d.]+) inputs/s\)")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def article_files(folder: Path) -> list[Path]:
    from extractor.sources import folder_files

    return list(folder_files(folder))


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def is_html(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<html" in head or b"<!doctype html" in head


def trafilatura_alone(files: list[Path]) -> dict:
    import trafilatura

    started = time.perf_counter()
    found = 0
    for path in files:
        data = read_bytes(path)
        if is_html(data):
            document = trafilatura.bare_extraction(data, with_metadata=True)
            found += document is not None
        else:
            found += bool(data.decode("utf-8", errors="replace").strip())
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": len(files), "with_text": found, "peak_mb": peak_rss_mb()}


def naive_pipeline(files: list[Path]) -> dict:
    import trafilatura

    from extractor.nlp import load_model

    nlp = load_model()
    started = time.perf_counter()
    for path in files:
        data = read_bytes(path)
        if is_html(data):
            document = trafilatura.bare_extraction(data, with_metadata=True)
            text = document.text if document is not None else ""
        else:
            text = data.decode("utf-8", errors="replace")
        if text:
            nlp(text)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": len(files), "peak_mb": peak_rss_mb()}


def extractor_run(folder: Path, jobs: int, output: Path) -> dict:
    command = [str(ROOT / ".venv" / "bin" / "extractor"), "batch", str(folder), "-o", str(output),
               "--jobs", str(jobs)]
    if not Path(command[0]).exists():
        command[0:1] = [sys.executable, "-m", "extractor"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-2000:]}")
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    memory = SUMMARY_MEMORY.search(done.stderr)
    steady = SUMMARY_STEADY.search(done.stderr)
    events = [(r["source"]["path"], r["article"]["title"], e["platform"], e["action"],
               [(t["type"], t["count"]) for t in e["targets"]])
              for r in records if "error" not in r for e in r["events"]]
    screens: dict[str, int] = {}
    for r in records:
        if "error" not in r:
            screens[r["screen"]] = screens.get(r["screen"], 0) + 1
    return {"seconds": seconds, "articles": len(records),
            "peak_mb": float(memory.group(1)) if memory else None,
            "steady_rate": float(steady.group(2)) if steady else None,
            "startup_seconds": round(seconds - records_time(steady, len(records)), 1) if steady else None,
            "errors": sum("error" in r for r in records), "events": events, "screen": screens}


def records_time(steady: re.Match, count: int) -> float:
    """Seconds spent on the records once the workers were ready (from the steady rate)."""
    return count / float(steady.group(2)) if float(steady.group(2)) else 0.0


def score(gold: Path, pred: Path) -> str:
    scorer = SHARED / "eval" / "score.py"
    done = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred)],
                          capture_output=True, text=True, check=False)
    return done.stdout.strip() or done.stderr.strip()


def rate(result: dict) -> float:
    return result["articles"] / result["seconds"] if result["seconds"] else 0.0


def steady(result: dict) -> float:
    """Articles per second once started: the references do not count model loading either."""
    return result.get("steady_rate") or rate(result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=Path, default=SHARED / "bench" / "news")
    parser.add_argument("--dev", type=Path, default=SHARED / "eval" / "dev" / "articles")
    parser.add_argument("--gold", type=Path, default=SHARED / "eval" / "dev" / "gold")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    report: dict = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, folder in (("news", args.news), ("dev", args.dev)):
            files = article_files(folder)
            rows = {"trafilatura": trafilatura_alone(files), "naive": naive_pipeline(files)}
            for jobs in args.jobs:
                output = Path(scratch) / f"{name}-{jobs}.jsonl"
                rows[f"extractor --jobs {jobs}"] = extractor_run(folder, jobs, output)
            if name == "dev" and args.gold.is_dir():
                rows["score"] = score(args.gold, Path(scratch) / f"{name}-{args.jobs[-1]}.jsonl")
            report[name] = rows
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
        return 0
    print_report(report, args.jobs)
    return 0


def print_report(report: dict, jobs: list[int]) -> None:
    print("| corpus | run | articles | seconds | articles/s | start-up (s) | articles/s after start-up"
          " | peak memory (MiB) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, rows in report.items():
        for run, result in rows.items():
            if run == "score":
                continue
            memory = f"{result['peak_mb']:.0f}" if result.get("peak_mb") else "?"
            startup = result.get("startup_seconds")
            print(f"| {name} | {run} | {result['articles']} | {result['seconds']:.1f} | {rate(result):.2f}"
                  f" | {'' if startup is None else f'{startup:.1f}'} | {steady(result):.2f} | {memory} |")
    print()
    for name, rows in report.items():
        traf, naive = rate(rows["trafilatura"]), rate(rows["naive"])
        runs = {j: rows[f"extractor --jobs {j}"] for j in jobs}
        last = runs[jobs[-1]]
        print(f"{name}: extractor --jobs {jobs[-1]} = {rate(last) / traf:.2f} x trafilatura alone "
              f"({steady(last) / traf:.2f} after start-up), {rate(last) / naive:.2f} x the naive pipeline "
              f"({steady(last) / naive:.2f})", end="")
        if 1 in runs and len(runs) > 1:
            print(f", {rate(last) / rate(runs[1]):.2f} x --jobs 1"
                  f" ({steady(last) / steady(runs[1]):.2f})", end="")
        print(f"; screen {last['screen']}; {last['errors']} error records; {len(last['events'])} events")
        if name == "news":
            for event in last["events"]:
                print(f"    event: {event}")
        if "score" in rows:
            print(rows["score"])


if __name__ == "__main__":
    sys.exit(main())
