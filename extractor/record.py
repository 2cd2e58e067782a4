"""Records: assemble the article, events and quotes into one dict, and validate it."""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from extractor.article import Article
from extractor.event_record import extract_events
from extractor.facts.quotes import Quote, find_quotes
from extractor.schema import SCHEMA_VERSION, RecordInvalid, violations
from extractor.version import __version__


def source_dict(path: str | None = None, url: str | None = None, sha256: str | None = None) -> dict:
    return {"path": path, "url": url, "sha256": sha256}


def published_date(article: Article) -> date | None:
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def build_record(article: Article, doc: Doc | None, source: dict, screen: str = "off",
                 quotes: list[Quote] | None = None, with_text: bool = False) -> dict:
    """The validated record of one article whose text ``doc`` holds; with no Doc (the screen
    stopped the article), a record with no events and the ``quotes`` found without it.
    ``with_text``: the record ends with the article text (``text``), which its offsets point into."""
    metadata = article.metadata()
    metadata["text_length"] = len(article.text)
    record = {
        "schema_version": SCHEMA_VERSION,
        "extractor_version": __version__,
        "source": source,
        "article": metadata,
        "events": [] if doc is None else extract_events(
            doc, published_date(article), article.authors[0] if len(article.authors) == 1 else None),
        "quotes": [q.as_dict() for q in (find_quotes(doc) if quotes is None and doc is not None
                                         else quotes or [])],
        "screen": screen,
    }
    if with_text:
        record["text"] = article.text
    return checked(record)


def error_record(source: dict, error_type: str, message: str) -> dict:
    """The record of an input that could not be processed. The message is one line of valid
    UTF-8 (see ``one_line``), whatever the input's name holds."""
    return checked({
        "schema_version": SCHEMA_VERSION,
        "extractor_version": __version__,
        "source": source,
        "error": {"type": error_type, "message": one_line(message)},
    })


CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")


def one_line(message: str) -> str:
    """Control characters (a line break in a file name, which could fake another error line)
    as escapes (``\\n``, ``\\x1b``), and bytes that are not UTF-8 as ``\\xNN``."""
    message = message.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return CONTROL.sub(lambda m: repr(m.group())[1:-1], message)


def checked(record: dict) -> dict:
    problems = violations(record)
    if problems:
        raise RecordInvalid("; ".join(problems[:5]))
    return record
