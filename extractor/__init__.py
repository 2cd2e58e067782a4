"""Turn news articles about platform moderation into structured, validated records.

    >>> import extractor
    >>> record = extractor.extract(open("samples/seed-wired-occupy.txt").read())

The names below are imported on first use, so that ``import extractor`` (and ``extractor
--help``) does not load spaCy, trafilatura, jsonschema or SQLAlchemy.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from extractor.version import __version__

_WHERE = {
    "extract": "extractor.api", "extract_input": "extractor.api", "extract_inputs": "extractor.api",
    "batch": "extractor.api", "db_stats": "extractor.api", "open_database": "extractor.api",
    "load_schema": "extractor.schema", "violations": "extractor.schema", "SCHEMA_VERSION": "extractor.schema",
    "Settings": "extractor.settings", "show": "extractor.api", "report": "extractor.api",
    "ArticleError": "extractor.article", "RecordInvalid": "extractor.schema",
}

if TYPE_CHECKING:
    from extractor.api import (
        batch,
        db_stats,
        extract,
        extract_input,
        extract_inputs,
        open_database,
        report,
        show,
    )
    from extractor.article import ArticleError
    from extractor.schema import SCHEMA_VERSION, RecordInvalid, load_schema, violations
    from extractor.settings import Settings


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


__all__ = ["extract", "extract_input", "extract_inputs", "batch", "load_schema", "violations", "Settings",
           "SCHEMA_VERSION", "__version__", "open_database", "db_stats", "ArticleError", "RecordInvalid",
           "show", "report"]
