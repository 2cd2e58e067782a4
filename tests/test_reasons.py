"""Reasons: the grounds of each event, who stated them, their DSA category; the seed article's
three expectations; no reason is a target, a group or a time phrase on the dev corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import extractor
from extractor.facts.reasons import CATEGORIES, category_of

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "moderation-event.schema.json"
DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev" / "articles"


def only_event(text: str, platform: str) -> dict:
    record = extractor.extract(text)
    events = [e for e in record["events"] if e["platform"] == platform]
    assert len(events) == 1, record["events"]
    return events[0]


def details(event: dict) -> list[tuple[str, str | None, str, bool]]:
    return [(d["text"], d["category"], d["stated_by"], d["claim"]) for d in event["reason_details"]]


# --- the seed article (samples/seed-wired-occupy.txt) ---

def seed_event(record: dict, platform: str, count: int) -> dict:
    return next(e for e in record["events"] if e["platform"] == platform
                and any(t["count"] == count for t in e["targets"]))


def test_seed_occupy_suspensions_crackdown_on_bots_and_fake_accounts(seed_record: dict) -> None:
    occupy = seed_event(seed_record, "Twitter", 80)
    assert any("crackdown on bots and fake accounts" in r for r in occupy["reasons"]), occupy["reasons"]
    assert "STATEMENT_CATEGORY_SCAMS_AND_FRAUD" in occupy["categories"]


def test_seed_1500_accounts_suspected_of_masquerading(seed_record: dict) -> None:
    accounts = seed_event(seed_record, "Twitter", 1500)
    assert any(r.startswith("suspected of being run by") and r.endswith("masquerading as liberal activists")
               for r in accounts["reasons"]), accounts["reasons"]


def test_seed_facebook_inauthentic_activity(seed_record: dict) -> None:
    facebook = seed_event(seed_record, "Facebook", 559)
    assert any("inauthentic activity" in r for r in facebook["reasons"]), facebook["reasons"]
    assert [d["stated_by"] for d in facebook["reason_details"]] == ["Facebook"]


def test_seed_occupy_complaint_is_their_claim_not_twitters_grounds(seed_record: dict) -> None:
    claims = [(e["targets"][0]["count"], d) for e in seed_record["events"] for d in e["reason_details"]
              if "speaking to each other" in d["text"]]
    assert len(claims) == 1, claims
    count, claim = claims[0]
    assert count == 80  # their own suspensions, not the 1,500 accounts
    assert claim["claim"] is True and claim["stated_by"] == "Members of the Occupy movement"
    assert all("speaking to each other" not in r for e in seed_record["events"] for r in e["reasons"])


# --- families of phrasing, on sentences of our own ---

@pytest.mark.parametrize(("text", "platform", "reason", "category"), [
    ("Twitter suspended 40 accounts for violating its policy on hateful conduct.",
     "Twitter", "violating its policy on hateful conduct", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"),
    ("YouTube removed 300 videos over vaccine misinformation.",
     "YouTube", "vaccine misinformation", "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"),
    ("Facebook banned the page, citing repeated copyright infringement.",
     "Facebook", "repeated copyright infringement", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"),
    ("Meta removed 52 accounts that it said engaged in coordinated inauthentic behavior.",
     "Facebook", "engaged in coordinated inauthentic behavior",
     "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"),
    ("TikTok removed 900 accounts as part of a crackdown on spam and scams.",
     "TikTok", "crackdown on spam and scams", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
    ("Reddit banned the community because of threats of violence against officials.",
     "Reddit", "threats of violence against officials", "STATEMENT_CATEGORY_VIOLENCE"),
    ("Twitter suspended 25 accounts used to send phishing links to journalists.",
     "Twitter", "used to send phishing links to journalists", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
    ("Locked out\n\nTwitter suspended the account of a congresswoman after she posted false claims "
     "about vaccines.", "Twitter", "posted false claims about vaccines",
     "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"),
    ("Suspended\n\nTwitter suspended six journalists last week. The company accused them of doxxing "
     "its owner.", "Twitter", "doxxing its owner",
     "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS"),
    ("Pulled\n\nYouTube took down the livestream for copyright reasons.", "YouTube", "copyright reasons",
     "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"),
    ("Suspended\n\nTwitter suspended the account of the group Proud Boys, which it described as a violent "
     "extremist group.", "Twitter", "described as a violent extremist group",
     "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"),
    ("Pulled\n\nTikTok removed 2,000 videos that promoted eating disorders, a spokesperson said.",
     "TikTok", "promoted eating disorders", "STATEMENT_CATEGORY_SELF_HARM"),
    ("Pulled\n\nYouTube banned the channel. \"This channel repeatedly violated our hate speech policy,\" a "
     "YouTube spokesperson said.", "YouTube", "violated our hate speech policy",
     "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"),
    ("Suspended\n\nTwitter suspended Roger Example for his abusive tweets about a news anchor.", "Twitter",
     "his abusive tweets about a news anchor", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"),
    ("Pulled\n\nApple pulled the app, saying it helped users evade censorship.", "App Store",
     "helped users evade censorship", "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE"),
    ("Cheaters\n\nBungie has banned more than 5,000 players for cheating in its game.", "Bungie",
     "cheating in its game", "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"),
    ("Store\n\nApple pulled VPN apps from its China App Store in compliance with a government crackdown.",
     "App Store", "compliance with a government crackdown", "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE"),
])
def test_cue_families(text: str, platform: str, reason: str, category: str) -> None:
    event = only_event(text, platform)
    assert reason in event["reasons"], details(event)
    detail = next(d for d in event["reason_details"] if d["text"] == reason)
    assert detail["category"] == category
    assert detail["stated_by"] == platform and detail["claim"] is False


def test_what_a_person_posted_before_the_action_is_why() -> None:
    # what she posted is the ground whatever words it holds; what someone else posted is not
    event = only_event("Banned\n\nTikTok banned the user after she posted a video mocking a disabled child.",
                       "TikTok")
    assert event["reasons"] == ["posted a video mocking a disabled child"]
    event = only_event("Banned\n\nTwitter suspended the account after Musk posted a poll.", "Twitter")
    assert event["reasons"] == []


def test_the_platforms_own_notice_is_no_legal_demand() -> None:
    event = only_event('Gone\n\nOn Twitter, the page was met with a notice reading "This account has been '
                       'suspended."', "Twitter")
    assert all("notice" not in r for r in event["reasons"]), details(event)
    event = only_event("Gone\n\nGitHub took down the repository after a DMCA notice from the studio.",
                       "GitHub")
    assert event["reasons"] == ["a DMCA notice from the studio"]


def test_pressure_on_the_action_is_why() -> None:
    event = only_event("Apps\n\nApple removed the apps following pressure from the Example administration.",
                       "App Store")
    assert event["reasons"] == ["pressure from the Example administration"]
    event = only_event("Group\n\nFacebook removed the group amid a backlash from users.", "Facebook")
    assert event["reasons"] == ["a backlash from users"]
    # pressure on the platform that is not said of the action is no ground
    event = only_event("Files\n\nFacebook removed the post on Monday. The site, which is under political "
                       "pressure in Europe, gave no reason.", "Facebook")
    assert event["reasons"] == []


def test_an_event_keeps_the_first_three_grounds_told() -> None:
    event = only_event("Suspended\n\nTwitter suspended the account over spam. The account had engaged in "
                       "harassment, the company said. Twitter said the account had violated its "
                       "impersonation policy. Twitter said the account was also used to send phishing "
                       "links. The company accused the account of doxxing a reporter.", "Twitter")
    assert event["reasons"] == ["spam", "engaged in harassment", "violated its impersonation policy"]
    assert event["reasons"] == [d["text"] for d in event["reason_details"] if not d["claim"]]


def test_evidence_offsets_point_at_the_reason() -> None:
    text = "Twitter suspended 40 accounts for violating its policy on hateful conduct."
    record = extractor.extract(text)
    detail = record["events"][0]["reason_details"][0]
    assert record["article"]["text_length"] >= detail["evidence"]["end"]
    # the record's text is the title line, a blank line and the body: the reason is found there
    assert detail["evidence"]["text"] == detail["text"]
    assert detail["evidence"]["end"] - detail["evidence"]["start"] == len(detail["text"])


def test_a_claim_by_the_suspended_user_is_kept_apart() -> None:
    text = ("Twitter suspended the account of Jane Doe for violating its rules on platform manipulation. "
            "Jane Doe claimed that Twitter banned her for telling the truth.")
    event = only_event(text, "Twitter")
    assert "violating its rules on platform manipulation" in event["reasons"]
    claims = [d for d in event["reason_details"] if d["claim"]]
    assert [(d["text"], d["stated_by"]) for d in claims] == [("telling the truth", "Jane Doe")]
    assert "telling the truth" not in event["reasons"]
    assert event["categories"] == ["STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"]


def test_what_the_suspended_user_says_of_their_own_ban_is_a_claim() -> None:
    text = ("X suspends journalist\n\nX suspended the account of a reporter who had posted flight data. "
            "The reporter said X banned him for doing his job. "
            "X said the account violated its private information policy.")
    event = only_event(text, "Twitter")
    assert event["reasons"] == ["violated its private information policy"], details(event)
    assert ("doing his job", None, "reporter", True) in details(event)
    assert event["categories"] == ["STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS"]


def test_a_third_party_reporting_the_grounds_is_no_claim() -> None:
    text = "Twitter suspended 30 accounts, a researcher said, for spreading malware to journalists."
    event = only_event(text, "Twitter")
    assert details(event) == [("spreading malware to journalists", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                               "researcher", False)]


@pytest.mark.parametrize("text", [
    "Twitter suspended 12 accounts for seven marketing firms for 12 hours last week.",
    "Banned\n\nFacebook banned Alex Jones for life on Thursday.",
    "Suspended\n\nTwitter suspended the account for the second time this year.",
    "Removed\n\nFacebook removed the post for users in Germany.",
    "Removed\n\nApple removed an app called Patria Chat from the App Store.",
])
def test_no_reason_for_whom_how_long_or_a_name(text: str) -> None:
    record = extractor.extract(text)
    assert record["events"], text
    for event in record["events"]:
        assert event["reason_details"] == [], details(event)
        assert event["categories"] == []


# --- categories as data ---

def test_category_of_prefers_the_specific_term() -> None:
    assert category_of("its hate speech rules") == "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
    assert category_of("violating the terms of service") == "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"
    assert category_of("violent extremism") == "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"
    assert category_of("human error by an employee") is None
    assert category_of("a reason nobody listed") is None


def test_category_list_matches_the_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert set(schema["$defs"]["dsa_category"]["enum"]) == set(CATEGORIES)
    assert len(CATEGORIES) == 15 and all(code.startswith("STATEMENT_CATEGORY_") for code in CATEGORIES)
    terms = Path(extractor.__file__).parent / "patterns" / "reason_terms.jsonl"
    for line in terms.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            row = json.loads(line)
            assert row["category"] is None or row["category"] in CATEGORIES, row


# --- the dev corpus: a reason is never who was acted on or when ---

def words(text: str) -> str:
    return " ".join(text.casefold().replace('"', " ").split())


@pytest.fixture(scope="module")
def dev_records() -> list[dict]:
    if not DEV.is_dir():
        pytest.skip(f"{DEV}: the shared dev corpus is not beside this worktree")
    return list(extractor.batch(str(DEV)))


def test_no_reason_is_a_target_group_account_or_time(dev_records: list[dict]) -> None:
    checked = 0
    for record in dev_records:
        for event in record.get("events", []):
            names = {words(g) for g in event["groups"]} | {words(a["name"]) for a in event["named_accounts"]}
            names |= {words(t["evidence"]["text"]) for t in event["targets"]}
            if event["when"]:
                names.add(words(event["when"]["text"]))
            for reason in event["reason_details"]:
                checked += 1
                assert words(reason["text"]) not in names, (record["source"]["path"], reason, names)
                assert not reason["text"][:1].isdigit(), reason  # never a count or a date
    assert checked >= 40  # the corpus gives reasons at all


def test_dev_reason_offsets_and_categories(dev_records: list[dict]) -> None:
    for record in dev_records:
        for event in record.get("events", []):
            grounds = {d["category"] for d in event["reason_details"] if d["category"] and not d["claim"]}
            assert event["categories"] == sorted(grounds)
            assert event["reasons"] == [d["text"] for d in event["reason_details"] if not d["claim"]]
            for d in event["reason_details"]:
                assert d["evidence"]["text"] == d["text"]
                assert 0 <= d["evidence"]["start"] < d["evidence"]["end"] <= record["article"]["text_length"]


# --- the schema (1.2.0) ---

@pytest.mark.parametrize(("change", "expected"), [
    (lambda e: e["reason_details"][0].__setitem__("category", "STATEMENT_CATEGORY_NOT_A_CATEGORY"),
     "events[0].reason_details[0].category"),
    (lambda e: e["reason_details"][0].pop("stated_by"), "'stated_by' is a required property"),
    (lambda e: e["reason_details"][0].__setitem__("cue", "guess"), "events[0].reason_details[0].cue"),
    (lambda e: e["categories"].append("Violence"), "events[0].categories"),
    (lambda e: e.pop("reason_details"), "'reason_details' is a required property"),
])
def test_schema_checks_the_reason_objects(seed_record: dict, change, expected: str) -> None:
    import copy

    from extractor.schema import SCHEMA_VERSION, violations

    assert SCHEMA_VERSION == "1.2.0" and seed_record["schema_version"] == "1.2.0"
    assert violations(seed_record) == []
    record = copy.deepcopy(seed_record)
    change(record["events"][0])
    problems = violations(record)
    assert any(expected in p for p in problems), problems


def test_how_much_or_how_long_is_no_reason() -> None:
    record = extractor.extract("Store\n\nApple removed the Musi app from the App Store on Monday. The app "
                               "let users remove its ads for a one-time fee of $5.99.")
    assert all("fee" not in r for e in record["events"] for r in e["reasons"])


def test_items_described_by_what_was_wrong_are_the_reason_when_none_other_is_given() -> None:
    record = extractor.extract("Apps removed\n\nGoogle removed 77 malicious apps delivering malware "
                               "families such as Anatsa and Joker from the Play Store.",
                               published="2025-05-01")
    assert record["events"][0]["reasons"] == ["malicious apps delivering malware families such as Anatsa "
                                              "and Joker"]
    record = extractor.extract("Videos removed\n\nYouTube removed exploitative videos of children for "
                               "violating its child safety policy.", published="2025-05-01")
    assert record["events"][0]["reasons"] == ["violating its child safety policy"]


def test_a_clause_describing_the_items_is_the_reason_when_none_other_is_given() -> None:
    record = extractor.extract("VPN apps\n\nApple is removing VPN apps that allow users to skirt China's "
                               "firewall from its App Store.", published="2017-07-30")
    assert record["events"][0]["reasons"] == ["allow users to skirt China's firewall"]
    # who runs them, how big they are or who removed them is no reason
    for text in ("Groups\n\nFacebook removed the group chaired by Jane Example on Monday.",
                 "Pages\n\nFacebook removed pages which had 2 million followers on Monday."):
        record = extractor.extract(text, published="2021-06-15")
        assert [e["reasons"] for e in record["events"]] == [[]]


def test_loose_cause_phrases_and_purposes_must_belong_to_the_action() -> None:
    # 'due to' on another clause's verb is no ground of the removal beside it
    text = ("Removed\n\nYouTube removed the channel on Monday, the same week sales of umbrellas rose due "
            "to rising sea levels.")
    assert only_event(text, "YouTube")["reasons"] == []
    assert only_event("Removed\n\nYouTube removed the channel due to copyright claims.",
                      "YouTube")["reasons"] == ["copyright claims"]
    # an effort's infinitive is a reason when it names grounds, not when it names a product goal
    assert only_event("Removed\n\nYouTube removed the channel on Monday as part of efforts to fix its "
                      "recommendations feed.", "YouTube")["reasons"] == []
    assert only_event("Removed\n\nYouTube removed the videos as part of efforts to catch and take down "
                      "terrorist videos.", "YouTube")["reasons"] == ["catch and take down terrorist videos"]


def test_what_a_headline_action_came_after_is_its_reason() -> None:
    text = ("YouTube pulls Logan Paul projects after 'dead body' video\n\n"
            "YouTube has cut ties with Logan Paul.")
    assert extractor.extract(text, published="2018-01-11")["events"][0]["reasons"] == ["dead body' video"]
    # not the process that led to it, nor a time
    for text in ("Apple pulls app after review\n\nApple pulled the app.",
                 "Twitter suspends account after 10 years\n\nTwitter suspended it."):
        for event in extractor.extract(text, published="2018-01-11")["events"]:
            assert event["reasons"] == [], text


def test_cheating_accounts_are_banned_for_cheating() -> None:
    """'bans 40,000 cheating accounts': the word that says what was wrong with the accounts makes
    the described accounts the reason."""
    event = only_event("Valve banned 40,000 cheating accounts on Steam after the summer sale.", "Steam")
    assert any("cheating" in r for r in event["reasons"]), event["reasons"]


def test_a_misread_headline_still_gives_for_and_a_gerund() -> None:
    """The parse takes 'neo' for the verb of this headline and hangs 'for' on it: 'for' and a
    gerund after the action word still give the reason."""
    event = only_event("GoDaddy bans neo-Nazi site Daily Example for mocking woman hurt at protest\n\n"
                       "The webhost dropped the site on Monday.", "GoDaddy")
    assert any(r.startswith("mocking woman") for r in event["reasons"]), event["reasons"]


def test_a_name_given_is_no_reason() -> None:
    """'the package, called "reqeusts"', 'packages, named a, b and c': the words that name the
    items acted on are no grounds for acting on them."""
    from extractor import extract
    from extractor.settings import Settings
    called = extract('PyPI removed the typosquatted package, called "reqeusts", on Monday.',
                     published="2024-05-01", settings=Settings(screen=False))
    assert [e["reasons"] for e in called["events"]] == [[]]
    named = extract("The malicious packages, named colorslib, httpslib and libhttps, were removed from PyPI.",
                    published="2024-05-01", settings=Settings(screen=False))
    assert [e["reasons"] for e in named["events"]] == [["malicious packages"]]


def test_a_reason_stops_before_an_outlet_run_on_after_a_headline() -> None:
    # an aggregator's line: headline, outlet, headline, outlet
    text = ("Apple pulls VPN apps\n\nApple pulls VPN apps from Chinese App Store in compliance with "
            "government crackdown AppleInsider (press release) Apple Removes Some VPN Apps in China "
            "Bloomberg")
    assert extractor.extract(text)["events"][0]["reasons"] == ["compliance with government crackdown"]
    # an outlet told as part of the grounds stays
    text = "News\n\nTwitter suspended the account for reposting New York Times articles without permission."
    assert extractor.extract(text)["events"][0]["reasons"] == [
        "reposting New York Times articles without permission"]


def test_a_reason_told_as_a_clause_is_what_was_done_not_who_did_it() -> None:
    text = "News\n\nReddit removed the post because it didn't follow the subreddit guidelines."
    assert extractor.extract(text)["events"][0]["reasons"] == ["didn't follow the subreddit guidelines"]
    text = "News\n\nSteam removed the games because they failed to meet new guidelines."
    assert extractor.extract(text)["events"][0]["reasons"] == ["failed to meet new guidelines"]
