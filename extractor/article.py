"""Article: the text and metadata of one input, from HTML (trafilatura) or plain text.

The article text is what every offset in a record points into. It is built
deterministically from the input: the title, a blank line, then the body (for
plain text the file less its front matter or ``date:``/``url:``/``title:`` header lines, with
Markdown and stray HTML reduced to their words: see ``extractor.markup``).
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field

import trafilatura

from extractor.datelines import dateline_date
from extractor.markup import front_matter, plain_words
from extractor.settings import Settings
from extractor.trafilatura_speedups import for_records
from extractor.trafilatura_speedups import install as install_trafilatura_speedups

install_trafilatura_speedups()  # same output, less time on pages with large broken JSON-LD

HTML_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})\b", re.IGNORECASE)
HEADER_LINE = re.compile(r"^(date|url|title|published|source|outlet|author|authors)\s*:\s*(.*)$",
                         re.IGNORECASE)
# other header lines of a blog engine's text files (Pelican: 'Tags:', 'Summary:'), passed over
OTHER_HEADER_LINE = re.compile(r"^(tags|category|categories|slug|summary|status|modified|lang|save_as)\s*:",
                               re.IGNORECASE)
DECLARED_CHARSET = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([\w.:-]+)""", re.IGNORECASE)
TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                 "source",
                 "track", "wbr"}
# front matter keys -> the header names of plain text ('date:', 'url:', 'title:', 'outlet:')
FRONT_MATTER_FIELDS = {"title": "title", "date": "date", "published": "published",
                       "pubdate": "published", "published_date": "published", "publication_date": "published",
                       "pub_date": "published", "published_at": "published", "datepublished": "published",
                       "date_published": "published",
                       "url": "url", "link": "url", "canonical_url": "url", "source": "outlet",
                       "outlet": "outlet", "publisher": "outlet", "site_name": "site", "author": "author",
                       "authors": "author", "byline": "author"}
# labelled lines of metadata near the top of a saved text ('+ Date: ...'): label -> header name
LISTED_FIELDS = {"date": "date", "published": "date", "published on": "date", "posted on": "date",
                 "publication date": "date", "link": "url", "url": "url", "source": "outlet"}
LISTED_FIELD = re.compile(r"^\s*[+*•-]?\s*(" + "|".join(sorted(LISTED_FIELDS, key=len, reverse=True))
                          + r")\s*:\s*(.*)$", re.IGNORECASE)
LISTED_METADATA_LINES = 20
# 'Headline - CNET', 'Headline | The Verge': up to four capitalised words after a dash or bar
OUTLET_SUFFIX = re.compile(r"^(?P<title>.*\S)\s+[-|–—]\s+(?P<outlet>(?:The\s+)?[A-Z0-9][\w.&'’]*"
                           r"(?:\s+[A-Z0-9][\w.&'’]*){0,3})\s*$")
BINARY_SAMPLE = 8192  # characters (or bytes) looked at to tell binary data from text
PARSER_MAX_DEPTH = 256  # libxml2's default limit for nesting, which lxml (and so trafilatura) keeps
DOCUMENT_ROOT = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
HTML_BODY = re.compile(r"<(?:html|body|p|div|article|main|section|table)\b", re.IGNORECASE)
HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml|<meta|<div|<article|<!--)",
                        re.IGNORECASE)


class ArticleError(ValueError):
    """The input holds no article text that can be read."""


class TextTooLong(ArticleError):
    """The article text is longer than ``Settings.max_text_chars``: not analysed, so that a
    worker's memory stays bounded (it grows with the text analysed)."""


@dataclass
class Article:
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def metadata(self) -> dict:
        return {
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "outlet": self.outlet,
            "authors": self.authors,
            "language": self.language,
            "text_sha256": self.text_sha256,
        }


def declared_name(content: bytes) -> str | None:
    """The name of the character set a page declares (``<meta charset>``, ``http-equiv`` or an
    XML prolog) in its first 4 KB, as written."""
    m = DECLARED_CHARSET.search(content[:4096])
    return m.group(1).decode("ascii", errors="ignore") if m else None


def declared_charset(content: bytes) -> str | None:
    """The character set a page declares, if Python knows it."""
    name = declared_name(content)
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_bom(content: bytes) -> str | None:
    """UTF-16 or UTF-32 text that starts with its byte-order mark (its NULs are no sign of binary)."""
    for bom, codec in BOMS:
        if content.startswith(bom):
            try:
                return content.decode(codec)
            except UnicodeDecodeError as e:
                raise ArticleError(f"not valid {codec.upper()} text after its byte-order mark "
                                   f"(at offset {e.start})") from e
    return None


