"""Database targets as SQLAlchemy engines: a SQLite file or a PostgreSQL server (psycopg 3).

A target is a file path or ``sqlite:///path`` (SQLite), or a ``postgresql://`` / ``postgres://``
URL (PostgreSQL through psycopg 3). SQLite files are opened in WAL mode with a busy timeout and
every transaction begins IMMEDIATE (it takes the write lock at once, waiting for it when
another process holds it), so that several processes can write into one file.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url

BUSY_TIMEOUT_SECONDS = 60
CONNECT_TIMEOUT_SECONDS = 10
POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class DatabaseTargetError(ValueError):
    """A --db target that names no database this tool can write."""


def database_url(target: str | Path) -> URL:
    """The SQLAlchemy URL of a target: PostgreSQL with the psycopg driver, else a SQLite file."""
    text = str(target)
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://", text)
    if scheme is None:
        return URL.create("sqlite+pysqlite", database=text)
    name = scheme.group(1).lower()
    if name in POSTGRES_SCHEMES:
        return make_url("postgresql+psycopg://" + text[scheme.end():])
    if name in ("sqlite", "sqlite+pysqlite"):
        url = make_url(text).set(drivername="sqlite+pysqlite")
        if not url.database:
            raise DatabaseTargetError(f"{text}: no file named (an in-memory database keeps nothing)")
        return url
    raise DatabaseTargetError(f"{text}: not a database target (a file path, sqlite:///path or postgresql://...)")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the driver's own BEGIN off: ours is IMMEDIATE
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def create(target: str | Path) -> Engine:
    """An engine for a target; a SQLite file's folder is created when missing."""
    url = database_url(target)
    if url.get_backend_name() == "sqlite":
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, json_serializer=_json, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(url, json_serializer=_json,
                             connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS})
    except ModuleNotFoundError as e:
        raise RuntimeError("PostgreSQL output needs psycopg: pip install -e '.[postgres]'") from e
