"""Families of wording found missing by sentences written for the purpose (the sixth stop of
2026-12-05), in the first-person posts of developers and creators as much as in news: an app's
update or build that a store rejects, a return told by a pronoun for what was taken down in the
sentence before, and monetisation restored."""
from __future__ import annotations

from tests.helpers import account_summary as accounts
from tests.helpers import event_summary as events
from tests.helpers import quote_speakers as speakers


def test_a_rejected_update_or_build_of_a_named_app_restricts_that_app_in_its_store() -> None:
    assert accounts("Rejected\n\nApple rejected the update to Pocketwise, our budgeting app.") == [
        ("App Store", "restrict", ["Pocketwise"])]
    assert events("Rejected\n\nApple rejected the new build of Pocketwise on Monday.") == [
        ("App Store", "restrict", [("app", 1)])]
    # 'the update' told again in its sentence is the update named before it
    assert accounts("Rejected\n\nWhen I submitted my first update for Retro Ping, the update was rejected "
                    "by Apple.") == [("App Store", "restrict", ["Retro Ping"])]
    # submissions sent to a store are not of the store; an update to a policy is no app
    assert events("Pricing\n\nFor the past month, Apple has been rejecting submissions to App Store when "
                  "metadata includes pricing information.") == []
    assert events("Policy\n\nTwitter rejected an update to its policy on Monday.") == []


def test_a_return_told_by_a_pronoun_is_of_what_the_sentence_before_took_down() -> None:
    assert accounts("Packages\n\nOn Friday npm took down two of our packages, fast-glimmer and "
                    "glimmer-cli. They were back online by Monday.") == [
        ("npm", "remove", ["fast-glimmer", "glimmer-cli"]),
        ("npm", "reinstate", ["fast-glimmer", "glimmer-cli"])]
    assert events("Packages\n\nOn Friday npm took down two of our packages. Both were back online by "
                  "Monday.") == [("npm", "remove", [("other", 2)]), ("npm", "reinstate", [("other", 2)])]
    # (a date after a verb of return does not make it 'back in June')
    assert events("Delisted\n\nValve delisted our game from Steam on 12 May. The game returned to the "
                  "store in June.") == [
        ("Steam", "remove", [("app", 1)]), ("Steam", "reinstate", [("app", 1)])]
    # people coming back online after nothing was taken down are no return
    assert events("Outage\n\nTwitter was down for an hour. They were back online by noon.") == []


def test_monetisation_restored_undoes_the_demonetisation_told_before() -> None:
    assert accounts("Money\n\nYouTube demonetized my channel, Retro Repairs, last month. After a manual "
                    "review, monetization was restored.") == [
        ("YouTube", "demonetize", ["Retro Repairs"]), ("YouTube", "reinstate", ["Retro Repairs"])]
    assert events("Money\n\nYouTube demonetized my channel last month. In June the channel was "
                  "remonetized.") == [
        ("YouTube", "demonetize", [("channel", 1)]), ("YouTube", "reinstate", [("channel", 1)])]


def test_a_target_said_to_be_back_with_nothing_after_is_reinstated() -> None:
    assert events("Disabled\n\nInstagram disabled my account on 3 March. I appealed. A week later my account "
                  "was back.") == [
        ("Instagram", "suspend", [("account", 1)]), ("Instagram", "reinstate", [("account", 1)])]
    # a person back is no target back
    assert events("Return\n\nInstagram disabled my account on 3 March. A week later my friend was back.") == [
        ("Instagram", "suspend", [("account", 1)])]


def test_a_name_written_with_a_hyphen_is_one_name() -> None:
    assert accounts("Suspended\n\nGitHub suspended my account (octo-dev) without warning.") == [
        ("GitHub", "suspend", ["octo-dev"])]


def test_they_who_put_it_back_are_the_platform_that_took_it_down() -> None:
    assert events("Episode\n\nSpotify removed the episode on 13 April. On 2 May they put it back, with a "
                  "content advisory banner.") == [
        ("Spotify", "remove", [("other", 1)]), ("Spotify", "reinstate", [("other", 1)])]


