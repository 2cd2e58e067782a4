"""Families of wording found missing by sentences written for the purpose (the eighth stop of
2026-12-05)."""
from __future__ import annotations

from tests.helpers import account_summary as accounts
from tests.helpers import event_summary as events
from tests.helpers import named_summary as named
from tests.helpers import quote_speakers


def test_we_in_a_later_sentence_of_a_single_quoted_statement_after_said_colon_is_the_speakers() -> None:
    # British papers quote with single marks; 'we' in the statement's second sentence is still the
    # spokesperson's platform (YouTube, named later, is not the actor)
    assert events("Prank row\n\nGemma Lowe, 27, from Leeds, posted the prank video last week and it was "
                  "watched a million times.\n\nA Snapchat spokesperson said: 'Pranks that put people "
                  "in danger have no place here. We took the clip down and, after further breaches, have "
                  "now banned the account for good.'\n\nGemma has since started posting on YouTube.") == [
        ("Snapchat", "remove", [("video", 1)]), ("Snapchat", "ban", [("account", 1)])]


def test_it_after_a_sentence_about_the_account_is_that_account() -> None:
    # the last noun before 'it' ('hundreds', 'house') is no target: the sentence's subject is
    assert accounts("Sock puppet\n\nThe account, @OakvilleWatch, posted hundreds of replies mocking the "
                    "council. Twitter suspended it last week for platform manipulation.") == [
        ("Twitter", "suspend", ["@OakvilleWatch"])]
    assert events("Feud\n\nThe photo, posted on Friday, showed a house with its number visible. Instagram "
                  "removed it within hours.") == [("Instagram", "remove", [("post", 1)])]
    # a noun of the pronoun's own sentence that is no target leaves 'it' unresolved
    assert events("Copies\n\nA copy was shared on Instagram, where it was removed.") == []


def test_a_number_of_people_acted_on_are_accounts() -> None:
    assert events("Leak\n\nDiscord banned a number of its most active members on Thursday.") == [
        ("Discord", "ban", [("account", None)])]
    assert events("Mods\n\nReddit banned a couple of moderators of the forum.") == [
        ("Reddit", "ban", [("account", None)])]


def test_a_second_act_the_parse_joined_to_a_clause_of_time_is_the_platforms() -> None:
    assert events("Shooting\n\nTwitch removed the stream about two minutes after the attack began and "
                  "indefinitely suspended the account, the company said.") == [
        ("Twitch", "remove", [("post", 1)]), ("Twitch", "suspend", [("account", 1)])]


def test_what_led_or_prompted_a_platform_to_act_tells_the_act() -> None:
    assert accounts("Runoff\n\nHis complaint centred on a court order that led X to suspend his account, "
                    "@duartecampinas, for 15 days.") == [("Twitter", "suspend", ["@duartecampinas"])]
    assert events("Ruling\n\nThe ruling led YouTube to remove the channel last week.") == [
        ("YouTube", "remove", [("channel", 1)])]
    # asked or urged to: a demand, not an act
    assert events("Demand\n\nThe minister asked X to suspend the account on Monday.") == []
    assert events("Demand\n\nThe ruling could lead TikTok to ban the account.") == []


def test_an_owner_acting_on_an_app_told_before_acts_in_its_store() -> None:
    assert events("Emulator\n\nGameBox was removed from the App Store in May. \"Apple approved this app and "
                  "then yanked it the moment a partner complained,\" its maker said.") == [
        ("App Store", "remove", [("app", 1)])]


def test_people_kept_from_sharing_or_searching_something_restrict_it() -> None:
    assert events("Labels\n\nTwitter labelled two tweets by the candidate and blocked users from retweeting "
                  "or liking them.") == [
        ("Twitter", "label", [("post", 2)]), ("Twitter", "restrict", [("post", 2)])]
    assert accounts("Challenge\n\nTikTok blocked searches for the hashtag #LockJaw on Monday.") == [
        ("TikTok", "restrict", ["LockJaw"])]


def test_some_of_them_restored_are_some_of_the_things_told() -> None:
    assert events("Ads\n\nFacebook has removed 20 adverts placed by a lobby group, the company said. "
                  "Eight of them were restored on Friday after the group added a disclaimer.") == [
        ("Facebook", "remove", [("ad", 20)]), ("Facebook", "reinstate", [("ad", 8)])]


def test_a_gerund_after_before_or_after_is_done_by_the_subject_of_its_clause() -> None:
    # the chef closed his own account; the platform removed the titles
    assert events("Chef quits\n\nThe chef Tom Reilly, 44, posted a farewell message on Sunday before "
                  "closing the account.") == []
    assert events("Purge\n\nItch.io changed its rules before removing more than 20,000 titles from its "
                  "marketplace.") == [("itch.io", "remove", [("app", 20000)])]


def test_what_a_platform_does_whenever_something_happens_is_a_habit() -> None:
    assert events("Rights\n\n\"When we receive a valid copyright report, we remove the content,\" a Facebook "
                  "spokesperson said.") == []
    assert events("Rights\n\nFacebook removed the content on Monday after a copyright report.") == [
        ("Facebook", "remove", [("post", None)])]


def test_a_lifted_restriction_undoes_the_restriction_not_the_latest_act() -> None:
    assert events("Row\n\nLinkedIn restricted his account and removed four of his posts. The restriction was "
                  "lifted on Tuesday.") == [
        ("LinkedIn", "restrict", [("account", 1)]), ("LinkedIn", "remove", [("post", 4)]),
        ("LinkedIn", "reinstate", [("account", 1)])]


