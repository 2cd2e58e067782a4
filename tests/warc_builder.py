"""Build WARC files for tests and benchmarks from saved pages, with warcio's writer.

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


def write_warc(target: Path, pages: Iterable[Path], *, gzip_records: bool = True, extras: bool = True,
               repeat: int = 1) -> list[str]:
    """Write the WARC; the URLs of the HTML responses, in file order."""
    urls: list[str] = []
    pages = list(pages)
    with target.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(target.name, {"software": "tests/warc_builder.py"}))
        for round_ in range(repeat):
            for n, path in enumerate(pages):
                url = page_url(path) + (f"?copy={round_}" if round_ else "")
                body = page_bytes(path)
                _request(writer, url)
                _response(writer, url, body, "text/html; charset=utf-8")
                urls.append(url)
                if extras and n % 3 == 0:
                    _response(writer, url + "/style.css", b"body { margin: 0 }\n", "text/css")
                    _response(writer, url + "/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
                    _revisit(writer, url)
                    _metadata(writer, url)
    return urls


def _headers(url: str) -> dict:
    return {"WARC-Date": WARC_DATE}


def _request(writer: WARCWriter, url: str) -> None:
    http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", payload=BytesIO(b""), http_headers=http,
                                                  warc_headers_dict=_headers(url)))


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str) -> None:
    http = StatusAndHeaders("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                            protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http,
                                                  warc_headers_dict=_headers(url)))


def _revisit(writer: WARCWriter, url: str) -> None:
    http = StatusAndHeaders("304 Not Modified", [], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "revisit", payload=BytesIO(b""), http_headers=http,
                                                  warc_headers_dict=_headers(url)))


def _metadata(writer: WARCWriter, url: str) -> None:
    writer.write_record(writer.create_warc_record(url, "metadata", payload=BytesIO(b"fetchTimeMs: 120\n"),
                                                  warc_content_type="application/warc-fields",
                                                  warc_headers_dict=_headers(url)))


if __name__ == "__main__":
    import sys

    out = Path(sys.argv[1])
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    files = sorted(BENCH_NEWS.iterdir())
    print(len(write_warc(out, files, repeat=repeat)), "pages ->", out)
