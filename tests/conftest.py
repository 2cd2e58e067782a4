"""Shared fixtures: a real HTTP server on loopback, a free port, the seed record.

The spaCy pipeline is cached per process by ``extractor.nlp.get_pipeline``, so in-process tests
load it once per session; CLI tests run ``python -m extractor`` in a subprocess (a few seconds
each), so there are few of them and their output is shared through module-scoped fixtures.
"""
from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer

import pytest

from tests.helpers import SEED, ArticleHandler


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
