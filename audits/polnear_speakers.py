"""A blind audit of the speakers PolNeAR's scorer counts wrong.

PolNeAR's scorer (``../shared/eval/polnear/polnear.py``) takes a predicted speaker as right when it
shares a content word with the annotated source or, for a pronoun source, with the source the
corpus resolves it to. Many of the speakers it counts wrong are the same person named another way
("the former president" against "Bill Clinton") or are right where the annotation is not (a
pronoun resolved to the last annotated source, a document, an outlet). This script draws a fixed
sample of the quotes counted wrong, writes them for an annotator who does not know which candidate
is the extractor's (the gold source and the extractor's speaker, in random order), and tallies the
annotator's verdicts.

    python3 audits/polnear_speakers.py sample RECORDS.jsonl ITEMS.md KEY.json [--split train] [--n 40]
    python3 audits/polnear_speakers.py tally KEY.json ANSWERS.json

ANSWERS.json: a list of {"n": item, "A": "correct"|"wrong"|"unclear", "B": ...}. The sample is
drawn with a fixed seed, so the same records give the same items.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear"
SEED = 7
CONTEXT_BEFORE = 900
CONTEXT_AFTER = 300


def scorer():
    sys.path.insert(0, str(POLNEAR))
    import polnear  # the corpus's own scorer: the same matching and speaker test
    return polnear


def counted_wrong(records: Path, split: str) -> list[tuple[str, dict, dict, str]]:
    """(article, gold quote, predicted quote, text) of every matched quote whose speaker the
    scorer counts wrong."""
    P = scorer()
    folder = POLNEAR / split
    golds = {p.stem: json.loads(p.read_text()) for p in sorted((folder / "gold").glob("*.json"))}
    predicted = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            stem = Path((r.get("source") or {}).get("path") or "").name.split(".")[0]
            predicted[stem] = r.get("quotes") or []
    out = []
    for stem, g in golds.items():
        quotes = predicted.get(stem, [])
        text = (folder / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
        for q in g["quotes"]:
            best, j = 0.0, None  # as the scorer pairs them: the first best overlap
            for k, p in enumerate(quotes):
                o = P.overlap(q["text"], p.get("text", "")) if P.valid(p, g) else 0.0
                if o > best:
                    best, j = o, k
            if j is None or best < 0.6 or not P.speaker_names(q) or P.speaker_ok(quotes[j], q):
                continue
            out.append((stem, q, quotes[j], text))
    return out


def sample(records: Path, items: Path, key: Path, split: str, n: int) -> None:
    wrong = counted_wrong(records, split)
    rng = random.Random(SEED)
    chosen = rng.sample(wrong, min(n, len(wrong)))
    keys, parts = [], []
    for k, (stem, q, p, text) in enumerate(chosen, 1):
        gold = q.get("source_resolved") or q.get("source")
        ours = p.get("speaker") or "(none)"
        options = [("gold", gold), ("ours", ours)]
        rng.shuffle(options)
        keys.append({"n": k, "article": stem, "start": p["start"], "end": p["end"],
                     "A": options[0][0], "B": options[1][0], "gold": gold, "ours": ours})
        s, e = p["start"], p["end"]
        context = f"{text[max(0, s - CONTEXT_BEFORE):s]}>>>{text[s:e]}<<<{text[e:e + CONTEXT_AFTER]}"
        parts.append(f"## Item {k}\n\nContext (the quote in question is marked with >>> <<<):\n\n```\n"
                     f"{context}\n```\n\n"
                     f"Candidate A: {options[0][1]}\nCandidate B: {options[1][1]}\n")
    items.write_text("\n".join(parts), encoding="utf-8")
    key.write_text(json.dumps(keys, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(wrong)} counted wrong; {len(chosen)} drawn", file=sys.stderr)


def tally(key: Path, answers: Path) -> dict[str, int]:
    keys = {k["n"]: k for k in json.loads(key.read_text())}
    counts: Counter[str] = Counter()
    for a in json.loads(answers.read_text()):
        k = keys[a["n"]]
        ours = a["A"] if k["A"] == "ours" else a["B"]
        gold = a["B"] if k["A"] == "ours" else a["A"]
        counts[f"ours {ours}, gold {gold}"] += 1
    return dict(sorted(counts.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("records", type=Path)
    s.add_argument("items", type=Path)
    s.add_argument("key", type=Path)
    s.add_argument("--split", default="train")
    s.add_argument("--n", type=int, default=40)
    t = sub.add_parser("tally")
    t.add_argument("key", type=Path)
    t.add_argument("answers", type=Path)
    args = parser.parse_args()
    if args.command == "sample":
        sample(args.records, args.items, args.key, args.split, args.n)
    else:
        print(json.dumps(tally(args.key, args.answers), indent=1))


if __name__ == "__main__":
    main()