def test_a_messaging_number_is_the_account_it_stands_for() -> None:
    assert events("Banned\n\nWhatsApp banned my business number on Tuesday. On Sunday the ban was "
                  "lifted.") == [
        ("WhatsApp", "ban", [("account", 1)]), ("WhatsApp", "reinstate", [("account", 1)])]
    # a number edited out of a video is no account
    assert events("Edited\n\nIt appears YouTube's copy was edited to remove the phone number in "
                  "question.") == []


def test_a_network_removed_is_the_counted_accounts_pages_and_groups_it_is_said_to_have_used() -> None:
    assert events("Networks\n\nThe larger operation, run from Serbia, used 212 Facebook accounts, 38 "
                  "Pages and nine Groups, along with 64 Instagram accounts, to praise the ruling coalition. "
                  "Meta removed the network in March.") == [
        ("Facebook", "remove", [("account", 212), ("page", 38), ("group", 9)]),
        ("Instagram", "remove", [("account", 64)])]
    assert events("Networks\n\nThe second network, which Meta took down in February, originated in "
                  "Bangladesh and ran 47 Facebook accounts and 11 Pages posing as local news outlets.") == [
        ("Facebook", "remove", [("account", 47), ("page", 11)])]
    # a network whose size is told by what it reached is no network of accounts
    assert events("Networks\n\nThe network reached 40,000 users. Meta removed the network in March.") == [
        ("Facebook", "remove", [("other", 1)])]


def test_an_owner_named_just_before_an_implied_act_stands_for_the_story_platform_it_owns() -> None:
    assert events("How Instagram disabled my account\n\nInstagram disabled our account on 11 April. A friend "
                  "put me in touch with a Meta partner manager. On 24 April our account was restored.") == [
        ("Instagram", "suspend", [("account", 1)]), ("Instagram", "reinstate", [("account", 1)])]


def test_reddits_admins_are_its_staff_unlike_a_communitys() -> None:
    assert accounts("Back\n\nOn 22 March, Reddit banned r/OldTractorsNZ. On 19 April the admins approved it, "
                    "unbanned the community and made me a moderator.") == [
        ("Reddit", "ban", ["r/OldTractorsNZ"]), ("Reddit", "reinstate", ["r/OldTractorsNZ"])]
    # a Facebook group's admins act for the group
    assert events("Group\n\nFacebook suspended my account in May. In June the admins of the group unbanned "
                  "me.") == [("Facebook", "suspend", [("account", 1)])]


def test_monetisation_said_to_be_back_undoes_the_demonetisation() -> None:
    assert events("Money\n\nYouTube demonetised my channel in March.\n\nYesterday I got the email. So "
                  "monetisation is back.") == [
        ("YouTube", "demonetize", [("channel", 1)]), ("YouTube", "reinstate", [("channel", 1)])]


def test_had_his_account_reinstated_is_the_account_acted_on_whatever_the_parse_made_of_had() -> None:
    assert events("Back\n\nDUBLIN — Declan Moss, the influencer who has been removed from most major "
                  "platforms this year, had his Twitter account reinstated on 18 April, more than two years "
                  "after he was permanently suspended.") == [
        ("Twitter", "reinstate", [("account", 1)]), ("Twitter", "suspend", [("account", 1)])]


def test_so_many_of_them_restored_are_so_many_of_what_was_told_before() -> None:
    assert events("Reporters\n\nTwitter suspended the accounts of three journalists on Tuesday, then "
                  "restored two of them two days later.") == [
        ("Twitter", "suspend", [("account", 3)]), ("Twitter", "reinstate", [("account", 2)])]


