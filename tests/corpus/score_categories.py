"""Category accuracy of reasons on the project corpus (issue 16).

    python3 tests/corpus/score_categories.py --gold GOLD_DIR --pred records.jsonl

Events are paired as ``../shared/eval/score.py`` pairs them; on each paired event, each gold
reason that a predicted reason matches (at least half of the shorter one's words, the scorer's
rule) is a found reason, and its category is right when the predicted reason's DSA category
(``reason_details[].category``) equals the gold one (``reason_categories``, parallel to
``reasons``; null on both sides counts as right). Prints found reasons, categories right and
the accuracy; ``--json`` prints them as JSON.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"


def load_scorer(path: Path):  # noqa: ANN201 - a module loaded from a path
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"{path}: cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def category_scores(gold_dir: Path, pred: Path, scorer: Path = SCORER) -> dict:
    score = load_scorer(scorer)
    records = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            stem, _ = score.record_key(record)
            records[stem] = record
    found = right = 0
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        record = records.get(Path(gold.get("file", path.stem)).name.split(".")[0], {})
        gold_events, events = gold.get("events") or [], record.get("events") or []
        for gi, pi in score.match_events(gold_events, events):
            reasons = gold_events[gi].get("reasons") or []
            categories = gold_events[gi].get("reason_categories") or [None] * len(reasons)
            details = events[pi].get("reason_details") or []
            for text, category in zip(reasons, categories, strict=True):
                matches = [d for d in details if score.overlap(d["text"], text) >= 0.5]
                if matches:
                    found += 1
                    right += int(any(d.get("category") == category for d in matches))
    return {"found_reasons": found, "category_right": right,
            "accuracy": round(right / found, 3) if found else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--pred", type=Path, required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = category_scores(args.gold, args.pred)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"reasons found {result['found_reasons']}, category right {result['category_right']}, "
              f"accuracy {result['accuracy']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
