"""Sources: turn what the user named (URLs, files, folders, standard input) into raw inputs.

Nothing here interprets the content; it only reads bytes and says where they came from.
"""
from __future__ import annotations

import gzip
import hashlib
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.fetch import fetch_url, is_url
from extractor.settings import Settings

ARTICLE_SUFFIXES = (".html", ".htm", ".txt", ".xhtml", ".text", ".warc")  # .warc: see extractor.warc


class InputError(Exception):
    """An input that cannot be read; ``kind`` goes into the error record's ``type``."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class RawInput:
    content: bytes  # gzip undone
    path: str | None = None
    url: str | None = None
    sha256: str | None = None  # of the bytes as read (before gzip is undone)

    @property
    def source(self) -> dict:
        return {"path": self.path, "url": self.url, "sha256": self.sha256}


@dataclass(frozen=True)
class Refused:
    """An input refused without reading it (a symbolic link leading out of the folder)."""

    item: str
    kind: str
    message: str


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_article_file(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(ARTICLE_SUFFIXES)


def gunzip(data: bytes, label: str, limit: int) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = decompressor.decompress(data, limit + 1)
    except (zlib.error, EOFError, gzip.BadGzipFile) as e:
        raise InputError("read_error", f"{label}: not valid gzip data ({e})") from e
    if len(out) > limit:
        raise InputError("too_large", f"{label}: larger than {limit} bytes once decompressed")
    if not decompressor.eof:
        raise InputError("read_error", f"{label}: not valid gzip data (truncated)")
    return out


def read_file(path: str, settings: Settings) -> RawInput:
    """A file's bytes (gzip undone), or InputError naming the file and the cause."""
    p = Path(path)
    try:
        if not p.exists():
            raise InputError("not_found", f"{path}: no such file")
        if p.is_dir():
            raise InputError("read_error", f"{path}: is a folder (use 'extractor batch')")
        size = p.stat().st_size
        if size > settings.max_bytes:
            raise InputError("too_large",
                             f"{path}: {size} bytes, more than the limit of {settings.max_bytes}")
        data = p.read_bytes()
    except PermissionError as e:
        raise InputError("read_error", f"{path}: permission denied") from e
    except OSError as e:
        raise InputError("read_error", f"{path}: {e.strerror or e}") from e
    return RawInput(gunzip(data, path, settings.max_bytes), path=path, sha256=sha256_of(data))


def read_stdin(settings: Settings) -> RawInput:
    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise InputError("too_large", f"-: standard input is larger than {settings.max_bytes} bytes")
    return RawInput(gunzip(data, "-", settings.max_bytes), path="-", sha256=sha256_of(data))


def read_input(item: str, settings: Settings) -> RawInput:
    """One named input: an http(s) URL, '-' for standard input, or a file path."""
    if item == "-":
        return read_stdin(settings)
    if is_url(item):
        content, final_url = fetch_url(item, settings)
        return RawInput(gunzip(content, item, settings.max_bytes), path=None, url=final_url or item,
                        sha256=sha256_of(content))
    return read_file(item, settings)


def folder_files(folder: str | Path) -> Iterator[Path]:
    """Article files under a folder, recursively, in path order (names sorted at each level).

    Symbolic links are followed only when they lead to a place inside the folder; a linked
    folder that is one of its own ancestors (a loop) is not walked again.
    """
    for entry in folder_inputs(folder):
        if not isinstance(entry, Refused):
            yield Path(entry)


def folder_inputs(folder: str | Path) -> Iterator[str | Refused]:
    """What ``batch`` reads: the article files under a folder in path order, and, in their
    place, a ``Refused`` for each symbolic link to an article file outside the folder (it gets
    an error record; it is never read)."""
    root = Path(folder)
    real_root = root.resolve()
    yield from _walk(root, real_root, (real_root,))


def _walk(here: Path, real_root: Path, ancestors: tuple[Path, ...]) -> Iterator[str | Refused]:
    try:
        entries = sorted(here.iterdir(), key=lambda p: p.name)
    except OSError:
        return  # unreadable folder: skipped, as os.walk does
    for path in entries:
        real = path.resolve()
        if path.is_symlink() and not real.is_relative_to(real_root):
            if is_article_file(path) and not real.is_dir():
                yield Refused(str(path), "outside_folder",
                              f"{path}: a symbolic link leading out of the folder (to {real}); not followed")
            continue
        if path.is_dir():
            if real not in ancestors:
                yield from _walk(path, real_root, (*ancestors, real))
        elif path.is_file() and is_article_file(path):
            yield str(path)
