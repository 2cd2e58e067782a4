"""Families of wording found missing by sentences written for the purpose (the seventh stop of
2026-12-05): stories about something else in which an act is told once, people and bodies acted on
as accounts, and names given beside the thing acted on (a handle set off by commas, a name a clause
gives, the host of a show, a real name, the person the next sentence names)."""
from __future__ import annotations

from tests.helpers import account_summary as accounts
from tests.helpers import event_summary as events


def test_a_causative_have_tells_whose_page_and_channel_were_taken_down() -> None:
    # 'its' is the group's (the one who had it done), not the platform's own channel
    assert events("Appeal\n\nThe campaign group had its Facebook page taken down in 2020 and its YouTube "
                  "channel terminated in 2021.") == [
        ("Facebook", "remove", [("page", 1)]), ("YouTube", "remove", [("channel", 1)])]
    # a platform's own channel stays its own product
    assert events("Shows\n\nYouTube terminated its Originals channel last year.") == []


def test_a_title_before_a_persons_name_is_no_part_of_the_account_name() -> None:
    assert accounts("Frozen\n\nTwitter froze the account of the Conservative MP Dan Pike on Tuesday, saying "
                    "it had been compromised.") == [
        ("Twitter", "suspend", ["Dan Pike"])]


def test_a_handle_or_a_called_name_set_off_by_commas_names_the_account() -> None:
    assert accounts("Suspended\n\nTwitter said it had suspended his account, @DaneKessler, which had "
                    "340,000 followers.") == [("Twitter", "suspend", ["@DaneKessler"])]
    assert accounts("Impostor\n\nInstagram said it had removed the account for impersonation. The account, "
                    "@RealDrPike, had posed as a doctor.") == [("Instagram", "remove", ["@RealDrPike"])]
    assert accounts("Pulled\n\nApple removed the app from the App Store last week. The app, called "
                    "Whisperly, let users send anonymous messages.") == [
        ("App Store", "remove", ["Whisperly"])]


def test_the_name_a_relative_clause_gives_the_account_names_it() -> None:
    assert accounts("Suspended\n\nTwitter suspended the account on Tuesday. The account, which used the name "
                    "Patriot Eagle, had posted false claims.") == [("Twitter", "suspend", ["Patriot Eagle"])]
    assert accounts("Dealers\n\nSnapchat banned the account, which used the name pillz_4u, on Friday.") == [
        ("Snapchat", "ban", ["pillz_4u"])]


def test_the_person_a_story_describes_and_its_next_sentence_names_is_acted_on() -> None:
    assert accounts("Threats\n\nA Texas man has been banned from Facebook after posting threats against "
                    "election workers. John Harlow, 45, wrote that the workers should be punished.") == [
        ("Facebook", "ban", ["John Harlow"])]
    assert accounts("Sermons\n\nA Lagos pastor has been kicked off Facebook. Pastor Femi Adeyemi's page, "
                    "which had 400,000 followers, was no longer visible on Thursday.") == [
        ("Facebook", "ban", ["Femi Adeyemi"])]


def test_ordinary_people_banned_by_a_named_platform_are_accounts() -> None:
    assert events("Banned\n\nA woman was suspended from Twitter on Monday.") == [
        ("Twitter", "suspend", [("account", 1)])]
    assert events("Banned\n\nTwitter suspended a teacher who posted the video.") == [
        ("Twitter", "suspend", [("account", 1)])]
    # a person word in a quoted description of a thing is nobody
    assert events("Microsoft deletes 'teen girl' AI after it went rogue\n\nThe bot was gone.") == []


def test_an_organisation_barred_from_a_platform_named_as_the_place_is_an_account() -> None:
    assert events("Coup\n\nFacebook said it had banned the military and military-controlled businesses "
                  "from Facebook and Instagram.") == [
        ("Facebook", "ban", [("account", None)]), ("Instagram", "ban", [("account", None)])]


def test_counted_phone_numbers_banned_by_a_messaging_service_are_accounts() -> None:
    assert events("Forwards\n\nWhatsApp said it had banned around 1,200 phone numbers in the state for bulk "
                  "messaging.") == [("WhatsApp", "ban", [("account", 1200)])]
    # one number edited out of a video is no account
    assert events("Edited\n\nYouTube removed the video. It was later edited to remove the phone number.") == [
        ("YouTube", "remove", [("video", 1)])]


def test_an_owners_spokesperson_speaks_for_the_platform_the_story_is_about() -> None:
    assert events("Gone\n\nThe Instagram account of a fitness influencer went dark on Thursday. A "
                  "spokesperson for Meta, Instagram's parent company, confirmed the account had been "
                  "removed.") == [("Instagram", "remove", [("account", 1)])]