def test_the_name_someone_streams_or_posts_as_names_their_account() -> None:
    assert accounts("Banned\n\nThe streamers, who broadcast as SpinDoctorJay and LuckyLana, were banned by "
                    "Twitch on May 1.") == [("Twitch", "ban", ["SpinDoctorJay", "LuckyLana"])]
    assert accounts("Back\n\nTwitch reinstated the channel of poker streamer Ben Tolliver, who streams as "
                    "RiverRat, on May 3.") == [("Twitch", "reinstate", ["Ben Tolliver", "RiverRat"])]
    # what someone is described as is no name
    assert accounts("Banned\n\nTwitch banned a streamer who works as a nurse.") == [("Twitch", "ban", [])]


def test_a_rumour_told_at_the_head_of_its_sentence_is_no_act() -> None:
    assert events("Rumours\n\nRumours that YouTube had banned the popular gaming channel PixelPanda spread "
                  "rapidly on Twitter on Monday.") == []


def test_a_participle_on_the_object_of_a_verb_joined_to_a_negated_one_is_negated() -> None:
    assert events('Denial\n\n"This channel has not been terminated or had any content removed by YouTube," '
                  "the company said.") == []


def test_a_message_the_writer_received_is_the_words_of_the_platform_that_sent_it() -> None:
    text = ("Suspended\n\nReddit suspended my account last week. On Monday I got a reply from the admins: "
            '"After further review, we have reversed the suspension on your account."')
    assert speakers(text) == ["Reddit"]
    assert speakers('Banned\n\nWhatsApp banned my business number on Tuesday. The message said: "Your '
                    'account has been reviewed and is no longer banned."') == ["WhatsApp"]
    # what the writer sent is the writer's; a message someone else posted is theirs
    assert speakers('Suspended\n\nReddit suspended my account last week. I sent them a message: "Please '
                    'look at this again, I did nothing wrong."') == []
    assert speakers("Mirror\n\nGitHub removed the repository. The account @gitlawb mirrored the code to "
                    'Gitlawb, with a simple message: "Will never be taken down."') != ["GitHub"]


def test_a_pronoun_acted_on_stands_for_the_latest_act_of_the_same_kind() -> None:
    assert events("Notices\n\nTwitter removed 61 abusive tweets after the notices and withheld the account "
                  "in Australia. eSafety said the platform took them down on 28 April.") == [
        ("Twitter", "remove", [("post", 61)]), ("Twitter", "restrict", [("account", 1)])]


def test_lifted_it_after_an_act_undoes_that_act() -> None:
    assert events("Restricted\n\nLinkedIn restricted my account on Monday. To get the restriction lifted, I "
                  "had to upload an ID. LinkedIn lifted it within 18 hours.") == [
        ("LinkedIn", "restrict", [("account", 1)]), ("LinkedIn", "reinstate", [("account", 1)])]


def test_valve_acting_on_a_game_or_its_store_page_acts_as_steam() -> None:
    assert events("Delisted\n\nSteam delisted our game in April. In May, Valve put the store page back "
                  "up.") == [("Steam", "remove", [("app", 1)]), ("Steam", "reinstate", [("app", 1)])]
    assert events("Removed\n\nValve removed the game from sale on Monday.") == [
        ("Steam", "remove", [("app", 1)])]
    # Valve as a game maker banning its players still acts on accounts
    assert events("Banned\n\nValve banned 40,000 players for cheating on Monday.")[0][2] == [
        ("account", 40000)]
    # a store owner's notice that a developer complies with is no act of the store
    assert events("Notice\n\nGitHub took the site offline. “I’ll have to modify the app to comply with "
                  "Nintendo’s DMCA notice, such as removing the game downloading,” the developer said.") == [
        ("GitHub", "remove", [("server", 1)])]


def test_app_repositories_of_free_software_are_stores() -> None:
    assert events("Removed\n\nF-Droid removed my app from its repository last month because it added a "
                  "non-free dependency.") == [("F-Droid", "remove", [("app", 1)])]
    assert events("Pulled\n\nFlathub pulled the app on Monday.") == [("Flathub", "remove", [("app", 1)])]
