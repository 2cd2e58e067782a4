"""The article text a record's offsets point into, without running the NLP again.

In this order: the record's own ``text`` field (``extract --with-text``); else the source is
read again (``source.path``, or ``source.url`` fetched) and the article is extracted from it
the way ``extract`` did (``extractor.article``: trafilatura for HTML, the plain-text rules).
When the record has ``source.sha256`` the bytes read must have that hash (the file has not
changed since), and the text must have the record's ``article.text_sha256`` (the extraction
gives the same text): otherwise the offsets would point at the wrong words, and ``TextNotFound``
says so.
"""

from __future__ import annotations

import hashlib

from extractor.article import ArticleError, read_article
from extractor.settings import Settings
from extractor.sources import InputError, read_input


class TextNotFound(Exception):
    """The article text of a record cannot be had (or is not the text the record was made from)."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_text(record: dict, settings: Settings | None = None) -> str:
    """The text of the article a record was extracted from (see the module's description)."""
    if "error" in record:
        raise TextNotFound(f"{label(record)}: an error record ({record['error'].get('type')}) has no text")
    expected = record.get("article", {}).get("text_sha256")
    if isinstance(record.get("text"), str):
        text = record["text"]
        if expected and sha256_text(text) != expected:
            raise TextNotFound(f"{label(record)}: the record's text does not have its article.text_sha256")
        return text
    source = record.get("source") or {}
    item = source.get("path") if source.get("path") not in (None, "-") else source.get("url")
    if not item:
        raise TextNotFound(
            f"{label(record)}: the record has no text field and no source to read it from "
            "(write records with --with-text)"
        )
    settings = settings or Settings()
    try:
        raw = read_input(item, settings)
    except InputError as e:
        raise TextNotFound(f"cannot read the article again: {e.message}") from e
    if source.get("sha256") and raw.sha256 != source["sha256"]:
        raise TextNotFound(f"{item}: changed since the record was made (its SHA-256 is not source.sha256)")
    try:
        text = read_article(raw.content, url=raw.url, settings=settings).text
    except ArticleError as e:
        raise TextNotFound(f"{item}: {e}") from e
    if expected and sha256_text(text) != expected:
        raise TextNotFound(
            f"{item}: the text read again is not the text of the record "
            "(article.text_sha256 differs; another extractor version?)"
        )
    return text


def label(record: dict) -> str:
    source = record.get("source") or {}
    return source.get("path") or source.get("url") or "record"
