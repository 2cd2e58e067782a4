"""A platform's own newsroom: 'we' in an article published on the platform's site is the platform
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.newsrooms import newsroom_platform

POST = ("Disrupting a covert influence operation\n\nAugust 16, 2024\n\n"
        "This week we identified and took down a cluster of accounts that were generating content "
        "for a covert influence operation. We have banned these accounts from using our services.")


@pytest.mark.parametrize(("url", "platform"), [
    ("https://openai.com/index/disrupting-a-covert-operation", "OpenAI"),
    ("https://www.openai.com/index/x", "OpenAI"),
    ("https://about.fb.com/news/2024/05/threat-report/", "Facebook"),
    ("https://blog.youtube/news-and-events/x", "YouTube"),
    ("https://example.com/openai.com/x", None),
    ("https://openai.com.example.net/x", None),
    ("https://github.com/someone/blog", None),  # a host of users' pages: 'we' is the user
    (None, None),
    ("not a url", None),
])
def test_newsroom_platform_of_a_url(url: str | None, platform: str | None) -> None:
    assert newsroom_platform(url) == platform


def test_we_in_a_platforms_own_newsroom_is_the_platform() -> None:
    record = extract(POST, url="https://openai.com/index/disrupting-a-covert-operation",
                     published="2024-08-16")
    assert {e["platform"] for e in record["events"]} == {"OpenAI"}
    assert "account" in {t["type"] for e in record["events"] for t in e["targets"]}
    # the same words on anyone else's site name no platform: no event
    assert extract(POST, url="https://example.com/blog/disrupting", published="2024-08-16")["events"] == []


def test_chatgpt_accounts_are_openais() -> None:
    record = extract("Accounts\n\nDozens of ChatGPT accounts were taken down on Friday.",
                     published="2024-08-16")
    assert [(e["platform"], e["action"]) for e in record["events"]] == [("OpenAI", "remove")]
