"""WARC files as input: every HTML response (or resource) record is one article.

Read with fastwarc (resiliparse's WARC reader; ``benchmarks/bench_warc_readers.py`` measures it
against warcio). Records stream: one record's body is in memory at a time, however large the
file. Each article record becomes a ``WarcRecord`` (its body, URL from ``WARC-Target-URI``,
crawl date from ``WARC-Date``, offset and record id); requests, revisits, metadata, warcinfo,
non-HTML responses and responses that are not 2xx are skipped and counted. A record whose block
is shorter than its ``Content-Length`` (a truncated file) or that cannot be parsed ends the file
with a ``WarcFailure`` for it: the records before it are kept.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from extractor.sources import Refused, sha256_of

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
HEADER_LINE_LIMIT = 65536
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_warc_path(item: str) -> bool:
    return item.lower().endswith(WARC_SUFFIXES)


@dataclass(frozen=True)
class WarcRecord:
    """One article record of a WARC file: the HTTP body and where it came from."""

    path: str  # the WARC file as given
    offset: int  # where the record starts in the file as stored
    record_id: str | None
    url: str | None
    date: str | None  # YYYY-MM-DD of WARC-Date
    content: bytes  # the HTTP body, transfer and content encodings undone
    sha256: str  # of the body as stored in the record

    @property
    def key(self) -> str:
        return record_key(self.path, self.offset)

    @property
    def source(self) -> dict:
        return {"path": self.path, "url": self.url, "sha256": self.sha256, "warc_offset": self.offset,
                "warc_record_id": self.record_id}

    def __str__(self) -> str:
        return f"{self.path}@{self.offset}" + (f" ({self.url})" if self.url else "")

    def to_record(self, settings) -> dict:
        from extractor.api import extract_warc_record

        return extract_warc_record(self, settings)


@dataclass(frozen=True)
class WarcFailure:
    """A WARC record (or file) that could not be read; it gives an error record."""

    path: str
    offset: int | None
    record_id: str | None
    url: str | None
    kind: str
    message: str

    @property
    def source(self) -> dict:
        source = {"path": self.path, "url": self.url, "sha256": None}
        if self.offset is not None:
            source.update(warc_offset=self.offset, warc_record_id=self.record_id)
        return source

    def __str__(self) -> str:
        return self.path if self.offset is None else f"{self.path}@{self.offset}"

    def to_record(self, settings=None) -> dict:
        from extractor.record import error_record

        return error_record(self.source, self.kind, self.message)


@dataclass
class WarcTally:
    """What the WARC files of a run held: records read, articles, and records skipped by kind."""

    records: int = 0
    articles: int = 0
    skipped: Counter = field(default_factory=Counter)
    resumed: int = 0  # article records already in the output (--resume)

    def summary(self) -> str:
        counts = sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0]))
        kinds = ", ".join(f"{n} {kind}" for kind, n in counts)
        text = f"{self.records} WARC records: {self.articles} articles, {sum(self.skipped.values())} skipped"
        return text + (f" ({kinds})" if kinds else "")


def record_key(path: str, offset: int) -> str:
    """The key of a WARC record in ``--resume``: the file as given and the record's offset."""
    return f"{path}@{offset}"


