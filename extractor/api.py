"""The Python API: the same operations as the CLI, under the same names."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from extractor.analyse import analyse
from extractor.article import ArticleError, read_article
from extractor.database import db_stats as db_stats  # the Python name of `extractor db stats`
from extractor.database import open_database as open_database  # what --db writes with
from extractor.fetch import is_url
from extractor.record import build_record, error_record, published_date, source_dict
from extractor.runner import RunInfo, run
from extractor.settings import Settings
from extractor.sources import InputError, RawInput, folder_inputs, read_input


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
    settings = settings or Settings()
    if published is None and settings.published is not None:
        published = settings.published.isoformat()
    article = read_article(content, url=url, published=published, settings=settings)
    analysis = analyse(article.text, published_date(article), settings)
    return build_record(article, analysis.doc, source_dict(path, url, sha256), analysis.screen,
                        analysis.quotes)


def extract_raw(raw: RawInput, settings: Settings) -> dict:
    """A record for one raw input; an error record when it cannot be processed. Never raises."""
    try:
        return extract(raw.content, url=raw.url, path=raw.path, settings=settings, sha256=raw.sha256)
    except ArticleError as e:
        return error_record(raw.source, "article_error", f"{raw.path or raw.url}: {e}")
    except Exception as e:  # one bad input never stops the rest
        return error_record(raw.source, "processing_error",
                            f"{raw.path or raw.url}: {type(e).__name__}: {e}")


def extract_input(item: str, settings: Settings | None = None) -> dict:
    """A record for one named input (URL, file path or '-'); an error record on failure."""
    settings = settings or Settings()
    try:
        raw = read_input(item, settings)
    except InputError as e:
        return input_error_record(item, e.kind, e.message)
    return extract_raw(raw, settings)


def input_error_record(item: str, kind: str, message: str) -> dict:
    """The error record of a named input that gave no record of its own."""
    is_remote = is_url(item)
    return error_record(source_dict(None if is_remote else item, item if is_remote else None), kind, message)


def extract_inputs(items: Iterable[str], settings: Settings | None = None, jobs: int = 1,
                   info: RunInfo | None = None) -> Iterator[dict]:
    """Records for several named inputs, in order; ``jobs`` > 1 runs that many processes
    (standard input, '-', is read in this process: with it, one job and no time limit)."""
    settings = settings or Settings()
    items = list(items)
    if "-" in items:
        jobs, settings = 1, replace(settings, time_limit=0)
    yield from run(items, settings, jobs, info)


def batch(folder: str, settings: Settings | None = None, jobs: int = 1,
          info: RunInfo | None = None) -> Iterator[dict]:
    """Records for every article file under a folder, recursively, in path order.

    ``jobs`` > 1 runs that many processes (each loads the model once); the records come in
    the same order and are the same whatever the number of jobs. A symbolic link leading out
    of the folder gives an error record (type ``outside_folder``) and is not read.
    """
    settings = settings or Settings()
    yield from run(folder_inputs(folder), settings, jobs, info)


def is_error(record: dict) -> bool:
    return "error" in record
