"""Records for the report, streamed: the lines of a JSON Lines file, or the records a database
written by ``--db`` holds (its ``articles.record`` column), each with its number."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import inspect, select

from extractor.database import engine as engines
from extractor.database.schema import LayoutError
from extractor.database.tables import articles


class RecordsError(Exception):
    """A records file or database that cannot be read at all."""


def jsonl_records(path: str | Path, problems: list[str] | None = None) -> Iterator[tuple[int, dict]]:
    """(line number, record) of every record line; a line that is not a JSON object is skipped and
    named in ``problems``."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed by the with below, after the first read)
    except OSError as e:
        raise RecordsError(f"{path}: {e.strerror or e}") from e
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                if problems is not None:
                    problems.append(f"{path}:{number}: not a JSON record ({e})")
                continue
            if isinstance(record, dict):
                yield number, record
            elif problems is not None:
                problems.append(f"{path}:{number}: not a JSON object")


def database_records(target: str | Path, batch: int = 2000) -> Iterator[tuple[int, dict]]:
    """(article id, record) of every article row of a database written by ``--db``, in id order."""
    url = engines.database_url(target)
    if url.get_backend_name() == "sqlite" and not Path(url.database).expanduser().is_file():
        raise RecordsError(f"{target}: no such database file")
    engine = engines.create(target)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(articles.name):
                raise LayoutError(f"{target}: no articles table (not written by extractor --db)")
            rows = connection.execution_options(yield_per=batch).execute(
                select(articles.c.id, articles.c.record).order_by(articles.c.id)
            )
            for article_id, record in rows:
                yield article_id, json.loads(record) if isinstance(record, str) else record
    finally:
        engine.dispose()
