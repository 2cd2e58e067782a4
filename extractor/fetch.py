"""Fetch: download a URL with trafilatura, http and https only, with a timeout and a size limit.

Loopback and private-network addresses are refused unless ``Settings.allow_private_urls``
(trafilatura's SSRF protection does the refusing at connection time; the host is checked here
first too, so that the error says so plainly).
"""
from __future__ import annotations

import ipaddress
import logging
import socket
from urllib.parse import urlsplit

from extractor.settings import Settings

URL_SCHEMES = ("http://", "https://")


def is_url(item: str) -> bool:
    """Anything with a scheme is treated as a URL (and refused unless http or https)."""
    head = item.split("/", 1)[0]
    return "://" in item and head.endswith(":") and head[:-1].replace("+", "").isalpha()


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


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


def fetch_url(url: str, settings: Settings) -> tuple[bytes, str]:
    """The body of a page and its final URL, or InputError saying why not."""
    from trafilatura import downloads

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
    capture = _Capture()
    logger = downloads.LOGGER
    logger.addHandler(capture)
    previous = logger.level
    logger.setLevel(logging.DEBUG)
    logger.propagate, propagate = False, logger.propagate
    try:
        response = downloads.fetch_response(url, config=settings.trafilatura_config())
    finally:
        logger.removeHandler(capture)
        logger.setLevel(previous)
        logger.propagate = propagate
    if response is None:
        cause = next((m for m in reversed(capture.messages) if "error" in m.lower()), "no response")
        raise InputError("fetch_error", f"{url}: download failed: {cause}")
    if response.status != 200:
        raise InputError("fetch_error", f"{url}: HTTP status {response.status}")
    data = response.data or b""
    if not data:
        raise InputError("fetch_error", f"{url}: empty response")
    if len(data) > settings.max_bytes:
        raise InputError("too_large", f"{url}: larger than {settings.max_bytes} bytes")
    return data, response.url or url
