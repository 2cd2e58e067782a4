"""The written batteries keep their figures: ``tests/corpus/battery.jsonl`` (220 passages of one to
three sentences, 42 with no event), ``battery-2.jsonl`` (150 passages of three to seven sentences,
55 with no event), ``battery-3.jsonl`` (120 passages of four to ten sentences, 40 with no event)
``battery-4.jsonl`` (80 articles of ten to eighteen sentences, 20 with no event) and
``battery-5.jsonl`` (30 first-person posts of developers, creators and shop owners, 30 news articles
telling several occasions, 20 with no event) and ``battery-6.jsonl`` (35 stories about something else
that tell an act once, 35 articles each wording an act its own way, 20 with no event) and
``battery-7.jsonl`` (technology press, South Asian and African outlets and British tabloids of
2016-2021, 16 with no event), ``battery-8.jsonl`` (80 articles of 2022-2025 on the platforms of
those years, 15 with no event) and ``battery-9.jsonl`` (70 long, quote-heavy articles of 2014-2024,
15 with no event), written for the project by annotators in the wording of many outlets and
writers. ``extractor batch`` over each, scored
with ``../shared/eval/score.py``, must not fall below the floors (the figures reported in
``tests/corpus/README.md`` less 0.005)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus.battery import write_corpus
from tests.helpers import ROOT

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CORPUS = ROOT / "tests" / "corpus"
# battery file: (passages, events F1, named accounts F1, speaker accuracy, most false events on negatives)
FLOORS = {"battery.jsonl": (220, 0.900, 0.884, 0.942, 0),
          "battery-2.jsonl": (150, 0.914, 0.738, 0.871, 2),
          "battery-3.jsonl": (120, 0.954, 0.701, 0.871, 2),
          "battery-4.jsonl": (80, 0.904, 0.682, 0.831, 4),
          "battery-5.jsonl": (80, 0.901, 0.685, 0.891, 1),
          "battery-6.jsonl": (90, 0.951, 0.672, 0.899, 1),
          "battery-7.jsonl": (80, 0.917, 0.668, 0.894, 0),
          "battery-8.jsonl": (80, 0.952, 0.734, 0.882, 1),
          "battery-9.jsonl": (70, 0.936, 0.635, 0.892, 1)}


@pytest.mark.skipif(not SCORER.is_file(), reason="needs ../shared/eval/score.py")
@pytest.mark.parametrize("battery", sorted(FLOORS))
def test_a_written_battery_keeps_its_figures(battery: str, tmp_path: Path) -> None:
    passages, events, named, speakers, false_events = FLOORS[battery]
    assert write_corpus(tmp_path / "battery", CORPUS / battery) == passages
    out = tmp_path / "records.jsonl"
    run = subprocess.run([sys.executable, "-m", "extractor", "batch", str(tmp_path / "battery" / "articles"),
                          "--jobs", "2", "--quiet", "-o", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert out.is_file(), run.stderr
    scored = subprocess.run([sys.executable, str(SCORER), "--gold", str(tmp_path / "battery" / "gold"),
                             "--pred", str(out), "--json"], capture_output=True, text=True, check=True)
    summary = json.loads(scored.stdout)
    assert summary["missing_records"] == []
    assert summary["events"]["f1"] >= events, summary["events"]
    assert summary["named_accounts"]["f1"] >= named, summary["named_accounts"]
    assert summary["quote_speaker"]["acc"] >= speakers, summary["quote_speaker"]
    assert summary["false_events_on_negatives"] <= false_events
