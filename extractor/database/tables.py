"""The database tables (SQLAlchemy Core): one definition for SQLite and PostgreSQL.

Column names follow the record's field names; nested fields are flattened with an underscore
(``source.path`` is ``source_path``, ``when.start`` is ``when_start``, a target's
``evidence.start`` is ``evidence_start``). Every child row has a ``position``: its index in the
record's list. Deleting an article deletes its events, targets, named accounts, reasons and quotes
(ON DELETE CASCADE).
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

# the layout of these tables; a database written by another layout is refused, not altered
LAYOUT_VERSION = 2  # 2: the reasons table and events.categories (records of schema 1.2.0)

JsonType = JSON().with_variant(JSONB(), "postgresql")

metadata = MetaData()


def parent(name: str, table_column: str) -> Column:
    """The foreign key to the row this one belongs to (deleted with it), indexed."""
    return Column(name, Integer, ForeignKey(table_column, ondelete="CASCADE"), nullable=False, index=True)


def span(prefix: str) -> list[Column]:
    """A span's text and offsets as three columns."""
    return [Column(f"{prefix}_text", Text), Column(f"{prefix}_start", Integer),
            Column(f"{prefix}_end", Integer)]


schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    # url, else 'sha256:' + text_sha256; error records: 'error:' + source url, else source path
    Column("key", Text, nullable=False, unique=True),
    Column("schema_version", Text, nullable=False),
    Column("extractor_version", Text),
    Column("source_path", Text),
    Column("source_url", Text),
    Column("title", Text),
    Column("url", Text),
    Column("published", Date, index=True),
    Column("outlet", Text),
    Column("authors", JsonType),
    Column("language", Text),
    Column("text_sha256", Text, index=True),
    Column("text_length", Integer),
    Column("error_type", Text),
    Column("error_message", Text),
    Column("record", JsonType, nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    parent("article_id", "articles.id"),
    Column("position", Integer, nullable=False),
    Column("platform", Text, nullable=False, index=True),
    Column("action", Text, nullable=False, index=True),
    Column("action_text", Text),
    Column("groups", JsonType),
    Column("reasons", JsonType),
    Column("categories", JsonType),
    Column("when_text", Text),
    Column("when_start", Text, index=True),
    Column("when_end", Text),
    Column("when_precision", Text),
    Column("when_anchor", Text),
    Column("confidence", Float),
    Column("evidence", JsonType),
)
Index("ix_events_platform_action", events.c.platform, events.c.action)

event_targets = Table(
    "event_targets", metadata,
    Column("id", Integer, primary_key=True),
    parent("event_id", "events.id"),
    Column("position", Integer, nullable=False),
    Column("type", Text, nullable=False, index=True),
    Column("count", BigInteger),
    Column("count_text", Text),
    Column("qualifier", Text),
    Column("approximate", Boolean),
    *span("evidence"),
)

named_accounts = Table(
    "named_accounts", metadata,
    Column("id", Integer, primary_key=True),
    parent("event_id", "events.id"),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False, index=True),
    Column("handle", Text),
    Column("followers", BigInteger),
    Column("followers_text", Text),
    *span("evidence"),
)

reasons = Table(
    "reasons", metadata,
    Column("id", Integer, primary_key=True),
    parent("event_id", "events.id"),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("category", Text, index=True),
    Column("stated_by", Text),
    Column("claim", Boolean),
    Column("cue", Text),
    Column("start", Integer),
    Column("end", Integer),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    parent("article_id", "articles.id"),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", Text, index=True),
    *span("speaker"),
    Column("cue", Text),
    Column("start", Integer),
    Column("end", Integer),
    Column("speaker_platform", Text),
)

CONTENT_TABLES = (articles, events, event_targets, named_accounts, reasons, quotes)