def decode(content: str | bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else the character set the page declares.

    Raises ArticleError for bytes that are neither (naming the first bad byte): guessing an
    encoding would put wrong characters into the record without anyone knowing.
    """
    if isinstance(content, str):
        return content
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = e
    charset = declared_charset(content)
    if charset and charset not in ("utf-8", "utf-8-sig"):
        try:
            return content.decode(charset)
        except UnicodeDecodeError:
            pass
    name = declared_name(content)
    if charset:
        declared = f"nor the declared {charset}"
    elif name:
        declared = f"and the declared character set '{name}' is unknown"
    else:
        declared = "and no character set is declared"
    raise ArticleError(f"not valid UTF-8 text (byte 0x{content[bad.start]:02x} at offset {bad.start}) "
                       f"{declared}")


def looks_binary(text: str) -> bool:
    """Binary data rather than text: a NUL, or more than 1% control or undecodable characters."""
    sample = text[:BINARY_SAMPLE]
    if "\x00" in sample:
        return True
    return len(ODD_CHARACTER.findall(sample)) > len(sample) / 100


# a control character other than \t \n \v \f \r, or the replacement character (undecodable)
ODD_CHARACTER = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def looks_like_html(content: str | bytes) -> bool:
    head = content[:2048]
    if isinstance(head, str):
        head = head.encode("utf-8", errors="ignore")
    return bool(HTML_START.match(head)) or b"<html" in head.lower()


def normalise_text(text: str) -> str:
    """Unify line endings and strip trailing spaces; keep paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# a line break inside a sentence: after a word or a comma, before a word in lower case
WRAPPED = re.compile(r"(?<=[\w,;\-–—])\n(?=[a-z])")
# in a text wrapped at a fixed width, a break after a word or comma is inside a sentence whatever
# follows ('the power of the Turkish\nRepublic', 'said,\n"I woke up'); a stop ends the line's sentence
WRAPPED_ANY = re.compile(r"(?<=[\w,;])\n(?=[\w\"“‘'(])")
SINGLE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
WRAPPED_SHARE = 0.25  # of single line breaks inside sentences, for a text to count as wrapped
WRAPPED_MIN = 3


def unwrapped(text: str) -> str:
    """Text saved with its lines wrapped at a fixed width (mail, mailing lists, old reprints):
    a line break inside a sentence becomes a space, so that a sentence or a quotation read across
    lines is one; the text keeps its length, and every offset into it stays true."""
    inside = len(WRAPPED.findall(text))
    if inside >= WRAPPED_MIN and inside >= WRAPPED_SHARE * len(SINGLE_BREAK.findall(text)):
        return WRAPPED_ANY.sub(" ", WRAPPED.sub(" ", text))
    return WRAPPED.sub(" ", text)


def from_plain_text(raw: str, *, url: str | None = None, published: str | None = None) -> Article:
    """Plain text: optional front matter or leading header lines, then the first line is the
    title; Markdown and stray HTML are reduced to their words (``extractor.markup``)."""
    front, raw = front_matter(normalise_text(raw))
    meta = {FRONT_MATTER_FIELDS[k]: v for k, v in front.items() if k in FRONT_MATTER_FIELDS}
    lines = normalise_text(plain_words(raw)).split("\n")
    headers = 0
    while lines:
        m = HEADER_LINE.match(lines[0])
        if not m and not (headers and OTHER_HEADER_LINE.match(lines[0])):
            break
        if m:
            meta[m.group(1).lower()] = m.group(2).strip()
            headers += 1
        lines.pop(0)
    while lines and not lines[0].strip():
        lines.pop(0)
    text = unwrapped("\n".join(lines).strip())
    if not text:
        raise ArticleError("no article text")
    title = meta.get("title") or lines[0].strip()
    if meta.get("title") and not text.startswith(meta["title"]):
        text = f"{meta['title']}\n\n{text}"
    for key, value in listed_metadata(lines):
        meta.setdefault(key, value)
    title, suffix, text = without_outlet_suffix(title, text)
    return Article(
        text=text,
        title=title,
        url=url or meta.get("url") or None,
        # a saved page's front matter may hold the day it was fetched as 'date' beside the day it
        # was published: the publication date wins
        published=published or normalise_date(meta.get("published") or meta.get("date"))
        or date_in_url(url or meta.get("url")) or normalise_date(dateline_date(lines)),
        outlet=meta.get("outlet") or meta.get("source") or suffix or meta.get("site"),
        authors=author_names(meta.get("author") or meta.get("authors")),
    )


URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|$)")


