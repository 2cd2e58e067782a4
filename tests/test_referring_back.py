"""What a later sentence refers back to: names given earlier, a platform's own team, a statement
told by a participle, and acts still under way."""
from __future__ import annotations

from tests.helpers import account_summary
from tests.helpers import event_summary as events


def names(text: str) -> list[tuple[str, str, list[str]]]:
    return account_summary(text, published="2024-05-01")


def test_plural_nouns_name_what_was_listed_before() -> None:
    assert names('Malware\n\nResearchers found malicious apps called "Magic Photo Lab" and "Pix Motion '
                 'Edit 2021" last year. Both apps have since been removed from Google Play.') == [
        ("Google Play", "remove", ["Magic Photo Lab", "Pix Motion Edit 2021"])]
    assert names("Malware\n\nThe researchers found two apps, Flashlight Pro and Photo Magic, that stole "
                 "passwords. Google removed the apps after the report.") == [
        ("Google Play", "remove", ["Flashlight Pro", "Photo Magic"])]
    # an indefinite plural refers to nothing named before
    assert names("Malware\n\nThe researchers found two apps, Flashlight Pro and Photo Magic, that stole "
                 "passwords. Google removed several apps after the report.") == [
        ("Google Play", "remove", [])]


def test_the_accounts_restored_are_those_suspended_by_name() -> None:
    assert names("Journalists\n\nTwitter suspended the accounts of two reporters, Ann Example and Bob "
                 "Sample. The accounts were restored a day later.") == [
        ("Twitter", "suspend", ["Ann Example", "Bob Sample"]),
        ("Twitter", "reinstate", ["Ann Example", "Bob Sample"])]
    # one account named under two names is not 'the accounts'
    assert names("Journalists\n\nTwitter banned the account of Ann Example (@annexample) on Monday. "
                 "The accounts were restored a day later.")[1] == ("Twitter", "reinstate", [])


def test_a_platforms_support_team_acts_for_it() -> None:
    text = ("Flagged\n\nI use GitHub every day. Yesterday my account was suspended. The support team "
            "lifted the suspension a day later.")
    assert [e[:2] for e in events(text)] == [("GitHub", "suspend"), ("GitHub", "reinstate")]
    # a team for something else is no platform's
    assert events("Flagged\n\nI use GitHub every day. The marketing team removed the post.") == []


def test_restrictions_cleared_from_an_account() -> None:
    assert events("Restored\n\nTwitter cleared the restrictions from my account a day later.") == [
        ("Twitter", "restrict", [("account", 1)]), ("Twitter", "reinstate", [("account", 1)])]


def test_a_participle_of_speech_speaks_for_the_subject_before_it() -> None:
    assert events("Malware\n\nApple released a statement, saying that it had blocked the apps.") == [
        ("App Store", "ban", [("app", None)])]
    # ('a regulator released a statement saying it blocked Wikipedia' is the regulator's act)
    assert events("Blocked\n\nThe regulator released a statement, saying that it had blocked "
                  "Wikipedia.") == []


def test_an_act_still_being_worked_on_is_not_taken() -> None:
    assert events("Skype\n\nMicrosoft said it was working to reinstate the Skype app as soon as "
                  "possible.") == []
    # 'worked' said of a ban is no plan
    assert [e[:2] for e in events("Study finds Reddit's controversial ban of its most toxic subreddits "
                                  "actually worked")] == [("Reddit", "ban")]
    assert [e[:2] for e in events("Discord\n\nDiscord said it was working with the moderators of its "
                                  "new server, after removing the previous server over hate "
                                  "speech.")] == [("Discord", "remove")]


def test_relative_pronouns_stand_for_the_names_before_them() -> None:
    assert names("Rejoined\n\nNick Fuentes and Alex Jones, both of whom were banned from YouTube years "
                 "ago, attempted to rejoin.") == [("YouTube", "ban", ["Nick Fuentes", "Alex Jones"])]
    assert names("Rumble\n\nThe streamer Ann Example, whose channel was terminated by YouTube in May, "
                 "joined Rumble.") == [("YouTube", "remove", ["Ann Example"])]
    # 'whose' on something nobody named stays unnamed
    assert names("Rumble\n\nThe streamer, whose channel was terminated by YouTube in May, joined "
                 "Rumble.") == [("YouTube", "remove", [])]


def test_what_happens_to_anyones_account_is_no_occasion() -> None:
    # the present passive of a habit, said of 'your' account or a bare noun
    assert events("Bots\n\nI love GitHub. Now, for whatever reason, your account gets labelled as a bot, "
                  "and your software is unavailable to anyone else.") == []
    assert events("Rules\n\nReddit cracked down. Subreddits that break the rules are banned.") == []
    # a particular account in the present passive, and a notice to 'your' account, are still told
    assert [e[:2] for e in events("Suspended\n\nI use Twitter daily. Her account is suspended.")] == [
        ("Twitter", "suspend")]
    assert [e[:2] for e in events("Suspended\n\nOn Monday Twitter suspended your account, the notice "
                                  "said.")] == [("Twitter", "suspend")]