def warc_records(path: str, max_bytes: int, tally: WarcTally | None = None,
                 skip: Mapping[str, str | None] | None = None) -> Iterator[WarcRecord | WarcFailure]:
    """The article records of one WARC file in file order, then a ``WarcFailure`` if the file
    ends in a truncated or corrupt record. ``skip``: a container of keys already done
    (``--resume``) with the SHA-256 of their body: those records are counted, not given."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    tally = tally if tally is not None else WarcTally()
    skip = skip if skip is not None else {}
    try:
        fh = Path(path).open("rb")  # noqa: SIM115 (closed below: errors opening it are records, not raises)
    except FileNotFoundError:
        yield WarcFailure(path, None, None, None, "not_found", f"{path}: no such file")
        return
    except OSError as e:
        yield WarcFailure(path, None, None, None, "read_error", f"{path}: {e.strerror or e}")
        return
    with fh:
        offset, record_id, url = 0, None, None
        try:
            for record in ArchiveIterator(fh, record_types=WarcRecordType.any_type, parse_http=False,
                                          fsspec_args=False):
                offset, url = record.stream_pos, record.headers.get("WARC-Target-URI")
                record_id = record.headers.get("WARC-Record-ID")
                tally.records += 1
                item = _article_or_skip(record, path, max_bytes, tally, skip)
                if item is not None:
                    yield item
                    if isinstance(item, WarcFailure) and item.kind == "read_error":
                        return
        except OSError as e:  # a corrupt gzip member or a record that cannot be parsed
            yield WarcFailure(path, offset, record_id, url, "read_error",
                              f"{path}: unreadable WARC data after offset {offset} ({e}); "
                              "the file ends there")


def _article_or_skip(record, path: str, max_bytes: int, tally: WarcTally,
                     skip: Mapping[str, str | None]) -> WarcRecord | WarcFailure | None:
    from fastwarc.warc import WarcRecordType

    offset, url = record.stream_pos, record.headers.get("WARC-Target-URI")
    record_id = record.headers.get("WARC-Record-ID")
    declared = int(record.headers.get("Content-Length") or 0)
    kind = record.record_type
    if kind not in (WarcRecordType.response, WarcRecordType.resource):
        return _skipped(record, declared, tally, str(kind), path, offset, record_id, url)
    read = 0
    if kind == WarcRecordType.response:
        status, headers, read = _http_head(record.reader)
        if status is None:
            return _skipped(record, declared, tally, "not HTTP", path, offset, record_id, url, read)
        if not 200 <= status < 300:
            return _skipped(record, declared, tally, "not 2xx", path, offset, record_id, url, read)
        content_type = headers.get("content-type", "")
    else:
        headers, content_type = {}, record.headers.get("Content-Type") or ""
    if content_type.lower().split(";")[0].strip() not in HTML_TYPES:
        return _skipped(record, declared, tally, "not HTML", path, offset, record_id, url, read)
    body = record.reader.read(max_bytes + 1)
    if len(body) > max_bytes:
        rest = record.reader.consume()
        if read + len(body) + rest < declared:
            return _truncated(path, offset, record_id, url)
        return WarcFailure(path, offset, record_id, url, "too_large",
                           f"{path}@{offset}: body larger than the limit of {max_bytes} bytes")
    if read + len(body) < declared:
        return _truncated(path, offset, record_id, url)
    digest = sha256_of(body)
    key = record_key(path, offset)
    if key in skip and skip[key] == digest:
        tally.resumed += 1
        return None
    try:
        content = _decoded(body, headers)
    except ValueError as e:
        return WarcFailure(path, offset, record_id, url, "read_error", f"{path}@{offset}: {e}")
    tally.articles += 1
    date = (record.headers.get("WARC-Date") or "")[:10]
    crawl_date = date if ISO_DATE.fullmatch(date) else None
    return WarcRecord(path, offset, record_id, url, crawl_date, content, digest)


def _skipped(record, declared: int, tally: WarcTally, why: str | None, path: str, offset: int,
             record_id: str | None, url: str | None, read: int = 0) -> WarcFailure | None:
    """Count a skipped record, and read past it to tell whether it is whole."""
    if why is not None:
        tally.skipped[why] += 1
    if read + record.reader.consume() < declared:
        return _truncated(path, offset, record_id, url)
    return None


def _truncated(path: str, offset: int, record_id: str | None, url: str | None) -> WarcFailure:
    return WarcFailure(path, offset, record_id, url, "read_error",
                       f"{path}@{offset}: the record is cut short (truncated file); the file ends there")


def _http_head(reader) -> tuple[int | None, dict[str, str], int]:
    """The HTTP status and headers (names in lower case) of a response record, and the bytes read."""
    first = reader.readline(HEADER_LINE_LIMIT)
    read = len(first)
    parts = first.split(None, 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/") or not parts[1].isdigit():
        return None, {}, read
    headers: dict[str, str] = {}
    while True:
        line = reader.readline(HEADER_LINE_LIMIT)
        read += len(line)
        if not line or line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(parts[1]), headers, read


def _decoded(body: bytes, headers: dict[str, str]) -> bytes:
    """The body with chunked transfer encoding and gzip/deflate content encoding undone."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    encoding = headers.get("content-encoding", "").lower().strip()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            return zlib.decompress(body, 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
        except zlib.error as e:
            raise ValueError(f"the body is not valid {encoding} data ({e})") from e
    if encoding not in ("", "identity"):
        raise ValueError(f"unsupported content encoding {encoding!r}")
    return body


def _dechunk(body: bytes) -> bytes:
    out, at = bytearray(), 0
    while at < len(body):
        end = body.find(b"\r\n", at)
        if end < 0:
            break
        try:
            size = int(body[at:end].split(b";")[0], 16)
        except ValueError as e:
            raise ValueError("bad chunked transfer encoding") from e
        if size == 0:
            break
        out += body[end + 2:end + 2 + size]
        at = end + 2 + size + 2
    return bytes(out)


def read_record(path: str, offset: int, max_bytes: int = 20_000_000) -> WarcRecord | WarcFailure | None:
    """The record that starts at ``offset`` in the WARC file, read alone (None: not an article)."""
    with Path(path).open("rb") as fh:
        fh.seek(offset)
        from fastwarc.warc import ArchiveIterator, WarcRecordType

        for record in ArchiveIterator(fh, record_types=WarcRecordType.any_type, parse_http=False,
                                      fsspec_args=False):
            item = _article_or_skip(record, path, max_bytes, WarcTally(), {})
            if isinstance(item, WarcRecord):  # the offset is the file's, not the stream's
                from dataclasses import replace

                item = replace(item, offset=offset)
            return item
    return None


def expand(items: Iterable[str | Refused], max_bytes: int, tally: WarcTally,
           skip: Mapping[str, str | None] | None = None,
           ) -> Iterator[str | Refused | WarcRecord | WarcFailure]:
    """The inputs with every WARC file replaced by its records, lazily."""
    for item in items:
        if isinstance(item, str) and is_warc_path(item):
            yield from warc_records(item, max_bytes, tally, skip)
        else:
            yield item
