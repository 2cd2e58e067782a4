"""Writer processes for the concurrency and kill tests: real processes, forked from the test
process (which has the package imported already), each with its own database connection."""
from __future__ import annotations

import multiprocessing
import time
from multiprocessing.synchronize import Event

from sqlalchemy import Engine, event

from extractor.database import open_database
from tests.db_helpers import SAMPLE_RECORDS, with_url

FORK = multiprocessing.get_context("fork")


def records(prefix: str, copies: int) -> list[dict]:
    """``copies`` copies of the sample records, each copy under its own URLs."""
    return [with_url(r, f"https://example.org/{prefix}/{i}/{j}")
            for i in range(copies) for j, r in enumerate(SAMPLE_RECORDS)]


def hang_in_article(number: int, hanging: Event) -> None:
    """Stop for good inside the ``number``-th article's transaction, right after its first event
    row is inserted, and set ``hanging``."""
    seen = {"articles": 0}

    def after_execute(conn, cursor, statement: str, *args: object) -> None:
        if statement.startswith("INSERT INTO articles"):
            seen["articles"] += 1
        elif statement.startswith("INSERT INTO events") and seen["articles"] == number:
            hanging.set()
            time.sleep(3600)

    event.listen(Engine, "after_cursor_execute", after_execute)


def write(target: str, prefix: str, copies: int, ready: Event | None = None, go: Event | None = None,
          hang_in: int | None = None, hanging: Event | None = None) -> None:
    """Open the database, set ``ready``, wait for ``go``, write the records."""
    if hang_in and hanging is not None:
        hang_in_article(hang_in, hanging)
    with open_database(target) as db:
        if ready is not None and go is not None:
            ready.set()
            go.wait(60)
        for record in records(prefix, copies):
            db.write(record)


def start(target: str, prefix: str, copies: int, **events: Event | int) -> multiprocessing.Process:
    process = FORK.Process(target=write, args=(target, prefix, copies), kwargs=events)
    process.start()
    return process