def test_done_by_mistake_is_still_done() -> None:
    assert events("Apology\n\nTwitter apologised on Monday. The accounts were suspended by mistake, a "
                  "spokesperson said.") == [("Twitter", "suspend", [("account", None)])]
    assert events("Apology\n\nYouTube apologised. The video was removed by accident.") == [
        ("YouTube", "remove", [("video", 1)])]


def test_a_count_after_a_scare_quoted_verb_is_its_object() -> None:
    assert events('Bug\n\nIn the past 24 hours, Twitter has "banned" over a dozen accounts by '
                  "accident.") == [("Twitter", "ban", [("account", 12)])]
    # a time after 'around' is no object
    assert names("Delisted\n\nAround 2025-07-24 00:00 UTC, all games with the NSFW tag on itch.io had "
                 "been delisted.") == [("itch.io", "remove", [])]


def test_an_infinitive_on_a_noun_is_done_by_what_the_noun_is_said_of() -> None:
    assert events("TikTok\n\nIndia was the first country to ban TikTok and other Chinese apps in "
                  "2020.") == []
    assert events("Ads\n\nTwitter became the latest company to ban political ads.") == [
        ("Twitter", "ban", [("ad", None)])]
    # a decision to remove is its owner's, not the noun's
    assert [e[:2] for e in events("Robinson\n\nPayPal announced its decision to remove the account "
                                  "of Tommy Robinson on Thursday.")] == [("PayPal", "remove")]
    # a court's ruling to restore something is the court's, not the platform's
    assert events("Push email\n\n* Apple and Motorola are still disputing the case, Apple paid a cool €100 "
                  "million, or about $135 million, for the interim ruling to restore push email services "
                  "while the case continues, so its German users would not be disadvantaged.") == []


def test_an_apps_edition_for_a_device_is_part_of_its_name() -> None:
    assert names("Pulled\n\nApple removed Tweetbot for Mac from the Mac App Store on Monday.") == [
        ("Mac App Store", "remove", ["Tweetbot for Mac"])]
    assert names("Pulled\n\nGoogle removed Siri for Android from the store.")[0][2] == ["Siri for Android"]
    # a technology before the noun is what the apps are, no name
    assert names("China\n\nApple removed a number of VoIP apps from the App Store in China.") == [
        ("App Store", "remove", [])]


def test_a_title_described_in_apposition_is_named() -> None:
    assert names("Horses\n\nHorses, the indie horror game banned from Steam ahead of its launch, is "
                 "out now.") == [("Steam", "ban", ["Horses"])]
    # a capitalised word with no description of a title after it is no name
    assert names("Later\n\nAccounts, the company said, were also removed from Twitter.") == [
        ("Twitter", "remove", [])]


def test_a_company_acting_in_a_story_about_one_of_its_products_is_that_product() -> None:
    text = ("Suspended again\n\nOn Friday Google suspended Example Ltd's Google Cloud account. "
            "Google suspended us for the first time in 2023.")
    assert [e[:2] for e in events(text)] == [("Google Cloud", "suspend"), ("Google Cloud", "suspend")]
    # two products of the company: the company stays itself
    text = ("Removed\n\nYouTube removed the creator's channel on Monday. Google Play removed his app on "
            "Friday. In 2020 Google suspended his account.")
    assert [e[0] for e in events(text)] == ["YouTube", "Google Play", "Google"]
    # a platform of its own beside its products is not one of them
    text = ("Removed\n\nInstagram removed her account on Friday. In 2020 Facebook suspended her page.")
    assert [e[0] for e in events(text)] == ["Instagram", "Facebook"]


def test_a_company_pulling_its_app_for_another_companys_devices_is_its_developer() -> None:
    assert events("Glass\n\nGoogle pulls Glass iOS app because it spilled the beans too soon") == []
    # its own store's apps, and another company's store acting, are still events
    assert [e[:2] for e in events("Pulled\n\nGoogle pulled the Android app from Google Play.")] == [
        ("Google Play", "remove")]
    assert [e[:2] for e in events("Pulled\n\nApple removed the Example iPhone app from the App "
                                  "Store.")] == [("App Store", "remove")]


def test_search_demotions_in_one_word_and_drops_from_search_results() -> None:
    assert events("Gone\n\nGoogle has deindexed my blog.") == [("Google", "restrict", [("server", 1)])]
    assert events("Gone\n\nGoogle penalized the site last week.") == [("Google", "restrict", [("server", 1)])]
    assert events("Gone\n\nMy website was dropped from Google's search results.") == [
        ("Google", "remove", [("server", 1)])]
    # a penalty on a platform is a regulator's
    assert events("Fine\n\nThe EU penalized Google for abusing its dominance.") == []
