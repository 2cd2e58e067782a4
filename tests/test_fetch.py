"""URL fetching against a real HTTP server on loopback (tests/conftest.py: http_server).

End-to-end cases run the CLI in a subprocess; the finer cases call the API in-process.
"""
from __future__ import annotations

import re
import time

import pytest

from extractor.api import extract_input
from extractor.fetch import download, fetch_url, is_url
from extractor.schema import violations
from extractor.settings import Settings
from extractor.sources import InputError
from tests.helpers import run_cli

ALLOW = Settings(allow_private_urls=True)


# ---------------------------------------------------------------- end to end, CLI in a subprocess

def test_loopback_url_refused_without_flag(http_server: str) -> None:
    url = f"{http_server}/article.html"
    result = run_cli("extract", url)
    assert result.returncode == 1
    [record] = result.records
    assert record["source"] == {"path": None, "url": url, "sha256": None}
    assert record["error"]["type"] == "fetch_refused"
    assert "--allow-private-urls" in record["error"]["message"]
    assert "events" not in record
    assert violations(record) == []
    assert result.stderr.count("error:") == 1


@pytest.fixture(scope="module")
def mixed_run(http_server: str) -> tuple[dict[str, str], object]:
    """One CLI run with --allow-private-urls over a good URL and several bad ones."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    dead = sock.getsockname()[1]
    sock.close()
    urls = {
        "good": f"{http_server}/article.html",
        "missing": f"{http_server}/no-such-page.html",
        "refused": f"http://127.0.0.1:{dead}/article.html",
        "file": "file:///etc/passwd",
        "redirect": f"{http_server}/redirect",
    }
    return urls, run_cli("extract", "--allow-private-urls", *urls.values())


def test_mixed_urls_exit_status_and_order(mixed_run) -> None:
    urls, result = mixed_run
    assert result.returncode == 1
    records = result.records
    assert len(records) == len(urls), result.stderr
    assert [r["source"]["url"] for r in records[:4]] == [urls["good"], urls["missing"], urls["refused"],
                                                         urls["file"]]
    for record in records:
        assert violations(record) == []
        assert set(record["source"]) == {"path", "url", "sha256"}
        assert record["source"]["path"] is None
    # one stderr line per error record
    assert result.stderr.count("error:") == sum("error" in r for r in records) == 3


def test_good_url_gives_events(mixed_run) -> None:
    urls, result = mixed_run
    good = result.records[0]
    assert "error" not in good
    assert good["source"]["path"] is None and good["source"]["url"] == urls["good"]
    assert re.fullmatch(r"[0-9a-f]{64}", good["source"]["sha256"])
    assert good["article"]["title"] == "Twitter suspends spam accounts"
    assert good["article"]["published"] == "2018-10-25"
    assert "Home" not in good["article"]["title"]
    [event] = [e for e in good["events"] if e["platform"] == "Twitter"]
    assert event["action"] == "suspend"
    assert [(t["type"], t["count"]) for t in event["targets"]] == [("account", 1500)]


def test_bad_urls_give_error_records(mixed_run) -> None:
    urls, result = mixed_run
    _, missing, refused, file_url, _ = result.records
    assert missing["source"] == {"path": None, "url": urls["missing"], "sha256": None}
    assert missing["error"]["type"] == "fetch_error"
    assert "404" in missing["error"]["message"]
    assert refused["source"] == {"path": None, "url": urls["refused"], "sha256": None}
    assert refused["error"]["type"] == "fetch_error"
    assert "refused" in refused["error"]["message"].lower()
    assert file_url["source"] == {"path": None, "url": "file:///etc/passwd", "sha256": None}
    assert file_url["error"]["type"] == "fetch_error"
    assert "http" in file_url["error"]["message"]
    assert "root:" not in result.stdout  # the file was not read


def test_redirect_followed_and_final_url_kept(mixed_run, http_server: str) -> None:
    _, result = mixed_run
    redirected = result.records[4]
    assert "error" not in redirected
    assert redirected["source"]["url"] == f"{http_server}/article.html"
    assert redirected["events"]


# ---------------------------------------------------------------- in process

def test_is_url() -> None:
    assert is_url("http://example.org/a")
    assert is_url("HTTPS://example.org/a")
    assert is_url("file:///etc/passwd")
    assert not is_url("story.html")
    assert not is_url("folder/http://x")
    assert not is_url("-")


@pytest.mark.parametrize("url", ["http://localhost:9/x", "http://127.0.0.1/x", "http://[::1]/x",
                                 "http://10.1.2.3/x", "http://192.168.0.1/x", "http://169.254.169.254/latest"])
def test_private_addresses_refused_before_connecting(url: str) -> None:
    with pytest.raises(InputError) as info:
        fetch_url(url, Settings())
    assert info.value.kind == "fetch_refused"


def test_every_hop_is_checked_before_connecting(http_server: str) -> None:
    """download() itself checks the hop (the URL, and every redirect) before it connects."""
    with pytest.raises(InputError) as info:
        download(f"{http_server}/article.html", Settings(allow_private_urls=False))
    assert info.value.kind == "fetch_refused"
    assert info.value.message == ("127.0.0.1 is a private or loopback address; "
                                  "use --allow-private-urls to allow it")


def test_fetch_plain_text_and_gzip_bodies(http_server: str) -> None:
    data, final = fetch_url(f"{http_server}/article.txt", ALLOW)
    assert data.startswith(b"Spam network taken down")
    assert final == f"{http_server}/article.txt"
    record = extract_input(f"{http_server}/article.gz", ALLOW)
    assert "error" not in record, record.get("error")
    assert record["article"]["title"] == "Twitter suspends spam accounts"


def test_timeout_bounds_the_whole_download(http_server: str) -> None:
    started = time.monotonic()
    record = extract_input(f"{http_server}/slow", Settings(allow_private_urls=True, timeout=1))
    elapsed = time.monotonic() - started
    assert record["error"]["type"] == "fetch_error"
    assert "timed out" in record["error"]["message"].lower()
    assert elapsed < 4, f"--timeout 1 took {elapsed:.1f} s (retries?)"


def test_max_bytes_on_download(http_server: str) -> None:
    record = extract_input(f"{http_server}/big", Settings(allow_private_urls=True, max_bytes=10_000))
    assert record["error"]["type"] == "too_large"
    assert record["source"] == {"path": None, "url": f"{http_server}/big", "sha256": None}


@pytest.mark.parametrize(("route", "kind", "words"), [
    ("/binary", "article_error", "binary"),
    ("/empty", "fetch_error", "empty"),
])
def test_unusable_bodies(http_server: str, route: str, kind: str, words: str) -> None:
    record = extract_input(f"{http_server}{route}", ALLOW)
    assert record["error"]["type"] == kind
    assert words in record["error"]["message"]
    # the body was downloaded, so its hash is known even though it holds no article
    assert record["source"]["url"] == f"{http_server}{route}"
    assert (record["source"]["sha256"] is None) == (kind == "fetch_error")
    assert violations(record) == []


def test_unresolvable_host() -> None:
    record = extract_input("http://no-such-host.invalid/story.html", Settings(timeout=3))
    assert record["error"]["type"] == "fetch_error"
    assert record["source"] == {"path": None, "url": "http://no-such-host.invalid/story.html", "sha256": None}
