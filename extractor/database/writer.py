"""Writing records into the tables: each article replaced whole, in a transaction.

Writing a record deletes the rows of the same article key (its events, targets, named
accounts, reasons and quotes go with it) and inserts the new ones, inside a savepoint: an article is
either all there or not at all. Transactions are committed every ``batch_size`` articles or
``batch_seconds`` seconds, and on close. SQLite commits each article (its write lock blocks
other writers while a transaction is open); PostgreSQL commits in batches.
"""
from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, Transaction, delete, insert
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError, SQLAlchemyError

from extractor.database import engine as engines
from extractor.database import rows
from extractor.database.schema import ensure_schema
from extractor.database.tables import articles, event_targets, events, named_accounts, quotes, reasons
from extractor.faults import OutputFailed, cause

POSTGRES_BATCH_SIZE = 100
BATCH_SECONDS = 2.0


def replace_article(connection: Connection, record: dict) -> int:
    """Delete the article's rows (and, for an article, its input's error row); insert the record's.
    The id of the new ``articles`` row."""
    key = rows.article_key(record)
    connection.execute(delete(articles).where(articles.c.key == key))
    if not rows.is_error(record):
        connection.execute(delete(articles).where(articles.c.key == rows.source_key(record)))
    article_id = connection.execute(insert(articles).values(rows.article_row(record))).inserted_primary_key[0]
    for position, event in enumerate(record.get("events", [])):
        event_id = connection.execute(
            insert(events).values(rows.event_row(article_id, position, event))).inserted_primary_key[0]
        targets = [rows.target_row(event_id, i, t) for i, t in enumerate(event.get("targets", []))]
        if targets:
            connection.execute(insert(event_targets), targets)
        accounts = [rows.account_row(event_id, i, a) for i, a in enumerate(event.get("named_accounts", []))]
        if accounts:
            connection.execute(insert(named_accounts), accounts)
        # records of schema 1.2.0 and later: reason_details (older records: no reason rows)
        reason_rows = [rows.reason_row(event_id, i, r) for i, r in enumerate(event.get("reason_details", []))]
        if reason_rows:
            connection.execute(insert(reasons), reason_rows)
    quote_rows = [rows.quote_row(article_id, i, q) for i, q in enumerate(record.get("quotes", []))]
    if quote_rows:
        connection.execute(insert(quotes), quote_rows)
    return article_id


class DatabaseSink:
    """Records into a database target (see ``extractor.database.engine``); a context manager.

    >>> with open_database("records.db") as db:
    ...     db.write(record)
    """

    def __init__(self, target: str | Path, batch_size: int | None = None,
                 batch_seconds: float = BATCH_SECONDS):
        self.target = str(target)
        self.url = engines.database_url(target)
        self.batch_size = batch_size
        self.batch_seconds = batch_seconds
        self.engine: Engine | None = None
        self.connection: Connection | None = None
        self.transaction: Transaction | None = None
        self.pending = 0
        self.started = 0.0
        self.after_commit: list[tuple[Callable[[dict], object], dict]] = []

    def __enter__(self) -> DatabaseSink:
        self.engine = engines.create(self.target)
        if self.batch_size is None:
            self.batch_size = 1 if engines.is_sqlite(self.engine) else POSTGRES_BATCH_SIZE
        try:
            ensure_schema(self.engine)
            self.connection = self.engine.connect()
        except BaseException:
            self.engine.dispose()
            raise
        return self

    def write(self, record: dict, after_commit: Callable[[dict], object] | None = None) -> None:
        """Write a record's rows; ``after_commit(record)`` is called once they are committed (the
        CLI writes the record's JSON line then, so the file never holds a record the database lost)."""
        assert self.connection is not None, "use the sink as a context manager"
        if self.transaction is None:
            try:
                self.transaction = self.connection.begin()
            except (OperationalError, InterfaceError) as e:
                raise OutputFailed(f"--db {self.target}: {cause(e)}") from e
            self.started = time.monotonic()
        for attempt in range(2):
            try:
                with self.connection.begin_nested():
                    replace_article(self.connection, record)
                break
            except IntegrityError:
                # another writer inserted the same key after our delete (PostgreSQL): once more
                if attempt:
                    raise
            except (OperationalError, InterfaceError) as e:  # the server went away, the disk is full
                raise OutputFailed(f"--db {self.target}: {cause(e)}") from e
        self.pending += 1
        if after_commit is not None:
            self.after_commit.append((after_commit, record))
        if self.pending >= (self.batch_size or 1) or time.monotonic() - self.started >= self.batch_seconds:
            self.commit()

    def commit(self) -> None:
        """Commit the articles written so far (each of them is complete)."""
        if self.transaction is not None:
            transaction, self.transaction, self.pending = self.transaction, None, 0
            try:
                transaction.commit()
            except (OperationalError, InterfaceError) as e:
                raise OutputFailed(f"--db {self.target}: {cause(e)}") from e
        done, self.after_commit = self.after_commit, []
        for callback, record in done:
            callback(record)

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        try:
            if exc_type is None:
                self.commit()
            else:  # keep the rows; their lines are not written (--resume writes them again)
                self.after_commit = []
                with contextlib.suppress(SQLAlchemyError, OSError, OutputFailed):
                    self.commit()
        finally:
            if self.connection is not None:
                self.connection.close()
            if self.engine is not None:
                self.engine.dispose()
            self.connection = self.engine = self.transaction = None


def open_database(target: str | Path, batch_size: int | None = None) -> DatabaseSink:
    """A sink for a database target: a SQLite file path or ``sqlite:///path``, or a
    ``postgresql://user@host/db`` URL. Use it as a context manager and call ``write(record)``."""
    return DatabaseSink(target, batch_size=batch_size)
