"""Fetch: download a URL (trafilatura's urllib3 pool), http and https only, with a timeout and a size limit.

Loopback and private-network addresses are refused unless ``Settings.allow_private_urls``
(trafilatura's SSRF protection does the refusing at connection time, on every redirect hop; the
host is checked here first too, so that the error says so plainly).
"""
from __future__ import annotations

import ipaddress
import socket
import time
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from extractor.settings import Settings

URL_SCHEMES = ("http://", "https://")
MAX_REDIRECTS = 5
OPAQUE_SCHEMES = frozenset({"javascript", "data", "vbscript", "mailto", "about", "blob", "tel", "file"})


def is_url(item: str) -> bool:
    """Anything with a scheme is treated as a URL (and refused unless http or https)."""
    head = item.split("/", 1)[0]
    return "://" in item and head.endswith(":") and head[:-1].replace("+", "").isalpha()


def is_unsupported_scheme(item: str) -> bool:
    """``javascript:``, ``data:`` and the like: URLs without ``//``, never file names."""
    scheme, colon, _ = item.partition(":")
    return bool(colon) and scheme.lower() in OPAQUE_SCHEMES


def private_address(host: str) -> str | None:
    """The first non-public address the host resolves to, or None."""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return None  # the download reports the lookup failure
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            return str(address)
    return None


@lru_cache(maxsize=2)
def _pool(ssrf_protection: bool):
    """trafilatura's connection pool: with SSRF protection, every hop's peer address is vetted."""
    import certifi
    from trafilatura.downloads import create_pool

    return create_pool(ssrf_protection=ssrf_protection, ca_certs=certifi.where(), cert_reqs="CERT_REQUIRED")


def download(url: str, settings: Settings) -> tuple[int, bytes, str]:
    """Status, body and final URL of one GET, within ``settings.timeout`` seconds in all.

    Redirects are followed (at most MAX_REDIRECTS); nothing is retried, so that the timeout
    bounds the whole download (trafilatura's own fetch retries timeouts and 5xx with backoff).
    """
    import urllib3
    from trafilatura.downloads import DEFAULT_HEADERS

    from extractor.sources import InputError

    deadline = time.monotonic() + settings.timeout
    retries = urllib3.util.Retry(total=MAX_REDIRECTS, redirect=MAX_REDIRECTS, connect=0, read=0, status=0,
                                 other=0, raise_on_status=False)
    try:
        response = _pool(not settings.allow_private_urls).request(
            "GET", url, headers=DEFAULT_HEADERS, retries=retries, preload_content=False,
            timeout=urllib3.Timeout(connect=settings.timeout, read=settings.timeout))
        try:
            body = bytearray()
            while chunk := response.read1(2**16):
                body += chunk
                if len(body) > settings.max_bytes:
                    raise InputError("too_large", f"{url}: larger than {settings.max_bytes} bytes")
                if time.monotonic() > deadline:
                    raise InputError("fetch_error", f"{url}: download took more than {settings.timeout} s")
        finally:
            response.release_conn()
    except urllib3.exceptions.MaxRetryError as e:
        raise InputError("fetch_error", f"{url}: download failed: {e.reason or e}") from e
    except urllib3.exceptions.HTTPError as e:
        raise InputError("fetch_error", f"{url}: download failed: {e}") from e
    return response.status, bytes(body), urljoin(url, response.geturl() or url)


def fetch_url(url: str, settings: Settings) -> tuple[bytes, str]:
    """The body of a page and its final URL, or InputError saying why not."""
    from extractor.sources import InputError

    if not url.lower().startswith(URL_SCHEMES):
        raise InputError("fetch_error", f"{url}: only http and https URLs are fetched")
    host = urlsplit(url).hostname
    if not host:
        raise InputError("fetch_error", f"{url}: no host in the URL")
    if not settings.allow_private_urls:
        address = private_address(host)
        if address:
            raise InputError("fetch_refused", f"{url}: refused, {host} is a private or loopback "
                             f"address ({address}); use --allow-private-urls to allow it")
    status, data, final_url = download(url, settings)
    if status != 200:
        raise InputError("fetch_error", f"{url}: HTTP status {status}")
    if not data:
        raise InputError("fetch_error", f"{url}: empty response")
    return data, final_url
