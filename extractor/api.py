"""The Python API: the same operations as the CLI, under the same names."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from extractor.fetch import is_url
from extractor.settings import Settings

if TYPE_CHECKING:  # spaCy, trafilatura and SQLAlchemy are imported when first needed, not for --help
    from extractor.database import DatabaseSink, Stats
    from extractor.runner import RunInfo
    from extractor.sources import RawInput
    from extractor.warc import WarcRecord, WarcTally


def open_database(target: str) -> DatabaseSink:
    """What --db writes with: a SQLite file or a PostgreSQL URL (see ``extractor.database``)."""
    from extractor.database import open_database as opened

    return opened(target)


def db_stats(target: str) -> Stats:
    """The Python name of `extractor db stats`."""
    from extractor.database import db_stats as stats

    return stats(target)


def extract(content: str | bytes, *, url: str | None = None, published: str | None = None,
            path: str | None = None, settings: Settings | None = None, sha256: str | None = None) -> dict:
    """The record of one article given as HTML or plain text (str or bytes).

    ``published`` (YYYY-MM-DD, else ``settings.published``) wins over the date the page or the
    text's ``date:`` line gives; relative time expressions are resolved against it.

    >>> record = extract("Twitter suspended 1,500 accounts on Tuesday.", published="2018-10-25")
    >>> record["events"][0]["platform"], record["events"][0]["targets"][0]["count"]
    ('Twitter', 1500)

    Raises ``ArticleError`` when the content holds no article text.
    """
    from extractor.record import source_dict

    return _extract(content, url=url, published=published, settings=settings,
                    source=source_dict(path, url, sha256))


def _extract(content: str | bytes, *, url: str | None, published: str | None, settings: Settings | None,
             source: dict, crawl_date: str | None = None) -> dict:
    from extractor.analyse import analyse
    from extractor.article import read_article
    from extractor.record import build_record, published_date

    settings = settings or Settings()
    if published is None and settings.published is not None:
        published = settings.published.isoformat()
    article = read_article(content, url=url, published=published, settings=settings)
    if article.published is None and crawl_date is not None:
        article.published = crawl_date  # a WARC record's crawl date, when the page gives none
    doc, screen = analyse(article.text, published_date(article), settings)
    return build_record(article, doc, source, screen)


def extract_warc_record(item: WarcRecord, settings: Settings) -> dict:
    """The record of one article record of a WARC file (``extractor.warc``); never raises."""
    from extractor.article import ArticleError
    from extractor.record import error_record

    try:
        return _extract(item.content, url=item.url, published=None, settings=settings, source=item.source,
                        crawl_date=item.date)
    except ArticleError as e:
        return error_record(item.source, "article_error", f"{item}: {e}")
    except Exception as e:  # one bad input never stops the rest
        return error_record(item.source, "processing_error", f"{item}: {type(e).__name__}: {e}")


def extract_raw(raw: RawInput, settings: Settings) -> dict:
    """A record for one raw input; an error record when it cannot be processed. Never raises."""
    from extractor.article import ArticleError
    from extractor.record import error_record

    try:
        return extract(raw.content, url=raw.url, path=raw.path, settings=settings, sha256=raw.sha256)
    except ArticleError as e:
        return error_record(raw.source, "article_error", f"{raw.path or raw.url}: {e}")
    except Exception as e:  # one bad input never stops the rest
        return error_record(raw.source, "processing_error",
                            f"{raw.path or raw.url}: {type(e).__name__}: {e}")


def extract_input(item: str, settings: Settings | None = None) -> dict:
    """A record for one named input (URL, file path or '-'); an error record on failure."""
    from extractor.sources import InputError, read_input

    settings = settings or Settings()
    try:
        raw = read_input(item, settings)
    except InputError as e:
        return input_error_record(item, e.kind, e.message)
    return extract_raw(raw, settings)


def input_error_record(item: object, kind: str, message: str) -> dict:
    """The error record of a named input (or a WARC record) that gave no record of its own."""
    from extractor.record import error_record, source_dict

    if not isinstance(item, str):  # a WARC record: its source says which file and where
        return error_record(item.source, kind, message)
    is_remote = is_url(item)
    return error_record(source_dict(None if is_remote else item, item if is_remote else None), kind, message)


def extract_inputs(items: Iterable[str], settings: Settings | None = None, jobs: int = 1,
                   info: RunInfo | None = None, *, warc: WarcTally | None = None,
                   done: Mapping[str, str | None] | None = None) -> Iterator[dict]:
    """Records for several named inputs, in order; ``jobs`` > 1 runs that many processes
    (standard input, '-', is read in this process: with it, one job and no time limit).

    A ``.warc`` or ``.warc.gz`` file gives one record per article record in it (``warc``, when
    given, counts what its records were); ``done`` maps the keys of WARC records already
    written (``--resume``) to their body's SHA-256: those are not extracted again.
    ``settings.engine`` says where the work runs (``extractor.engines``).
    """
    from extractor.engines import get_engine
    from extractor.runner import RunInfo
    from extractor.warc import WarcTally, expand

    settings = settings or Settings()
    items = list(items)
    if "-" in items:
        jobs, settings = 1, replace(settings, time_limit=0, engine="local")
    work = expand(items, settings.max_bytes, warc if warc is not None else WarcTally(), done)
    engine = get_engine(settings.engine)
    yield from engine.run(work, settings, jobs, info if info is not None else RunInfo())


def batch(folder: str, settings: Settings | None = None, jobs: int = 1,
          info: RunInfo | None = None, *, warc: WarcTally | None = None) -> Iterator[dict]:
    """Records for every article file (and every article record of the WARC files) under a
    folder, recursively, in path order.

    ``jobs`` > 1 runs that many processes (each loads the model once); the records come in
    the same order and are the same whatever the number of jobs or the engine. A symbolic link
    leading out of the folder gives an error record (type ``outside_folder``) and is not read.
    """
    from extractor.sources import folder_inputs

    yield from extract_inputs(folder_inputs(folder), settings, jobs, info, warc=warc)


def is_error(record: dict) -> bool:
    return "error" in record
