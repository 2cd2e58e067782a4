"""The project's own corpus of moderation news (tests/corpus, issue 10) keeps its figures.

Each split (``tune``: the part rules were tuned on; ``measure``: the part only measured) is run
through ``extractor batch`` and scored with ``../shared/eval/score.py``; the test fails when a
figure drops below its floor in ``tests/corpus/FLOORS.json`` (the figures reported when the floor
was set). The article texts are not in the repository: ``python3 tests/corpus/fetch_articles.py``
lays them in ``tests/corpus/articles/`` (``.ci/run`` does so when it can); without them the test
is skipped and says why.
"""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

CORPUS = ROOT / "tests" / "corpus"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FLOORS = json.loads((CORPUS / "FLOORS.json").read_text(encoding="utf-8"))


def texts_folder() -> Path | None:
    for folder in (CORPUS / "articles", ROOT.parent / "shared" / "eval" / "corpus" / "articles"):
        if folder.is_dir() and any(folder.iterdir()):
            return folder
    return None


def split_ids(split: str) -> list[str]:
    with (CORPUS / f"MANIFEST-{split}.tsv").open(encoding="utf-8", newline="") as handle:
        return [row["id"] for row in csv.DictReader(handle, delimiter="\t")]


def test_every_gold_file_is_in_a_manifest() -> None:
    ids = {i for split in FLOORS for i in split_ids(split)}
    gold = {p.stem for p in (CORPUS / "gold").glob("*.json")}
    assert gold == ids
    for path in (CORPUS / "gold").glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        assert record["id"] == path.stem and record["file"].startswith(path.stem + ".")


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_corpus_split_keeps_its_figures(split: str, tmp_path: Path) -> None:
    texts = texts_folder()
    if texts is None:
        pytest.skip("corpus texts not present: python3 tests/corpus/fetch_articles.py lays them")
    if not SCORER.is_file():
        pytest.skip(f"the scorer {SCORER} is not present")
    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold.mkdir()
    for ident in split_ids(split):
        shutil.copy(CORPUS / "gold" / f"{ident}.json", gold)
        sources = list(texts.glob(f"{ident}.*"))
        if not sources:
            pytest.skip(f"corpus text of {ident} not present: python3 tests/corpus/fetch_articles.py")
        shutil.copy(sources[0], articles)
    out = tmp_path / "records.jsonl"
    run = subprocess.run([sys.executable, "-m", "extractor", "batch", str(articles), "--jobs", "2", "--quiet",
                          "-o", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert out.is_file(), run.stderr
    scored = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(out), "--json"],
                            capture_output=True, text=True, check=True)
    summary = json.loads(scored.stdout)
    floor = FLOORS[split]
    assert summary["missing_records"] == []
    assert summary["events"]["f1"] >= floor["events_f1"]
    assert summary["named_accounts"]["f1"] >= floor["named_accounts_f1"]
    assert summary["false_events_on_negatives"] <= floor["false_events_on_negatives"]
