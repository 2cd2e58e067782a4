"""Creating the tables once, safely when several processes open one database at the same time."""
from __future__ import annotations

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import DBAPIError

from extractor.database.tables import LAYOUT_VERSION, metadata, schema_version

ATTEMPTS = 5


class LayoutError(RuntimeError):
    """The database holds tables of another layout version."""


def _create(connection: Connection) -> None:
    metadata.create_all(connection)  # only the tables and indexes that are missing
    versions = connection.execute(select(schema_version.c.version)).scalars().all()
    if not versions:
        connection.execute(insert(schema_version).values(version=LAYOUT_VERSION))
    elif versions != [LAYOUT_VERSION]:
        raise LayoutError(f"the database has table layout version {versions}; this extractor writes "
                          f"version {LAYOUT_VERSION} (write into a new database)")


def ensure_schema(engine: Engine) -> None:
    """Create what is missing and record the layout version, in one transaction.

    SQLite serialises this (BEGIN IMMEDIATE). On PostgreSQL two processes creating the same table
    at once make one of them fail on the catalogue; it then tries again and finds the tables.
    """
    for attempt in range(ATTEMPTS):
        try:
            with engine.begin() as connection:
                _create(connection)
            return
        except DBAPIError:
            if attempt == ATTEMPTS - 1:
                raise
