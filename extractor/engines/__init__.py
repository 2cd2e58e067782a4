"""Engines: where the per-article work runs. Every engine takes the same inputs (file paths,
URLs, refused inputs, WARC records) and gives their records in input order, so the writers do
not know which one ran:

- ``local`` (the default): worker processes on this machine (``extractor.runner``);
- ``dask``: a Dask distributed cluster, or a ``LocalCluster`` started for the run
  (``extractor.engines.dask_engine``; the optional extra ``pip install '.[dask]'``).

An engine is a module with ``run(items, settings, jobs, info)``; a third one (Ray, Spark) is
one more module and one more line in ``ENGINES``. Nothing is imported before it is asked for.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from extractor.runner import RunInfo
    from extractor.settings import Settings

ENGINES = {"local": "extractor.engines.local", "dask": "extractor.engines.dask_engine"}
EXTRAS = {"dask": "pip install 'moderation-extractor[dask]' (in a checkout: pip install -e '.[dask]')"}


class EngineError(RuntimeError):
    """An engine that cannot run: not installed, or its cluster cannot be reached."""


class Engine(Protocol):
    def run(self, items: Iterable[object], settings: Settings, jobs: int, info: RunInfo) -> Iterator[dict]:
        """The record of every item, in the order of the items."""
        ...


def get_engine(name: str) -> Engine:
    """The engine called ``name``; EngineError when it is unknown or its extra is missing."""
    if name not in ENGINES:
        raise EngineError(f"unknown engine {name!r} (known: {', '.join(ENGINES)})")
    try:
        return importlib.import_module(ENGINES[name])  # type: ignore[return-value]
    except ImportError as e:
        missing = e.name or e
        raise EngineError(f"the {name} engine is not installed ({missing}); {EXTRAS.get(name, '')}") from e
