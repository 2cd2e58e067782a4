"""The Python API: the same operations as the CLI, under the same names."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.fetch import is_unsupported_scheme, is_url
from extractor.settings import Settings, parse_published

if TYPE_CHECKING:  # spaCy, trafilatura and SQLAlchemy are imported when first needed, not for --help
    from extractor.database import DatabaseSink, Stats
    from extractor.runner import RunInfo
    from extractor.sources import RawInput
    from extractor.warc import WarcRecord, WarcTally

# error kinds for which the input's bytes may have been read (a bad or too large gzip, a time
# limit, a worker that died): their record keeps the bytes' SHA-256 when the file can be read
READ_ERROR_KINDS = {"read_error", "too_large", "time_limit", "worker_died"}


def __getattr__(name: str) -> object:
    """``extractor.api.ArticleError`` and ``RecordInvalid``, imported on first use."""
    if name == "ArticleError":
        from extractor.article import ArticleError

        return ArticleError
    if name == "RecordInvalid":
        from extractor.schema import RecordInvalid

        return RecordInvalid
    raise AttributeError(f"module 'extractor.api' has no attribute {name!r}")


def open_database(target: str) -> DatabaseSink:
    """What --db writes with: a SQLite file or a PostgreSQL URL (see ``extractor.database``)."""
    from extractor.database import open_database as opened

    return opened(target)


def db_stats(target: str) -> Stats:
    """The Python name of `extractor db stats`."""
    from extractor.database import db_stats as stats

    return stats(target)


def extract(content: str | bytes, *, url: str | None = None, published: str | date | None = None,
            path: str | None = None, settings: Settings | None = None, sha256: str | None = None,
            with_text: bool | None = None) -> dict:
    """The record of one article given as HTML or plain text (str or bytes).

    ``published`` (YYYY-MM-DD or a ``date``, else ``settings.published``) wins over the date the
    page or the text's ``date:`` line gives; relative time expressions are resolved against it.
    ``with_text`` (else ``settings.with_text``): the record carries the article text as ``text``.

    >>> record = extract("Twitter suspended 1,500 accounts on Tuesday.", published="2018-10-25")
    >>> record["events"][0]["platform"], record["events"][0]["targets"][0]["count"]
    ('Twitter', 1500)

    Raises ``ValueError`` for a ``published`` that is not a real date (before reading anything),
    ``ArticleError`` when the content holds no article text.
    """
    from extractor.record import source_dict

    return _extract(content, url=url, published=published, settings=settings,
                    source=source_dict(path, url, sha256), with_text=with_text)


def _extract(content: str | bytes, *, url: str | None, published: str | date | None,
             settings: Settings | None, source: dict, crawl_date: str | None = None,
             with_text: bool | None = None) -> dict:
    from extractor.analyse import analyse
    from extractor.article import TextTooLong, read_article
    from extractor.newsrooms import newsroom_platform
    from extractor.record import build_record, published_date

    settings = settings or Settings()
    if published is not None:
        try:
            published = parse_published(published).isoformat()
        except ValueError as e:
            raise ValueError(f"published: {e}") from e
    elif settings.published is not None:
        published = settings.published.isoformat()
    article = read_article(content, url=url, published=published, settings=settings)
    if settings.max_text_chars and len(article.text) > settings.max_text_chars:
        raise TextTooLong(f"the article text is {len(article.text)} characters long, more than the "
                          f"{settings.max_text_chars} analysed")
    if article.published is None and crawl_date is not None:
        article.published = crawl_date  # a WARC record's crawl date, when the page gives none
    analysis = analyse(article.text, published_date(article), settings, newsroom_platform(article.url))
    text = settings.with_text if with_text is None else with_text
    return build_record(article, analysis.doc, source, analysis.screen, analysis.quotes, with_text=text)


def extract_warc_record(item: WarcRecord, settings: Settings) -> dict:
    """The record of one article record of a WARC file (``extractor.warc``); never raises."""
    from extractor.article import ArticleError, TextTooLong
    from extractor.record import error_record

    try:
        return _extract(item.content, url=item.url, published=None, settings=settings, source=item.source,
                        crawl_date=item.date)
    except TextTooLong as e:
        return error_record(item.source, "too_large", f"{item}: {e}")
    except ArticleError as e:
        return error_record(item.source, "article_error", f"{item}: {e}")
    except Exception as e:  # one bad input never stops the rest
        return error_record(item.source, "processing_error", f"{item}: {type(e).__name__}: {e}")


def extract_raw(raw: RawInput, settings: Settings) -> dict:
    """A record for one raw input; an error record when it cannot be processed. Never raises."""
    from extractor.article import ArticleError, TextTooLong
    from extractor.record import error_record

    try:
        return extract(raw.content, url=raw.url, path=raw.path, settings=settings, sha256=raw.sha256)
    except TextTooLong as e:
        return error_record(raw.source, "too_large", f"{raw.path or raw.url}: {e}")
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
        return input_error_record(item, e.kind, e.message, settings)
    return extract_raw(raw, settings)


def file_sha256(item: str, settings: Settings) -> str | None:
    """The SHA-256 of a named file's bytes, when it is a file within the size limit that reads."""
    from extractor.sources import sha256_of

    if item == "-" or is_url(item):
        return None
    try:
        path = Path(item)
        if not path.is_file() or path.stat().st_size > settings.max_bytes:
            return None
        return sha256_of(path.read_bytes())
    except OSError:
        return None


