"""One settings object, passed down from the CLI or the API; no globals."""
from __future__ import annotations

import re
from configparser import ConfigParser
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_published(value: str | date) -> date:
    """A publication date given as YYYY-MM-DD (or a ``date``); ValueError saying what is wrong
    with it: the form, or the day itself ('2018-02-30': day is out of range for month)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value.strip()):
        raise ValueError(f"{value!r} is not a date of the form YYYY-MM-DD")
    try:
        return date.fromisoformat(value.strip())
    except ValueError as e:
        raise ValueError(f"{value!r} is not a date: {e}") from e


@dataclass(frozen=True)
class Settings:
    """What a run may do and how: built once, handed to every stage that needs it."""

    allow_private_urls: bool = False  # fetch from loopback and private networks (tests, intranets)
    timeout: int = 20  # seconds for one URL download
    max_bytes: int = 20_000_000  # largest page or file read, in bytes
    model: str | None = None  # spaCy model package; None: en_core_web_sm, else the PyPI copy
    extraction_timeout: int = 0  # trafilatura's own extraction timeout; 0: off (deterministic)
    screen: bool = True  # skip the full pipeline for articles that cannot hold an event
    time_limit: float = 0  # seconds one input may take in a worker process before it is stopped; 0: none
    published: date | None = None  # publication date of every input; wins over the page's own date
    with_text: bool = False  # records carry the article text their offsets point into (``text``)
    engine: str = "local"  # where the work runs: "local" (worker processes) or "dask" (extractor.engines)
    scheduler: str | None = None  # the Dask scheduler's address (tcp://HOST:PORT); None: a LocalCluster
    max_memory: int = 0  # MiB a worker process may use on one input before it is replaced; 0: no limit
    max_text_chars: int = 800_000  # longest article text analysed (no news article comes near); 0: none

    def trafilatura_config(self) -> ConfigParser:
        return _trafilatura_config(self.timeout, self.max_bytes, self.allow_private_urls,
                                   self.extraction_timeout)


@lru_cache(maxsize=8)
def _trafilatura_config(timeout: int, max_bytes: int, allow_private: bool,
                        extraction_timeout: int) -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(timeout))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", str(extraction_timeout))
    config.set("DEFAULT", "MAX_REDIRECTS", "5")
    return config