def test_the_host_of_a_show_and_a_real_name_name_the_account_too() -> None:
    assert accounts("Booted\n\nThe Frontier Report, a nightly programme hosted by former radio presenter "
                    "Wade Hollis, has been booted from YouTube.") == [
        ("YouTube", "ban", ["Frontier Report", "Wade Hollis"])]
    assert accounts("Money\n\nYouTube has demonetised Truthbomb TV, a channel run by former TV presenter "
                    "Lorraine Cassidy-Holt.") == [
        ("YouTube", "demonetize", ["Truthbomb TV", "Lorraine Cassidy-Holt"])]
    assert accounts("Banned\n\nTwitch banned the streamer Vexxo on Monday. The streamer, whose real name is "
                    "Kyle Brandt, was banned after a stream.") == [
        ("Twitch", "ban", ["Vexxo", "Kyle Brandt"])]


def test_a_double_surname_is_one_name() -> None:
    name = "Hélène Dufresne-Bakshi"
    assert accounts(f"Lifted\n\nInstagram has lifted the ban on Canadian photographer {name}, whose account "
                    "was disabled last month.") == [
        ("Instagram", "ban", [name]), ("Instagram", "reinstate", [name])]


def test_a_spokesperson_for_the_owner_of_the_storys_platform_speaks_for_that_platform() -> None:
    assert events("Restored\n\nInstagram disabled the account of a photographer in May. \"We made a mistake "
                  "and we've restored the account,\" a spokesperson for Facebook, which owns Instagram, "
                  "said.") == [
        ("Instagram", "suspend", [("account", 1)]), ("Instagram", "reinstate", [("account", 1)])]


def test_a_service_down_for_everyone_is_no_act() -> None:
    assert events("Outage\n\nInstagram, Facebook and WhatsApp went dark for about six hours on Monday, "
                  "locking out billions of users in one of the longest outages in years.") == []
    assert events("Outage\n\nTwitter locked out thousands of users after a glitch on Monday.") == []


def test_taken_off_air_is_broadcasting() -> None:
    assert events("Probe\n\nFacebook removed the clip on Sunday. Capital Talk said the host had been taken "
                  "off air while the investigation continued.") == [("Facebook", "remove", [("video", 1)])]


def test_a_store_owner_saying_a_named_app_was_removed_speaks_of_its_store() -> None:
    assert events("Apple yanks messaging app Vibeline from App Store\n\nApple has yanked Vibeline, an "
                  "anonymous messaging app, from the App Store. Apple said Vibeline had been removed because "
                  "it did not have adequate tools to block abusive users.") == [
        ("App Store", "remove", [("app", 1)])]


def test_a_language_before_a_kind_of_channel_is_no_name() -> None:
    assert accounts("YouTube's reinstatement of Tamil news channel comes after protests\n\nYouTube has "
                    "reinstated Thamizh Kural News, a Chennai-based news channel.") == [
        ("YouTube", "reinstate", ["Thamizh Kural News"])]


def test_a_platforms_accounts_removed_along_with_the_rest_are_its_own_event() -> None:
    assert events("Network\n\nFacebook said it had removed 24 pages, 57 accounts and seven groups on its "
                  "platform, along with 15 Instagram accounts, for coordinated inauthentic behaviour.") == [
        ("Facebook", "remove", [("page", 24), ("account", 57), ("group", 7)]),
        ("Instagram", "remove", [("account", 15)])]


def test_one_of_the_things_removed_named_in_apposition_is_named() -> None:
    assert accounts("Network\n\nFacebook removed 24 pages on Thursday. One of the pages removed, Lahore "
                    "Daily Truth, alone had nearly 700,000 followers.") == [
        ("Facebook", "remove", ["Lahore Daily Truth"])]


def test_an_age_after_a_name_is_no_date_and_hours_later_is_the_same_episode() -> None:
    assert events("Boxer kicked off Twitter for good after threats\n\nBoxer Tommy Kane, 30, has been "
                  "permanently suspended from Twitter after posting threats.\n\nTwitter removed the tweets "
                  "on Sunday morning and suspended the account hours later.") == [
        ("Twitter", "suspend", [("account", 1)]), ("Twitter", "remove", [("post", None)])]


def test_the_thing_told_named_again_with_a_date_is_the_same_occasion() -> None:
    assert accounts("Star fuming as Facebook axes her fan group\n\nEx-soap star Nicky Draper is fuming after "
                    "Facebook removed her fan group, which had 120,000 members.\n\nThe group, Nicky's Army, "
                    "was taken down on Tuesday after its moderators failed to remove comments.") == [
        ("Facebook", "remove", ["Nicky Draper", "Nicky's Army"])]


def test_a_platform_where_a_campaign_trended_does_not_act() -> None:
    assert events("Star's account disabled\n\nInstagram disabled the star's account on Tuesday. Her fans "
                  "launched a campaign, which trended on Twitter within hours. And by Wednesday night the "
                  "account was back up.") == [
        ("Instagram", "suspend", [("account", 1)]), ("Instagram", "reinstate", [("account", 1)])]


