"""Hostile servers (issue 14, items 8 and 9), real sockets on loopback: headers sent one byte at a
time never outlast --timeout, and a redirect to a private address is refused before any connection,
with the same message whatever the state of the port behind it."""
from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from extractor import fetch
from extractor.api import extract_input
from extractor.settings import Settings
from extractor.sources import InputError


@contextlib.contextmanager
def trickling_server(delay: float) -> Iterator[str]:
    """A server that answers every request with headers sent one byte every ``delay`` seconds."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except OSError:
                return
            with client, contextlib.suppress(OSError):
                client.recv(4096)
                for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"a" * 1000:
                    if stop.wait(delay):
                        return
                    client.sendall(bytes([byte]))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()


def test_headers_one_byte_at_a_time_are_stopped_by_the_timeout() -> None:
    with trickling_server(0.2) as url:
        started = time.monotonic()
        record = extract_input(f"{url}/story.html", Settings(allow_private_urls=True, timeout=2))
        elapsed = time.monotonic() - started
    assert record["error"]["type"] == "fetch_error"
    assert record["error"]["message"] == f"{url}/story.html: download timed out: took more than 2 s"
    assert elapsed < 4, f"--timeout 2 took {elapsed:.1f} s"


class Redirector(BaseHTTPRequestHandler):
    """/to/<target>: a 302 to <target>."""

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(302)
        self.send_header("Location", self.path.removeprefix("/to/"))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def public_redirector(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A redirecting server on 127.0.0.1 that plays a public page: that one address counts as
    public, every other loopback or private address (127.0.0.2, 169.254.169.254) stays refused."""
    real = fetch.is_public
    monkeypatch.setattr(fetch, "is_public", lambda a: a == ipaddress.ip_address("127.0.0.1") or real(a))
    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirector)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_redirects_to_private_addresses_are_refused_before_any_connection(public_redirector: str) -> None:
    listener = socket.socket()  # an open port on another loopback address: must never see a connection
    listener.bind(("127.0.0.2", 0))
    listener.listen()
    listener.setblocking(False)
    open_port = listener.getsockname()[1]
    probe = socket.socket()
    probe.bind(("127.0.0.2", 0))
    closed_port = probe.getsockname()[1]
    probe.close()
    targets = {"open": f"http://127.0.0.2:{open_port}/admin", "closed": f"http://127.0.0.2:{closed_port}/admin",
               "metadata": "http://169.254.169.254/latest/meta-data/"}
    try:
        messages = {}
        for state, target in targets.items():
            started = time.monotonic()
            with pytest.raises(InputError) as caught:
                fetch.fetch_url(f"{public_redirector}/to/{target}", Settings(timeout=10))
            assert time.monotonic() - started < 2  # nothing waited on, nothing connected to
            assert caught.value.kind == "fetch_refused"
            address = "169.254.169.254" if state == "metadata" else "127.0.0.2"
            messages[state] = caught.value.message.replace(target, "TARGET").replace(address, "ADDRESS")
        with pytest.raises(BlockingIOError):
            listener.accept()  # no connection was ever made to the open port
    finally:
        listener.close()
    assert len(set(messages.values())) == 1, messages
    assert messages["open"] == (f"{public_redirector}/to/TARGET: refused, redirected to TARGET: ADDRESS is a "
                                "private or loopback address; use --allow-private-urls to allow it")


def test_a_public_redirect_is_followed(public_redirector: str, http_server: str) -> None:
    """The same hop check lets a redirect to an allowed address through (here the fixture server,
    allowed with --allow-private-urls)."""
    data, final = fetch.fetch_url(f"{public_redirector}/to/{http_server}/article.txt",
                                  Settings(allow_private_urls=True))
    assert data.startswith(b"Spam network taken down")
    assert final == f"{http_server}/article.txt"
