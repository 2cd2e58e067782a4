"""The command line: a thin layer over ``extractor.api``.

Exit codes: 0 every input gave a record; 1 some input gave an error record (the others were
still written) or ``validate`` found violations; 2 the command line itself was wrong; 3 an output
(the -o file, the --db database) failed during the run (``extractor.faults``); 130 interrupted.
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import typer
from sqlalchemy.exc import SQLAlchemyError

from extractor import api
from extractor.database import DatabaseSink, DatabaseTargetError, LayoutError, database_url
from extractor.faults import OutputFailed
from extractor.progress import ProgressBar, Tally
from extractor.resume import cut_torn_tail, done_inputs, is_done, put_in_order
from extractor.runner import RunInfo, sigterm_as_interrupt
from extractor.schema import load_schema, violations
from extractor.settings import Settings
from extractor.sinks import JsonLinesSink, open_database
from extractor.sources import Refused, folder_inputs

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_OUTPUT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

app = typer.Typer(add_completion=False, no_args_is_help=True, help=(
    "Turn news articles about platform moderation into validated JSON records.\n\n"
    "Example: extractor extract samples/seed-wired-occupy.txt"))

OutputOption = typer.Option("-", "--output", "-o", help="JSON Lines file to write ('-': standard output).")


def check_db_target(target: str | None) -> str | None:
    """A --db target names a database this tool can write (exit code 2 when not)."""
    if target is not None:
        try:
            database_url(target)
        except DatabaseTargetError as e:
            raise typer.BadParameter(str(e)) from e
    return target


DbOption = typer.Option(None, "--db", callback=check_db_target, help=(
    "Also write the records into a database: a SQLite file (a path or sqlite:///path), or a "
    "postgresql://user@host/db URL. Each article's rows are replaced when written again."))
PrivateOption = typer.Option(False, "--allow-private-urls",
                             help="Allow URLs on loopback and private networks (refused by default).")
TimeoutOption = typer.Option(20, "--timeout", min=1, help="Seconds allowed for one URL download.")
JobsOption = typer.Option(None, "--jobs", "-j", "--workers", min=1, max=64,
                          show_default="the number of cores",
                          help="Worker processes (each loads the model once; see the README for memory).")
MaxBytesOption = typer.Option(20_000_000, "--max-bytes", min=1, help="Largest page or file read, in bytes.")
TimeLimitOption = typer.Option(120.0, "--time-limit", min=0,
                               help="Seconds one input may take before its worker is stopped (0: no limit).")
MaxMemoryOption = typer.Option(1024, "--max-memory", min=0, metavar="MIB", help=(
    "MiB a worker may use on one input before it is replaced and the input gets a too_large "
    "error record (0: no limit)."))
ResumeOption = typer.Option(False, "--resume", help=(
    "Skip inputs already recorded in the -o file (same path, same content hash); finish a killed run."))
QuietOption = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary on standard error.")
NoScreenOption = typer.Option(False, "--no-screen", help=(
    "Analyse every article in full, even those with no platform near moderation wording (slower)."))
PublishedOption = typer.Option(None, "--published", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help=(
    "Publication date of the inputs: wins over the page's own date; 'last week' is resolved against it."))
InputsArgument = typer.Argument(..., help="http(s) URLs, files (.html, .htm, .txt, gzipped too) or '-'.")
FolderArgument = typer.Argument(..., exists=True, file_okay=False, dir_okay=True,
                                help="Folder of saved articles (searched recursively).")
FileArgument = typer.Argument(..., exists=True, dir_okay=False, help="JSON Lines file of records.")


@contextlib.contextmanager
def opened_database(target: str) -> Iterator[DatabaseSink]:
    """The --db sink; a database that cannot be opened ends the command (exit code 2), before any input
    is read, in one line rather than a traceback."""
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
                  db: str | None, resume: bool, quiet: bool) -> int:
    """Run the inputs, write their records to the sinks, tell the user; the exit code."""
    if resume and output == "-":
        raise typer.BadParameter("--resume needs an output file (-o FILE)", param_hint="--resume")
    tally = Tally()
    todo = items
    out_path = None if output == "-" else Path(output)
    if resume and out_path is not None and out_path.exists():
        cut_torn_tail(out_path)
        done = done_inputs(out_path)
        todo = [item for item in items if not is_done(item, done)]
        tally.skipped = len(items) - len(todo)
    info = RunInfo()
    jobs = max(1, min(jobs or cores(), len(todo)))  # no more workers than inputs
    records = api.extract_inputs(todo, settings, jobs, info)
    database = opened_database(db) if db else contextlib.nullcontext()
    try:
        with sigterm_as_interrupt(), database as db_sink, JsonLinesSink(output, append=resume) as jsonl, \
                ProgressBar(len(todo), enabled=not quiet) as bar:
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
        typer.echo(f"interrupted after {tally.inputs} of {len(todo)} inputs; the records written so far "
                   "are whole: rerun with --resume to finish", err=True)
        return EXIT_INTERRUPTED
    if not quiet:
        typer.echo(tally.summary(info.peak_worker_rss_mb, info.ready), err=True)
    return EXIT_SOME_FAILED if tally.errors else EXIT_OK


@app.command()
def extract(
    inputs: list[str] = InputsArgument,
    output: str = OutputOption,
    db: str | None = DbOption,
    allow_private_urls: bool = PrivateOption,
    timeout: int = TimeoutOption,
    max_bytes: int = MaxBytesOption,
    jobs: int | None = JobsOption,
    time_limit: float = TimeLimitOption,
    max_memory: int = MaxMemoryOption,
    resume: bool = ResumeOption,
    quiet: bool = QuietOption,
    no_screen: bool = NoScreenOption,
    published: datetime | None = PublishedOption,
) -> None:
    """Write one JSON record per input, one per line, in the order given.

    Example: extractor extract samples/seed-wired-occupy.txt https://example.org/story.html -o records.jsonl
    """
    settings = Settings(allow_private_urls=allow_private_urls, timeout=timeout, max_bytes=max_bytes,
                        time_limit=time_limit, max_memory=max_memory, screen=not no_screen,
                        published=published.date() if published else None)
    raise typer.Exit(run_and_write(list(inputs), settings, jobs, output, db, resume, quiet))


@app.command()
def batch(
    folder: Path = FolderArgument,
    output: str = OutputOption,
    db: str | None = DbOption,
    max_bytes: int = MaxBytesOption,
    jobs: int | None = JobsOption,
    time_limit: float = TimeLimitOption,
    max_memory: int = MaxMemoryOption,
    resume: bool = ResumeOption,
    quiet: bool = QuietOption,
    no_screen: bool = NoScreenOption,
    published: datetime | None = PublishedOption,
) -> None:
    """Write a record for every article file under FOLDER (.html, .htm, .txt, gzipped too).

    Records come in path order, the same whatever the number of --jobs. A symbolic link that
    leads out of the folder gets an error record and is not read. --resume after a killed run
    skips what the -o file already holds and leaves the file as an uninterrupted run would.

    Example: extractor batch ../shared/eval/dev/articles -o records.jsonl --jobs 2 --resume
    """
    settings = Settings(max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory,
                        screen=not no_screen, published=published.date() if published else None)
    items = list(folder_inputs(folder))
    raise typer.Exit(run_and_write(items, settings, jobs, output, db, resume, quiet))


@app.command()
def schema() -> None:
    """Print the JSON Schema of records.

    Example: extractor schema > moderation-event.schema.json
    """
    typer.echo(json.dumps(load_schema(), indent=2, ensure_ascii=False))


@app.command()
def validate(file: Path = FileArgument) -> None:
    """Check every record of a JSON Lines file against the schema; name line and field of each violation.

    Example: extractor validate records.jsonl
    """
    bad = number = 0
    with file.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                typer.echo(f"{file}:{number}: not UTF-8 text: {e}")
                bad += 1
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                typer.echo(f"{file}:{number}: not JSON: {e}")
                bad += 1
                continue
            except RecursionError:
                typer.echo(f"{file}:{number}: not a record: nested too deeply to read")
                bad += 1
                continue
            problems = violations(record)
            for problem in problems:
                typer.echo(f"{file}:{number}: {problem}")
            bad += bool(problems)
    typer.echo(f"{file}: {number} lines, {bad} with violations", err=True)
    raise typer.Exit(EXIT_SOME_FAILED if bad else EXIT_OK)


db_app = typer.Typer(no_args_is_help=True, help=(
    "Look into a database written by --db.\n\nExample: extractor db stats records.db"))
app.add_typer(db_app, name="db")
DbTargetArgument = typer.Argument(..., help="A SQLite file (path or sqlite:///path) or a postgresql:// URL.")


@db_app.command("stats")
def db_stats(target: str = DbTargetArgument) -> None:
    """Print the row count of each table, and the events per platform and action.

    Example: extractor db stats records.db  (or: extractor db stats postgresql://user@localhost/moderation)
    """
    try:
        stats = api.db_stats(target)
    except (DatabaseTargetError, FileNotFoundError, LayoutError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(EXIT_USAGE) from e
    for line in stats.lines():
        typer.echo(line)


def main() -> None:
    sys.exit(app())


if __name__ == "__main__":
    main()
