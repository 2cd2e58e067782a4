"""Checks the command line makes before any input is read; each ends the command with one line
on standard error and exit code 2 (a usage error) when it fails."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NoReturn

import typer

from extractor.run_options import differences
from extractor.settings import Settings, parse_published

EXIT_USAGE = 2


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """End the command with one line on standard error."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def published_option(value: str | None) -> date | None:
    """--published as a date; a usage error saying what is wrong with the value."""
    if value is None:
        return None
    try:
        return parse_published(value)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="'--published'") from e


def check_output(output: str) -> None:
    """-o names a file that can be written (a usage error before any input is read when not);
    a file that was not there before is not left behind by the check."""
    if output == "-":
        return
    path = Path(output)
    if path.is_dir():
        fail(f"-o {output}: is a folder, not a file")
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8"):
            pass
        if not existed:
            path.unlink()
    except OSError as e:
        fail(f"-o {output}: cannot write there ({e.strerror or e})")


def check_resume(out_path: Path | None, settings: Settings) -> None:
    """--resume into a file written with other options is refused (exit code 2): the file would
    mix records made two ways."""
    if out_path is None or not out_path.exists():
        return
    changed = differences(out_path, settings)
    if changed:
        fail(f"--resume: {out_path} was written with other options ({'; '.join(changed)}); "
             "rerun with the same options, or without --resume to start afresh")
