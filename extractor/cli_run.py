"""What ``extractor extract`` and ``extractor batch`` do once their command line is checked:
run the inputs (engines), write the records (JSON Lines, the database), say the summary on
standard error and choose the exit code (``extractor.cli`` documents the codes)."""
from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from extractor import api
from extractor.cli_checks import EXIT_USAGE, check_resume
from extractor.settings import Settings

if TYPE_CHECKING:  # heavy modules (spaCy, SQLAlchemy, jsonschema) are imported when a run needs them
    from extractor.database import DatabaseSink
    from extractor.sources import Refused

EXIT_OK, EXIT_SOME_FAILED, EXIT_OUTPUT_FAILED, EXIT_INTERRUPTED = 0, 1, 3, 130


@contextlib.contextmanager
def opened_database(target: str) -> Iterator[DatabaseSink]:
    """The --db sink; a database that cannot be opened ends the command (exit code 2), before any input
    is read, in one line rather than a traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    from extractor.database import LayoutError
    from extractor.sinks import open_database

    with contextlib.ExitStack() as stack:
        try:
            sink = stack.enter_context(open_database(target))
        except (SQLAlchemyError, LayoutError, OSError) as e:
            cause = str(getattr(e, "orig", None) or e).splitlines()[0]
            typer.echo(f"error: --db {target}: {cause}", err=True)
            raise typer.Exit(EXIT_USAGE) from e
        yield sink


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_and_write(items: list[str | Refused], settings: Settings, jobs: int | None, output: str,
                  db: str | None, resume: bool, quiet: bool, progress_every: float = 30.0) -> int:
    """Run the inputs, write their records to the sinks, tell the user; the exit code."""
    from extractor.engines import EngineError

    try:
        return _run_and_write(items, settings, jobs, output, db, resume, quiet, progress_every)
    except EngineError as e:
        typer.echo(f"error: {e}", err=True)
        return EXIT_USAGE


def _run_and_write(items: list[str | Refused], settings: Settings, jobs: int | None, output: str,
                   db: str | None, resume: bool, quiet: bool, progress_every: float) -> int:
    from extractor.engines import get_engine
    from extractor.faults import OutputFailed
    from extractor.progress import ProgressBar, Tally, plural
    from extractor.resume import cut_torn_tail, done_inputs, is_done, put_in_order
    from extractor.run_options import write_options
    from extractor.runner import RunInfo, sigterm_as_interrupt
    from extractor.sinks import JsonLinesSink
    from extractor.warc import WarcTally, is_warc_path

    if settings.scheduler and settings.engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    get_engine(settings.engine)  # an engine that is not installed stops the command before any input
    if resume and output == "-":
        raise typer.BadParameter("--resume needs an output file (-o FILE)", param_hint="--resume")
    tally = Tally()
    todo = items
    done: dict[str, str | None] = {}
    out_path = None if output == "-" else Path(output)
    if resume:
        check_resume(out_path, settings)
    if resume and out_path is not None and out_path.exists():
        cut_torn_tail(out_path)
        done = done_inputs(out_path)
        todo = [item for item in items if not is_done(item, done)]
        tally.skipped = len(items) - len(todo)
    starts_file = out_path is not None and not (resume and out_path.exists())
    info, warc = RunInfo(), WarcTally()
    has_warc = any(isinstance(item, str) and is_warc_path(item) for item in todo)
    if not has_warc:  # a WARC file holds many inputs
        jobs = max(1, min(jobs or cores(), len(todo)))  # no more workers than inputs
    # nothing left to do (--resume): no worker, no model
    records = (api.extract_inputs(todo, settings, jobs or cores(), info, warc=warc, done=done) if todo
               else iter(()))
    database = opened_database(db) if db else contextlib.nullcontext()
    to_terminal = out_path is None and sys.stdout.isatty()
    try:
        with sigterm_as_interrupt(), database as db_sink, JsonLinesSink(output, append=resume) as jsonl, \
                ProgressBar(None if has_warc else len(todo), enabled=not quiet,
                            records_to_terminal=to_terminal, every=progress_every) as bar:
            if starts_file:
                write_options(out_path, settings)
            try:
                for record in records:
                    if db_sink is None:
                        jsonl.write(record)
                    else:  # the line once its rows are committed: file and database agree after a kill
                        db_sink.write(record, after_commit=jsonl.write)
                    tally.add(record)
                    if api.is_error(record):
                        bar.note(f"error: {record['error']['message']}")
                    bar.advance(tally)
            except KeyboardInterrupt:
                if db_sink is not None:
                    db_sink.commit()  # keep what was done, while the file is open
                raise
            if db_sink is not None:
                db_sink.commit()
        if resume and out_path is not None:
            put_in_order(out_path, items)
    except OutputFailed as e:
        typer.echo(f"error: {e.message}; the records written so far are whole: rerun with --resume "
                   "to finish", err=True)
        return EXIT_OUTPUT_FAILED
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM (see runner.sigterm_as_interrupt)
        if hasattr(records, "close"):
            records.close()  # stops the workers
        done_count = tally.skipped + tally.inputs
        hint = "; the records written so far are whole: rerun with --resume to finish" if out_path else ""
        typer.echo(f"interrupted after {done_count} of {plural(len(items), 'input')}{hint}", err=True)
        return EXIT_INTERRUPTED
    tally.skipped += warc.resumed
    if not quiet:
        if warc.records:
            typer.echo(warc.summary(), err=True)
        typer.echo(tally.summary(info.peak_worker_rss_mb, info.ready), err=True)
    return EXIT_SOME_FAILED if tally.errors else EXIT_OK
