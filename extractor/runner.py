"""The batch runner: records for many inputs, in input order, in one process or several.

With ``jobs`` > 1, or a per-input time limit, inputs go to worker processes. Each worker builds
the spaCy pipeline once, then takes one input at a time. Results come back in input order, so
the output is the same whatever the number of jobs. At most ``jobs * WINDOW_PER_JOB`` inputs are
in flight or waiting to be written, so memory stays flat however many inputs there are.

One input never costs the others:
- an input that fails gives its error record;
- an input that takes longer than ``settings.time_limit`` seconds has its worker killed and
  replaced, and gives an error record of type ``time_limit``;
- a worker whose memory passes ``settings.max_memory`` MiB on an input is killed and replaced,
  and the input gives an error record of type ``too_large`` (the parent watches the workers'
  resident memory, every MEMORY_CHECK_SECONDS);
- a worker that dies (killed, out of memory) is replaced, and its input gives an error record
  of type ``worker_died``.
"""
from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing.connection import Connection, wait
from typing import Any

from extractor.settings import Settings
from extractor.sources import Refused

WINDOW_PER_JOB = 8
MEMORY_CHECK_SECONDS = 0.2
READY, DONE = "ready", "done"

Item = str | Refused  # or an item that makes its own record (``to_record``): a WARC record


