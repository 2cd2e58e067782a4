"""The written batteries (``tests/corpus/battery.jsonl``, ``tests/corpus/battery-2.jsonl``) laid
out as a corpus the project's scorer reads: one ``.txt`` article and one gold JSON per passage.

    python3 tests/corpus/battery.py OUT [tests/corpus/battery-2.jsonl]     # then:
    extractor batch OUT/articles -o battery.jsonl
    python3 ../shared/eval/score.py --gold OUT/gold --pred battery.jsonl

Each line of the battery is a passage an annotator wrote for the project (no published article),
with the events and quotes it reports: ``{"id", "text", "family", "events": [{"platform",
"action", "target_type", "count", "named_accounts"}], "quotes": [{"text", "speaker"}]}``; the third
battery's events also hold ``targets`` (one event may act on several kinds), ``reasons`` (the
words of the text that give the grounds) and ``optional``, and its quotes ``speaker_aliases``
and ``optional``, all in the scorer's meaning.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

BATTERY = Path(__file__).resolve().parent / "battery.jsonl"
PUBLISHED = "2023-05-10"  # the date every passage is read against (none names a year it needs)


def gold_of(passage: dict) -> dict:
    """A passage's gold in the scorer's format."""
    return {"id": passage["id"], "file": f"{passage['id']}.txt", "published": PUBLISHED,
            "family": passage["family"],
            "events": [{"platform": e["platform"], "action": e["action"],
                        "targets": e.get("targets") or [{"type": e["target_type"], "count": e["count"]}],
                        "named_accounts": [{"name": n} for n in e["named_accounts"]],
                        "groups": [],
                        # (reasons are scored only where the battery annotates them: the third)
                        **({"reasons": e["reasons"], "reason_categories": [None] * len(e["reasons"])}
                           if "reasons" in e else {}),
                        **({"optional": True} if e.get("optional") else {})} for e in passage["events"]],
            "quotes": passage["quotes"]}


def write_corpus(out: Path, battery: Path = BATTERY) -> int:
    """Write ``out/articles/<id>.txt`` and ``out/gold/<id>.json`` for each passage of ``battery``;
    the number of passages."""
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    count = 0
    for line in battery.read_text(encoding="utf-8").splitlines():
        passage = json.loads(line)
        article = out / "articles" / f"{passage['id']}.txt"
        article.write_text(passage["text"].rstrip() + "\n", encoding="utf-8")
        (out / "gold" / f"{passage['id']}.json").write_text(
            json.dumps(gold_of(passage), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        count += 1
    return count


if __name__ == "__main__":
    if len(sys.argv) not in {2, 3}:
        sys.exit("usage: python3 tests/corpus/battery.py OUT [BATTERY.jsonl]")
    source = Path(sys.argv[2]) if len(sys.argv) == 3 else BATTERY
    print(f"{write_corpus(Path(sys.argv[1]), source)} passages of {source} written to {sys.argv[1]}")
