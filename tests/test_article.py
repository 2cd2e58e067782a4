"""Article reading (HTML via trafilatura, plain text with header lines) and the Python API."""
from __future__ import annotations

import json

import pytest

import extractor
from extractor.article import ArticleError, decode, from_plain_text, looks_binary, read_article
from tests.helpers import ARTICLE_HTML, ARTICLE_SENTENCE


def test_html_main_text_and_metadata() -> None:
    article = read_article(ARTICLE_HTML.encode())
    assert article.title == "Twitter suspends spam accounts"
    assert article.text.startswith("Twitter suspends spam accounts\n")  # the <h1> repeats the title
    assert ARTICLE_SENTENCE in article.text
    assert "Home" not in article.text and "Copyright" not in article.text  # navigation, footer dropped
    assert article.published == "2018-10-25"
    assert article.outlet == "Example News"


def test_plain_text_header_lines() -> None:
    raw = "Title: A headline\nDate: 25 October 2018\nURL: https://example.org/a\n\nBody first line.\nMore."
    article = read_article(raw)
    assert article.title == "A headline"
    assert article.published == "2018-10-25"
    assert article.url == "https://example.org/a"
    assert article.text == "A headline\n\nBody first line.\nMore."
    assert "Date:" not in article.text


def test_front_matter_author_and_the_writers_account() -> None:
    raw = ("---\ntitle: Locked out\nauthor: Dr Jane Example\ndate: 2025-12-13\n---\n\nLocked out\n\n"
           "Apple locked my account on Monday without any warning.\n")
    assert read_article(raw).authors == ["Jane Example"]
    record = extractor.extract(raw)
    # the writer's account is named by the one author; the evidence is the writer's word for it
    assert [(a["name"], a["evidence"]["text"]) for e in record["events"] for a in e["named_accounts"]] == [
        ("Jane Example", "my")]
    # with no author, the writer's account stays unnamed
    record = extractor.extract(raw.replace("author: Dr Jane Example\n", ""))
    assert [a for e in record["events"] for a in e["named_accounts"]] == []


def test_blog_engine_header_lines_give_the_author() -> None:
    raw = ("Title: Not a human\nDate: 2016-09-11 23:47\nTags: Example\nAuthor: Jane Example\nSummary: A post."
           "\n\nGitHub hid my profile on Monday.\n")
    article = read_article(raw)
    assert (article.title, article.published) == ("Not a human", "2016-09-11")
    assert article.authors == ["Jane Example"]
    assert article.text == "Not a human\n\nGitHub hid my profile on Monday."


def test_a_text_that_only_opens_like_html_is_read_as_text() -> None:
    raw = ("<!--t On Example Stores t-->\n<!--tag 2018,opinions tag-->\n\nValve removed the game Example "
           "Quest from Steam on Friday, the developer said.\n\nMore **words** here.\n")
    article = read_article(raw)
    assert "<!--" not in article.text and "Valve removed the game Example Quest" in article.text
    assert "**" not in article.text
    # a real page with no article text still says so
    with pytest.raises(ArticleError):
        read_article("<!-- c --><html><body><div></div></body></html>")


def test_explicit_published_and_url_win() -> None:
    article = read_article("Date: 2018-10-25\n\nHeadline\n\nBody.", published="2020-01-02", url="https://x.org/")
    assert article.published == "2020-01-02"
    assert article.url == "https://x.org/"


def test_decode_utf8_or_the_declared_charset() -> None:
    assert decode("caf\u00e9".encode()) == "caf\u00e9"
    assert decode("\ufeffbom".encode()) == "bom"
    page = '<html><head><meta charset="windows-1252"></head><body>caf\u00e9 \u2019</body></html>'
    assert decode(page.encode("cp1252")) == page
    legacy = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>na\u00efve</p>'
    assert decode(legacy.encode("latin-1")) == legacy


def test_decode_refuses_undeclared_non_utf8() -> None:
    with pytest.raises(ArticleError, match=r"not valid UTF-8 text \(byte 0xe9 at offset 3\) and no"):
        decode("caf\u00e9 au lait".encode("cp1252"))


@pytest.mark.parametrize("text", ["ordinary text\twith a tab\n", "caf\u00e9 \u201cquoted\u201d\f page"])
def test_text_is_not_binary(text: str) -> None:
    assert not looks_binary(text)


@pytest.mark.parametrize("content", [b"", b"   \n\t ", b"\x00\x01\x02\x03binary",
                                     b"\x7fELF\x02\x01\x01\x00" * 50])
def test_empty_or_binary_content_raises(content: bytes) -> None:
    with pytest.raises(ArticleError):
        read_article(content)


def test_html_without_article_text_raises() -> None:
    with pytest.raises(ArticleError):
        read_article("<!DOCTYPE html><html><head><title></title></head><body><div></div></body></html>")


