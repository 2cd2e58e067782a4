"""Fetch: download a URL, http and https only, within a deadline and a size limit.

Loopback and private-network addresses are refused unless ``Settings.allow_private_urls``. Every
hop (the URL and each redirect) is checked before anything is sent to it: its host is resolved,
the addresses are checked, and the connection goes to the address that was checked (so a host
that resolves again to another address, DNS rebinding, gains nothing). A refused hop is never
connected to, so the message is the same whatever the state of the port behind it.

``--timeout`` is the deadline of the whole download (all hops, headers and body): a watchdog
shuts the socket down when it passes, however slowly a server trickles its bytes.
"""
from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from urllib.parse import urljoin, urlsplit

from extractor.settings import Settings

URL_SCHEMES = ("http://", "https://")
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
OPAQUE_SCHEMES = frozenset({"javascript", "data", "vbscript", "mailto", "about", "blob", "tel", "file"})


def is_url(item: str) -> bool:
    """Anything with a scheme is treated as a URL (and refused unless http or https)."""
    head = item.split("/", 1)[0]
    return "://" in item and head.endswith(":") and head[:-1].replace("+", "").isalpha()


def is_unsupported_scheme(item: str) -> bool:
    """``javascript:``, ``data:`` and the like: URLs without ``//``, never file names."""
    scheme, colon, _ = item.partition(":")
    return bool(colon) and scheme.lower() in OPAQUE_SCHEMES


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return address.is_global


def resolve(host: str, port: int) -> list[str]:
    """The addresses a host resolves to (IP literals resolve to themselves)."""
    from extractor.sources import InputError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise InputError("fetch_error", f"{host}: the host name cannot be resolved ({e})") from e
    return list(dict.fromkeys(info[4][0].split("%")[0] for info in infos))


def checked_address(url: str, settings: Settings) -> str:
    """The address to connect to for one hop, checked before any connection; InputError
    ``fetch_refused`` when the host resolves to a non-public address (and that is not allowed)."""
    from extractor.sources import InputError

    parts = urlsplit(url)
    host = parts.hostname or ""
    addresses = resolve(host, parts.port or (443 if parts.scheme == "https" else 80))
    if not settings.allow_private_urls:
        for address in addresses:
            if not is_public(ipaddress.ip_address(address)):
                shown = "" if address == host.strip("[]") else f" ({address})"  # not '127.0.0.1 (127.0.0.1)'
                raise InputError("fetch_refused", f"{host} is a private or loopback address{shown}; "
                                 "use --allow-private-urls to allow it")
    return addresses[0]


class Deadline:
    """The time left for a download, and a watchdog that shuts a connection's socket down when
    it runs out (a read blocked on a server that sends one byte a second returns at once)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False

    def left(self) -> float:
        return max(0.001, self.end - time.monotonic())

    @contextlib.contextmanager
    def watching(self, connection: object) -> object:
        def expire() -> None:
            self.expired = True
            sock = getattr(connection, "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        timer = threading.Timer(self.left(), expire)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()


def get_once(url: str, address: str, deadline: Deadline, settings: Settings) -> tuple[int, str | None, bytes]:
    """One GET sent to ``address`` (Host header and TLS name from the URL): status, Location, body."""
    import certifi
    from trafilatura.downloads import DEFAULT_HEADERS
    from urllib3.connection import HTTPConnection, HTTPSConnection

    from extractor.sources import InputError

    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https":
        connection = HTTPSConnection(address, parts.port or 443, timeout=deadline.left(),
                                     server_hostname=host, assert_hostname=host, cert_reqs="CERT_REQUIRED",
                                     ca_certs=certifi.where())
    else:
        connection = HTTPConnection(address, parts.port or 80, timeout=deadline.left())
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = {**DEFAULT_HEADERS, "Host": parts.netloc.rpartition("@")[2]}
    try:
        with deadline.watching(connection):
            connection.request("GET", target, headers=headers, preload_content=False)
            response = connection.getresponse()
            location = response.headers.get("Location")
            body = bytearray()
            if response.status not in REDIRECTS:
                while chunk := response.read(2**16):
                    body += chunk
                    if len(body) > settings.max_bytes:
                        raise InputError("too_large", f"larger than {settings.max_bytes} bytes")
            response.release_conn()
    except InputError:
        raise
    except Exception as e:  # socket errors, TLS errors, malformed HTTP: the server's fault, not ours
        if deadline.expired:
            raise InputError("fetch_error", f"download timed out: took more than {deadline.seconds} s") from e
        raise InputError("fetch_error", f"download failed: {e}") from e
    finally:
        connection.close()
    if deadline.expired:
        raise InputError("fetch_error", f"download timed out: took more than {deadline.seconds} s")
    return response.status, location, bytes(body)


def download(url: str, settings: Settings) -> tuple[int, bytes, str]:
    """Status, body and final URL of one GET, within ``settings.timeout`` seconds in all.

    Redirects are followed (at most MAX_REDIRECTS), each hop checked before it is connected to;
    nothing is retried. InputError messages here name the hop, not the input (the caller does).
    """
    from extractor.sources import InputError

    deadline = Deadline(settings.timeout)
    for hop in range(MAX_REDIRECTS + 1):
        if not url.lower().startswith(URL_SCHEMES):
            raise InputError("fetch_error", f"redirected to {url}: only http and https URLs are fetched")
        try:
            address = checked_address(url, settings)
        except InputError as e:
            if hop:
                raise InputError(e.kind, f"redirected to {url}: {e.message}") from e
            raise
        status, location, body = get_once(url, address, deadline, settings)
        if status in REDIRECTS and location:
            url = urljoin(url, location)
            continue
        return status, body, url
    raise InputError("fetch_error", f"more than {MAX_REDIRECTS} redirects")


def fetch_url(url: str, settings: Settings) -> tuple[bytes, str]:
    """The body of a page and its final URL, or InputError saying why not."""
    from extractor.sources import InputError

    if not url.lower().startswith(URL_SCHEMES):
        raise InputError("fetch_error", f"{url}: only http and https URLs are fetched")
    if not urlsplit(url).hostname:
        raise InputError("fetch_error", f"{url}: no host in the URL")
    try:
        status, data, final_url = download(url, settings)
    except InputError as e:
        hop = "refused, " if e.kind == "fetch_refused" else ""
        raise InputError(e.kind, f"{url}: {hop}{e.message}") from e
    if status != 200:
        raise InputError("fetch_error", f"{url}: HTTP status {status}")
    if not data:
        raise InputError("fetch_error", f"{url}: empty response")
    return data, final_url
