"""A separate process that writes records into a database, for the concurrency and kill tests.

    python -m tests.db_writer TARGET --prefix P --copies N [--start-when FILE] [--hang-in-article K]

Writes N copies of the sample records, each copy under its own URLs
(``https://example.org/P/i/...``), printing ``written I`` after each. With --start-when FILE it
opens the database, prints ``ready`` and waits for FILE to exist before writing. With
--hang-in-article K it stops for good inside the K-th article's transaction, right after that
article's first event row is inserted, and prints ``hanging`` (for the test to kill it there).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, event

from extractor.database import open_database
from tests.db_helpers import SAMPLE_RECORDS, with_url


def records(prefix: str, copies: int) -> list[dict]:
    return [with_url(r, f"https://example.org/{prefix}/{i}/{j}")
            for i in range(copies) for j, r in enumerate(SAMPLE_RECORDS)]


def hang_in_article(number: int) -> None:
    seen = {"articles": 0}

    def after_execute(conn, cursor, statement: str, *args: object) -> None:
        if statement.startswith("INSERT INTO articles"):
            seen["articles"] += 1
        elif statement.startswith("INSERT INTO events") and seen["articles"] == number:
            print("hanging", flush=True)
            time.sleep(3600)

    event.listen(Engine, "after_cursor_execute", after_execute)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("target")
    parser.add_argument("--prefix", default="p")
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--start-when", type=Path)
    parser.add_argument("--hang-in-article", type=int)
    args = parser.parse_args()
    if args.hang_in_article:
        hang_in_article(args.hang_in_article)
    with open_database(args.target) as db:
        if args.start_when:
            print("ready", flush=True)
            while not args.start_when.exists():
                time.sleep(0.01)
        for number, record in enumerate(records(args.prefix, args.copies), 1):
            db.write(record)
            print(f"written {number}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
