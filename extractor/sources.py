"""Sources: turn what the user named (URLs, files, folders, standard input) into raw inputs.

Nothing here interprets the content; it only reads bytes and says where they came from.
"""
from __future__ import annotations

import errno
import gzip
import hashlib
import os
import stat
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.fetch import fetch_url, is_unsupported_scheme, is_url
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


def path_text(path: str) -> str:
    """A path as it goes into a record: lossless, and always valid UTF-8.

    File names are bytes; a name that is not UTF-8 comes from the system with surrogate
    escapes, which no UTF-8 writer accepts. Each byte that is not UTF-8 is written as ``\\xNN``
    and each backslash is doubled, so the exact name can always be read back
    (``path_bytes``); an ordinary name without backslashes is unchanged.
    """
    raw = os.fsencode(path).replace(b"\\", b"\\\\")
    return raw.decode("utf-8", errors="backslashreplace")


def path_bytes(text: str) -> bytes:
    """The name's bytes back from ``path_text``."""
    out = bytearray()
    i = 0
    while i < len(text):
        if text.startswith("\\\\", i):
            out += b"\\"
            i += 2
        elif text.startswith("\\x", i) and len(text) >= i + 4:
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        else:
            out += text[i].encode("utf-8")
            i += 1
    return bytes(out)


def gunzip(data: bytes, label: str, limit: int) -> bytes:
    """Undo gzip (every member of a multi-member file, as ``gzip -d`` does), at most ``limit`` bytes."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    out = bytearray()
    rest = data
    try:
        while rest:
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += decompressor.decompress(rest, limit + 1 - len(out))
            if len(out) > limit:
                raise InputError("too_large", f"{label}: larger than {limit} bytes once decompressed")
            if not decompressor.eof:
                raise InputError("read_error", f"{label}: not valid gzip data (truncated)")
            rest = decompressor.unused_data
            if rest.strip(b"\x00") == b"":
                break  # trailing zero padding, as gzip -d allows
    except (zlib.error, EOFError, gzip.BadGzipFile) as e:
        raise InputError("read_error", f"{label}: not valid gzip data ({e})") from e
    return bytes(out)


def read_bounded(fd: int, limit: int, label: str) -> bytes:
    """At most ``limit`` bytes from an open file, or InputError ``too_large``: the size a file
    says it has is not trusted (files in /proc say 0)."""
    chunks = bytearray()
    while chunk := os.read(fd, min(1 << 20, limit + 1 - len(chunks))):
        chunks += chunk
        if len(chunks) > limit:
            raise InputError("too_large", f"{label}: more than the limit of {limit} bytes")
    return bytes(chunks)


def read_file(path: str, settings: Settings) -> RawInput:
    """A file's bytes (gzip undone), or InputError naming the file and the cause.

    Only regular files are read: a FIFO, a device or a socket is refused (``not_a_file``) before
    a byte is read (it is opened without blocking, so a FIFO with no writer does not hang)."""
    label = path_text(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError as e:
        raise InputError("not_found", f"{label}: no such file") from e
    except PermissionError as e:
        raise InputError("read_error", f"{label}: permission denied") from e
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError("read_error", f"{label}: a symbolic link loop") from e
        raise InputError("read_error", f"{label}: {e.strerror or e}") from e
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("read_error", f"{label}: is a folder (use 'extractor batch')")
        if not stat.S_ISREG(info.st_mode):
            kind = file_kind(info.st_mode)
            raise InputError("not_a_file", f"{label}: not a regular file ({kind}); not read")
        if info.st_size > settings.max_bytes:
            raise InputError("too_large",
                             f"{label}: {info.st_size} bytes, more than the limit of {settings.max_bytes}")
        data = read_bounded(fd, settings.max_bytes, label)
    except OSError as e:
        raise InputError("read_error", f"{label}: {e.strerror or e}") from e
    finally:
        os.close(fd)
    return RawInput(gunzip(data, label, settings.max_bytes), path=label, sha256=sha256_of(data))


def file_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def read_stdin(settings: Settings) -> RawInput:
    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise InputError("too_large", f"-: standard input is larger than {settings.max_bytes} bytes")
    return RawInput(gunzip(data, "-", settings.max_bytes), path="-", sha256=sha256_of(data))


def read_input(item: str, settings: Settings) -> RawInput:
    """One named input: an http(s) URL, '-' for standard input, or a file path."""
    if item == "-":
        return read_stdin(settings)
    if is_unsupported_scheme(item):
        raise InputError("fetch_error", f"{path_text(item)}: unsupported URL scheme "
                         f"'{item.split(':', 1)[0].lower()}' (only http and https URLs are fetched)")
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
        entries = sorted(here.iterdir(), key=lambda p: os.fsencode(p.name))
    except OSError as e:
        yield Refused(str(here), "read_error", f"{path_text(str(here))}: folder cannot be read ({reason(e)})")
        return
    for path in entries:
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError) as e:  # RuntimeError: a symbolic link loop (Python < 3.13)
            yield broken_entry(path, e)
            continue
        if path.is_symlink() and not real.is_relative_to(real_root):
            if is_article_file(path) and not real.is_dir():
                yield Refused(str(path), "outside_folder",
                              f"{path_text(str(path))}: a symbolic link leading out of the folder "
                              f"(to {path_text(str(real))}); not followed")
            continue
        try:
            mode = path.stat().st_mode
        except OSError as e:
            yield broken_entry(path, e)
            continue
        if stat.S_ISDIR(mode):
            if real not in ancestors:
                yield from _walk(path, real_root, (*ancestors, real))
        elif is_article_file(path):
            if stat.S_ISREG(mode):
                yield str(path)
            else:
                yield Refused(str(path), "not_a_file",
                              f"{path_text(str(path))}: not a regular file ({file_kind(mode)}); not read")


def reason(error: BaseException) -> str:
    if isinstance(error, RuntimeError) or getattr(error, "errno", None) == errno.ELOOP:
        return "a symbolic link loop"
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, PermissionError):
        return "permission denied"
    return getattr(error, "strerror", None) or str(error)


def broken_entry(path: Path, error: BaseException) -> Refused:
    """A folder entry that cannot even be looked at: a symbolic link loop, a dangling link."""
    if isinstance(error, FileNotFoundError) and path.is_symlink():
        target = path_text(os.readlink(path))
        return Refused(str(path), "not_found",
                       f"{path_text(str(path))}: a symbolic link to {target}, which does not exist")
    return Refused(str(path), "read_error", f"{path_text(str(path))}: {reason(error)}")
