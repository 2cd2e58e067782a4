"""Benchmark: run the extractor in process over a folder of ordinary news pages (*.html.gz).

    .venv/bin/python benchmarks/bench_news.py [FOLDER] [--limit N] [--json]

FOLDER defaults to ../shared/bench/news relative to the repository root. Reports the number of
articles, the time taken and the rate (model loading excluded and reported apart), peak RSS, error
records, and the events found. These are ordinary news articles, mostly not about moderation, so
events found here are mostly false events: the files with events are listed for inspection.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT.parent / "shared" / "bench" / "news"


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(folder: Path, limit: int | None) -> dict:
    from extractor.api import extract_input, is_error
    from extractor.nlp import get_pipeline
    from extractor.settings import Settings

    settings = Settings()
    files = sorted(folder.glob("*.html.gz"))
    if limit is not None:
        files = files[:limit]

    started = time.perf_counter()
    get_pipeline(settings.model)
    load_seconds = time.perf_counter() - started

    errors: list[dict] = []
    with_events: list[dict] = []
    n_events = 0
    started = time.perf_counter()
    for path in files:
        record = extract_input(str(path), settings)
        if is_error(record):
            errors.append({"file": path.name, "type": record["error"]["type"],
                           "message": record["error"]["message"]})
            continue
        events = record["events"]
        n_events += len(events)
        if events:
            with_events.append({
                "file": path.name,
                "title": record["article"]["title"],
                "events": [f"{e['platform']} {e['action']} "
                           + ",".join(f"{t['count'] if t['count'] is not None else '?'} {t['type']}"
                                      for t in e["targets"])
                           for e in events],
            })
    seconds = time.perf_counter() - started
    return {
        "folder": str(folder),
        "articles": len(files),
        "model_load_seconds": round(load_seconds, 2),
        "seconds": round(seconds, 2),
        "articles_per_second": round(len(files) / seconds, 2) if seconds else None,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "error_records": len(errors),
        "events": n_events,
        "files_with_events": len(with_events),
        "errors": errors,
        "with_events": with_events,
    }


def print_report(report: dict) -> None:
    print(f"folder:              {report['folder']}")
    print(f"articles:            {report['articles']}")
    print(f"model load:          {report['model_load_seconds']:.2f} s")
    print(f"extraction:          {report['seconds']:.2f} s ({report['articles_per_second']} articles/s)")
    print(f"peak RSS:            {report['peak_rss_mb']:.1f} MiB")
    print(f"error records:       {report['error_records']}")
    print(f"events:              {report['events']} (ordinary news: mostly false events)")
    print(f"files with events:   {report['files_with_events']}")
    for error in report["errors"]:
        print(f"  error {error['type']}: {error['message']}")
    for item in report["with_events"]:
        print(f"  {item['file']}  {(item['title'] or '')[:70]!r}")
        for event in item["events"]:
            print(f"      {event}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER,
                        help="folder of *.html.gz news pages (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N files (sorted by name)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"{args.folder}: no such folder")
    report = run(args.folder, args.limit)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
