"""Benchmark: reading the HTML responses of a WARC file with fastwarc and with warcio.

    .venv/bin/python benchmarks/bench_warc_readers.py FILE.warc.gz [--rounds 3]

Both read every record, keep the HTTP responses whose Content-Type is HTML, and read their
bodies (what ``extractor.warc`` needs); reported: seconds (best of the rounds), records, HTML
bodies and their bytes, so that the two are seen to do the same work. Build a WARC from the
bench pages with ``.venv/bin/python tests/warc_builder.py news.warc.gz``.
"""
from __future__ import annotations

import argparse
import time


def with_fastwarc(path: str) -> tuple[int, int, int]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = pages = size = 0
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh, record_types=WarcRecordType.any_type, parse_http=True):
            records += 1
            if record.record_type == WarcRecordType.response and "html" in (record.http_content_type or ""):
                size += len(record.reader.read())
                pages += 1
    return records, pages, size


def with_warcio(path: str) -> tuple[int, int, int]:
    from warcio.archiveiterator import ArchiveIterator

    records = pages = size = 0
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            records += 1
            if record.rec_type == "response" and record.http_headers is not None \
                    and "html" in (record.http_headers.get_header("Content-Type") or ""):
                size += len(record.content_stream().read())
                pages += 1
    return records, pages, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("warc")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for name, reader in (("fastwarc", with_fastwarc), ("warcio", with_warcio)):
        best = float("inf")
        for _ in range(args.rounds):
            started = time.perf_counter()
            records, pages, size = reader(args.warc)
            best = min(best, time.perf_counter() - started)
        print(f"{name:9} {best:6.3f} s  {records} records, {pages} HTML bodies, {size} bytes")


if __name__ == "__main__":
    main()