@dataclass
class RunInfo:
    """What a run measured: the workers' peak memory (the largest, in MiB), and when they were
    all ready (model loaded), so that start-up and steady work can be told apart."""

    peak_worker_rss_mb: float = 0.0
    workers_started: int = 0
    ready: float | None = None  # time.monotonic() when every first worker had loaded the model


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def rss_mb(pid: int) -> float | None:
    """Resident memory of a process in MiB (Linux /proc; None where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            pages = int(fh.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def load_models(settings: Settings) -> None:
    """What every record needs, loaded before the first input: the pipeline and the screen, then
    one made-up article run through (``warm_up``)."""
    from extractor.nlp import get_pipeline
    from extractor.screen import get_screener

    get_pipeline(settings.model)
    get_screener(settings.model)
    warm_up(settings.model)


# a made-up article that reaches every stage after trafilatura: the screen, the parse, an event
# with a count and a date, a quote with a speaker. Plain text: trafilatura's own set-up is cheap,
# and a page this small would send it down its jusText fallback, which loads the stop words of
# every language (30 MB in every worker, where the pages of a run may never need them).
WARM_UP_TEXT = ("Platform suspends accounts\n\nTwitter suspended 1,500 accounts on Tuesday and removed "
                "20 pages last week, the company said.\n\n\u201cWe took them down for spam,\u201d said "
                "Jane Doe, a spokeswoman for the company.")


@lru_cache(maxsize=2)
def warm_up(model: str | None) -> None:
    """Run one made-up article through, so that what the first record sets up once (dateparser's
    tables, compiled expressions, the rule components' tables: about 0.2 s) is set up here,
    before the workers are forked, rather than in each worker. Records do not depend on what
    was run before them (the output is the same whatever the number of jobs)."""
    from extractor.api import extract

    with contextlib.suppress(Exception):  # a failed warm-up costs the first record that time, no more
        extract(WARM_UP_TEXT, published="2020-01-02", settings=Settings(model=model))


def record_for(item: Item, settings: Settings) -> dict:
    from extractor.api import extract_input, input_error_record

    if isinstance(item, Refused):
        return input_error_record(item.item, item.kind, item.message)
    if not isinstance(item, str):
        return item.to_record(settings)
    return extract_input(item, settings)


PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_WATCH_SECONDS = 0.5


def die_with_parent(parent_pid: int) -> None:
    """End this worker when the parent process ends, however it ends (even SIGKILL): on Linux the
    kernel sends SIGKILL (prctl PR_SET_PDEATHSIG); everywhere, a thread sees the worker
    re-parented and exits. A worker never outlives its run holding the run's pipes and files."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_WATCH_SECONDS)
        os._exit(1)

    if os.getppid() != parent_pid:  # the parent died before the death signal was asked for
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """While a run goes: SIGTERM (a scheduler, a plain ``kill``) ends it as Ctrl-C does: the same
    exit code and message, what was done kept, the workers gone. Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _worker_main(conn: Connection, settings: Settings, parent_pid: int) -> None:
    """A worker: load the pipeline, say so, then turn (index, input) into (index, record)."""
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    load_models(settings)
    conn.send((READY, None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            conn.send((DONE, peak_rss_mb()))
            return
        index, item = task
        conn.send((index, record_for(item, settings)))


@dataclass
class Worker:
    process: Any
    conn: Connection
    ready: bool = False
    task: tuple[int, str] | None = None
    started: float = 0.0

    @classmethod
    def start(cls, context: Any, settings: Settings) -> Worker:
        parent_end, child_end = context.Pipe()
        process = context.Process(target=_worker_main, args=(child_end, settings, os.getpid()), daemon=True)
        process.start()
        child_end.close()
        return cls(process, parent_end)

    def give(self, index: int, item: str) -> None:
        self.task = (index, item)
        self.started = time.monotonic()
        self.conn.send((index, item))

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self, info: RunInfo) -> None:
        """Ask the worker to finish, and note its peak memory (a worker still loading the model
        is killed)."""
        if not self.ready or self.task is not None:  # loading the model, or busy (an interrupted run)
            self.kill()
            return
        try:
            if self.ready and self.task is None:
                self.conn.send(None)
                if self.conn.poll(10):
                    kind, value = self.conn.recv()
                    if kind == DONE:
                        info.peak_worker_rss_mb = max(info.peak_worker_rss_mb, value)
        except (EOFError, OSError, BrokenPipeError):
            pass
        self.process.join(5)
        self.kill()


def run(items: Iterable[Item], settings: Settings, jobs: int = 1,
        info: RunInfo | None = None) -> Iterator[dict]:
    """Records for the inputs, in order.

    One job and no time limit: in this process. Otherwise ``jobs`` worker processes (each
    loading the model once). ``info``, when given, receives the workers' peak memory at the end.
    """
    info = info if info is not None else RunInfo()
    if jobs <= 1 and not settings.time_limit and not settings.max_memory:
        load_models(settings)
        info.ready = time.monotonic()
        for item in items:
            yield record_for(item, settings)
        info.peak_worker_rss_mb = peak_rss_mb()
        return
    yield from _run_in_workers(items, settings, max(1, jobs), info)


def _run_in_workers(items: Iterable[Item], settings: Settings, jobs: int, info: RunInfo) -> Iterator[dict]:
    from extractor.api import input_error_record

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    context = multiprocessing.get_context(method)
    if method == "fork":
        load_models(settings)  # once, here: the forked workers share it rather than each loading its own
    workers = [Worker.start(context, settings) for _ in range(jobs)]
    info.workers_started = jobs
    pending = enumerate(items)
    results: dict[int, dict] = {}
    next_out = dispatched = 0
    exhausted = False
    limit = settings.time_limit

    def replace(worker: Worker) -> Worker:
        worker.kill()
        fresh = Worker.start(context, settings)
        info.workers_started += 1
        workers[workers.index(worker)] = fresh
        return fresh

    try:
        while True:
            for worker in workers:
                while worker.ready and worker.task is None and not exhausted \
                        and dispatched - next_out < jobs * WINDOW_PER_JOB:
                    try:
                        index, item = next(pending)
                    except StopIteration:
                        exhausted = True
                        break
                    dispatched += 1
                    if isinstance(item, Refused):
                        results[index] = record_for(item, settings)
                    else:
                        worker.give(index, item)
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1
            if exhausted and next_out == dispatched:
                return
            if not exhausted and dispatched - next_out < jobs * WINDOW_PER_JOB \
                    and any(w.ready and w.task is None for w in workers):
                continue  # what was just written made room: hand out more before waiting
            busy = [w for w in workers if w.task is not None]
            timeout = None
            if limit and busy:
                timeout = max(0.0, min(w.started + limit for w in busy) - time.monotonic())
            if settings.max_memory and busy:
                timeout = min(timeout if timeout is not None else MEMORY_CHECK_SECONDS, MEMORY_CHECK_SECONDS)
            ready = wait([w.conn for w in workers], timeout)
            now = time.monotonic()
            for worker in list(workers):
                if worker.task is not None and worker.conn not in ready and settings.max_memory:
                    used = rss_mb(worker.process.pid)
                    if used is not None and used > settings.max_memory:
                        task_index, item = worker.task
                        info.peak_worker_rss_mb = max(info.peak_worker_rss_mb, used)
                        results[task_index] = input_error_record(
                            item, "too_large", f"{item}: needed more than the memory limit of "
                            f"{settings.max_memory} MiB (--max-memory); stopped")
                        replace(worker)
                        continue
                if worker.conn in ready:
                    try:
                        index, payload = worker.conn.recv()
                    except (EOFError, OSError) as e:
                        if not worker.ready:
                            code = worker.process.exitcode
                            raise RuntimeError(f"a worker process could not start (exit code {code}); "
                                               "run with --jobs 1 to see why") from e
                        if worker.task is not None:
                            task_index, item = worker.task
                            worker.process.join(5)  # reaped, so that its exit code is known
                            code = worker.process.exitcode
                            results[task_index] = input_error_record(
                                item, "worker_died",
                                f"{item}: the worker process died while reading it (exit code {code})")
                        replace(worker)
                        continue
                    if index == READY:
                        worker.ready = True
                        if info.ready is None and all(w.ready for w in workers):
                            info.ready = time.monotonic()
                    else:
                        results[index] = payload
                        worker.task = None
                        used = rss_mb(worker.process.pid) if settings.max_memory else None
                        if used is not None and used > settings.max_memory:
                            replace(worker)  # done, but it keeps what it took: a fresh one goes on
                elif worker.task is not None and limit and now - worker.started >= limit:
                    task_index, item = worker.task
                    results[task_index] = input_error_record(
                        item, "time_limit",
                        f"{item}: took longer than the time limit of {limit:g} s; stopped")
                    replace(worker)
    finally:
        for worker in workers:
            worker.stop(info)
