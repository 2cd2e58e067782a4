"""Who acted and on whom, in sentences written for these tests: pronouns, platform staff,
descriptions of a platform, quoted and listed names, Title Case headlines."""
from __future__ import annotations

from extractor import extract


def named(text: str) -> list[list[str]]:
    return [[a["name"] for a in e["named_accounts"]] for e in extract(text, published="2021-06-15")["events"]]


def test_a_pronoun_stands_for_the_person_named_before() -> None:
    assert named("Activist sues\n\nThe activist Kim Example sued Twitter on Monday for banning him.") == [
        ["Kim Example"]]
    text = "Post gone\n\nThe comedian Ann Example complained. Twitter deleted her tweet on Friday."
    assert named(text) == [["Ann Example"]]


def test_a_title_says_which_person_a_pronoun_can_be() -> None:
    text = ("Account locked\n\nActress Ann Example spoke about Mr. Bob Sample at length. "
            "Twitter suspended her account on Friday.")
    assert named(text) == [["Ann Example"]]


def test_staff_pronoun_and_descriptions_resolve_to_the_platform() -> None:
    staff = extract("YouTube purge\n\nJane Roe, who leads YouTube's trust and safety team, said they had "
                    "taken down more than 4,000 channels in the second quarter.", published="2021-06-15")
    assert [(e["platform"], e["targets"][0]["count"]) for e in staff["events"]] == [("YouTube", 4000)]
    described = extract("TikTok and Facebook face scrutiny\n\nFacebook said on Monday it had taken no "
                        "action. TikTok was also criticised. The video-sharing app removed 300 videos "
                        "on Tuesday. Facebook said it would review the posts.", published="2021-06-15")
    assert [e["platform"] for e in described["events"]] == ["TikTok"]


def test_quoted_and_listed_names() -> None:
    assert named("Reddit bans forum\n\nReddit banned the 'Incel' forum on Tuesday, @TwitterSafety said.") == [
        ["Incel"]]
    text = ("Purge\n\nGoogle removed the app from the Play Store. It remains available on other platforms, "
            "including iOS, Nintendo Switch and the PlayStation Store.")
    assert all("Nintendo Switch" not in n for n in named(text))


def test_title_case_headline_is_read_as_a_sentence() -> None:
    record = extract("Reddit Bans Controversial 'Incel' Forum After Complaints\n\nMany posts spoke of "
                     "hatred.", published="2021-06-15")
    assert [(e["platform"], e["action"], e["targets"][0]["type"]) for e in record["events"]] == [
        ("Reddit", "ban", "community")]
    # the record's text keeps the headline's own capitals
    assert record["events"][0]["evidence"][0]["text"].startswith("Reddit Bans")
