"""The command line: a thin layer over ``extractor.api``.

Exit codes: 0 every input gave a record; 1 some input gave an error record (the others were
still written), ``validate`` found violations, or ``batch`` found no article file; 2 the command
line itself was wrong (checked before any input is read); 3 an output (the -o file, the --db
database) failed during the run (``extractor.faults``); 130 interrupted (Ctrl-C or SIGTERM).
"""
from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import typer

from extractor import api
from extractor.cli_checks import EXIT_USAGE, check_output, fail, published_option
from extractor.cli_run import EXIT_OK, EXIT_SOME_FAILED, run_and_write
from extractor.settings import Settings
from extractor.version import __version__

HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(add_completion=False, no_args_is_help=True, context_settings=HELP_OPTIONS,
                  rich_markup_mode=None, pretty_exceptions_show_locals=False, help=(
    "Turn news articles about platform moderation into validated JSON records.\n\n"
    "Example: extractor extract samples/seed-wired-occupy.txt"))


def show_version(value: bool) -> None:
    if value:
        from extractor.schema import SCHEMA_VERSION

        typer.echo(f"extractor {__version__} (records: schema {SCHEMA_VERSION})")
        raise typer.Exit()


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", callback=show_version, is_eager=True,
                                               help="Print the version and exit.")) -> None:
    """Turn news articles about platform moderation into validated JSON records."""


OutputOption = typer.Option("-", "--output", "-o", metavar="FILE",
                            help="JSON Lines file to write ('-': standard output).")


def check_db_target(target: str | None) -> str | None:
    """A --db target names a database this tool can write (exit code 2 when not)."""
    if target is not None:
        from extractor.database import DatabaseTargetError, database_url

        try:
            database_url(target)
        except DatabaseTargetError as e:
            raise typer.BadParameter(str(e)) from e
    return target


DbOption = typer.Option(None, "--db", callback=check_db_target, metavar="TARGET", help=(
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
    "Skip inputs already recorded in the -o file (same path, same content hash); finish a killed run. "
    "Refused when the file was written with other --published, --no-screen or --with-text."))
QuietOption = typer.Option(False, "--quiet", "-q",
                           help="No progress bar, progress lines or summary on standard error.")
NoScreenOption = typer.Option(False, "--no-screen", help=(
    "Analyse every article in full, even those with no platform near moderation wording (slower)."))
PublishedOption = typer.Option(None, "--published", metavar="YYYY-MM-DD", help=(
    "Publication date of the inputs: wins over the page's own date; 'last week' is resolved against it."))
WithTextOption = typer.Option(False, "--with-text", help=(
    "Records carry the article text their offsets point into (field 'text')."))
ProgressEveryOption = typer.Option(30.0, "--progress-every", min=0, metavar="SECONDS", help=(
    "When standard error is not a terminal: a progress line every SECONDS (0: none)."))
EngineOption = typer.Option("local", "--engine", help=(
    "Where the work runs: 'local' (worker processes here) or 'dask' (a Dask cluster: pip install "
    "'.[dask]')."))
SchedulerOption = typer.Option(None, "--scheduler", metavar="tcp://HOST:PORT", help=(
    "With --engine dask: the scheduler of an existing cluster (default: a LocalCluster of --jobs workers)."))
InputsArgument = typer.Argument(..., metavar="INPUT...", help=(
    "http(s) URLs, files (.html, .htm, .txt, gzipped too), WARC files (.warc, .warc.gz) or '-'."))
FolderArgument = typer.Argument(..., exists=True, file_okay=False, dir_okay=True,
                                help="Folder of saved articles (searched recursively).")
