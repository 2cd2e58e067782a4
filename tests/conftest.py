"""Shared fixtures: a real HTTP server on loopback, a free port, the seed record, a real
PostgreSQL server and database targets (a SQLite file, a fresh PostgreSQL database).

The spaCy pipeline is cached per process by ``extractor.nlp.get_pipeline``, so in-process tests
load it once per session; CLI tests run ``python -m extractor`` in a subprocess (a few seconds
each), so there are few of them and their output is shared through module-scoped fixtures.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.db_helpers import new_postgres_database
from tests.helpers import SEED, ArticleHandler
from tests.postgres_server import postgres_server, server_bin


@pytest.fixture(scope="session")
def http_server() -> Iterator[str]:
    """Base URL (http://127.0.0.1:PORT) of a real threaded HTTP server running in this process."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), ArticleHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def dead_port() -> int:
    """A loopback port with nothing listening (bound, then closed)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


@pytest.fixture(scope="session")
def seed_record() -> dict:
    """The record of the seed sample, extracted in-process once per session."""
    import extractor

    return extractor.extract(SEED.read_text(encoding="utf-8"), path=str(SEED))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of a real PostgreSQL server started for this session (superuser ``postgres``).

    Skipped, saying why, when the machine has no PostgreSQL server binaries; with
    EXTRACTOR_REQUIRE_POSTGRES=1 (as .ci/run sets) that is a failure instead."""
    required = os.environ.get("EXTRACTOR_REQUIRE_POSTGRES") == "1"
    if server_bin() is None:
        if required:
            pytest.fail("EXTRACTOR_REQUIRE_POSTGRES=1 but no PostgreSQL server binaries are installed")
        pytest.skip("needs a PostgreSQL server: no server binaries (initdb) on this machine; "
                    "install Debian's postgresql package, as .ci/run does")
    try:
        import psycopg
    except ImportError:
        if required:
            raise
        pytest.skip("needs psycopg: pip install -e '.[dev]'")
    with postgres_server() as url:
        for _ in range(50):
            try:
                psycopg.connect(url).close()
                break
            except psycopg.OperationalError:
                time.sleep(0.2)
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database target that holds nothing yet: a SQLite file path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "records.db")
    return new_postgres_database(request.getfixturevalue("postgres_url"))
