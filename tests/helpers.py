"""Test helpers: sample articles, a CLI runner (subprocess) and the loopback HTTP handler."""
from __future__ import annotations

import contextlib
import gzip
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "seed-wired-occupy.txt"

ARTICLE_SENTENCE = ("Twitter suspended 1,500 accounts linked to a spam network on Tuesday, "
                    "the company said.")
ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Twitter suspends spam accounts</title>
<meta name="date" content="2018-10-25">
<meta property="og:site_name" content="Example News">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/tech">Tech</a> | <a href="/world">World</a></nav>
<article>
<h1>Twitter suspends spam accounts</h1>
<p>{ARTICLE_SENTENCE} The accounts had posted thousands of identical messages promoting
cryptocurrency schemes over several weeks.</p>
<p>"We will keep removing spam from the platform," a spokesperson said in a statement. The company
did not name the accounts or say where the network was based.</p>
</article>
<footer>Copyright 2018 Example News</footer>
</body>
</html>
"""
ARTICLE_TEXT = f"""Spam network taken down

{ARTICLE_SENTENCE} The accounts had posted thousands of identical messages.
"""


def read_jsonl(text: str) -> list[dict]:
    """The records of JSON Lines text; every non-empty line must be one JSON object."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str

    @property
    def records(self) -> list[dict]:
        return read_jsonl(self.stdout)


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
            timeout: float = 120) -> CliResult:
    """``python -m extractor ARGS`` in a subprocess, as a user would run it."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "extractor", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=timeout, env=env)
    return CliResult(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


# ---------------------------------------------------------------- HTTP server on loopback

class ArticleHandler(BaseHTTPRequestHandler):
    """Routes: /article.html, /article.txt, /article.gz (gzip body, no Content-Encoding),
    /redirect (302 to /article.html), /slow (answers after 5 s), /big (200 kB), /binary, /empty;
    anything else 404."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        route = self.path.split("?", 1)[0]
        if route == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if route == "/slow":
            time.sleep(5)
        bodies = {
            "/article.html": (ARTICLE_HTML.encode(), "text/html; charset=utf-8"),
            "/slow": (ARTICLE_HTML.encode(), "text/html; charset=utf-8"),
            "/article.txt": (ARTICLE_TEXT.encode(), "text/plain; charset=utf-8"),
            "/article.gz": (gzip.compress(ARTICLE_HTML.encode(), mtime=0), "application/gzip"),
            "/big": (b"<html><body><p>" + b"spam " * 40_000 + b"</p></body></html>", "text/html"),
            "/binary": (bytes(range(256)) * 8, "application/octet-stream"),
            "/empty": (b"", "text/html"),
        }
        if route not in bodies:
            body = b"<html><body>not found</body></html>"
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        body, content_type = bodies[route]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)  # the client may give up (timeout, size limit): expected

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def write_article_files(folder: Path) -> dict[str, Path]:
    """Good and bad article files in ``folder``, by role."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "txt": folder / "story.txt",
        "html": folder / "story.html",
        "html_gz": folder / "story.html.gz",
        "empty": folder / "empty.txt",
        "garbage": folder / "garbage.txt",
        "bad_gz": folder / "bad.html.gz",
    }
    files["txt"].write_text(ARTICLE_TEXT, encoding="utf-8")
    files["html"].write_text(ARTICLE_HTML, encoding="utf-8")
    files["html_gz"].write_bytes(gzip.compress(ARTICLE_HTML.encode(), mtime=0))
    files["empty"].write_bytes(b"")
    files["garbage"].write_bytes(bytes((i * 151 + 7) % 256 for i in range(4096)))
    files["bad_gz"].write_bytes(b"\x1f\x8b\x08\x00this is not deflate data at all")
    return files


def event_summary(text: str, published: str = "2021-06-15") -> list[tuple]:
    """The events of a made-up article as (platform, action, [(target type, count)])."""
    from extractor import extract

    return [(e["platform"], e["action"], [(t["type"], t["count"]) for t in e["targets"]])
            for e in extract(text, published=published)["events"]]


def named_summary(text: str, published: str = "2021-06-15") -> list[tuple]:
    """The events of a made-up article as ([named accounts], [(target type, count)])."""
    from extractor import extract

    return [([n["name"] for n in e["named_accounts"]], [(t["type"], t["count"]) for t in e["targets"]])
            for e in extract(text, published=published)["events"]]


def account_summary(text: str, published: str = "2021-06-15") -> list[tuple]:
    """The events of a made-up article as (platform, action, [named accounts])."""
    from extractor import extract

    return [(e["platform"], e["action"], [a["name"] for a in e["named_accounts"]])
            for e in extract(text, published=published)["events"]]


def quote_speakers(text: str, published: str = "2020-01-01") -> list[str | None]:
    """The speakers of a made-up article's quotes, in order, read with the screen off."""
    from extractor import extract
    from extractor.settings import Settings

    record = extract(text, published=published, settings=Settings(screen=False))
    return [q["speaker"] for q in record["quotes"]]


def sigint_as_from_a_terminal() -> None:
    """``preexec_fn`` for a run that a test interrupts with SIGINT: Ctrl-C at a terminal reaches a
    process whose SIGINT is at its default. A suite started in the background by a shell without job
    control ('.ci/run &') inherits SIGINT ignored, and Python keeps an ignored SIGINT ignored, so the
    child would never see the interrupt the test sends."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
