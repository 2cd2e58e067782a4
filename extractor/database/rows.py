"""A record as table rows: pure functions, no database.

An article's key is deterministic: its normalised URL (``normalised_url``: the canonical link when
the page gives one, which ``article.url`` holds; scheme and host in lower case, no default port,
no fragment, no tracking parameters), else ``sha256:`` and the hash of its text. An
error record (an input that could not be processed) is keyed ``error:`` and its source URL or
path, so that it never replaces an article, and the article of the same input replaces it.
"""
from __future__ import annotations

import json
import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit, urlunsplit

# query parameters that say how a reader came to a page, not which page it is
TRACKING_PARAMETER = re.compile(
    r"utm_\w*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ocid|cmpid|"
    r"ref_src|ref_url|smid|sr_share|at_medium|at_campaign|CMP", re.IGNORECASE)
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalised_url(url: str) -> str:
    """The URL an article is keyed by: the same page fetched with tracking parameters, a
    fragment, upper-case host or a default port is one article.

    >>> normalised_url("HTTPS://News.Example:443/a/b?utm_source=newsletter&id=7&fbclid=x#top")
    'https://news.example/a/b?id=7'
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    netloc = (parts.hostname or "").lower()
    if ":" in netloc:
        netloc = f"[{netloc}]"  # IPv6
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    kept = [pair for pair in parts.query.split("&")
            if pair and not TRACKING_PARAMETER.fullmatch(pair.split("=", 1)[0])]
    return urlunsplit((scheme, netloc, parts.path or "/", "&".join(kept), ""))


def is_error(record: dict) -> bool:
    return "error" in record


def source_key(record: dict) -> str:
    source = record.get("source") or {}
    return "error:" + str(source.get("url") or source.get("path"))


def article_key(record: dict) -> str:
    """The key of the article a record is about (the key of its error row for an error record)."""
    if is_error(record):
        return source_key(record)
    article = record["article"]
    url = article.get("url")
    return normalised_url(url) if url else "sha256:" + article["text_sha256"]


def scalar(value: Any) -> Any:
    """A value for a text column: strings and numbers as they are, anything else as JSON text."""
    if value is None or isinstance(value, str | int | float):
        return value
    return json.dumps(value, ensure_ascii=False)


def span_columns(prefix: str, value: dict | None) -> dict:
    value = value or {}
    return {f"{prefix}_text": value.get("text"), f"{prefix}_start": value.get("start"),
            f"{prefix}_end": value.get("end")}


def article_row(record: dict) -> dict:
    article = record.get("article") or {}
    source = record.get("source") or {}
    error = record.get("error") or {}
    published = article.get("published")
    return {
        "key": article_key(record), "schema_version": record["schema_version"],
        "extractor_version": record.get("extractor_version"),
        "source_path": source.get("path"), "source_url": source.get("url"),
        "title": article.get("title"), "url": article.get("url"),
        "published": date.fromisoformat(published) if published else None,
        "outlet": article.get("outlet"), "authors": article.get("authors"),
        "language": article.get("language"),
        "text_sha256": article.get("text_sha256"), "text_length": article.get("text_length"),
        "error_type": error.get("type"), "error_message": error.get("message"), "record": record,
    }


def event_row(article_id: int, position: int, event: dict) -> dict:
    when = event.get("when") or {}
    return {
        "article_id": article_id, "position": position, "platform": event["platform"],
        "action": event["action"], "action_text": event.get("action_text"),
        "groups": event.get("groups"), "reasons": event.get("reasons"), "categories": event.get("categories"),
        "when_text": when.get("text"), "when_start": scalar(when.get("start")),
        "when_end": scalar(when.get("end")),
        "when_precision": scalar(when.get("precision")), "when_anchor": scalar(when.get("anchor")),
        "confidence": event.get("confidence"), "evidence": event.get("evidence"),
    }


def target_row(event_id: int, position: int, target: dict) -> dict:
    approximate = target.get("approximate")
    return {
        "event_id": event_id, "position": position, "type": target["type"], "count": target.get("count"),
        "count_text": target.get("count_text"), "qualifier": scalar(target.get("qualifier")),
        "approximate": None if approximate is None else bool(approximate),
        **span_columns("evidence", target.get("evidence")),
    }


def account_row(event_id: int, position: int, account: dict) -> dict:
    return {
        "event_id": event_id, "position": position, "name": account["name"], "handle": account.get("handle"),
        "followers": account.get("followers"), "followers_text": account.get("followers_text"),
        **span_columns("evidence", account.get("evidence")),
    }


def reason_row(event_id: int, position: int, reason: dict) -> dict:
    evidence = reason.get("evidence") or {}
    return {
        "event_id": event_id, "position": position, "text": reason["text"],
        "category": reason.get("category"), "stated_by": reason.get("stated_by"),
        "claim": bool(reason.get("claim")), "cue": reason.get("cue"),
        "start": evidence.get("start"), "end": evidence.get("end"),
    }


def quote_row(article_id: int, position: int, quote: dict) -> dict:
    return {
        "article_id": article_id, "position": position, "text": quote["text"],
        "speaker": quote.get("speaker"), **span_columns("speaker", quote.get("speaker_span")),
        "cue": quote.get("cue"), "start": quote.get("start"), "end": quote.get("end"),
        "speaker_platform": quote.get("speaker_platform"),
    }
