"""Build WARC files for tests and benchmarks from saved pages, with warcio's writer.

    .venv/bin/python tests/warc_builder.py news.warc.gz [REPEAT]

Each page becomes a request record and an HTTP response record (``text/html``); with
``extras`` a stylesheet, an image, a revisit record and a metadata record follow every few
pages, as in a real crawl. The page bodies are the saved files (gzip undone); the URLs are
made up from the file names.
"""
from __future__ import annotations

import gzip
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BENCH_NEWS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "news"
WARC_DATE = "2024-05-06T07:08:09Z"


def page_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def page_url(path: Path) -> str:
    stem = path.name.split(".")[0]
    return f"https://news.example/{stem[:16]}"


def news_pages(count: int | None = None) -> list[tuple[str, bytes]]:
    """(url, body) of the first ``count`` bench pages (all when None), in file-name order."""
    files = sorted(BENCH_NEWS.iterdir())[:count]
    return [(page_url(path), page_bytes(path)) for path in files]


def write_warc(target: Path, pages: Iterable[tuple[str, bytes]], *, gzip_records: bool = True,
               extras: bool = True, repeat: int = 1) -> list[str]:
    """Write the WARC of the pages ((url, HTML body) pairs); the URLs of the HTML responses, in
    file order. ``repeat`` writes the pages that many times (the copies' URLs get ``?copy=N``)."""
    urls: list[str] = []
    pages = list(pages)
    with target.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(target.name, {"software": "tests/warc_builder.py"}))
        for round_ in range(repeat):
            for n, (page, body) in enumerate(pages):
                url = page + (f"?copy={round_}" if round_ else "")
                write_request(writer, url)
                write_response(writer, url, body, "text/html; charset=utf-8")
                urls.append(url)
                if extras and n % 3 == 0:
                    write_response(writer, url + "/style.css", b"body { margin: 0 }\n", "text/css")
                    write_response(writer, url + "/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
                    write_revisit(writer, url)
                    write_metadata(writer, url)
    return urls


def _headers(url: str) -> dict:  # noqa: ARG001 (the same for every record)
    return {"WARC-Date": WARC_DATE}


def write_request(writer: WARCWriter, url: str) -> None:
    http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", payload=BytesIO(b""), http_headers=http,
                                                  warc_headers_dict=_headers(url)))


def write_response(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK",
                   headers: list[tuple[str, str]] | None = None) -> None:
    headers = headers if headers is not None else [("Content-Length", str(len(body)))]
    http = StatusAndHeaders(status, [("Content-Type", content_type), *headers], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http,
                                                  warc_headers_dict=_headers(url)))


def write_revisit(writer: WARCWriter, url: str) -> None:
    http = StatusAndHeaders("304 Not Modified", [], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "revisit", payload=BytesIO(b""), http_headers=http,
                                                  warc_headers_dict=_headers(url)))


def write_metadata(writer: WARCWriter, url: str) -> None:
    writer.write_record(writer.create_warc_record(url, "metadata", payload=BytesIO(b"fetchTimeMs: 120\n"),
                                                  warc_content_type="application/warc-fields",
                                                  warc_headers_dict=_headers(url)))


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1])
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    print(len(write_warc(out, news_pages(), repeat=repeat)), "pages ->", out)
