"""Markup in saved plain-text articles: the words a reader sees, without Markdown or stray HTML.

People keep articles as `.txt` or `.md` files copied from a site or a note-taking app: links
``[text](url)``, images ``![alt](url)``, ``**bold**``, ``_italic_``, ``# headings``, ``> quotes``,
YAML front matter, reference-link definitions, and HTML tags or entities left over from the page.
``front_matter`` reads a leading ``---`` block into header fields; ``plain_words`` keeps the
words and drops the markup, so that the record's text (which every offset points into) reads as
the article does. List bullets stay: they structure lists of names.
"""
from __future__ import annotations

import html
import re
import tomllib

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n)*?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
# Hugo's TOML front matter: '+++', then 'title = "..."' lines, then '+++'
TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(?P<body>(?:.*\n)*?)\+\+\+[ \t]*(?:\n|\Z)")
LIST_ITEM = re.compile(r"^\s+-\s+(?P<value>.*?)\s*$")  # '  - "Jane Roe"' under 'authors:'
NAME_FIELD = re.compile(r"^\s+name\s*:\s*(?P<value>.*?)\s*$")  # '  name: Jane Roe' under 'author:'
IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]*)\]\([^)\n]*\)")
LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"
                  r"(?:\{[.#][^}\n]*\})?")  # and Pandoc's attributes after it: '[text](url){.underline}'
REFERENCE_LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\[[^\]\n]*\]")
LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S+.*$", re.MULTILINE)
AUTOLINK = re.compile(r"<(?P<url>(?:https?|mailto):[^>\s]+)>")
HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
SETEXT_RULE = re.compile(r"^ {0,3}(?:=+|-{2,})[ \t]*$", re.MULTILINE)
RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", re.MULTILINE)
BLOCKQUOTE = re.compile(r"^ {0,3}>[ \t]?", re.MULTILINE)
STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1(?![\w*])")
EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(?P<text>[^*_\n]+?)(?<=\S)\1(?![\w*])")
CODE = re.compile(r"`(?P<text>[^`\n]+)`")
TAG = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>")
BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|tr)\b[^<>]*>", re.I)
SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
COMMENT = re.compile(r"<!--.*?-->", re.S)  # a blog engine's '<!--t Title t-->' header lines
MARKUP_HINT = re.compile(r"\]\(|\*\*|__|^#{1,6} |^---\s*$|<[a-zA-Z/][^>]*>|<!--|&[a-z]+;|&#\d+;|^ {0,3}>"
                         r"|\\[\"'\[\]*_]|\]\{", re.M)
SPAN_ATTRIBUTES = re.compile(r"\[(?P<text>[^\]\n]+)\]\{[.#][^}\n]*\}")  # Pandoc's '[text]{.underline}'
BACKSLASH_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!\"'<>|~])")  # '\"', "\'", '\[': the character


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The fields of a leading YAML (``---``) or TOML (``+++``) front matter block (lower-cased
    keys, plain values; a YAML list such as ``authors:`` with ``- name`` lines is read as its items
    joined by '; ', and ``author:`` with an indented ``name:`` as that name) and the text after it;
    no block: no fields and the text unchanged."""
    m = TOML_FRONT_MATTER.match(text)
    if m:
        return toml_fields(m.group("body")), text[m.end():]
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    key = None
    nested = None  # the key whose value is the indented lines below it ('authors:' then '- X')
    for line in m.group("body").splitlines():
        field = FRONT_FIELD.match(line)
        if key is not None and line[:1] in {" ", "\t"} and line.strip():
            # 'title: >-' and its indented lines: a folded (or literal) block, read as one line
            fields[key] = (fields.get(key, "") + " " + line.strip()).strip()
            continue
        item = LIST_ITEM.match(line) or NAME_FIELD.match(line)
        if nested is not None and item:
            value = item.group("value").strip("\"'")
            if value:
                fields[nested] = f"{fields[nested]}; {value}" if fields.get(nested) else value
            continue
        if nested is not None and line[:1] in {" ", "\t"}:
            continue
        key = nested = None
        if field and field.group("value") in BLOCK_SCALARS:
            key = field.group("key").lower()
        elif field and field.group("value"):
            fields[field.group("key").lower()] = field.group("value").strip().strip("\"'")
        elif field:
            nested = field.group("key").lower()
    return fields, text[m.end():]


def toml_fields(body: str) -> dict[str, str]:
    """'title = "..."', 'date = 2014-06-26T08:00:37', "authors = ['Jane Roe']": a TOML front
    matter's top-level fields (read with ``tomllib``) as plain values, a list's items joined by
    '; ' (tables such as '[params]' are not the article's); none when the block is no valid TOML."""
    try:
        data = tomllib.loads(body)
    except tomllib.TOMLDecodeError:
        return {}
    return {key.lower(): "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)
            for key, value in data.items() if not isinstance(value, dict)}


BLOCK_SCALARS = {">", ">-", ">+", "|", "|-", "|+"}


def plain_words(text: str) -> str:
    """The text without Markdown and HTML markup (text with none comes back unchanged)."""
    if not MARKUP_HINT.search(text):
        return text
    text = SCRIPT.sub("", text)
    text = COMMENT.sub("", text)
    text = BLOCK_TAG.sub("\n", text)
    text = TAG.sub("", text)
    text = LINK_DEFINITION.sub("", text)
    text = IMAGE.sub("", text)
    for _ in range(2):  # a link inside a link's text: '[**[X](u)**](v)'
        text = LINK.sub(lambda m: m.group("text"), text)
    text = REFERENCE_LINK.sub(lambda m: m.group("text"), text)
    text = SPAN_ATTRIBUTES.sub(lambda m: m.group("text"), text)
    text = AUTOLINK.sub(lambda m: m.group("url"), text)
    text = HEADING.sub(lambda m: m.group("text"), text)
    text = SETEXT_RULE.sub("", text)
    text = RULE.sub("", text)
    text = BLOCKQUOTE.sub("", text)
    text = CODE.sub(lambda m: m.group("text"), text)
    for _ in range(2):  # '***both***'
        text = STRONG.sub(lambda m: m.group("text"), text)
        text = EMPHASIS.sub(lambda m: m.group("text"), text)
    return html.unescape(BACKSLASH_ESCAPE.sub(lambda m: m.group(1), text))
