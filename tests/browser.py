"""A real browser for the view tests: Debian's headless Chromium, run once per page with a fresh
profile (``--dump-dom`` for the DOM after the page's own script ran, ``--screenshot`` for a PNG),
and a small PNG reader to tell a blank screenshot from a drawn one.

Skipped, saying why, when Chromium is not installed; with EXTRACTOR_REQUIRE_CHROMIUM=1 (as
.ci/run sets, after installing Debian's chromium) that is a failure instead.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import pytest

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


def chromium() -> str:
    """The Chromium binary, or a skip (a failure with EXTRACTOR_REQUIRE_CHROMIUM=1)."""
    found = shutil.which("chromium") or (os.path.exists("/usr/bin/chromium") and "/usr/bin/chromium")
    if found:
        return found
    if os.environ.get("EXTRACTOR_REQUIRE_CHROMIUM") == "1":
        pytest.fail("EXTRACTOR_REQUIRE_CHROMIUM=1 but there is no chromium binary")
    pytest.skip("needs a browser: install Debian's chromium package, as .ci/run does")


def run_chromium(page: Path, *args: str, timeout: float = 120,
                 fragment: str = "") -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        return subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri() + fragment],
            capture_output=True,
            timeout=timeout,
            check=False,
        )


def dump_dom(page: Path, fragment: str = "") -> str:
    """The page's DOM as Chromium serialises it after loading (and running its inline script);
    ``fragment`` ('#id') is added to the page's URL."""
    done = run_chromium(page, "--virtual-time-budget=3000", "--dump-dom", fragment=fragment)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout.decode("utf-8")


def screenshot(page: Path, png: Path, width: int = 1400, height: int = 1000) -> None:
    done = run_chromium(page, f"--window-size={width},{height}", f"--screenshot={png.resolve()}")
    assert png.is_file(), done.stderr.decode(errors="replace")[-2000:]


def png_pixels(png: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) pixels of an 8-bit, non-interlaced PNG (what Chromium writes)."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{png}: not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert header is not None, f"{png}: no IHDR"
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"{png}: PNG kind {header} not read here"
    size = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * size
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - size] if x >= size else 0
            b = previous[x]
            c = previous[x - size] if x >= size else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, [bytes(r[i : i + 3]) for r in rows for i in range(0, stride, size)]


def drawn_share(png: Path) -> tuple[float, int]:
    """The share of pixels unlike the most common colour (the background), and the number of colours."""
    _, _, pixels = png_pixels(png)
    counts: dict[bytes, int] = {}
    for p in pixels:
        counts[p] = counts.get(p, 0) + 1
    background = max(counts.values())
    return 1 - background / len(pixels), len(counts)
