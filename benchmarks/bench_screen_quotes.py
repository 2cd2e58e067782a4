"""Benchmark: what looking for quotes in articles stopped at the screen's second stage costs.

    .venv/bin/python benchmarks/bench_screen_quotes.py [FOLDER ...] [--json]

Default folders: ../shared/eval/dev/articles and ../shared/bench/news. In one process, one core,
model loading not counted, for every article that passes the screen's first stage but whose
candidate lines show no event (``no_event_in_candidate_lines``):

- how many lines the candidate stage parsed, and how many more lines the quotes need
  (``analyse.lines_for_quotes``), out of all the lines;
- the seconds of the whole article (screen, candidate lines, events) and of the quote step alone;
- whether the quotes are the same as those of the whole article parsed (screen off).

Timings on a shared, loaded machine are not final figures: re-measure on a quiet one.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from extractor.analyse import lines_for_quotes, quotes_of_some_lines  # noqa: E402
from extractor.article import read_article  # noqa: E402
from extractor.event_record import extract_events  # noqa: E402
from extractor.facts.quotes import find_quotes  # noqa: E402
from extractor.nlp import LineDocs, get_pipeline  # noqa: E402
from extractor.screen import screen  # noqa: E402
from extractor.settings import Settings  # noqa: E402
from extractor.sources import folder_inputs, read_input  # noqa: E402


def measure(folder: Path, settings: Settings) -> dict:
    out = {"folder": str(folder), "articles": 0, "first_stage_stops": 0, "second_stage_stops": 0,
           "passed": 0, "lines_total": 0, "lines_candidates": 0, "lines_added_for_quotes": 0,
           "quotes_found": 0, "quotes_whole": 0, "quotes_same_span": 0, "quotes_same_speaker": 0,
           "same_as_whole_article": 0, "different": [],
           "seconds_all_articles": 0.0, "seconds_quote_step": 0.0}
    for item in folder_inputs(folder):
        if not isinstance(item, str):
            continue  # a refused symbolic link
        try:
            raw = read_input(item, settings)
            article = read_article(raw.content, url=raw.url, settings=settings)
        except Exception:  # an input with no article text costs nothing here
            continue
        out["articles"] += 1
        started = time.perf_counter()
        seen = screen(article.text)
        if not seen.passed:
            out["first_stage_stops"] += 1
            out["seconds_all_articles"] += time.perf_counter() - started
            continue
        lines = LineDocs(article.text)
        if extract_events(lines.doc(seen.candidate_lines), None):
            out["passed"] += 1
            lines.doc()
            out["seconds_all_articles"] += time.perf_counter() - started
            continue
        out["second_stage_stops"] += 1
        candidates = {n for n in seen.candidate_lines if 0 <= n < len(lines.lines)}
        wanted = lines_for_quotes(lines.lines)
        step = time.perf_counter()
        partial = quotes_of_some_lines(lines)
        now = time.perf_counter()
        out["seconds_quote_step"] += now - step
        out["seconds_all_articles"] += now - started
        out["lines_total"] += len(lines.lines)
        out["lines_candidates"] += len(candidates)
        out["lines_added_for_quotes"] += len(wanted - candidates)
        out["quotes_found"] += len(partial)
        whole = find_quotes(LineDocs(article.text).doc())
        if [q.as_dict() for q in partial] == [q.as_dict() for q in whole]:
            out["same_as_whole_article"] += 1
        else:
            out["different"].append(Path(raw.path or "").name)
        texts = {(q.start, q.end) for q in whole}
        speakers = {(q.start, q.end, q.speaker) for q in whole}
        out["quotes_whole"] += len(whole)
        out["quotes_same_span"] += sum((q.start, q.end) in texts for q in partial)
        out["quotes_same_speaker"] += sum((q.start, q.end, q.speaker) in speakers for q in partial)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path,
                        default=[SHARED / "eval" / "dev" / "articles", SHARED / "bench" / "news"])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    settings = Settings()
    get_pipeline()  # model loading is not counted
    results = [measure(folder, settings) for folder in args.folders]
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for r in results:
        print(f"{r['folder']}: {r['articles']} articles; stopped at stage 1: {r['first_stage_stops']}, "
              f"at stage 2: {r['second_stage_stops']}, passed: {r['passed']}")
        print(f"  stage-2 stops: {r['lines_total']} lines, {r['lines_candidates']} parsed for events, "
              f"{r['lines_added_for_quotes']} more parsed for quotes; {r['quotes_found']} quotes "
              f"({r['quotes_whole']} from the whole article; {r['quotes_same_span']} same span, "
              f"{r['quotes_same_speaker']} same span and speaker); "
              f"same quotes as the whole article in {r['same_as_whole_article']} of {r['second_stage_stops']}"
              + (f" (differ: {', '.join(r['different'])})" if r["different"] else ""))
        share = 100 * r["seconds_quote_step"] / max(r["seconds_all_articles"], 1e-9)
        print(f"  seconds: all articles {r['seconds_all_articles']:.1f}, of which the quote step "
              f"{r['seconds_quote_step']:.1f} ({share:.1f}%)")


if __name__ == "__main__":
    main()
