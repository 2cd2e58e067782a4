"""Turn news articles about platform moderation into structured, validated records.

    >>> import extractor
    >>> record = extractor.extract(open("samples/seed-wired-occupy.txt").read())
"""
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
from extractor.version import __version__

__all__ = ["extract", "extract_input", "extract_inputs", "batch", "load_schema", "violations", "Settings",
           "SCHEMA_VERSION", "__version__", "open_database", "db_stats", "ArticleError", "RecordInvalid",
           "show", "report"]