def test_a_sentence_that_sums_up_gives_the_total_of_the_acts_told() -> None:
    found = events("Banned\n\nFacebook banned the group and its leader on Thursday. The group's page and "
                   "the leader's profile were removed. In all, Facebook said it had removed three pages.")
    assert len(found) == 1 and ("page", 3) in found[0][2]


def test_a_platform_described_by_its_kind_is_the_one_the_story_names() -> None:
    # (YouTube is named more often, but a crowdfunding site is Patreon)
    assert events("Creator\n\nHe built his audience on YouTube, where his YouTube channel has 800,000 "
                  "subscribers, and his Patreon page earned $9,000 a month. In May, the crowdfunding site "
                  "banned him after a clip circulated.") == [("Patreon", "ban", [("account", 1)])]


def test_a_platform_where_something_was_shared_and_removed_is_the_actor() -> None:
    assert events("Clip\n\nThe clip was reposted on TikTok, where it was taken down within hours.") == [
        ("TikTok", "remove", [("video", 1)])]


def test_an_outage_locking_users_out_and_service_restored_are_no_acts() -> None:
    assert events("X suffers outage, locking users out of accounts worldwide\n\nThousands of users could not "
                  "log in on Tuesday. Service was largely restored by the evening.") == []
    assert events("Suspended\n\nTwitter suspended the accounts of three journalists on Tuesday, hours "
                  "after a brief outage.") == [("Twitter", "suspend", [("account", 3)])]


def test_accusations_rumours_and_a_fact_checks_claim_are_no_acts() -> None:
    assert events("Claims\n\nThe video set off accusations that the company was censoring rural creators, "
                  "YouTube said.") == []
    assert events("Rumour\n\nThere were rumours that Twitter had suspended the account.") == []
    assert events("Fact check\n\nClaim: Facebook banned the page \"Prairie Voices\" for criticising a "
                  "rule.\n\nOur rating: False.") == []
    # a report confirmed is an act
    assert events("Report\n\nReports that Twitter had suspended the account were confirmed on Monday.") == [
        ("Twitter", "suspend", [("account", 1)])]


def test_a_closing_quotation_mark_is_no_part_of_a_name() -> None:
    assert accounts("YouTube terminates 'Harbor Talk' and 'Night Desk' for evading ban\n\nYouTube on "
                    "Wednesday terminated two channels, Harbor Talk and Night Desk.") == [
        ("YouTube", "remove", ["Harbor Talk", "Night Desk"])]


def test_she_after_a_spokeswoman_introduced_is_the_organisation_she_speaks_for() -> None:
    speakers = quote_speakers(
        "Hashtag restored\n\nInstagram has restored search results for the hashtag #saltwaterswim. "
        "Jess Holloway, who helped popularise the tag, said the block was insulting.\n\n\"We are not "
        "doing anything explicit,\" Ms Holloway said.\n\nAn Instagram spokeswoman said the hashtag had been "
        "restricted after some users posted explicit images with it.\n\n\"We restricted this hashtag because "
        "of a small amount of content that broke our rules,\" she said.")
    assert speakers[1:] == ["Instagram"] and speakers[0].endswith("Holloway")
    # a spokesperson (no gender told) does not take a 'he' meant for the man named before
    speakers = quote_speakers(
        "Channel\n\nYouTube removed the channel of the streamer Finn Calder on Monday. A YouTube "
        "spokesperson said the channel had broken its rules.\n\nCalder was philosophical. \"I was chasing "
        "numbers,\" he said.")
    assert speakers == ["Finn Calder"]


def test_a_label_put_by_a_platforms_fact_checkers_is_the_platforms() -> None:
    assert events("Fact check\n\nThe photo, posted on the mayor's Facebook page, was labelled \"Partly "
                  "false\" on Tuesday by one of Meta's third-party fact-checking partners.") == [
        ("Facebook", "label", [("post", 1)])]
    assert events("Fact check\n\nThe post on Facebook was labelled false by independent fact-checkers on "
                  "Tuesday.") == [("Facebook", "label", [("post", 1)])]
    # a label someone else puts is not the platform's
    assert events("Fact check\n\nThe post on Facebook was labelled false by the mayor's office.") == []


def test_a_person_named_as_an_object_with_a_who_clause_is_in_focus_for_she() -> None:
    speakers = quote_speakers(
        "Posts stay up\n\nThe posts remain online. \"We reviewed the content and found that it does not "
        "break our rules,\" a Facebook spokeswoman said.\n\nThe decision angered Ruth Fenwick, who lives "
        "beside the field and said she had reported the posts herself.\n\n\"If that is allowed, what "
        "isn't?\" she said.")
    assert speakers == ["Facebook", "Ruth Fenwick"]


def test_cutting_off_the_ad_money_of_a_channel_demonetises_it() -> None:
    assert named("YouTube cuts off ad money to conspiracy channel \"Truth Kitchen\"\n\nThe channel, which "
                 "has 300,000 subscribers, said it would appeal.") == [(["Truth Kitchen"], [("channel", 1)])]
    # (not money in general: a payment service freezing a balance is told as it was)
    assert [e[:2] for e in events("Money\n\nPayPal froze the money in her account last week.")] == [
        ("PayPal", "suspend")]