def test_someone_closing_their_own_account_is_no_act() -> None:
    assert events("Quits\n\nTwitter labelled three of her posts. Leanne deactivated her account on "
                  "Wednesday.") == [("Twitter", "label", [("post", 3)])]
    assert events("Quits\n\nThe 41-year-old, who fronts a quiz show, deactivated his account, which had 1.3 "
                  "million followers, on Thursday night.") == []
    # a platform that deletes a person's post acts ('reverses and deletes': one subject for both)
    assert events("Twitter reverses and deletes her tweet\n\nThe post is gone.") == [
        ("Twitter", "remove", [("post", 1)])]


def test_what_a_platforms_staff_said_after_a_colon_holds_the_platforms_acts() -> None:
    assert events("Apology\n\nInstagram labelled posts about the protests as false information.\n\nIn a "
                  "statement, Facebook's head of communications, Moyo Akande, said: \"Our systems flagged "
                  "the content by mistake. We have removed the labels from the affected posts.\"") == [
        ("Instagram", "label", [("post", None)]), ("Instagram", "reinstate", [("post", None)])]


def test_access_restored_after_a_lock_is_a_reinstatement() -> None:
    assert events("Locked\n\nTwitter on Thursday locked the account of the minister for an hour, citing a "
                  "copyright notice, before restoring access with a warning.") == [
        ("Twitter", "suspend", [("account", 1)]), ("Twitter", "reinstate", [("account", 1)])]


def test_an_honorific_with_a_full_stop_neither_ends_the_sentence_nor_joins_the_name() -> None:
    assert accounts("Locked\n\nTwitter suspended the account of Smt. Meena Devi on Monday.") == [
        ("Twitter", "suspend", ["Meena Devi"])]


def test_an_alert_or_a_quoted_warning_placed_on_a_page_or_post_labels_it() -> None:
    assert events("Reviews\n\nYelp placed a consumer alert on the bakery's page on June 19.") == [
        ("Yelp", "label", [("page", 1)])]
    assert events("Warning\n\nFacebook has slapped a \"partly false information\" warning on a post by the "
                  "candidate.") == [("Facebook", "label", [("post", 1)])]


def test_an_act_asked_about_is_taken_as_given() -> None:
    # a question about the act under a negated or refused verb of saying: the act happened
    assert events("Silence\n\nTwitter did not say why it suspended the account of Jane Roe.") == [
        ("Twitter", "suspend", [("account", 1)])]
    assert events("Silence\n\nFacebook didn't respond to questions about why it removed the page of Jane "
                  "Roe.") == [("Facebook", "remove", [("page", 1)])]
    assert events("Silence\n\nTwitter did not give a reason for suspending the account of Jane Roe.") == [
        ("Twitter", "suspend", [("account", 1)])]
    assert events("Silence\n\nIt is not clear when Twitter suspended the account of Jane Roe.") == [
        ("Twitter", "suspend", [("account", 1)])]
    # 'whether' leaves it open; a present 'when' clause is a condition
    assert events("Silence\n\nTwitter has not said whether it suspended the account of Jane Roe.") == []
    assert events("Rules\n\nApple's guidelines allow gambling apps only when they are submitted by licensed "
                  "operators and restricted to regions where gambling is legal.") == []


def test_a_past_told_as_a_move_a_later_would_or_not_until_is_an_act() -> None:
    assert events("Quick\n\nTwitter moved quickly to suspend the account of Jane Roe on Friday.") == [
        ("Twitter", "suspend", [("account", 1)])]
    assert events("Later\n\nFacebook would later remove the page of Jane Roe, in 2019.") == [
        ("Facebook", "remove", [("page", 1)])]
    assert events("Until\n\nIt was not until March that Twitter suspended the account of Jane Roe.") == [
        ("Twitter", "suspend", [("account", 1)])]
    # a move under way and a plain 'would' stay plans
    assert events("Plan\n\nTwitter is moving to suspend the account of Jane Roe.") == []
    assert events("Plan\n\nTwitter said it would suspend the account of Jane Roe.") == []


def test_a_platform_someone_took_to_to_speak_is_no_actor() -> None:
    assert events("Suspended\n\nThe reporter took to Instagram to say she does not know why she was "
                  "suspended.") == []


def test_names_listed_after_called_or_among_them_are_named() -> None:
    assert accounts("Leaks\n\nTelegram has blocked three public channels. The channels, called DataBazaar, "
                    "Leak Palace and FreshDumps EU, had more than 95,000 subscribers between them.") == [
        ("Telegram", "ban", ["DataBazaar", "Leak Palace", "FreshDumps EU"])]
    # package and domain names are lower-case words with a dot, a hyphen or a digit
    assert accounts("Scams\n\nNamecheap says it has suspended more than 1,100 domains. Among them were "
                    "covid19-relief-grants.com, who-vaccine-order.net and coronatestkit-express.shop, the "
                    "last of which took payment.") == [
        ("Namecheap", "suspend", ["covid19-relief-grants.com", "who-vaccine-order.net",
                                  "coronatestkit-express.shop"])]
