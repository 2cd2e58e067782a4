"""The Dask engine: the same per-article function on a Dask distributed cluster.

``settings.scheduler`` (``--scheduler tcp://HOST:PORT``) names an existing cluster; without it a
``LocalCluster`` of ``jobs`` worker processes (one thread each) is started for the run and
stopped at its end. Every worker loads the model once, when it joins (a worker plugin, applied
to workers that join later too). Tasks are partitions of a few inputs; at most
``WINDOW_PER_WORKER`` partitions per worker are in flight, and results are given in input
order, so the records are byte-identical to the local engine's.

Faults: Dask runs the partition of a worker that dies again on another worker, so a killed
worker costs no record. A partition that keeps killing workers (Dask gives up after
``distributed.scheduler.allowed-failures``) is run again input by input, and the input that
still kills its worker gets a ``worker_died`` error record. ``--time-limit`` is not enforced
on a cluster (a Dask task cannot be stopped from outside).

Worker needs: the same version of this package (and its model) installed; the files and
folders named as inputs at the same paths (a shared file system). WARC records are read here,
by the client, and sent with their task, so a WARC file needs to be on this machine only.
"""
from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice

from distributed import Client, Future, LocalCluster, WorkerPlugin
from distributed.scheduler import KilledWorker

from extractor.engines import EngineError
from extractor.runner import RunInfo
from extractor.settings import Settings

PARTITION = 4  # inputs per task
WINDOW_PER_WORKER = 3  # partitions in flight per worker
CONNECT_TIMEOUT = 10  # seconds to reach a scheduler


class ModelLoader(WorkerPlugin):
    """Loads the pipeline and the screen once in each worker process, when it starts."""

    name = "moderation-extractor-model"

    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker) -> None:
        from extractor.runner import load_models

        load_models(self.settings)


def records_for(items: list, settings: Settings) -> tuple[list[dict], float]:
    """The task: the records of a partition, and the worker's peak memory in MiB."""
    from extractor.runner import load_models, peak_rss_mb, record_for

    load_models(settings)  # cached: a no-op once the plugin has run
    return [record_for(item, settings) for item in items], peak_rss_mb()


def run(items: Iterable[object], settings: Settings, jobs: int, info: RunInfo) -> Iterator[dict]:
    """The record of every item, in input order, computed on the cluster."""
    with ExitStack() as stack:
        client = stack.enter_context(_client(settings, jobs))
        client.register_plugin(ModelLoader(settings))
        info.ready = time.monotonic()
        info.workers_started = len(client.scheduler_info().get("workers", {}))
        workers = max(1, info.workers_started)
        yield from _in_order(client, iter(items), settings, workers * WINDOW_PER_WORKER, info)


def _client(settings: Settings, jobs: int):
    try:
        if settings.scheduler:
            return Client(settings.scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster, set_as_default=False)
        return _Closing(client, cluster)
    except (OSError, TimeoutError) as e:
        where = settings.scheduler or "a LocalCluster"
        raise EngineError(f"--engine dask: cannot reach {where}: {e}") from e


class _Closing:
    """A client and the LocalCluster started for it, closed together."""

    def __init__(self, client: Client, cluster: LocalCluster):
        self.client, self.cluster = client, cluster

    def __enter__(self) -> Client:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.cluster.close()


def _in_order(client: Client, items: Iterator[object], settings: Settings, window: int,
              info: RunInfo) -> Iterator[dict]:
    flight: deque[tuple[list, Future]] = deque()

    def submit() -> bool:
        part = list(islice(items, PARTITION))
        if part:
            flight.append((part, client.submit(records_for, part, settings, pure=False)))
        return bool(part)

    while len(flight) < window and submit():
        pass
    while flight:
        part, future = flight.popleft()
        yield from _results(client, part, future, settings, info)
        while len(flight) < window and submit():
            pass


def _results(client: Client, part: list, future: Future, settings: Settings, info: RunInfo) -> Iterator[dict]:
    from extractor.api import input_error_record

    try:
        records, peak = future.result()
    except KilledWorker:
        if len(part) > 1:  # one of them kills its worker: run them one by one to find which
            for item in part:
                yield from _results(client, [item], client.submit(records_for, [item], settings, pure=False),
                                    settings, info)
            return
        yield input_error_record(part[0], "worker_died",
                                 f"{part[0]}: the Dask worker died while reading it, each time it was tried")
        return
    except Exception as e:  # the task itself failed (it never should: record_for does not raise)
        for item in part:
            yield input_error_record(item, "processing_error", f"{item}: {type(e).__name__}: {e}")
        return
    info.peak_worker_rss_mb = max(info.peak_worker_rss_mb, peak)
    yield from records
