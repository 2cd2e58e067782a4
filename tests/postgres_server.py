"""A real PostgreSQL server for the tests: a throwaway cluster on a loopback port.

It uses the server binaries of the machine (Debian's package postgresql, which .ci/run
installs). As root, the server runs as the ``postgres`` user. Set EXTRACTOR_REQUIRE_POSTGRES=1
(as .ci/run does) to make a missing server a failure rather than a skip.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def server_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a PostgreSQL server; yield its URL; stop it and delete its files."""
    bindir = server_bin()
    if bindir is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb) on this machine")
    workdir = Path(tempfile.mkdtemp(prefix="extractor-pg-"))
    data = workdir / "data"
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres", "postgres")
    port = free_port()
    subprocess.run(as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                   "--no-sync", "-E", "UTF8"]),
                   check=True, capture_output=True)
    server = subprocess.Popen(as_server_user([
        str(bindir / "postgres"), "-D", str(data), "-p", str(port), "-c", "listen_addresses=127.0.0.1",
        "-c", f"unix_socket_directories={workdir}", "-c", "fsync=off"]),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the PostgreSQL server did not start")
            time.sleep(0.2)
        time.sleep(0.5)  # accepting connections before recovery is done gives 'starting up'
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)
