"""What a database holds: counts per table, events per platform and action, and events per DSA
category of their reasons."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, distinct, func, inspect, select

from extractor.database import engine as engines
from extractor.database.schema import LayoutError
from extractor.database.tables import CONTENT_TABLES, articles, events, reasons


@dataclass(frozen=True)
class ActionCount:
    platform: str
    action: str
    events: int
    articles: int


@dataclass(frozen=True)
class CategoryCount:
    category: str  # a DSA Transparency Database category, or NO_CATEGORY
    events: int
    articles: int


NO_CATEGORY = "(no category)"


@dataclass(frozen=True)
class Stats:
    tables: dict[str, int]  # rows per table
    error_records: int  # rows of articles that are error records
    actions: list[ActionCount]  # by platform, then action
    categories: list[CategoryCount] = field(default_factory=list)  # by category, NO_CATEGORY last

    def lines(self) -> list[str]:
        """The stats as text, as ``extractor db stats`` prints them."""
        out = [f"{name:<15} {count:>7}" for name, count in self.tables.items()]
        out.append(f"{'(error records)':<15} {self.error_records:>7}")
        if self.actions:
            width = max(8, *(len(a.platform) for a in self.actions))
            out += ["", f"{'platform':<{width}}  {'action':<10}  {'events':>6}  {'articles':>8}"]
            out += [f"{a.platform:<{width}}  {a.action:<10}  {a.events:>6}  {a.articles:>8}"
                    for a in self.actions]
        if self.categories:
            width = max(len(c.category) for c in self.categories)
            out += ["", f"{'category':<{width}}  {'events':>6}  {'articles':>8}"]
            out += [f"{c.category:<{width}}  {c.events:>6}  {c.articles:>8}" for c in self.categories]
        return out


def db_stats(target: str | Path) -> Stats:
    """Row counts of a database written by ``--db``, and events per platform and action.

    Raises ``FileNotFoundError`` for a SQLite file that does not exist (it is not created) and
    ``LayoutError`` for a database without the extractor's tables."""
    url = engines.database_url(target)
    if url.get_backend_name() == "sqlite" and not Path(url.database).expanduser().is_file():
        raise FileNotFoundError(f"{target}: no such database file")
    engine = engines.create(target)
    try:
        with engine.connect() as connection:
            missing = [t.name for t in CONTENT_TABLES if not inspect(connection).has_table(t.name)]
            if missing:
                raise LayoutError(f"{target}: no {', '.join(missing)} table (not written by extractor --db)")
            tables = {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                      for t in CONTENT_TABLES}
            errors = connection.execute(select(func.count()).select_from(articles)
                                        .where(articles.c.error_type.is_not(None))).scalar_one()
            platform, action = events.c.platform, events.c.action
            per_action = connection.execute(
                select(platform, action, func.count(), func.count(distinct(events.c.article_id)))
                .group_by(platform, action).order_by(platform, action))
            actions = [ActionCount(*row) for row in per_action]
            categories = category_counts(connection)
    finally:
        engine.dispose()
    return Stats(tables, errors, actions, categories)


def category_counts(connection: Connection) -> list[CategoryCount]:
    """Events per DSA category of their stated grounds (claims by others left out; an event with
    reasons in two categories counts in both), and the events with no category."""
    grounds = (select(reasons.c.category, reasons.c.event_id, events.c.article_id)
               .join(events, events.c.id == reasons.c.event_id)
               .where(reasons.c.claim.is_(False), reasons.c.category.is_not(None)).distinct().subquery())
    per_category = connection.execute(
        select(grounds.c.category, func.count(distinct(grounds.c.event_id)),
               func.count(distinct(grounds.c.article_id)))
        .group_by(grounds.c.category).order_by(grounds.c.category))
    out = [CategoryCount(*row) for row in per_category]
    categorised = select(grounds.c.event_id)
    none = connection.execute(
        select(func.count(), func.count(distinct(events.c.article_id)))
        .where(events.c.id.not_in(categorised))).one()
    if none[0]:
        out.append(CategoryCount(NO_CATEGORY, none[0], none[1]))
    return out
