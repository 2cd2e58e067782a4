"""The samples in samples/ give the records stored in samples/expected/, and the facts a reader
of each sample would write down by hand."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import extractor
from extractor.settings import Settings
from tests.helpers import SAMPLES

SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix in {".txt", ".html"})


def record_of(name: str) -> dict:
    return extractor.extract_input(str(Path("samples") / name))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_gives_its_expected_record(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SAMPLES.parent)
    expected = json.loads((SAMPLES / "expected" / f"{path.name}.json").read_text(encoding="utf-8"))
    record = record_of(path.name)
    expected.pop("extractor_version"), record.pop("extractor_version")
    assert record == expected


def events(record: dict) -> list[tuple]:
    return [(e["platform"], e["action"], [(t["type"], t["count"]) for t in e["targets"]],
             [(a["name"], a["followers"]) for a in e["named_accounts"]]) for e in record["events"]]


def test_youtube_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SAMPLES.parent)
    record = record_of("youtube-channels.html")
    assert record["article"]["title"] == "YouTube removes 2,400 channels tied to spam network"
    assert record["article"]["outlet"] == "Example Tech Daily"
    assert record["article"]["published"] == "2023-05-12"
    assert "Related stories" not in record["article"].get("title", "")
    assert events(record) == [
        ("YouTube", "remove", [("channel", 2400)], [("Crypto Daily Wins", 310000)]),
        ("YouTube", "reinstate", [("channel", 1)], [("Mira Castell", None)]),
    ]
    assert [(q["speaker"], q["speaker_platform"]) for q in record["quotes"]][:2] == [
        ("YouTube", "YouTube"), ("YouTube", "YouTube")]


def test_telegram_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SAMPLES.parent)
    record = record_of("telegram-channel.txt")
    assert record["article"]["url"] == "https://news.example.net/telegram-suspends-channel"
    assert events(record)[0][:2] == ("Telegram", "suspend")
    assert ("Northern Front News", 120000) in events(record)[0][3]
    # the posts it "also removed" from other channels are another occasion (extractor.occasions);
    # the minister's threat and Telegram's refusal are not events
    assert [e[:3] for e in events(record)][1] == ("Telegram", "remove", [("post", None)])
    assert len(record["events"]) == 2
    assert record["quotes"][0]["speaker"] == "Remi Vaughn"


def test_negative_sample_has_no_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SAMPLES.parent)
    record = record_of("weather-negative.txt")
    assert record["events"] == []
    # no platform near moderation wording: the screen stops it before parsing, quotes included
    assert (record["screen"], record["quotes"]) == ("no_platform_near_moderation_wording", [])
    whole = extractor.extract_input("samples/weather-negative.txt", Settings(screen=False))
    assert whole["events"] == [] and whole["screen"] == "off"
    assert whole["quotes"][0]["speaker"] == "Lena Ortiz"