def input_error_record(item: object, kind: str, message: str, settings: Settings | None = None) -> dict:
    """The error record of a named input (or a WARC record) that gave no record of its own;
    ``source.sha256`` is set when the input's bytes were read (a bad gzip, a time limit), null
    when they were not."""
    from extractor.record import error_record, source_dict

    if not isinstance(item, str):  # a WARC record: its source says which file and where
        return error_record(item.source, kind, message)
    from extractor.sources import path_text

    is_remote = is_url(item) or is_unsupported_scheme(item)
    shown = path_text(item)  # a file name that is not UTF-8, written losslessly
    sha256 = file_sha256(item, settings or Settings()) if kind in READ_ERROR_KINDS else None
    return error_record(source_dict(None if is_remote else shown, shown if is_remote else None, sha256),
                        kind, message)


def extract_inputs(items: Iterable[str], settings: Settings | None = None, jobs: int = 1,
                   info: RunInfo | None = None, *, warc: WarcTally | None = None,
                   done: Mapping[str, str | None] | None = None) -> Iterator[dict]:
    """Records for several named inputs, in order; ``jobs`` > 1 runs that many processes
    (standard input, '-', is read in this process: with it, one job and no time limit).

    A ``.warc`` or ``.warc.gz`` file gives one record per article record in it (``warc``, when
    given, counts what its records were); ``done`` maps the keys of WARC records already
    written (``--resume``) to their body's SHA-256: those are not extracted again.
    ``settings.engine`` says where the work runs (``extractor.engines``). The API runs in this
    one process unless ``jobs`` says otherwise; the command line starts one worker per core
    unless ``--jobs`` says otherwise.
    """
    from extractor.engines import get_engine
    from extractor.runner import RunInfo
    from extractor.warc import WarcTally, expand

    settings = settings or Settings()
    items = list(items)
    if "-" in items:
        jobs, settings = 1, replace(settings, time_limit=0, max_memory=0, engine="local")
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
    ``jobs`` defaults to 1 (this process), where the command line defaults to one per core.
    """
    from extractor.sources import folder_inputs

    yield from extract_inputs(folder_inputs(folder), settings, jobs, info, warc=warc)


def is_error(record: dict) -> bool:
    return "error" in record


# ---------------------------------------------------------------- views: show and report

def show(item: str | None = None, *, record: dict | None = None, text: str | None = None,
         settings: Settings | None = None) -> str:
    """The article page (HTML) of ``extractor show``: every fact highlighted at its evidence offsets.

    Either ``item`` (a file, URL or '-': extracted now, the NLP runs), or a ``record`` already made:
    its text is ``text`` if given, else the record's ``text`` field, else its source read again
    (see ``extractor.views.text``). Raises ``TextNotFound`` when the text cannot be had or is not
    the record's (``article.text_sha256``), ``InputError`` or ``ArticleError`` for an unreadable item.
    """
    from extractor.article import read_article
    from extractor.sources import read_input
    from extractor.views import article_text, evidence_page
    from extractor.views.text import TextNotFound, sha256_text

    settings = settings or Settings()
    if record is None:
        if item is None:
            raise ValueError("show needs an input or a record")
        raw = read_input(item, settings)
        record = extract(raw.content, url=raw.url, path=raw.path, settings=settings, sha256=raw.sha256)
        text = read_article(raw.content, url=raw.url, settings=settings).text
    if text is None:
        text = article_text(record, settings)
    expected = record.get("article", {}).get("text_sha256")
    if expected and sha256_text(text) != expected:
        raise TextNotFound("the text given is not the record's article text (article.text_sha256 differs)")
    return evidence_page(record, text)


def report(records: str | None = None, *, db: str | None = None, base: str | None = None, top: int = 12,
           links: int = 20) -> str:
    """The batch report (HTML) of ``extractor report``, over a JSON Lines file of records or, with
    ``db``, the database written by ``--db``; aggregated in one pass. ``base``: the folder the report
    is written to (links to article files are made relative to it)."""
    from pathlib import Path

    from extractor.views import aggregate, report_page
    from extractor.views.records import database_records, jsonl_records

    if (records is None) == (db is None):
        raise ValueError("report needs a records file or a database, not both")
    problems: list[str] = []
    numbered = jsonl_records(records, problems) if records is not None else database_records(db)
    figures = aggregate(numbered, links_per_figure=links, top=top)
    return report_page(figures, str(records or db), Path(base) if base else None, top, problems,
                       "line" if records is not None else "article id")
