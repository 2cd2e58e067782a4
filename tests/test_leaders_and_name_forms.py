"""Who acts and who is named, in wordings added in the second stop of 2026-12-04: a platform's
owner or chief acting for it, one form per name across an article, reflexive 'got herself
suspended', honorifics in lists of names, and handles only written about."""
from __future__ import annotations

from extractor import extract
from tests.helpers import account_summary


def names(text: str) -> list[tuple[str, str, list[str]]]:
    return account_summary(text, published="2024-05-01")


def test_a_platforms_owner_acts_for_it() -> None:
    assert names("Journalists\n\nX owner Elon Musk spent the week fighting critics. On Friday, Musk "
                 "suspended the accounts of a number of journalists.") == [("Twitter", "suspend", [])]
    assert names("Rules\n\nTwitter is now run by Elon Musk, who has restored the accounts of previously "
                 "banned users such as Ann Example.") == [("Twitter", "reinstate", ["Ann Example"])]
    assert names("Founder\n\nFacebook founder Mark Zuckerberg ate lunch. Later, Zuckerberg banned the "
                 "account.") == [("Facebook", "ban", [])]


def test_a_person_leads_no_platform_unless_the_story_says_so() -> None:
    assert names("Lunch\n\nMark Zuckerberg ate lunch. Zuckerberg banned the account.") == []
    # an owner's own acts as a user are not the platform's
    assert names("Elon Musk bought Twitter in 2022. Musk blocked the journalist on Friday and deleted "
                 "his tweet.") == []


def test_one_form_per_name_across_the_article() -> None:
    assert names("Bans\n\nTwitter suspended Ann Example on Friday. Example's account had 88,000 "
                 "followers. Facebook also banned Example.") == [
        ("Twitter", "suspend", ["Ann Example"]), ("Facebook", "ban", ["Ann Example"])]
    # a short form two fuller forms could stand for stays as written
    record = extract("Bans\n\nTwitter suspended Ann Example and Bob Example on Friday. Facebook also "
                     "banned Example.", published="2024-05-01")
    assert [a["name"] for a in record["events"][-1]["named_accounts"]] == ["Example"]


def test_evidence_of_a_fuller_name_is_still_the_words_written() -> None:
    text = "Bans\n\nTwitter suspended Ann Example on Friday. Facebook also banned Example."
    record = extract(text, published="2024-05-01")
    account = record["events"][1]["named_accounts"][0]
    assert account["name"] == "Ann Example"
    assert text[account["evidence"]["start"]:account["evidence"]["end"]] == "Example"


def test_got_herself_suspended() -> None:
    assert names("Banned\n\nTaylor Example got herself suspended by Twitter.") == [
        ("Twitter", "suspend", ["Taylor Example"])]


def test_honorifics_are_not_part_of_listed_names() -> None:
    assert names("Back\n\nTwitter restored the accounts of users such as Mr Example and Ms Sample.") == [
        ("Twitter", "reinstate", ["Example", "Sample"])]


def test_a_handle_written_about_is_no_account_acted_on() -> None:
    assert names("Jets\n\nTwitter suspended the accounts of journalists who wrote about @JetTracker.") == [
        ("Twitter", "suspend", [])]
    assert names("Jets\n\nTwitter banned @JetTracker, an account that tracked a private jet.") == [
        ("Twitter", "ban", ["@JetTracker"])]


def test_a_store_lists_platforms_among_the_apps_it_removed() -> None:
    assert names("VoIP\n\nAs a result, Apple removed a number of VoIP apps from the App Store in China, "
                 "including Skype.") == [("App Store", "remove", ["Skype"])]
    # a platform listed among accounts a platform suspended is no account
    assert names("Bots\n\nTwitter suspended several accounts, including some on Facebook.") == [
        ("Twitter", "suspend", [])]


def test_a_headline_present_after_forcing_is_a_past_act() -> None:
    assert names("Regulators force Apple to pull Example Chat from App Store\n\nThe app was popular.") == [
        ("App Store", "remove", ["Example Chat"])]


def test_a_company_name_opens_its_apps_name() -> None:
    assert names("Apps\n\nApple removed the Google Books app from the App Store on Friday.") == [
        ("App Store", "remove", ["Google Books"])]


def test_words_for_people_rules_and_ids_are_no_names() -> None:
    assert names("Filter\n\nTumblr was filtering out perfectly innocent LGBTQ+ posts.") == [
        ("Tumblr", "restrict", [])]