def date_in_url(url: str | None) -> str | None:
    """'https://example.com/2017/10/30/story': the day a news site's address gives its article,
    for a saved text that states no date of its own."""
    m = URL_DATE.search(url or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def author_names(byline: str | None) -> list[str]:
    """'Jane Roe and John Doe', 'By Jane Roe; John Doe', "['Jane Roe']": the authors a byline names."""
    byline = re.sub(r"^\W*by\s+", "", (byline or "").strip(" []'\""), flags=re.IGNORECASE)
    byline = re.sub(r"^(?:dr|mr|mrs|ms|prof)\.?\s+", "", byline, flags=re.IGNORECASE)
    return [a.strip(" '\"") for a in re.split(r";|,|\band\b", byline) if a.strip(" '\"")]


def listed_metadata(lines: list[str]) -> list[tuple[str, str]]:
    """'+ Date: 2021-12-05T04:50:00-05:00', '* Source: Bleeping Computer', 'Published: May 3,
    2020': metadata that a saved article lists as labelled lines near its top, read (the lines
    stay in the text) as the header names of plain text."""
    found = []
    for line in lines[:LISTED_METADATA_LINES]:
        m = LISTED_FIELD.match(line)
        if m and m.group(2).strip():
            found.append((LISTED_FIELDS[m.group(1).lower()], m.group(2).strip()))
    return found


def without_outlet_suffix(title: str, text: str) -> tuple[str, str | None, str]:
    """'Twitter bans X - CNET', 'Y | Reuters': the title without the outlet's name after it, that
    name, and the text with its first line (the title) cut the same way. A lower-case tail ('-
    report') is part of the title."""
    m = OUTLET_SUFFIX.match(title)
    if not m:
        return title, None, text
    short = m.group("title")
    return short, m.group("outlet"), short + text[len(title):] if text.startswith(title) else text


def normalise_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from a metadata date, or None."""
    if not value:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value.strip())
    if m:
        return m.group(1)
    if not re.search(r"\b(1[89]|20)\d\d\b", value):
        return None  # 'yesterday', 'Tuesday': nothing to read without today's clock
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


def from_html(html: str, *, url: str | None = None, published: str | None = None,
              settings: Settings | None = None) -> Article:
    """HTML: trafilatura's main text (no navigation, sidebars or link boxes) and metadata."""
    settings = settings or Settings()
    document = None
    # precision first (no boilerplate); where that finds nothing, trafilatura's default balance;
    # a saved fragment of a page (several <div>s, no <html> or <body>) is read whole inside a body:
    # unwrapped, the HTML parser keeps only its first element (a header, say)
    tries = [(html, True), (html, False)]
    if not DOCUMENT_ROOT.search(html) and HTML_BODY.search(html):
        tries.append((f"<html><body>{html}</body></html>", False))
    for page, favor_precision in tries:
        with for_records():  # same text and fields, less time (extractor.trafilatura_speedups)
            document = trafilatura.bare_extraction(
                page,
                url=url,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                favor_precision=favor_precision,
                deduplicate=False,  # True keeps a process-wide cache: the text would depend on earlier pages
                config=settings.trafilatura_config(),
            )
        if document is not None and (document.text or "").strip():
            break
    if document is None or not (document.text or "").strip():
        depth = nesting_depth(html)
        if depth > PARSER_MAX_DEPTH:
            raise ArticleError(f"no article text could be read: the HTML is nested {depth} elements deep, "
                               f"and the HTML parser (libxml2) stops at {PARSER_MAX_DEPTH}")
        raise ArticleError("trafilatura found no article text in the HTML")
    body = normalise_text(document.text)
    title = (document.title or "").strip() or None
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    suffix = None
    if title:
        title, suffix, text = without_outlet_suffix(title, text)
    authors = [a.strip() for a in re.split(r";|\band\b", document.author or "") if a.strip()]
    return Article(
        text=text,
        title=title,
        url=document.url or url or None,  # the page's canonical link, else the URL it was read from
        published=published or normalise_date(document.date),
        outlet=(document.sitename or "").strip() or suffix,
        authors=authors,
        language=document.language or html_language(html),
    )


def nesting_depth(html: str) -> int:
    """How deeply the page's elements nest (void elements and self-closed tags not counted)."""
    depth = deepest = 0
    for m in TAG.finditer(html):
        closing, name, self_closed = m.group(1), m.group(2).lower(), m.group(3)
        if name in VOID_ELEMENTS or self_closed:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def html_language(html: str) -> str | None:
    """The language the page declares (``<html lang="en-GB">`` gives "en"), or None."""
    m = HTML_LANG.search(html[:5000])
    return m.group(1).lower() if m else None


def read_article(content: str | bytes, *, url: str | None = None, published: str | None = None,
                 settings: Settings | None = None) -> Article:
    """The article in ``content`` (HTML or plain text, str or bytes)."""
    if isinstance(content, bytes):
        content = decode_bom(content) or content
    # binary data is told apart before decoding: its bytes are not UTF-8 either, but that is not the news
    if looks_binary(content[:BINARY_SAMPLE].decode("latin-1") if isinstance(content, bytes) else content):
        raise ArticleError("binary data, not text or HTML")
    # NUL past the binary sample: no text format holds it (PostgreSQL refuses it); every offset
    # refers to the text without it
    text = decode(content).replace("\x00", "")
    if not text.strip():
        raise ArticleError("the input is empty")
    if looks_like_html(text):
        try:
            return from_html(text, url=url, published=published, settings=settings)
        except ArticleError:
            if HTML_BODY.search(text):
                raise
            # '<!--t Title t-->' and Markdown after it: a text that only opens like HTML
    return from_plain_text(text, url=url, published=published)