def test_api_extract_str_and_bytes_agree() -> None:
    text = "Spam network taken down\n\n" + ARTICLE_SENTENCE
    from_str = extractor.extract(text, published="2018-10-25")
    from_bytes = extractor.extract(text.encode("utf-8"), published="2018-10-25")
    assert from_str == from_bytes
    assert from_str["source"] == {"path": None, "url": None, "sha256": None}
    assert from_str["article"]["published"] == "2018-10-25"
    [event] = from_str["events"]
    assert (event["platform"], event["action"]) == ("Twitter", "suspend")
    assert event["targets"][0]["count"] == 1500
    assert extractor.violations(from_str) == []


def test_api_extract_docstring_example() -> None:
    record = extractor.extract("Twitter suspended 1,500 accounts on Tuesday.", published="2018-10-25")
    assert (record["events"][0]["platform"], record["events"][0]["targets"][0]["count"]) == ("Twitter", 1500)


def test_api_extract_keeps_url_and_path() -> None:
    record = extractor.extract(ARTICLE_HTML, url="https://example.org/story", path="saved/story.html")
    assert record["source"] == {"path": "saved/story.html", "url": "https://example.org/story",
                                "sha256": None}
    assert record["article"]["url"] == "https://example.org/story"


def test_api_extract_raises_on_no_text() -> None:
    with pytest.raises(ArticleError):
        extractor.extract("   ")


def test_offsets_point_into_the_article_text() -> None:
    """Every evidence span's text is the article text at its offsets (checked via the sha256)."""
    import hashlib

    text = "Spam network taken down\n\n" + ARTICLE_SENTENCE
    record = extractor.extract(text)
    article = read_article(text)
    assert hashlib.sha256(article.text.encode()).hexdigest() == record["article"]["text_sha256"]
    assert record["article"]["text_length"] == len(article.text)
    for event in record["events"]:
        for span in event["evidence"]:
            assert article.text[span["start"]:span["end"]] == span["text"]
        for target in event["targets"]:
            if "evidence" in target:
                ev = target["evidence"]
                assert article.text[ev["start"]:ev["end"]] == ev["text"]


MARKDOWN_ARTICLE = """---
title: "Twitter suspends a spam ring"
date: 2020-05-01
source: Example Wire
---
# Twitter suspends a spam ring

Twitter suspended the account [@spam_king](https://twitter.com/spam_king) and **40 others** on
Tuesday, a [Twitter](/e/twitter) spokesperson said.<br>Read more at [news/2019/05](https://a.example/news/2019/05).

> "We removed them," the company said.

![a photo](photo.png)
[1]: https://a.example/ref
"""


def test_markdown_text_is_read_as_its_words() -> None:
    article = read_article(MARKDOWN_ARTICLE)
    assert (article.title, article.published, article.outlet) == (
        "Twitter suspends a spam ring", "2020-05-01", "Example Wire")
    assert article.text == (
        "Twitter suspends a spam ring\n\n"
        "Twitter suspended the account @spam_king and 40 others on\n"
        "Tuesday, a Twitter spokesperson said.\nRead more at news/2019/05.\n\n"
        "\"We removed them,\" the company said.")


def test_markdown_offsets_point_into_the_clean_text() -> None:
    record = extractor.extract(MARKDOWN_ARTICLE)
    text = read_article(MARKDOWN_ARTICLE).text
    names = [a for e in record["events"] for a in e["named_accounts"]]
    assert [a["name"] for a in names] == ["@spam_king"]
    assert all(text[a["evidence"]["start"]:a["evidence"]["end"]] == a["evidence"]["text"] for a in names)
    assert "](" not in json.dumps(record)


def test_plain_text_without_markup_is_unchanged() -> None:
    text = "Headline\n\nA snake_case_name, 2*3*4 and an email a_b@c.d stay as they are."
    assert read_article(text).text == text


def test_text_wrapped_at_a_fixed_width_is_read_as_sentences() -> None:
    raw = ("Account gone\n\nThe service's statement said: \"Because there was no other choice,\n"
           "access to the account was blocked in line with the rules,\" a spokesman\n"
           "said on Monday. Twitter suspended the account.\n")
    article = from_plain_text(raw)
    assert "no other choice, access to" in article.text
    assert "\n\n" in article.text  # paragraphs stay
    record = extractor.extract(raw, published="2021-06-15", with_text=True)
    quote = record["quotes"][0]
    assert quote["text"].startswith("Because there was no other choice, access")
    assert record["text"][quote["start"]:quote["end"]] == quote["text"]


