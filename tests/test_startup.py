"""A light start-up: `extractor --help`, `schema` and `validate` import neither spaCy nor
SQLAlchemy (nor trafilatura); a local run never imports Dask."""
from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import extractor
from tests.helpers import ROOT, SEED

HEAVY = ("spacy", "sqlalchemy", "trafilatura", "dask", "distributed", "fastwarc")
PROBE = """
import runpy, sys
sys.argv = ["extractor", *{args!r}]
try:
    runpy.run_module("extractor", run_name="__main__")
except SystemExit:
    pass
print("\\nIMPORTED", " ".join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
"""


def imported(*args: str) -> set[str]:
    """The heavy modules imported by `extractor ARGS` run in a fresh interpreter."""
    proc = subprocess.run([sys.executable, "-c", PROBE.format(args=list(args), heavy=HEAVY)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    line = [line for line in proc.stderr.splitlines() if line.startswith("IMPORTED")][-1]
    return set(line.split()[1:])


def test_help_schema_and_validate_import_nothing_heavy(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"schema_version": "1.2.0"}) + "\n")
    assert imported("--help") == set()
    assert imported("batch", "--help") == set()
    assert imported("schema") == set()
    assert imported("validate", str(records)) == set()


def test_a_local_run_does_not_import_dask(tmp_path: Path) -> None:
    used = imported("extract", str(SEED), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1")
    assert "spacy" in used  # the model was loaded (here, before the worker was forked)
    assert not {"dask", "distributed", "sqlalchemy"} & used


def test_the_version_is_the_one_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert extractor.__version__ == project["version"]


FORK_PROBE = """
import sys
from extractor.nlp import get_pipeline
from extractor.runner import run
from extractor.settings import Settings
records = list(run([sys.argv[1], sys.argv[1]], Settings(), jobs=2))
print(len(records), get_pipeline.cache_info().currsize)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_the_parent_loads_the_model_before_forking_its_workers() -> None:
    proc = subprocess.run([sys.executable, "-c", FORK_PROBE, str(SEED)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["2", "1"]  # two records from the workers; the pipeline built here
