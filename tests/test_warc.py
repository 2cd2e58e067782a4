"""WARC input: one record per HTML response, traceable to its offset; skipped records counted;
a truncated file keeps the records before the cut and gives one error record; --resume by record.

The WARC files are written here with warcio's writer from real news pages (../shared/bench/news)
and pages of our own, with stylesheets, images, requests, revisits and metadata records mixed in.
"""
from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

import extractor
from extractor.schema import violations
from extractor.settings import Settings
from extractor.sinks import record_line
from extractor.warc import WarcRecord, WarcTally, read_record, warc_records
from tests.helpers import ARTICLE_HTML, run_cli
from tests.warc_builder import BENCH_NEWS, WARC_DATE, news_pages, write_response, write_warc

pytestmark = pytest.mark.skipif(not BENCH_NEWS.is_dir(), reason="needs ../shared/bench/news")

UNDATED_HTML = ARTICLE_HTML.replace('<meta name="date" content="2018-10-25">\n', "").replace(
    "Copyright 2018 Example News", "Example News")  # no date anywhere in the page


@pytest.fixture(scope="module")
def news_warc(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("warc") / "news.warc.gz"
    return path, write_warc(path, news_pages(7))


def warcio_offsets(path: Path) -> dict[str, int]:
    """Offsets of the HTML responses as warcio reads them (an independent reader)."""
    out = {}
    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        for record in records:
            content_type = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            if record.rec_type == "response" and "html" in (content_type or ""):
                out[record.rec_headers.get_header("WARC-Target-URI")] = records.get_record_offset()
    return out


def test_one_record_per_html_response_with_url_offset_and_record_id(news_warc) -> None:
    path, urls = news_warc
    tally = WarcTally()
    items = list(warc_records(str(path), 20_000_000, tally))
    assert [item.url for item in items] == urls
    assert all(isinstance(item, WarcRecord) for item in items)
    # 7 pages: a request each; pages 0, 3, 6 have a stylesheet, an image, a revisit and a metadata record
    assert tally.records == 1 + 7 * 2 + 3 * 4
    assert tally.articles == 7
    assert dict(tally.skipped) == {"warcinfo": 1, "request": 7, "not HTML": 6, "revisit": 3, "metadata": 3}
    offsets = warcio_offsets(path)
    assert {item.url: item.offset for item in items} == offsets
    for item in items:  # each record can be read again alone, from its offset
        again = read_record(str(path), item.offset)
        assert isinstance(again, WarcRecord)
        assert (again.url, again.record_id, again.sha256, again.content) == \
            (item.url, item.record_id, item.sha256, item.content)
        assert item.record_id.startswith("<urn:uuid:")
        assert item.date == WARC_DATE[:10]


def test_records_of_a_warc_file_as_the_cli_writes_them(news_warc, tmp_path: Path) -> None:
    path, urls = news_warc
    out = tmp_path / "out.jsonl"
    result = run_cli("extract", str(path), "-o", str(out), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["source"]["url"] for r in records] == urls
    assert all(not violations(r) for r in records)
    assert all(r["schema_version"] == "1.2.0" for r in records)
    assert all(r["source"]["path"] == str(path) and r["source"]["warc_offset"] > 0 for r in records)
    assert "27 WARC records: 7 articles, 20 skipped (7 request, 6 not HTML, 3 metadata, 3 revisit, " \
           "1 warcinfo)" in result.stderr


def test_a_truncated_file_gives_the_records_before_the_cut_and_one_error(news_warc, tmp_path: Path) -> None:
    path, urls = news_warc
    items = list(warc_records(str(path), 20_000_000))
    cut_in = items[4]  # cut inside the fifth page's record
    truncated = tmp_path / "cut.warc.gz"
    truncated.write_bytes(path.read_bytes()[:cut_in.offset + 2000])
    result = run_cli("extract", str(truncated), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1", "--quiet")
    assert result.returncode == 1
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["source"]["url"] for r in records] == urls[:5]
    assert all("error" not in r for r in records[:4])
    error = records[4]
    assert error["error"]["type"] == "read_error"
    assert error["source"]["warc_offset"] == cut_in.offset
    assert "cut short" in error["error"]["message"]
    assert result.stderr.count("error:") == 1


def test_a_truncated_uncompressed_file_too(tmp_path: Path) -> None:
    path = tmp_path / "plain.warc"
    urls = write_warc(path, news_pages(3), gzip_records=False)
    data = path.read_bytes()
    truncated = tmp_path / "cut.warc"
    truncated.write_bytes(data[:len(data) * 2 // 3])
    items = list(warc_records(str(truncated), 20_000_000))
    good = [item for item in items if isinstance(item, WarcRecord)]
    assert [item.url for item in good] == urls[:len(good)]
    assert len(good) < 3
    assert items[-1].kind == "read_error" and len(items) == len(good) + 1


def test_resume_by_record_gives_the_bytes_of_an_uninterrupted_run(news_warc, tmp_path: Path) -> None:
    path, _ = news_warc
    settings = Settings()
    whole = "".join(record_line(r) + "\n" for r in extractor.extract_inputs([str(path)], settings))
    out = tmp_path / "out.jsonl"
    lines = whole.splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:40])  # killed while writing the fourth record
    result = run_cli("extract", str(path), "-o", str(out), "--jobs", "1", "--resume")
    assert result.returncode == 0, result.stderr
    assert out.read_text() == whole
    assert "3 skipped (already in the output)" in result.stderr


def test_the_crawl_date_stands_in_for_a_page_without_a_date(tmp_path: Path) -> None:
    path = tmp_path / "own.warc.gz"
    write_warc(path, [("https://own.example/dated", ARTICLE_HTML.encode()),
                      ("https://own.example/undated", UNDATED_HTML.encode())], extras=False)
    dated, undated = extractor.extract_inputs([str(path)])
    assert dated["article"]["published"] == "2018-10-25"  # the page's own date wins
    assert undated["article"]["published"] == WARC_DATE[:10]
    assert undated["events"][0]["platform"] == "Twitter"
    assert undated["article"]["url"] == "https://own.example/undated"


def test_chunked_gzipped_bodies_and_non_2xx_responses(tmp_path: Path) -> None:
    body = gzip.compress(ARTICLE_HTML.encode(), mtime=0)
    parts = (body[:100], body[100:])
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"
    path = tmp_path / "encoded.warc"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        write_response(writer, "https://own.example/encoded", chunked, "text/html",
                       headers=[("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")])
        write_response(writer, "https://own.example/missing", b"<html>gone</html>", "text/html",
                       status="404 Not Found")
        write_response(writer, "https://own.example/deflated", zlib.compress(ARTICLE_HTML.encode()),
                       "application/xhtml+xml", headers=[("Content-Encoding", "deflate")])
    tally = WarcTally()
    items = list(warc_records(str(path), 20_000_000, tally))
    assert [item.content for item in items] == [ARTICLE_HTML.encode()] * 2
    assert dict(tally.skipped) == {"not 2xx": 1}


def test_a_folder_holding_warc_files_and_pages(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    write_warc(folder / "a.warc", [("https://own.example/a", UNDATED_HTML.encode())], gzip_records=False)
    (folder / "b.html").write_text(ARTICLE_HTML, encoding="utf-8")
    records = list(extractor.batch(str(folder), jobs=2))
    assert [(r["source"]["path"], r["source"]["url"]) for r in records] == [
        (str(folder / "a.warc"), "https://own.example/a"), (str(folder / "b.html"), None)]


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads memory from /proc (Linux)")
def test_records_stream_in_flat_memory(tmp_path: Path) -> None:
    """A WARC of about 250 MB (the bench pages, 4 times over): reading it holds one record at a time."""
    path = tmp_path / "large.warc"
    pages = news_pages()
    urls = write_warc(path, pages, gzip_records=False, extras=False, repeat=4)
    del pages
    assert path.stat().st_size > 200_000_000
    before, peak, count = resident_mb(), 0.0, 0
    for item in warc_records(str(path), 20_000_000):
        count += isinstance(item, WarcRecord)
        if count % 20 == 0:
            peak = max(peak, resident_mb())
    assert count == len(urls)
    assert peak - before < 40  # MB, against a file of more than 200