def test_a_wrapped_text_joins_lines_before_capitals_and_quotes_too() -> None:
    """In a text wrapped at a fixed width (most breaks fall inside sentences), a break after a word
    or a comma joins the next line whatever it opens with; a break after a stop stays."""
    raw = ("Ban lifted\n\nThe minister said the ban\nwould go and that the\nplatform would be back\n"
           "within a day. The court agreed\nwith him.\n\"I do not care what the international\n"
           "community says. Everyone will see the power of the Turkish\nRepublic,\" he said,\n"
           "\"and the ban stays.\"\n")
    text = from_plain_text(raw).text
    assert "the Turkish Republic" in text and 'he said, "and' in text
    assert "within a day. The court agreed with him.\n" in text
    short = "Headline\nFirst line of a poem\nSecond line\n"  # no break inside a sentence: nothing joined
    assert from_plain_text(short).text == short.strip()


def test_looks_binary_counts_as_the_character_by_character_rule() -> None:
    """The odd characters are counted by one expression: the same count as the rule written out."""
    import random

    def by_hand(text: str) -> bool:
        sample = text[:8192]
        odd = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\ufffd")
        return "\x00" in sample or odd > len(sample) / 100

    rnd = random.Random(3)
    alphabet = [chr(c) for c in range(1, 0x21)] + ["\ufffd", "a", "\u00e9", "\x7f", "\u2028"] + ["b"] * 60
    answers = set()
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300)))
        assert looks_binary(text) == by_hand(text), repr(text)
        answers.add(by_hand(text))
    assert answers == {True, False}


def test_front_matter_folded_title_and_the_date_in_the_address() -> None:
    raw = ("---\ntitle: >-\n  A forum was banned by a platform after a week\n  of complaints\n"
           "url: https://news.example.com/2019/03/07/forum-banned\n---\n\nThe forum was banned on Tuesday.\n")
    article = from_plain_text(raw)
    assert article.title == "A forum was banned by a platform after a week of complaints"
    assert article.published == "2019-03-07"  # no date field: the address gives the day
    dated = from_plain_text(raw.replace("url:", "date: 2019-03-08\nurl:"))
    assert dated.published == "2019-03-08"  # a stated date wins
    assert from_plain_text(raw.replace("2019/03/07", "2019/story")).published is None


def test_pandoc_attributes_after_links_and_spans_are_markup() -> None:
    article = from_plain_text("Files\n\nThe [Facebook Files](https://example.com/files){.u-underline} show "
                              "its [rules on abuse]{.u-underline} for the first time.\n")
    assert "The Facebook Files show its rules on abuse for the first time." in article.text


def test_front_matter_lists_of_authors_and_hugo_toml() -> None:
    raw = ("---\ntitle: Suspended\nauthors:\n  - \"Jane Example\"\ndate: 2022-11-02\ntags: [a, b]\n---\n\n"
           "Suspended\n\nTwitter suspended my account on Monday.\n")
    article = read_article(raw)
    assert (article.title, article.published, article.authors) == (
        "Suspended", "2022-11-02", ["Jane Example"])
    nested = raw.replace('authors:\n  - "Jane Example"', "author:\n  name: Jane Example\n  url: https://e.org")
    assert read_article(nested).authors == ["Jane Example"]
    toml = ('+++\ntitle = "Video flagged"\ndate = "2014-06-26T08:00:37"\nauthors = ["Jane Example"]\n'
            "draft = false\n+++\n\nLast week YouTube removed one of my videos.\n")
    article = read_article(toml)
    assert (article.title, article.published, article.authors) == ("Video flagged", "2014-06-26",
                                                                    ["Jane Example"])
    assert "+++" not in article.text and "draft" not in article.text


def test_a_toml_block_that_is_no_valid_toml_gives_no_fields_but_the_text_is_read() -> None:
    raw = "+++\ntitle = \"Unclosed\ndate = 2014-06-26\n+++\n\nBanned\n\nTwitter banned the account.\n"
    article = read_article(raw)
    assert (article.title, article.published) == ("Banned", None)
    assert "+++" not in article.text and article.text.endswith("Twitter banned the account.")


def test_a_saved_fragment_of_a_page_is_read_inside_a_body() -> None:
    """A page's export kept as a fragment: one <div> holding the header and the article, no <html>
    or <body>. trafilatura reads no text from it as it stands; inside a body, the article is there."""
    paragraph = ("Discord banned the account of the suspect and removed the server where the plans "
                 "were posted, the company said in a statement on Monday, adding that it would keep "
                 "working with the authorities. ")
    html = ('<div class="grid-branding"><div class="title-wrapper"><div><h1>Our Response</h1></div>'
            '<div class="rich-text">' + "".join(f"<p>{paragraph}Point {i}.</p>" for i in range(4))
            + "</div></div></div>")
    article = read_article(html)
    assert article.text.startswith("Our Response\n\nDiscord banned the account of the suspect")
    record = extractor.extract(html, published="2022-05-16")
    assert [e["platform"] for e in record["events"]][:1] == ["Discord"]
