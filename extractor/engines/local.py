"""The local engine: worker processes on this machine (``extractor.runner``): per-input time
limits, a dead worker replaced, each worker loading the model once."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from extractor.runner import RunInfo
from extractor.runner import run as run_in_processes
from extractor.settings import Settings


def run(items: Iterable[object], settings: Settings, jobs: int, info: RunInfo) -> Iterator[dict]:
    yield from run_in_processes(items, settings, jobs, info)  # type: ignore[arg-type]
