"""The seed sample (samples/seed-wired-occupy.txt): the facts it must yield, in process."""
from __future__ import annotations


def events_of(record: dict, platform: str, action: str) -> list[dict]:
    return [e for e in record["events"] if e["platform"] == platform and e["action"] == action]


def test_twitter_suspensions(seed_record: dict) -> None:
    counts = sorted(t["count"] for e in events_of(seed_record, "Twitter", "suspend") for t in e["targets"]
                    if t["type"] == "account")
    assert 80 in counts, counts
    assert 1500 in counts, counts


def test_facebook_pages_accounts_and_named_accounts(seed_record: dict) -> None:
    facebook = [e for e in seed_record["events"] if e["platform"] == "Facebook"]
    assert facebook, [e["platform"] for e in seed_record["events"]]
    event = next(e for e in facebook if any(t["count"] == 559 for t in e["targets"]))
    assert ("page", 559) in [(t["type"], t["count"]) for t in event["targets"]]
    assert ("account", 221) in [(t["type"], t["count"]) for t in event["targets"]]
    named = {a["name"]: a["followers"] for a in event["named_accounts"]}
    assert named.get("Free Thought Project") == 3_100_000, named
    assert named.get("End the Drug War") == 460_000, named


def test_seed_record_shape(seed_record: dict) -> None:
    assert seed_record["article"]["title"] == "Twitter bans left-wing accounts"
    assert seed_record["source"]["url"] is None
    assert seed_record["source"]["path"].endswith("seed-wired-occupy.txt")
    assert {e["platform"] for e in seed_record["events"]} <= {"Twitter", "Facebook"}
