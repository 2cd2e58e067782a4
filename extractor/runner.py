"""The batch runner: records for many inputs, in input order, in one process or several.

Each worker process builds the spaCy pipeline once and takes inputs one at a time; the results
come back in the order the inputs were given, so the output is the same whatever the number of
workers. One input that fails gives its error record and never stops the others.
"""
from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterable, Iterator

from extractor.settings import Settings

_worker_settings: Settings | None = None


def _start_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings
    from extractor.nlp import get_pipeline

    get_pipeline(settings.model)


def _extract_one(item: str) -> dict:
    from extractor.api import extract_input

    assert _worker_settings is not None
    return extract_input(item, _worker_settings)


def run(items: Iterable[str], settings: Settings, workers: int = 1) -> Iterator[dict]:
    """Records for the inputs, in order; ``workers`` > 1 spreads them over that many processes."""
    from extractor.api import extract_input

    if workers <= 1:
        for item in items:
            yield extract_input(item, settings)
        return
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(workers, initializer=_start_worker, initargs=(settings,)) as pool:
        yield from pool.imap(_extract_one, items, chunksize=1)
