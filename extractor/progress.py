"""What a run tells its user on standard error: a progress bar while it works (when standard
error is a terminal) and a one-line summary at the end."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


@dataclass
class Tally:
    """Counts over the records of a run."""

    inputs: int = 0
    articles: int = 0
    events: int = 0
    quotes: int = 0
    errors: int = 0
    skipped: int = 0  # already in the output (--resume)
    started: float = field(default_factory=time.monotonic)

    def add(self, record: dict) -> None:
        self.inputs += 1
        if "error" in record:
            self.errors += 1
        else:
            self.articles += 1
            self.events += len(record.get("events", []))
            self.quotes += len(record.get("quotes", []))

    def summary(self, peak_worker_mb: float | None = None, ready: float | None = None) -> str:
        """One line; ``ready`` (time.monotonic()) is when the workers had loaded the model: the
        rate after it is the steady rate, start-up left out."""
        now = time.monotonic()
        seconds = now - self.started
        rate = self.inputs / seconds if seconds > 0 else 0.0
        parts = [f"{self.inputs} inputs: {self.articles} articles, {self.errors} errors",
                 f"{self.events} events, {self.quotes} quotes",
                 f"{seconds:.1f} s, {rate:.2f} inputs/s"]
        if ready is not None and now > ready and self.inputs:
            parts[-1] += (f" (start-up {ready - self.started:.1f} s, then "
                          f"{self.inputs / (now - ready):.2f} inputs/s)")
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in the output)")
        if peak_worker_mb:
            parts.append(f"peak memory per worker {peak_worker_mb:.0f} MiB")
        return "; ".join(parts)


class ProgressBar:
    """A rich progress bar on standard error, or nothing (not a terminal, or --quiet)."""

    def __init__(self, total: int | None, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self._progress: Progress | None = None
        self._task = None
        self.total = total

    def __enter__(self) -> ProgressBar:
        if self.enabled:
            self._progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                                      TextColumn("{task.fields[errors]} errors"), TimeRemainingColumn(),
                                      console=Console(stderr=True), transient=True)
            self._progress.start()
            self._task = self._progress.add_task("extract", total=self.total, errors=0)
        return self

    def note(self, text: str) -> None:
        """A line on standard error (above the bar while it is shown)."""
        if self._progress is not None:
            self._progress.console.print(text, markup=False, highlight=False)
        else:
            print(text, file=sys.stderr, flush=True)

    def advance(self, tally: Tally) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, errors=tally.errors)

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
