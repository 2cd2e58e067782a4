"""A platform's own newsroom: an article published on a site where the platform itself writes
(``patterns/newsrooms.json``: openai.com, about.fb.com, blog.youtube ...) tells the platform's own
actions as 'we' ('We banned accounts linked to a covert influence operation'). The platform is
kept on the parsed Doc (``PUBLISHER_KEY`` in ``doc.user_data``) for the action rules to read."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from spacy.tokens import Doc

NEWSROOMS_FILE = Path(__file__).parent / "patterns" / "newsrooms.json"  # a URL needs no spaCy

PUBLISHER_KEY = "extractor.publisher"


@lru_cache(maxsize=1)
def newsroom_hosts() -> dict[str, str]:
    """Host -> the platform whose newsroom it is."""
    rows = json.loads(NEWSROOMS_FILE.read_text(encoding="utf-8"))
    return {host.lower(): platform for platform, hosts in rows.items() if not platform.startswith("_")
            for host in hosts}


def newsroom_platform(url: str | None) -> str | None:
    """The platform whose own site ``url`` is on, or None ('https://openai.com/index/x' -> OpenAI)."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    hosts = newsroom_hosts()
    while host:
        if host in hosts:
            return hosts[host]
        host = host.partition(".")[2]
    return None


def mark_publisher(doc: Doc | None, platform: str | None) -> Doc | None:
    """Keep the newsroom's platform on the Doc (nothing when there is none)."""
    if doc is not None and platform:
        doc.user_data[PUBLISHER_KEY] = platform
    return doc


def publisher_of(doc: Doc) -> str | None:
    return doc.user_data.get(PUBLISHER_KEY)