FileArgument = typer.Argument(..., metavar="FILE", help="JSON Lines file of records ('-': standard input).")


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
    published: str | None = PublishedOption,
    with_text: bool = WithTextOption,
    progress_every: float = ProgressEveryOption,
    engine: str = EngineOption,
    scheduler: str | None = SchedulerOption,
) -> None:
    """Write one JSON record per input, one per line, in the order given.

    \b
    Example: extractor extract samples/seed-wired-occupy.txt samples/youtube-channels.html -o records.jsonl

    A URL is fetched (this needs the network): extractor extract https://www.example.com/news/story.html
    """
    check_output(output)
    settings = Settings(allow_private_urls=allow_private_urls, timeout=timeout, max_bytes=max_bytes,
                        time_limit=time_limit, max_memory=max_memory, screen=not no_screen,
                        published=published_option(published), with_text=with_text, engine=engine,
                        scheduler=scheduler)
    raise typer.Exit(run_and_write(list(inputs), settings, jobs, output, db, resume, quiet, progress_every))


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
    published: str | None = PublishedOption,
    with_text: bool = WithTextOption,
    progress_every: float = ProgressEveryOption,
    engine: str = EngineOption,
    scheduler: str | None = SchedulerOption,
) -> None:
    """Write a record for every article file under FOLDER (.html, .htm, .txt, gzipped too) and
    every HTML response record of its WARC files (.warc, .warc.gz).

    Records come in path order, the same whatever the number of --jobs. A symbolic link that
    leads out of the folder gets an error record and is not read. --resume after a killed run
    skips what the -o file already holds and leaves the file as an uninterrupted run would.

    Example: extractor batch samples -o records.jsonl --jobs 2 --resume

    On a Dask cluster: extractor batch crawl/ -o records.jsonl --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from extractor.sources import folder_inputs

    check_output(output)
    settings = Settings(max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory,
                        screen=not no_screen, published=published_option(published), with_text=with_text,
                        engine=engine, scheduler=scheduler)
    items = list(folder_inputs(folder))
    if not items:
        fail(f"no article files under {folder}", EXIT_SOME_FAILED)
    raise typer.Exit(run_and_write(items, settings, jobs, output, db, resume, quiet, progress_every))


@app.command()
def schema() -> None:
    """Print the JSON Schema of records.

    Example: extractor schema > moderation-event.schema.json
    """
    from extractor.schema import load_schema

    typer.echo(json.dumps(load_schema(), indent=2, ensure_ascii=False))


@app.command()
def validate(file: str = FileArgument) -> None:
    """Check every record of a JSON Lines file against the schema; name line and field of each violation.

    Example: extractor validate records.jsonl

    Standard input: extractor extract samples/seed-wired-occupy.txt | extractor validate -
    """
    from extractor.progress import plural
    from extractor.schema import violations

    bad = number = 0
    if file != "-" and not Path(file).is_file():
        problem = "is a folder" if Path(file).is_dir() else "no such file"
        raise typer.BadParameter(f"{file}: {problem}", param_hint="'FILE'")
    with contextlib.ExitStack() as stack:
        fh = sys.stdin.buffer if file == "-" else stack.enter_context(Path(file).open("rb"))
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
    typer.echo(f"{file}: {plural(number, 'line')}, {bad} with violations", err=True)
    raise typer.Exit(EXIT_SOME_FAILED if bad else EXIT_OK)


db_app = typer.Typer(no_args_is_help=True, context_settings=HELP_OPTIONS, rich_markup_mode=None, help=(
    "Look into a database written by --db.\n\nExample: extractor db stats records.db"))
app.add_typer(db_app, name="db")
DbTargetArgument = typer.Argument(..., help="A SQLite file (path or sqlite:///path) or a postgresql:// URL.")


@db_app.command("stats")
def db_stats(target: str = DbTargetArgument) -> None:
    """Print the row count of each table, the events per platform and action, and the events per
    DSA Transparency Database category of their reasons.

    Example: extractor db stats records.db  (or: extractor db stats postgresql://user@localhost/moderation)
    """
    from sqlalchemy.exc import SQLAlchemyError

    from extractor.database import DatabaseTargetError, LayoutError

    try:
        stats = api.db_stats(target)
    except (DatabaseTargetError, FileNotFoundError, LayoutError) as e:
        fail(str(e))
    except (SQLAlchemyError, OSError) as e:  # not a database, a server that does not answer
        cause = str(getattr(e, "orig", None) or e).splitlines()[0]
        fail(f"{target}: cannot read it as a database written by --db ({cause})")
    for line in stats.lines():
        typer.echo(line)

# ---------------------------------------------------------------- views: show and report

def write_page(html: str, output: str) -> None:
    """Write an HTML page to -o (a file, or '-' for standard output)."""
    if output == "-":
        sys.stdout.write(html)
        return
    try:
        Path(output).write_text(html, encoding="utf-8")
    except OSError as e:
        typer.echo(f"error: {output}: {e.strerror or e}", err=True)
        raise typer.Exit(EXIT_SOME_FAILED) from e


def pick_record(records: Path, line: int | None) -> dict:
    """The record on line ``line`` of a JSON Lines file (the only record when ``line`` is None)."""
    from extractor.views.records import RecordsError, jsonl_records

    problems: list[str] = []
    try:
        found = [(n, r) for n, r in jsonl_records(records, problems) if line is None or n == line]
    except RecordsError as e:
        raise typer.BadParameter(str(e), param_hint="--records") from e
    if line is not None and not found:
        cause = f" ({problems[0]})" if problems else ""
        raise typer.BadParameter(f"{records}: no record on line {line}{cause}", param_hint="--line")
    if len(found) != 1:
        raise typer.BadParameter(f"{records} holds {len(found)} records: choose one with --line N",
                                 param_hint="--line")
    return found[0][1]


ShowInputArgument = typer.Argument(None, metavar="[INPUT]",
                                   help="An http(s) URL, a file or '-' (extracted now).")
ShowRecordsOption = typer.Option(None, "--records", exists=True, dir_okay=False,
                                 help="Show a record already made, from this JSON Lines file (no NLP run).")
ShowLineOption = typer.Option(None, "--line", min=1,
                              help="Line of the --records file (needed when it holds several records).")
ShowTextOption = typer.Option(None, "--text", exists=True, dir_okay=False, help=(
    "File holding the record's article text; default: the record's text field, else its source read again."))
ShowOutputOption = typer.Option("article.html", "--output", "-o",
                                help="HTML file to write ('-': standard output).")


@app.command()
def show(
    input_: str | None = ShowInputArgument,
    records: Path | None = ShowRecordsOption,
    line: int | None = ShowLineOption,
    text: Path | None = ShowTextOption,
    output: str = ShowOutputOption,
    allow_private_urls: bool = PrivateOption,
    timeout: int = TimeoutOption,
    max_bytes: int = MaxBytesOption,
) -> None:
    """Write the article as an HTML page with every fact highlighted at its evidence offsets.

    Example: extractor show samples/seed-wired-occupy.txt -o article.html
    (or: extractor show --records records.jsonl --line 3 -o article.html)
    """
    from extractor.article import ArticleError
    from extractor.sources import InputError
    from extractor.views.text import TextNotFound

    if (input_ is None) == (records is None):
        raise typer.BadParameter("give either an INPUT or --records FILE")
    settings = Settings(allow_private_urls=allow_private_urls, timeout=timeout, max_bytes=max_bytes)
    try:
        if records is not None:
            record = pick_record(records, line)
            given = text.read_text(encoding="utf-8") if text is not None else None
            html = api.show(record=record, text=given, settings=settings)
        else:
            html = api.show(input_, settings=settings)
    except InputError as e:
        typer.echo(f"error: {e.message}", err=True)
        raise typer.Exit(EXIT_SOME_FAILED) from e
    except (ArticleError, TextNotFound, UnicodeDecodeError) as e:
        typer.echo(f"error: {input_ or records}: {e}", err=True)
        raise typer.Exit(EXIT_SOME_FAILED) from e
    write_page(html, output)


ReportRecordsArgument = typer.Argument(None, exists=True, dir_okay=False, help="JSON Lines file of records.")
ReportDbOption = typer.Option(None, "--db", callback=check_db_target, help=(
    "Read the records from a database written by --db instead (SQLite path or postgresql:// URL)."))
ReportOutputOption = typer.Option("report.html", "--output", "-o",
                                  help="HTML file to write ('-': standard output).")
ReportTopOption = typer.Option(12, "--top", min=1, max=100, help="Rows in each ranked chart.")
ReportLinksOption = typer.Option(20, "--links", min=0, max=1000,
                                 help="Records linked by name under each number (all are listed by number).")


@app.command()
def report(
    records: Path | None = ReportRecordsArgument,
    db: str | None = ReportDbOption,
    output: str = ReportOutputOption,
    top: int = ReportTopOption,
    links: int = ReportLinksOption,
) -> None:
    """Write an HTML report over a batch: charts of events per platform, month and action, the
    largest takedowns, the most named accounts, errors by type; every number links to its records.

    Example: extractor report records.jsonl -o report.html  (or: extractor report --db records.db)
    """
    from extractor.views.records import RecordsError

    errors: tuple[type[Exception], ...] = (RecordsError,)
    if db is not None:  # SQLAlchemy only when a database is read
        from sqlalchemy.exc import SQLAlchemyError

        from extractor.database import LayoutError

        errors = (RecordsError, LayoutError, SQLAlchemyError)
    if (records is None) == (db is None):
        raise typer.BadParameter("give either a RECORDS file or --db TARGET")
    base = str(Path(output).parent) if output != "-" else None
    try:
        html = api.report(str(records) if records else None, db=db, base=base, top=top, links=links)
    except errors as e:
        cause = str(getattr(e, "orig", None) or e).splitlines()[0]
        typer.echo(f"error: {db or records}: {cause}", err=True)
        raise typer.Exit(EXIT_USAGE) from e
    write_page(html, output)


def main() -> None:
    sys.exit(app())


if __name__ == "__main__":
    main()
