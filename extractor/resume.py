"""``--resume``: carry on from what an earlier run wrote into the same JSON Lines file.

A record is written as one whole line and flushed, so a run killed at any moment leaves at most
one torn line, the last; it is cut off. An input is skipped when the file already holds a
record for it that is not an error and, for a file, whose ``source.sha256`` is the hash of the
file as it is now (a changed file is read again). Inputs whose record was an error are tried
again. At the end the file is put back in input order, with one line per input (the newest),
so a killed and resumed run leaves the same bytes as a run that was never interrupted.
"""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from extractor.faults import OutputFailed, cause
from extractor.fetch import is_url
from extractor.sources import Refused, path_text, sha256_of
from extractor.warc import is_warc_path
from extractor.warc import record_key as warc_key


def input_key(name: str) -> str:
    """An input as compared between runs: a file path made absolute (given relative one time and
    absolute the next, it is the same input); a URL and '-' as they are."""
    return name if name == "-" or is_url(name) else os.path.abspath(name)


def record_key(record: dict) -> str | None:
    """The input a record is for: its file path, else its URL; for a WARC record, the WARC file
    and the record's offset (``extractor.warc.record_key``)."""
    source = record.get("source") or {}
    if source.get("warc_offset") is not None and source.get("path"):
        return warc_key(source["path"], source["warc_offset"])
    name = source.get("path") or source.get("url")
    return input_key(name) if name else None


def item_key(item: str | Refused) -> str:
    """The input's key as its record holds it (``source.path``, made absolute, or ``source.url``)."""
    return input_key(path_text(item.item if isinstance(item, Refused) else item))


def cut_torn_tail(path: Path) -> int:
    """Cut a last line that was not finished (no line break); the number of bytes cut."""
    size = path.stat().st_size
    if size == 0:
        return 0
    with path.open("rb+") as fh:
        end = size
        while end > 0:
            step = min(65536, end)
            fh.seek(end - step)
            chunk = fh.read(step)
            if end == size and chunk.endswith(b"\n"):
                return 0
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = end - step + newline + 1
                fh.truncate(keep)
                return size - keep
            end -= step
        fh.truncate(0)
        return size


def read_lines(path: Path) -> Iterable[tuple[int, bytes, dict | None]]:
    """(offset, line, record or None when the line is not a JSON object) for each line."""
    offset = 0
    with path.open("rb") as fh:
        for line in fh:
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):  # not JSON, or nested too deeply to read
                record = None
            yield offset, line, record if isinstance(record, dict) else None
            offset += len(line)


def done_inputs(path: Path) -> dict[str, str | None]:
    """Inputs with a good record in the file: key -> the input's sha256 as it was read."""
    done: dict[str, str | None] = {}
    for _, _, record in read_lines(path):
        if record is None:
            continue
        key = record_key(record)
        if key is None:
            continue
        if "error" in record:
            done.pop(key, None)
        else:
            done[key] = (record.get("source") or {}).get("sha256")
    return done


def is_done(item: str | Refused, done: dict[str, str | None]) -> bool:
    """Whether an input's record is already in the file and still stands."""
    key = item_key(item)
    if isinstance(item, Refused) or key not in done:
        return False
    if item == "-":
        return False  # standard input is read anew
    if is_url(item):
        return True  # a page is not downloaded again to compare it
    try:
        return sha256_of(Path(item).read_bytes()) == done[key]
    except OSError:
        return False


def put_in_order(path: Path, items: list[str | Refused]) -> None:
    """Rewrite the file with one line per input (the last one written for it), in input order;
    lines for inputs not in ``items`` follow, in the order they were. Atomic: a temporary file
    replaces the old one."""
    newest: dict[str, tuple[int, int]] = {}
    others: list[tuple[int, int]] = []
    for offset, line, record in read_lines(path):
        key = record_key(record) if record is not None else None
        if key is None:
            others.append((offset, len(line)))
        else:
            newest[key] = (offset, len(line))
    wanted = list(_wanted_keys(items, newest))
    wanted_set = set(wanted)
    order = [newest.pop(key) for key in dict.fromkeys(wanted) if key in newest]
    order += sorted([place for key, place in newest.items() if key not in wanted_set] + others)
    temporary = path.with_name(path.name + ".resume-tmp")
    try:
        with path.open("rb") as source, temporary.open("wb") as target:
            for offset, length in order:
                source.seek(offset)
                target.write(source.read(length))
            target.flush()
            os.fsync(target.fileno())
        os.replace(temporary, path)
    except OSError as e:  # a full disk: the file stays as it was (complete, out of order), no stray copy
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputFailed(f"-o {path}: {cause(e)} (while putting it in input order)") from e


def _wanted_keys(items: list[str | Refused], newest: dict[str, tuple[int, int]]) -> Iterable[str]:
    """The keys of the inputs in input order; a WARC file stands for its records in the file
    (by offset), then for its own error record, if any (a file that could not be opened)."""
    in_warc: dict[str, list[tuple[int, str]]] = {}
    for key in newest:
        path, at, offset = key.rpartition("@")
        if at and offset.isdigit():
            in_warc.setdefault(path, []).append((int(offset), key))
    for item in items:
        key = item_key(item)
        if is_warc_path(key):
            yield from (record for _, record in sorted(in_warc.get(key, [])))
        yield key
