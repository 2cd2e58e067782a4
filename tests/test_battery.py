"""The written battery (``tests/corpus/battery.jsonl``: 220 passages an annotator wrote in the
wording of many outlets, 42 of them with no event) keeps its figures: ``extractor batch`` over it,
scored with ``../shared/eval/score.py``, must not fall below the floors (the figures reported in
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
FLOORS = {"events": 0.893, "named_accounts": 0.884}
SPEAKER_FLOOR = 0.942
MAX_FALSE_EVENTS = 2


@pytest.mark.skipif(not SCORER.is_file(), reason="needs ../shared/eval/score.py")
def test_the_written_battery_keeps_its_figures(tmp_path: Path) -> None:
    assert write_corpus(tmp_path / "battery") == 220
    out = tmp_path / "records.jsonl"
    run = subprocess.run([sys.executable, "-m", "extractor", "batch", str(tmp_path / "battery" / "articles"),
                          "--jobs", "2", "--quiet", "-o", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert out.is_file(), run.stderr
    scored = subprocess.run([sys.executable, str(SCORER), "--gold", str(tmp_path / "battery" / "gold"),
                             "--pred", str(out), "--json"], capture_output=True, text=True, check=True)
    summary = json.loads(scored.stdout)
    assert summary["missing_records"] == []
    for name, floor in FLOORS.items():
        assert summary[name]["f1"] >= floor, (name, summary[name])
    assert summary["quote_speaker"]["acc"] >= SPEAKER_FLOOR
    assert summary["false_events_on_negatives"] <= MAX_FALSE_EVENTS
