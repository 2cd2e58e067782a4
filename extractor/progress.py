"""What a run tells its user on standard error while it works, and a one-line summary at the end.

- Standard error is a terminal, and the records do not go to that terminal: a progress bar.
- The records go to the terminal (no ``-o``): no bar (it would be drawn into the records); the
  records themselves show the progress.
- Standard error is not a terminal (cron, nohup, a log file): a plain line every
  ``every`` seconds, so that a long run is never silent.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


def plural(count: int, word: str) -> str:
    """'1 input', '2 inputs', '0 errors'."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


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
        parts = [f"{plural(self.inputs, 'input')}: {plural(self.articles, 'article')}, "
                 f"{plural(self.errors, 'error')}",
                 f"{plural(self.events, 'event')}, {plural(self.quotes, 'quote')}",
                 f"{seconds:.1f} s, {rate:.2f} inputs/s"]
        if ready is not None and now > ready and self.inputs:
            parts[-1] += (f" (start-up {ready - self.started:.1f} s, then "
                          f"{self.inputs / (now - ready):.2f} inputs/s)")
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in the output)")
        if peak_worker_mb:
            parts.append(f"peak memory per worker {peak_worker_mb:.0f} MiB")
        return "; ".join(parts)

    def progress_line(self, total: int | None) -> str:
        """The plain progress line written when standard error is not a terminal."""
        seconds = time.monotonic() - self.started
        rate = self.inputs / seconds if seconds > 0 else 0.0
        of = f" of {total}" if total is not None else ""
        return (f"progress: {self.inputs}{of} inputs, {plural(self.errors, 'error')}, "
                f"{seconds:.0f} s, {rate:.2f} inputs/s")


class ProgressBar:
    """A rich progress bar on standard error, plain progress lines, or nothing (--quiet)."""

    def __init__(self, total: int | None, enabled: bool, records_to_terminal: bool = False,
                 every: float = 30.0):
        terminal = sys.stderr.isatty()
        self.enabled = enabled and terminal and not records_to_terminal  # the bar
        self.plain = enabled and not terminal and every > 0  # plain lines
        self.every = every
        self._last_line = time.monotonic()
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
        elif self.plain and time.monotonic() - self._last_line >= self.every:
            self._last_line = time.monotonic()
            print(tally.progress_line(self.total), file=sys.stderr, flush=True)

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
