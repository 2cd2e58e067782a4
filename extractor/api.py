"""The Python API: the same operations as the CLI, under the same names."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from extractor.article import ArticleError, read_article
from extractor.database import db_stats as db_stats  # the Python name of `extractor db stats`
from extractor.database import open_database as open_database  # what --db writes with
from extractor.fetch import is_url
from extractor.nlp import parse
from extractor.record import build_record, error_record, source_dict
from extractor.settings import Settings
from extractor.sources import InputError, RawInput, folder_files, read_input


def extract(content: str | bytes, *, url: str | None = None, published: str | None = None,
            path: str | None = None, settings: Settings | None = None) -> dict:
    """The record of one article given as HTML or plain text (str or bytes).

    >>> record = extract("Twitter suspended 1,500 accounts on Tuesday.", published="2018-10-25")
    >>> record["events"][0]["platform"], record["events"][0]["targets"][0]["count"]
    ('Twitter', 1500)

    Raises ``ArticleError`` when the content holds no article text.
    """
    settings = settings or Settings()
    article = read_article(content, url=url, published=published, settings=settings)
    doc = parse(article.text, settings.model)
    return build_record(article, doc, source_dict(path, url))


def extract_raw(raw: RawInput, settings: Settings) -> dict:
    """A record for one raw input; an error record when it cannot be processed. Never raises."""
    try:
        return extract(raw.content, url=raw.url, path=raw.path, settings=settings)
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
        is_remote = is_url(item)
        return error_record(source_dict(None if is_remote else item, item if is_remote else None),
                            e.kind, e.message)
    return extract_raw(raw, settings)


def extract_inputs(items: Iterable[str], settings: Settings | None = None,
                   workers: int = 1) -> Iterator[dict]:
    """Records for several named inputs, in order; ``workers`` > 1 runs that many processes
    (standard input, '-', is always read in this process, so it keeps one)."""
    from extractor.runner import run

    settings = settings or Settings()
    items = list(items)
    yield from run(items, settings, 1 if "-" in items else workers)


def batch(folder: str, settings: Settings | None = None, workers: int = 1) -> Iterator[dict]:
    """Records for every article file under a folder, recursively, in path order.

    ``workers`` > 1 runs that many processes (each loads the model once); the records come in
    the same order and are the same whatever the number of workers.
    """
    from extractor.runner import run

    settings = settings or Settings()
    yield from run((str(path) for path in folder_files(folder)), settings, workers)


def is_error(record: dict) -> bool:
    return "error" in record
