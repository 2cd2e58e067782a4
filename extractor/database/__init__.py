"""Records into a database: a SQLite file or a PostgreSQL server, the same tables through
SQLAlchemy Core.

``engine`` turns a target into an engine, ``tables`` defines the tables, ``rows`` turns a
record into rows, ``schema`` creates the tables, ``writer`` writes records, ``stats`` counts.
"""
from extractor.database.engine import DatabaseTargetError, database_url
from extractor.database.schema import LayoutError
from extractor.database.stats import Stats, db_stats
from extractor.database.writer import DatabaseSink, open_database

__all__ = ["DatabaseSink", "open_database", "db_stats", "Stats", "database_url", "DatabaseTargetError",
           "LayoutError"]
