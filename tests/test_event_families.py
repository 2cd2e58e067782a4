"""Families of news sentences the events rules read (sentences written for these tests)."""
from __future__ import annotations

from extractor import extract
from extractor.settings import Settings
from tests.helpers import event_summary as events


def test_single_items_are_events() -> None:
    assert events("Ads pulled\n\nFacebook rejected the ad on Monday.") == [
        ("Facebook", "remove", [("ad", 1)])]
    assert events("Ads pulled\n\nTwitter blocked the campaign ad on Monday.") == [
        ("Twitter", "ban", [("ad", 1)])]
    assert events("Video gone\n\nInstagram labelled the video as false information.") == [
        ("Instagram", "label", [("video", 1)])]


def test_what_others_would_do_or_were_lured_into_is_no_event() -> None:
    # "they'd cut us off": 'would' before a bare verb
    assert events("Crawling\n\nThey said we had to stop crawling that customer or they'd cut us off "
                  "from AWS.") == []
    # 'lured users into disabling ads': the users did the disabling
    assert events("Apps\n\nThe apps lured users into disabling in-app advertisements by linking their "
                  "Facebook profile to the app.") == []


def test_a_gerund_subject_of_a_general_statement_is_no_event() -> None:
    assert events("TikTok\n\nBanning a short-video app has long-term consequences.") == []
    assert events("TikTok\n\nBanning TikTok would hurt millions of American users.") == []
    # one act, named, told in the present: still an event
    assert [e[1] for e in events("Apple\n\nApple has its reasons, but rejecting the Steam Link app seems a "
                                 "bit too much.")] == ["remove"]


def test_demands_and_other_senses_are_no_events() -> None:
    assert events("Opinion\n\nIt's time for Twitter to ban the senator's account.") == []
    assert events("Tim Cook On Apple Being 'Pulled Into The Enterprise'\n\nApple sells more Macs.") == []
    # an infinitive under 'unable', 'poised', 'willing' is no act taken
    assert events("Support\n\nGoogle suspended my account. They said they are unable to reverse the "
                  "suspension.") == [("Google", "suspend", [("account", 1)])]
    assert events("Plans\n\nTwitter is poised to ban the accounts of the group.") == []
    assert events("Slow\n\nFacebook was unable to remove the video before it spread.") == []
    # 'would not host' is a refusal told as it was made (a ban); 'would not ban' is no act
    assert events("Horses\n\nValve said it would not host the horror game Horses on Steam.") == [
        ("Steam", "ban", [("app", 1)])]
    assert events("Plans\n\nTwitter said it would not ban the account.") == []
    # who acts: 'banks are said to have blocked', 'the decision for Nguyen to pull', a plan as subject
    assert events("PayPal\n\nVarious German banks are said to have blocked payments from PayPal on "
                  "Monday.") == []
    assert events("Flappy\n\nThe decision for Nguyen to pull the arcade game from the App Store surprised "
                  "fans.") == []
    assert events("Apps\n\nThe sections are gone, with Apple planning to pull them from App Store "
                  "soon.") == []
    assert events("Twitter\n\nTwitter is said to have suspended the account of the senator on Monday.") == [
        ("Twitter", "suspend", [("account", 1)])]
    # a country's ban on a platform's product is the state's act, lifted or not
    assert events("Indonesia is lifting its ban on Grok, but with some conditions\n\nGrok is available "
                  "again after the country lifted its ban on the chatbot. X said it would comply.") == []
    # a gerund after 'comment on' is a topic; an action noun there is told as a fact
    assert events("Reach\n\nEngadget has reached out to Apple for comment on reinstating ICEBlock.") == []
    assert events("Reach\n\nApple declined to comment on its removal of ICEBlock from the App Store.") == [
        ("App Store", "remove", [("app", 1)])]
    # a service withdrawn from a place is no moderation; particular users of a place are
    assert events("Imgur Geo-Blocked the UK\n\nImgur decided to block UK users last month.") == []
    assert events("Exit\n\nTikTok blocked users in Montana after the law took effect.") == []
    assert events("Abuse\n\nTwitter blocked three UK users for abuse.") == [
        ("Twitter", "ban", [("account", 3)])]


def test_a_summary_present_with_a_particular_object_is_an_occasion() -> None:
    # a feed summary's present tense (removed from the ads programme: demonetised); bare plurals
    # in the present are a habit, not an occasion
    assert events("Creator cut off\n\nThe video site also removes the YouTube personality Kid Example from "
                  "its ads program.")[0][:2] == ("YouTube", "demonetize")
    assert events("How moderation works\n\nThe forum explains its rules. Reddit deletes posts that "
                  "break them.") == []


def test_platform_lists_before_the_verb_give_one_event_each() -> None:
    assert [e[0] for e in events("Reddit, Facebook ban Nazi groups after attack\n\nMore below.")] == [
        "Reddit", "Facebook"]


def test_store_removals_of_games_are_app_removals() -> None:
    assert events("Google pulls kids games\n\nGoogle removed 60 games from the Play Store on Friday.") == [
        ("Google Play", "remove", [("app", 60)])]


def test_quoted_notices_are_evidence_of_the_action() -> None:
    text = ("Gone\n\nTwitter did not comment. Anyone visiting Jane Example's profile on Tuesday was greeted "
            "with the message \"Account suspended\".")
    record = extract(text, published="2021-06-15")
    found = [(e["platform"], e["action"], [a["name"] for a in e["named_accounts"]]) for e in record["events"]]
    assert found == [("Twitter", "suspend", ["Jane Example"])]
    text = ("Gone\n\nThe rapper had 2 million followers on Twitter. Clicking on his tweets now brings up a "
            "message: \"This Tweet is no longer available.\"")
    assert events(text) == [("Twitter", "remove", [("post", 1)])]


def test_actions_told_in_passing() -> None:
    text = ("Absent\n\nAlex Example has been largely absent from mainstream platforms since his 2018 ban "
            "from YouTube, Facebook and Apple.")
    assert [(e[0], e[1]) for e in events(text)] == [("YouTube", "ban"), ("Facebook", "ban"), ("Apple", "ban")]
    assert events("Offline\n\nParler went offline after Amazon Web Services stopped hosting the app.") == [
        ("Amazon Web Services", "remove", [("app", 1)])]
    text = ("Back and forth\n\nTwitter suspended the account of rapper Kid Example on Monday. The account "
            "was restored on Wednesday, then suspended again on Friday.")
    assert [e[1] for e in events(text)] == ["suspend", "reinstate", "suspend"]


def test_users_block_people_too() -> None:
    assert events("Lawsuit\n\nTwitter users sued the senator for blocking them on Twitter.") == []
    assert events("Blocked\n\nTwitter blocked 300 accounts linked to the network.") == [
        ("Twitter", "ban", [("account", 300)])]


def test_headline_passives_and_cancellations() -> None:
    headline = "Far-Right Personality Laura Example Banned From Uber for Racist Tweets\n\nMore below."
    assert events(headline) == [("Uber", "ban", [("account", 1)])]
    registrar = "Registrar\n\nThe site's registration was canceled by GoDaddy on Sunday."
    assert [e[:2] for e in events(registrar)] == [("GoDaddy", "remove")]


def test_dots_that_group_thousands_in_a_count() -> None:
    text = "Restored\n\nAfter the group complained, over 200.000 videos were restored by YouTube."
    assert events(text) == [("YouTube", "reinstate", [("video", 200000)])]


def test_security_and_games_news_wordings() -> None:
    text = ("Takedown\n\nMeta said on Thursday that it had removed a network of 1,200 Facebook and Instagram "
            "accounts run from Iran.")
    assert events(text) == [("Facebook", "remove", [("account", 1200)])]
    wave = "Wave\n\nValve issued a ban wave on Tuesday that hit more than 40,000 Dota 2 accounts."
    assert events(wave) == [("Valve", "ban", [("account", 40000)])]
    assert events("Pro\n\nRiot has issued a three-month ban to the pro player after he used a slur.") == [
        ("Riot Games", "ban", [("account", 1)])]
    record = extract("State media\n\nFacebook has restricted access to RT and Sputnik in the EU.",
                     published="2022-03-01")
    assert [[a["name"] for a in e["named_accounts"]] for e in record["events"]] == [["RT", "Sputnik"]]
    # a person barring access to their own account is no platform's action
    suit = "Suit\n\nThe suit claims Trump is violating the law by barring their access to his account."
    assert events(suit) == []


def test_headline_wordings() -> None:
    text = "Twitter Removes Verified Status From Users For Racist Posts\n\nAnd some people are upset."
    assert events(text) == [("Twitter", "remove", [("account", None)])]
    text = "GoDaddy Boots White Supremacist Website After Offensive Post\n\nThe site has 24 hours to move."
    assert events(text) == [("GoDaddy", "ban", [("server", 1)])]
    text = "An Ex-Twitter Worker Claims He Shut Down Donald Example's Account\n\nMore below."
    assert events(text) == [("Twitter", "remove", [("account", 1)])]


def test_suspensions_and_restorations_on_four_dates_are_four_events() -> None:
    text = ("Back and forth\n\nTwitter suspended Jane Example on Monday and restored her account on Tuesday. "
            "On Friday she was suspended again, and Twitter reinstated the account a week later.")
    assert [e[1] for e in events(text)] == ["suspend", "reinstate", "suspend", "reinstate"]


def test_own_products_and_headline_plans_are_no_events() -> None:
    assert events("Tips\n\nGitHub has removed Copilot's ability to insert tips into pull requests.") == []
    assert events("Models\n\nOpenAI removed its 4o model from the app on Friday.") == []
    assert events("PUBG to ban 100000 cheaters in single wave\n\nMore below.") == []
    # a finite verb below the planned one ('videos that deny') does not make the headline a report
    assert events("YouTube to remove videos that deny the Holocaust\n\nMore below.") == []
    assert events("YouTube says it is going to remove videos that deny the Holocaust\n\nIt removed 100 "
                  "videos on Monday.") != []
    # an app's version is the app
    text = "Store\n\nGoogle also removed the Android version of the app from the Play store."
    assert [e[:2] for e in events(text)] == [("Google Play", "remove")]


def test_services_the_platform_list_does_not_know() -> None:
    text = "Registry\n\nThe domain was suspended by Public Interest Registry last week."
    assert events(text) == [("Public Interest Registry", "suspend", [("server", 1)])]
    # a person, a league or a ministry is no service
    assert events("Journalists\n\nMusk suspended the accounts of several journalists.") == []
    assert events("League\n\nThe league suspended the player for three matches.") == []
    own = "Projects\n\nThis is the year Apple cancelled its failed AirPower charging mat project."
    assert events(own) == []


def test_services_told_by_their_kind() -> None:
    # a name the platform list does not know is a service when the article says what kind it is,
    # whatever entity type the model gave it ('NameSilo' is read as a person)
    text = "Offline\n\nDomain registrar NameSilo suspended the site's domain on Tuesday."
    assert events(text) == [("NameSilo", "suspend", [("server", 1)])]
    text = "Offline\n\nThe domain was suspended by its registrar, TierraNet, on Monday."
    assert events(text) == [("TierraNet", "suspend", [("server", 1)])]
    # told by its kind, a service also acts by taking a site down; a restored domain is reinstated
    text = "Offline\n\nThe forum was taken down by its web host, ValueWeb, on Friday."
    assert events(text) == [("ValueWeb", "remove", [("community", 1)])]
    text = "Back\n\nThe forum's domain was later restored by Neustar."
    assert events(text) == [("Neustar", "reinstate", [("server", 1)])]
    # without its kind, a company taking down its own site is no event
    assert events("Offline\n\nThe forum was taken down by Acme Corp on Friday.") == []
    assert events("Offline\n\nThe forum was taken down by Acme Corp, its owner, on Friday.") == []


def test_search_engines_act_on_sites() -> None:
    text = "Search\n\nBing removed the website from its search index after a legal request."
    assert events(text) == [("Bing", "remove", [("server", 1)])]
    text = "Search\n\nGoogle stopped showing the site in its search results after the complaint."
    assert events(text) == [("Google", "restrict", [("server", 1)])]


def test_marked_as_a_verdict() -> None:
    # 'marked it as misleading': the verdict parsed as a clause of its own, 'as' under it
    text = "Label\n\nThe tweet was later deleted after Twitter marked it as misleading."
    assert events(text) == [("Twitter", "label", [("post", 1)])]


def test_saved_page_artifacts_and_domains() -> None:
    # a word glued to the link after it ('ofEnderman') is read as two
    text = "Gone\n\nYouTube confirmed the removal ofEnderman's personal channel on Monday."
    record = extract(text, published="2021-06-15")
    assert [[a["name"] for a in e["named_accounts"]] for e in record["events"]] == [["Enderman"]]
    # any lower-case word glued to a capitalised one, the offsets true to the text
    text = "Suspended\n\nOn Friday, Google has suspendedExampleMate's cloud account without notice."
    record = extract(text, published="2021-06-15")
    names = [a for e in record["events"] for a in e["named_accounts"]]
    assert [a["name"] for a in names] == ["ExampleMate"]
    assert text[names[0]["evidence"]["start"]:names[0]["evidence"]["end"]] == "ExampleMate"
    # one letter before capitals, or capitals alone after it, is a name ('iPhone', 'macOS'); a
    # handle is kept whole
    from extractor.nlp import parse
    assert [t.text for t in parse("the iPhone and macOS on @realDonaldTrump")] == [
        "the", "iPhone", "and", "macOS", "on", "@realDonaldTrump"]
    # a domain is suspended by a registry or a host, not by a platform named in passing
    text = ("Archive\n\nThe site once scraped Spotify. This status means that the domain is suspended and "
            "under investigation.")
    assert events(text) == []


def test_the_platform_an_owner_acted_on() -> None:
    assert events("Ban\n\nMeta banned Jane Example's Instagram account on Monday.") == [
        ("Instagram", "ban", [("account", 1)])]
    assert events("Store\n\nApple says it is removing VPN services from its app store in China.") == [
        ("App Store", "remove", [("app", None)])]


def test_game_companies_ban_accounts_but_remove_nothing_else() -> None:
    assert events("PSN\n\nSony banned the player's PlayStation Network account after the incident.") == [
        ("PlayStation Network", "ban", [("account", None)])]
    text = "Music\n\nThe email said Sony worked with YouTube to remove API access from Musi."
    assert all(e[0] != "Sony" for e in events(text))


def test_bans_received_or_hit_with() -> None:
    text = "Suspended\n\nThe streamer's channel was hit with a 30-day suspension by Twitch on Monday."
    assert events(text) == [("Twitch", "suspend", [("channel", 1)])]
    text = "Ban\n\nThe streamer Jane Example received a 30-day ban from Twitch on Monday."
    assert events(text) == [("Twitch", "ban", [("account", 1)])]
    assert events("Threat\n\nThe streamer faces a ban from Twitch.") == []


def test_a_named_account_is_a_target() -> None:
    assert events("Decision\n\nTwitter's decision to ban Trump was criticised by world leaders.") == [
        ("Twitter", "ban", [("account", 1)])]


def test_action_taken_against_accounts() -> None:
    text = "Network\n\nMeta said it took action against 1,300 accounts linked to the network."
    assert events(text) == [("Facebook", "remove", [("account", 1300)])]
    assert events("Plan\n\nTwitter will take action against accounts that spread the hoax.") == []


def test_hosts_withdrawing_service() -> None:
    text = "Host\n\nGoDaddy withdrew support for the neo-Nazi site Example Storm."
    record = extract(text, published="2021-06-15")
    found = [(e["platform"], e["action"], [a["name"] for a in e["named_accounts"]]) for e in record["events"]]
    assert found == [("GoDaddy", "remove", ["Example Storm"])]
    assert events("Support\n\nMicrosoft will end support for Windows 10 in October.") == []
    assert events("Support\n\nApple dropped support for older iPhones in the update.") == []
    # ending support is a product's lifecycle, not a host withdrawing service
    assert events("Support\n\nGoogle ended support for the Example app last year.") == []


def test_counts_with_a_plus_and_listed_handles() -> None:
    assert events("Meta\n\nMeta took down 300+ accounts and 40 pages.") == [
        ("Facebook", "remove", [("account", 300), ("page", 40)])]
    text = "Reddit\n\nReddit banned about 2,000 subreddits, including The_Example and ChapoTrapHouse."
    record = extract(text, published="2021-06-15")
    names = [[a["name"] for a in e["named_accounts"]] for e in record["events"]]
    assert names == [["The_Example", "ChapoTrapHouse"]]


def test_reversals_are_reinstatements() -> None:
    lifted = "Lifted\n\nTwitter lifted its ban on Jane Example's account on Friday."
    assert [e[:2] for e in events(lifted)] == [("Twitter", "ban"), ("Twitter", "reinstate")]
    text = "Reversed\n\nTwitter later reversed the suspension of the account."
    assert sorted(e[1] for e in events(text)) == ["reinstate", "suspend"]
    # whose decision it was: the one who reverses it ('its'), or the one named ('Twitter's')
    text = "Reversed\n\nTikTok reversed its decision to ban the streamer on Friday."
    assert sorted(e[:2] for e in events(text)) == [("TikTok", "ban"), ("TikTok", "reinstate")]
    text = "Criticism\n\nTwitter's decision to suspend the journalist drew criticism."
    assert events(text) == [("Twitter", "suspend", [("account", 1)])]


def test_a_platform_taken_for_a_verb_still_acts() -> None:
    # the model reads '-ify' names as verbs and the action as an adjective ('removed episodes')
    assert events("Podcast cut\n\nThe company faced criticism. Spotify removed episodes of The Example "
                  "Hour that contained slurs.") == [("Spotify", "remove", [("other", None)])]


def test_platforms_listed_beside_the_actor_act_too() -> None:
    along = events("Shows pulled\n\nOver the weekend, Apple, along with Facebook and Spotify, pulled the "
                   "Example Network's podcasts from their services.")
    assert [e[0] for e in along] == ["Apple", "Facebook", "Spotify"]
    such = events("Pages gone\n\nTech giants such as Facebook and YouTube removed his pages on Monday.")
    assert [e[0] for e in such] == ["Facebook", "YouTube"]
    place = events('Bans\n\nTwitter said: "Today, we permanently suspended @example and @sample from '
                   'Twitter and Periscope."')
    assert [e[0] for e in place] == ["Twitter", "Periscope"]


def test_what_someone_deletes_from_their_own_place_is_no_event() -> None:
    assert events("Moderators act\n\nWe banned him from our Discord server after the raid, the "
                  "moderators said.") == []
    assert events("Videos\n\nThe ministry posted two videos on Instagram. One video was later "
                  "deleted.") == []


def test_a_platform_banned_for_a_group_is_no_platform_action() -> None:
    assert events("Age limits\n\nWhile social media sites like Instagram and Snapchat have been banned "
                  "for minors under 16 in Australia, gaming sites are not affected by the ban.") == []


def test_a_goal_and_a_platform_spoken_on_are_no_actions() -> None:
    assert events('Notices\n\nAn email from GitHub said it is "never its desire or goal to take down '
                  'open-source projects."') == []
    text = ('Library flagged\n\nnpm pulled the library. "The library has been flagged as malicious," '
            "posted Kim Example on X (formerly Twitter).")
    assert all(e[0] != "Twitter" for e in events(text))


def test_first_person_accounts_and_joined_verbs() -> None:
    assert events("Back\n\nUpdate: my Twitter account got unbanned on New Year's Eve.") == [
        ("Twitter", "reinstate", [("account", 1)])]
    # a verb joined by 'and' to 'gave' is not governed by it (as 'gave him the power to remove' is);
    # the strike given is a restriction of the channel (fifth stop)
    assert events("Strike\n\nYouTube gave my channel a community guidelines strike and removed the "
                  "video.") == [("YouTube", "restrict", [("channel", 1)]),
                                ("YouTube", "remove", [("video", 1)])]


def test_a_company_speaking_of_itself_and_whose_access_was_revoked() -> None:
    text = ('Toy pulled\n\nNPR reports that OpenAI revoked ExampleToy\'s access to its models. "We '
            'suspended this developer for violating our policies," OpenAI said in an email.')
    record = extract(text, published="2021-06-15")
    assert [(e["platform"], [n["name"] for n in e["named_accounts"]]) for e in record["events"]] == [
        ("OpenAI", ["ExampleToy"])]


def test_an_owner_acting_on_its_store_and_what_is_no_action() -> None:
    assert events("Apps\n\nFollowing Apple's removal of ExampleBlock from the App Store, reporters "
                  "asked why.") == [("App Store", "remove", [("app", 1)])]
    assert events("Rules\n\nApple said the apps violated a rule which says that apps must offer an "
                  "option to block abusive users.") == []
    assert events("Bounty site\n\nDiscord messages from the site's owners explain that the site was "
                  "locked down after a breach.") == []
    assert events("Review pulled\n\nMetacritic pulled the Example review of the game over claims it "
                  "was written by AI.") == [("Metacritic", "remove", [("post", 1)])]


def test_misread_headlines_and_platforms_reported_to() -> None:
    assert events("Twitter suspends Example First account retweeted by the president\n\nMore "
                  "below.") == [("Twitter", "suspend", [("account", 1)])]
    assert events("YouTube removing 'dangerous' laundry pod challenge videos\n\nMore below.") == [
        ("YouTube", "remove", [("video", None)])]
    assert events('Post gone\n\nA spokeswoman for the senator said a video that was "liked" by his '
                  "account has been removed and reported to Twitter.") == []


def test_an_app_back_in_its_store_was_let_back() -> None:
    assert events("Return\n\nThe app was pulled in May. It returned to the App Store on Monday after a "
                  "two-week absence.")[-1] == ("App Store", "reinstate", [("app", 1)])
    # a person back on a platform may have come back of their own accord
    assert events("Back\n\nThe senator returned to Twitter on Monday and posted a video.") == []


def test_backtracking_and_unlocked_headlines_are_reinstatements() -> None:
    assert events("Twitter backtracks after blocking 'inflammatory' campaign ad\n\nMore below.") == [
        ("Twitter", "reinstate", [("ad", 1)]), ("Twitter", "ban", [("ad", 1)])]
    assert events("Ann Example's Twitter Account Unlocked; Temporary Block Was Over Phone Number\n\n"
                  "More below.") == [("Twitter", "reinstate", [("account", 1)])]


def test_participles_not_only_and_bans_given() -> None:
    # a participle on a noun is told as a fact, whatever the modal of the clause around it
    assert [e[0] for e in events("Steam\n\nWhile the content removed by Steam and Itch.io may violate "
                                 "laws in some countries, it is legal in the US.")] == ["Steam", "itch.io"]
    # 'not just X but Y' adds, it does not deny
    assert events("Cheaters\n\nTwitch took the unusual step of not just banning two streamers from the "
                  "site, but suing them.")[0][:2] == ("Twitch", "ban")
    assert events("Hate groups\n\nDiscord is giving racist alt-right servers the banhammer.") == [
        ("Discord", "ban", [("server", None)])]


def test_the_writer_acted_on_and_separated_particles() -> None:
    assert events("Banned\n\nI got banned from Twitter yesterday for a joke about cats.") == [
        ("Twitter", "ban", [("account", 1)])]
    assert events("AdSense\n\nIn 2012 Google kicked me out of AdSense for invalid clicks.")[0][2] == [
        ("account", 1)]
    # the writer as the passive subject, in a story about one platform: the writer's account
    assert events("My Twitter\n\nI have posted on Twitter since 2009. Last week I got shadowbanned "
                  "without warning.") == [("Twitter", "restrict", [("account", 1)])]
    # gamers' words for a ban of some length: 'temp banned', 'perma-banned', 'permabanned'
    assert events("Streamers on Twitch\n\nThe streamer was perma-banned from Twitch for her account "
                  "name.") == [("Twitch", "ban", [("account", 1)])]
    assert events("Streamers on Twitch\n\nThe streamer was permabanned by Twitch on Monday.") == [
        ("Twitch", "ban", [("account", 1)])]
    assert events("Streamers on Twitch\n\nTwitch temp banned the streamer for her account name.") == [
        ("Twitch", "ban", [("account", 1)])]
    # (not 'I was rejected': that tells of the writer's app or submission)
    assert events("Review\n\nI have sold apps on Google Play since 2019. Last week I was rejected "
                  "again.") == []
    # (the screen's word lists hold 'took down', not the separated 'took ... down': read unscreened)
    record = extract("Video gone\n\nYouTube took my video down on Monday.", published="2021-06-15",
                     settings=Settings(screen=False))
    assert [(e["platform"], e["action"]) for e in record["events"]] == [("YouTube", "remove")]


def test_ads_stopped_on_a_channel_demonetise_it() -> None:
    record = extract("Ads halted\n\nGoogle stopped running ads on the channel after the video went viral.",
                     published="2021-06-15", settings=Settings(screen=False))
    # (a channel's ads are YouTube's: Google acts there, as the corpus's gold has it)
    assert [(e["platform"], e["action"], e["targets"][0]["type"]) for e in record["events"]] == [
        ("YouTube", "demonetize", "channel")]


def test_a_page_unpublished_is_removed() -> None:
    assert events("Pages unpublished\n\nFacebook unpublished the page of the Example Boys in 2018.") == [
        ("Facebook", "remove", [("page", 1)])]


def test_an_account_disabled_read_as_an_adjective_is_suspended() -> None:
    assert events("Account\n\nMy Google account was disabled on Friday, and with it my mail and my "
                  "photos.") == [("Google", "suspend", [("account", 1)])]
    assert events("Access\n\nThe app now offers more options to disabled users, Apple said.") == []


def test_people_of_a_partitive_are_counted_by_its_number() -> None:
    assert events("Moderators\n\nReddit banned two of its moderators on Monday.") == [
        ("Reddit", "ban", [("account", 2)])]


def test_they_who_give_an_account_back_are_the_platform() -> None:
    assert events("My story\n\nLast week PayPal limited my account without any warning. After three "
                  "calls, they restored it.") == [
        ("PayPal", "restrict", [("account", 1)]), ("PayPal", "reinstate", [("account", 1)])]
    # people 'restore' other things
    assert events("Museum\n\nThe museum reopened on Monday. They restored the old building.") == []


def test_companies_listed_as_including_platforms_act_each() -> None:
    assert [e[:2] for e in events(
        "Banned again\n\nThe decision comes a month after other companies prohibited the host from "
        "their outlets, including Apple, Facebook and Spotify.")] == [
        ("Apple", "ban"), ("Facebook", "ban"), ("Spotify", "ban")]
    # a list of platforms before a misread subject: each removed it
    assert [e[0] for e in events(
        "Pulled\n\nSpotify, Facebook, and Google have all decided in recent days to remove content "
        "from the outlet.")] == ["Spotify", "Facebook", "Google"]


def test_an_account_back_on_and_a_restoration_seen_are_reinstatements() -> None:
    assert events("Back\n\nFacebook suspended the writer's account on Monday. By Wednesday his Facebook "
                  "account was back on.") == [("Facebook", "suspend", [("account", 1)]),
                                              ("Facebook", "reinstate", [("account", 1)])]
    # what someone 'could see' happened did happen; a person back on a platform came back himself
    assert events("Locked out\n\nHer father could see that Discord changed the setting again after "
                  "her account was restored.") == [("Discord", "reinstate", [("account", 1)])]
    assert events("Return\n\nThe singer is back on Twitter after a break.") == []


def test_headlines_the_parse_misreads_keep_their_objects() -> None:
    # the small model reads 'bans' as a noun and 'blocks' as a possessor in these headlines
    assert events("GoDaddy bans neo-Nazi site Example Stormer for a post\n\nThe company acted late "
                  "on Sunday.") == [("GoDaddy", "ban", [("server", 1)])]
    assert events("Telegram blocks 'terrorist-related' channels after Indonesia ban\n\nThe messaging "
                  "service says it was late in removing them.") == [("Telegram", "ban", [("channel", None)])]


def test_payment_services_cut_off_and_stop_paying_out_are_bans() -> None:
    assert events("Apple Pay, PayPal cut off sites linked to white supremacists\n\nPayments giants "
                  "act.") == [("Apple Pay", "ban", [("server", None)]), ("PayPal", "ban", [("server", None)])]
    record = extract("Payments\n\nThe paper reports that Stripe has stopped processing payments for the "
                     "Jane Example campaign website.", published="2021-06-15",
                     settings=Settings(screen=False))
    assert [(e["platform"], e["action"]) for e in record["events"]] == [("Stripe", "ban")]
    # access cut off is no ban of its own
    assert events("Researchers\n\nThe ruling cut off access to the data for researchers.") == []


def test_a_store_described_is_the_one_named_before() -> None:
    assert events("Delisted\n\nExample Quest was released on Steam in 2019 but was pulled from that "
                  "storefront after complaints.") == [("Steam", "remove", [("app", 1)])]
    # a place that is no store is no platform's
    assert events("Expelled\n\nThe student, a Steam user, was expelled from that school in 2019.") == []


def test_summary_lines_service_ended_and_items_resurfacing() -> None:
    # a summary line the parse misreads like a headline ('boots' read as a noun)
    assert events("Dropped\n\nExampleHost reports. GoDaddy boots neo-Nazi site after a story on the "
                  "victim.") == [("GoDaddy", "ban", [("server", 1)])]
    assert events("Offline\n\nParler.com has gone offline, as Amazon Web Services discontinued service to "
                  "the company.") == [("Amazon Web Services", "remove", [("server", 1)])]
    assert events("Back\n\nAfter Example removed the transfer feature, the app resurfaced on the App "
                  "Store.") == [("App Store", "reinstate", [("app", 1)])]
    # a person resurfacing on a platform came back of their own accord
    assert events("Gone\n\nThe rapper resurfaced on Instagram with a new account.") == []


def test_a_headline_plan_covers_the_verbs_and_nouns_it_governs() -> None:
    assert events("Apple to impose 50-character limit on app names, remove poorly maintained apps\n\n"
                  "Developers reacted.") == []


def test_made_unavailable_is_a_removal() -> None:
    assert events("Archive\n\nOf these, 247 YouTube channels have been made unavailable as of June 2019, "
                  "along with 5.381 videos on YouTube.") == [
        ("YouTube", "remove", [("channel", 247), ("video", 5381)])]  # (what goes 'along with' them too)
    assert events("Store\n\nThe company made the feature unavailable in China.") == []


def test_people_kept_from_using_a_thing_restrict_the_thing() -> None:
    assert events("Apple Blocks US Users From Downloading Example's Chinese Apps\n\nUsers noticed.") == [
        ("App Store", "restrict", [("app", None)])]
    assert events("Links\n\nFacebook blocked users from sharing the video on Monday.") == [
        ("Facebook", "restrict", [("video", 1)])]


def test_what_a_store_owner_pulls_from_its_store_is_an_app() -> None:
    # the parse hangs 'from App Store' on the name; the store still acted on an app
    assert events("Apple pulls controversial 'Example With Friends' app from App Store\n\nApple has "
                  "decided to pull Example With Friends, a controversial app, from the App Store.") == [
        ("App Store", "remove", [("app", 1)])]
    # a thing by name (no person) pulled by Apple in an App Store story is an app of the store
    assert events("Apps\n\nApple forced LINE to stop offering gifts on the App Store, and last month it "
                  "pulled ExampleGratis.") == [("App Store", "remove", [("app", 1)])]


def test_a_measured_later_dates_the_act_it_does_not_tell_another() -> None:
    assert events("Apple Pulls \"Example Cure\" App From the App Store\n\nFive days and over 145,000 "
                  "signatures later, Apple finally pulled the Example Cure app from the App Store.") == [
        ("App Store", "remove", [("app", 1)])]


def test_counts_from_names_and_a_rounded_headline_count() -> None:
    assert events("Apps pulled\n\nApple removed Example Tea and ExampleOnHer from the App Store on "
                  "Friday.") == [("App Store", "remove", [("app", 2)])]
    # 'removes 3,400 accounts' over '3,465 accounts' in the body: the exact count, once
    assert events("Twitter removes 3,400 accounts used in propaganda campaigns\n\nTwitter said on Friday it "
                  "had removed 3,465 accounts used in propaganda campaigns.") == [
        ("Twitter", "remove", [("account", 3465)])]


def test_they_who_act_on_the_writers_things_and_bans_lifted_from_an_account() -> None:
    assert events("Games gone\n\nI make games for Google Play and the App Store, but mostly for Google "
                  "Play. One time they removed two of my games because of plagiarism.") == [
        ("Google Play", "remove", [("app", 2)])]
    # 'lifted the ban on my account': the ban told, and its end
    assert [e[:2] for e in events("Ban lifted\n\nTwitter lifted the ban on my account on Friday.")] == [
        ("Twitter", "ban"), ("Twitter", "reinstate")]
    assert [e[:2] for e in events("Flagged\n\nGitHub flagged my account. After I wrote to them, GitHub "
                                  "cleared the restrictions from my account.")] == [
        ("GitHub", "label"), ("GitHub", "restrict"), ("GitHub", "reinstate")]


def test_a_general_amnesty_reinstates_the_suspended_accounts() -> None:
    # the participle the amnesty lifts tells the suspensions too (extractor.mentions.lifted_from)
    assert events("Amnesty\n\nElon Musk's general amnesty for suspended accounts on Twitter began on "
                  "Thursday.") == [("Twitter", "reinstate", [("account", None)]),
                                   ("Twitter", "suspend", [("account", None)])]
    assert events("Rights\n\nAmnesty International said Twitter must do more about abuse.") == []
    assert events("Amnesty\n\nMusk said Twitter would offer a general amnesty to suspended accounts next "
                  "week.") == []


def test_a_store_removing_the_writers_app_is_no_own_product_change() -> None:
    assert events("App gone\n\nYesterday we got an email: our app has been removed from Google Play for "
                  "violating the Deceptive Behavior policy.") == [("Google Play", "remove", [("app", 1)])]
    # a company changing its own product is still none
    assert events("Product\n\nOpenAI is removing its 4o model from the app.") == []


def test_domain_registries_and_registrars_are_platforms() -> None:
    assert events("Domains\n\nVerisign took down the domain on Friday.") == [
        ("Verisign", "remove", [("server", 1)])]
    assert events("Domains\n\nTucows disabled the site's domain after the complaints.")[0][:2] == (
        "Tucows", "suspend")


def test_products_banned_on_a_marketplace() -> None:
    assert events("Example phones banned on Amazon over spyware concerns\n\nThe budget brand is in trouble "
                  "again.") == [("Amazon", "ban", [("other", None)])]
    # Amazon acting on accounts is still an account event
    assert events("Sellers\n\nAmazon suspended the seller's account on Friday.") == [
        ("Amazon", "suspend", [("account", 1)])]


def test_a_platform_refusing_to_carry_an_item_bans_it() -> None:
    assert events("Game refused\n\nValve refused to publish the game on Steam.") == [
        ("Steam", "ban", [("app", 1)])]
    assert events("App refused\n\nApple declined to approve the app for the App Store.") == [
        ("App Store", "ban", [("app", 1)])]
    # refusing to take something down is no action at all
    assert events("Post stays\n\nTwitter refused to remove the post.") == []


def test_verbs_with_a_hyphenated_prefix_are_read_whole() -> None:
    assert events("Group gone\n\nFacebook de-platformed the group on Monday.") == [
        ("Facebook", "ban", [("group", 1)])]
    assert events("Back\n\nTwitter suspended the account in May. Twitter un-suspended the account on "
                  "Monday.")[1][:2] == ("Twitter", "reinstate")
    assert events("Back\n\nTwitter re-instated the account on Monday.")[0][:2] == ("Twitter", "reinstate")
    assert events("Money\n\nYouTube de-monetized the channel on Monday.") == [
        ("YouTube", "demonetize", [("channel", 1)])]
    assert events("Search\n\nGoogle de-indexed the site on Monday.")[0][:2] == ("Google", "restrict")
    assert events("Back\n\nApple removed the app in May. The app re-surfaced on the App Store on Monday."
                  )[1][:2] == ("App Store", "reinstate")


def test_a_hyphenated_prefix_keeps_the_word_one_token() -> None:
    from extractor.nlp import get_pipeline

    words = [t.text for t in get_pipeline().tokenizer("It was de-platformed, re-instated (and un-banned).")]
    assert words == ["It", "was", "de-platformed", ",", "re-instated", "(", "and", "un-banned", ")", "."]
    # other hyphenated words split as before
    assert [t.text for t in get_pipeline().tokenizer("a well-known co-founder will re-establish")] == [
        "a", "well", "-", "known", "co", "-", "founder", "will", "re", "-", "establish"]


def test_a_word_filter_is_no_action_on_anyone() -> None:
    assert events("Words\n\nTwitter blocked the word \"Examplegate\" on Monday.") == []
    assert events("Words\n\nThe forum removed the term from its search on Monday.") == []
    # a ban of an account named with quotation marks still is one
    assert events("Account\n\nTwitter banned the account \"Examplegate\" on Monday.")[0][:2] == (
        "Twitter", "ban")


def test_an_action_noun_whose_victim_is_named_is_told_whatever_modal_follows() -> None:
    told = extract("A lesson\n\nManuel Example's ban from Twitter should be a lesson for us all.")
    assert [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in told["events"]] == [
        ("Twitter", ["Manuel Example"])]
    # a ban nobody owns, or one that belongs to the platform, under a modal is still a plan
    assert extract("Ban debate\n\nA ban on TikTok would hurt creators. Its ban would take effect in "
                   "January.")["events"] == []


def test_check_marks_removed_are_a_target() -> None:
    record = extract("Officials pay for X\n\nHours after the article was published, the blue check marks for "
                     "several officials' accounts that the magazine had flagged to X were removed.")
    assert [(e["platform"], e["action"], [(t["type"], t["count"]) for t in e["targets"]])
            for e in record["events"]] == [("Twitter", "remove", [("other", None)])]


def test_services_beyond_the_big_platforms_act() -> None:
    for text, expected in [
        ("Digg\n\nDigg banned the user on Monday.", ("Digg", "ban", [("account", 1)], [])),
        ("Mods\n\nNexus Mods removed the game on Tuesday.", ("Nexus Mods", "remove", [("app", 1)], [])),
        # a word for what was acted on is no name ('the mod')
        ("Mods\n\nCurseForge removed the mod on Tuesday.", ("CurseForge", "remove", [("app", 1)], [])),
        ("Blog gone\n\nGoogle removed my blog from Blogger last week.",
         ("Blogger", "remove", [("server", 1)], [])),
        # a subreddit's name is one word, whatever the parse
        ("Subreddit\n\nThe subreddit r/example was banned on Monday, Reddit confirmed.",
         ("Reddit", "ban", [("community", 1)], ["r/example"])),
    ]:
        record = extract(text)
        assert [(e["platform"], e["action"], [(t["type"], t["count"]) for t in e["targets"]],
                 [a["name"] for a in e["named_accounts"]]) for e in record["events"]] == [expected], text


def test_the_store_told_before_is_not_another_platform_in_the_sentence() -> None:
    record = extract("Apple purges apps\n\nApple removed 47,300 apps from the App Store in October. Any "
                     "previously downloaded apps that got removed from the store can also be restored from "
                     "a user's iCloud or iTunes backup.")
    assert [e["platform"] for e in record["events"]] == ["App Store"]


def test_rejecting_a_business_approach_is_no_moderation() -> None:
    record = extract("Search deal\n\nBad search results were among the reasons Apple rejected an approach "
                     "from Microsoft to use the Bing search engine as the default in its browser.")
    assert record["events"] == []
    record = extract("News app\n\nAll of the site's stories on NewsBreak appeared to have been taken down on "
                     "Tuesday afternoon.")
    assert [e["platform"] for e in record["events"]] == ["NewsBreak"]


def test_an_interview_or_an_upload_taken_down_is_a_video() -> None:
    for text in ("Interview gone\n\nYouTube censored the interview on Monday.",
                 "Upload gone\n\nYouTube took down the upload within hours."):
        record = extract(text)
        assert [(e["platform"], [t["type"] for t in e["targets"]]) for e in record["events"]] == [
            ("YouTube", ["video"])], text


def test_removal_from_a_partner_program_is_demonetisation() -> None:
    record = extract("H\n\nYouTube removed Jane Roe's channel from the YouTube Partner Program.")
    assert [(e["platform"], e["action"], [a["name"] for a in e["named_accounts"]])
            for e in record["events"]] == [("YouTube", "demonetize", ["Jane Roe"])]


def test_banished_payouts_cut_and_an_account_taken_offline() -> None:
    cases = {
        "Jane Roe was banished from Twitter on Monday.": ("Twitter", "ban", [("account", 1)], ["Jane Roe"]),
        "Patreon cut off the creator's payouts on Monday.": ("Patreon", "demonetize", [("account", 1)], []),
        "YouTube froze Jane Roe's earnings on Monday.":
            ("YouTube", "demonetize", [("account", 1)], ["Jane Roe"]),
        # 'offline' is where the account went, not its name
        "Jane Roe's TikTok account was taken offline on Monday.":
            ("TikTok", "remove", [("account", 1)], ["Jane Roe"]),
    }
    for body, expected in cases.items():
        record = extract("H\n\n" + body)
        assert [(e["platform"], e["action"], [(t["type"], t["count"]) for t in e["targets"]],
                 [a["name"] for a in e["named_accounts"]]) for e in record["events"]] == [expected], body


def test_browser_extensions_google_removes_are_chrome_web_store_removals() -> None:
    record = extract("Google removes malicious Chrome extensions with 1.4 million users\n\nBy Kim Example")
    assert [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in record["events"]] == [
        ("Chrome Web Store", [])]
    assert events("Extensions\n\nGoogle pulled 32 extensions from its store.") == [
        ("Chrome Web Store", "remove", [("app", 32)])]
    assert events("Apps\n\nGoogle pulled 32 apps from its store.") == [
        ("Google Play", "remove", [("app", 32)])]


def test_a_form_filed_is_no_app() -> None:
    assert events("Partners\n\nTwitch rejected its own CEO's secret Partner application.") == []
    assert events("Partners\n\nApple rejected the Example application on Monday.") == [
        ("App Store", "remove", [("app", 1)])]


def test_what_the_writer_does_to_their_own_things_is_no_event() -> None:
    for text in ("Delisting my website from Google", "Following up on delisting my website from Google",
                 "Deleting my Facebook account was the best decision I made."):
        assert events("Blog\n\n" + text) == [], text
    assert events("Blog\n\nTwitter suspending my account was a mistake.") == [
        ("Twitter", "suspend", [("account", 1)])]


def test_a_compound_of_the_same_kind_is_one_target_and_hosting_cut_off_is_a_removal() -> None:
    assert events("Podcasts\n\nSpotify pulled the podcast episodes from its service on Monday.") == [
        ("Spotify", "remove", [("other", None)])]
    record = extract("Hosting\n\nAmazon Web Services cut off hosting for Parler on Sunday.")
    assert [(e["platform"], e["action"], [a["name"] for a in e["named_accounts"]])
            for e in record["events"]] == [("Amazon Web Services", "remove", ["Parler"])]


def test_advertisers_pausing_their_ads_on_a_platform_is_no_moderation() -> None:
    for text in ("Several large companies, including Apple and Disney, suspended advertising on X after "
                 "the report.", "Disney and Apple pulled their ads from Twitter on Friday."):
        assert events("Boycott\n\n" + text) == [], text
    assert events("Ads\n\nYouTube pulled ads from the channel on Monday.") == [
        ("YouTube", "demonetize", [("channel", 1)])]


def test_it_in_a_platforms_statement_is_that_platform() -> None:
    text = ("Hong Kong\n\nMeta, the parent company of Facebook, Instagram and WhatsApp, said that between "
            "July 2020 and June 2022 it had been forced to remove content globally on 50 occasions.")
    assert [e["platform"] for e in extract(text)["events"]] == ["Facebook"]


def test_an_act_told_as_wrongly_done_was_done() -> None:
    assert events("Complaint\n\nMy documentary should not have been taken down from YouTube.") == [
        ("YouTube", "remove", [("video", 1)])]
    assert events("Complaint\n\nYouTube shouldn't have removed the video.") == [
        ("YouTube", "remove", [("video", 1)])]
    # without the negation, it says the act was not done
    assert events("Complaint\n\nThe account should have been suspended by Twitter long ago.") == []


def test_dropped_from_a_store_is_a_removal() -> None:
    assert events("Store\n\nApple dropped the game from the App Store on Monday.") == [
        ("App Store", "remove", [("app", 1)])]
    assert events("Store\n\nSpotify dropped the podcast from its platform on Monday.") == [
        ("Spotify", "remove", [("other", 1)])]
    assert events("Race\n\nThe candidate dropped from the race on Monday.") == []


def test_no_longer_recommended_is_a_restriction() -> None:
    assert events("Feeds\n\nTikTok stopped recommending the creator's videos on Monday.") == [
        ("TikTok", "restrict", [("video", None)])]
    assert events("Apps\n\nUsers stopped recommending the app to friends, Twitter said.") == []


def test_a_time_told_with_by_is_no_agent_and_banned_from_the_platform_is_its_act() -> None:
    text = ("TikTok and Tate\n\nTikTok has a billion users. By the time Andrew Tate was eventually banned "
            "from the platform in August 2022, videos of him had been viewed 11bn times.")
    record = extract(text)
    assert [(e["platform"], e["action"], [a["name"] for a in e["named_accounts"]])
            for e in record["events"]] == [("TikTok", "ban", ["Andrew Tate"])]
    assert events("Suspended\n\nBy Monday, the account had been suspended by Twitter.") == [
        ("Twitter", "suspend", [("account", 1)])]


def test_accounts_on_two_platforms_joined_before_the_noun_are_two_events() -> None:
    text = ("Feminists\n\nLiang Xiaowen remained active in feminist groups until 2021, when her WeChat and "
            "Weibo accounts were shut down.")
    assert sorted(e["platform"] for e in extract(text)["events"]) == ["WeChat", "Weibo"]
    # 'iTunes, iCloud and other Apple services' lists other things, not the homes of one kind
    text = ("Courts\n\nThe magistrate said blocking the sites would disrupt iTunes, iCloud and other Apple "
            "services, which Apple restricted on Monday.")
    assert "iCloud" not in [e["platform"] for e in extract(text)["events"]]


def test_a_company_acting_with_hosting_words_is_its_hosting_service() -> None:
    hosted = events("Hosting\n\nThe forum went dark when Amazon stopped hosting it.")
    assert hosted[0][0] == "Amazon Web Services"
    found = extract("Off\n\nAmazon kicked Example Social off its servers on Sunday.")["events"]
    assert [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in found] == [
        ("Amazon Web Services", ["Example Social"])]
    # a store's removal stays Amazon's; a Discord server is no hosting of the company's own
    assert events("Books\n\nAmazon removed the book from its store.")[0][0] == "Amazon"
    assert events("Discord\n\nMicrosoft banned the user from the Copilot Discord server.")[0][0] != "Azure"


def test_platforms_the_parse_left_before_a_subjectless_verb_are_its_subject() -> None:
    text = ("Economy\n\nParler, a far-right social network, was paralysed when Amazon pulled its web-hosting "
            "services and Apple and Google dropped it from their app stores after January 6th 2021.")
    found = [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in extract(text)["events"]]
    # the stores dropped 'it', which stands for Parler (a platform, but not a company owning platforms)
    assert ("App Store", ["Parler"]) in found and ("Google Play", ["Parler"]) in found
    # 'it' after an owner company is not that company
    text = "Feature\n\nTwitter launched a new app. Apple removed it from the App Store."
    assert [a["name"] for e in extract(text)["events"] for a in e["named_accounts"]] == []


def test_getting_an_account_back_and_being_back_after_a_ban_are_reinstatements() -> None:
    found = extract("Back\n\nJane Example got her Twitter account back on Friday.")["events"]
    assert [(e["platform"], e["action"]) for e in found] == [("Twitter", "reinstate")]
    found = extract("Back\n\nDonald Trump is back on Facebook after a two-year ban.")["events"]
    assert [(e["platform"], e["action"], [a["name"] for a in e["named_accounts"]]) for e in found] == [
        ("Facebook", "reinstate", ["Donald Trump"])]
    # back after anything else, or money got back, is no reinstatement
    assert events("Back\n\nKanye West is back on Twitter after a break.") == []
    assert events("Back\n\nJane Example got her money back from PayPal.") == []


def test_hosts_and_payment_services_dropping_a_customer_remove_it() -> None:
    for text, host in (("Cloudflare dropped Kiwi Farms on Saturday.", "Cloudflare"),
                       ("Kiwi Farms was dropped by Cloudflare on Saturday.", "Cloudflare"),
                       ("The forum was dropped by its domain registrar, Epik.", "Epik")):
        assert [e[:2] for e in events("Dropped\n\n" + text)] == [(host, "remove")]
    found = extract("Dropped\n\nPayPal dropped Infowars as a client.")["events"]
    assert [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in found] == [
        ("PayPal", ["Infowars"])]
    # what a company drops of its own is no customer
    assert events("Dropped\n\nPayPal dropped its lawsuit against the company.") == []
    assert events("Dropped\n\nStripe dropped its fees for small businesses.") == []


def test_headlines_the_parse_reads_as_one_noun_still_name_who_was_acted_on() -> None:
    for text, platform, name in (("TikTok bans Andrew Tate", "TikTok", "Andrew Tate"),
                                 ("TikTok bans Andrew Tate.", "TikTok", "Andrew Tate"),
                                 ("Twitter Suspends Kathy Griffin", "Twitter", "Kathy Griffin")):
        found = [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in extract(text)["events"]]
        assert found == [(platform, [name])]
    assert events("The TikTok ban debate continues in Congress.") == []
    # an owner the model left untagged in a headline still acts for the platform of the account
    found = extract("Elon Musk reinstates Donald Trump's Twitter account")["events"]
    assert [(e["platform"], e["action"]) for e in found] == [("Twitter", "reinstate")]


def test_two_actions_joined_by_and_on_objects_of_their_own_are_two_events() -> None:
    text = "Reddit\n\nFollowing the report, Reddit banned three subreddits and suspended several moderators."
    assert [e[:2] for e in events(text)] == [("Reddit", "ban"), ("Reddit", "suspend")]
    text = "Facebook\n\nFacebook removed the posts and suspended the account on Monday."
    assert [e[:2] for e in events(text)] == [("Facebook", "remove"), ("Facebook", "suspend")]
    # one object, two verbs: told as one act
    assert len(events("Twitter\n\nTwitter suspended and later banned the account.")) == 1


def test_information_panels_label_and_revenue_cut_off_demonetises() -> None:
    assert events("Panel\n\nYouTube attached an information panel to the videos.") == [
        ("YouTube", "label", [("video", None)])]
    assert [e[:2] for e in events("Revenue\n\nYouTube cut the channel off from advertising revenue.")] == [
        ("YouTube", "demonetize")]
    # barred from advertising is no demonetisation; a panel added to an app is no label
    assert [e[:2] for e in events("Ads\n\nTwitter banned the account from advertising on its platform.")] == [
        ("Twitter", "ban")]
    assert events("Panel\n\nFacebook added a new panel to its app for privacy settings.") == []


def test_marked_as_false_covered_with_a_warning_and_a_panel_under_a_video_are_labels() -> None:
    assert events("Fact-check\n\nFacebook marked the post as false information after a fact-check.") == [
        ("Facebook", "label", [("post", 1)])]
    assert events("Warning\n\nInstagram covered the photo with a sensitive content warning.") == [
        ("Instagram", "label", [("post", 1)])]
    assert events("Panel\n\nYouTube placed an information panel under the video.") == [
        ("YouTube", "label", [("video", 1)])]
    # marked as something that is no verdict on its truth, or classified by someone: no label
    assert events("Read\n\nTwitter marked the message as read.") == []
    assert events("Export\n\nChina classified TikTok's algorithm as a sensitive technology.") == []


def test_a_platform_hitting_someone_with_an_action_takes_it() -> None:
    assert events("Hit\n\nTwitch hit the streamer with a seven-day suspension.") == [
        ("Twitch", "suspend", [("account", 1)])]
    assert events("Hit\n\nJane Roe hit back at Twitter with a lawsuit after her suspension.") == []


def test_put_in_a_timeout_or_under_restrictions() -> None:
    assert events("Timeout\n\nTwitter put the account in a 12-hour timeout.") == [
        ("Twitter", "suspend", [("account", 1)])]
    assert [e[:2] for e in events("Limits\n\nFacebook placed the page under restrictions for 30 days.")] == [
        ("Facebook", "restrict")]
    assert events("Hold\n\nTwitter put the plan on hold.") == []


def test_delisting_and_deactivation_are_told_as_nouns_too() -> None:
    assert events("Games\n\nThe recent delisting of over 17,000 games from Itch.io angered "
                  "developers.") == [("itch.io", "remove", [("app", 17000)])]
    assert [e[:2] for e in events("Error\n\nTwitter blamed human error for the brief deactivation of "
                                  "John Example's account.")] == [("Twitter", "suspend")]


def test_indie_game_stores_are_platforms() -> None:
    assert [e[:2] for e in events("Games\n\nGame Jolt banned adult games from its store in 2022.")] == [
        ("Game Jolt", "ban")]


def test_an_order_or_a_to_do_is_no_action_taken() -> None:
    assert events("Leaving Twitter\n\nMy plan:\n\n2. increase friction (delete the app)\n3. log out\n"
                  "5. delete the account") == []
    assert events("Order\n\nRemove the post now, the regulator told Twitter.") == []
    # with a subject: told as done
    assert [e[:2] for e in events("Gone\n\nTwitter deleted the account on Monday.")] == [
        ("Twitter", "remove")]


def test_an_act_to_come_in_a_time_clause_is_not_taken() -> None:
    for apostrophe in ("'", "’"):
        text = (f"Still playable\n\nIf you already have the game, you{apostrophe}ll still be able to play "
                f"it after it{apostrophe}s been pulled from the App Store.")
        assert events(text) == []
    # told in the past, the after-clause is a fact
    assert [e[:2] for e in events("Threat\n\nTwitter threatened to ban him after his accounts were "
                                  "suspended by Facebook.")] == [("Facebook", "suspend")]


def test_a_when_gerund_without_a_subject_tells_how_things_go() -> None:
    assert events("Tags\n\nWhen pulling a photo from Flickr the API also provides information on the "
                  "tags.") == []
    assert events("Notices\n\nWhen removing a video, YouTube notifies the creator.") == []
    assert [e[:2] for e in events("Sorry\n\nAfter removing the video, YouTube apologized.")] == [
        ("YouTube", "remove")]


def test_headlines_of_items_taken_from_a_platform() -> None:
    # 'videos of women removed': the participle hangs on 'women', the videos were removed
    record = extract("AI videos of sexualised black women removed from TikTok after BBC investigation\n\n"
                     "The story goes on.", published="2025-06-15")
    assert [(e["platform"], e["action"], [t["type"] for t in e["targets"]]) for e in record["events"]] == [
        ("TikTok", "remove", ["video"])]
    # the telling of the action is never its reason
    assert record["events"][0]["reasons"] == []
    # a sentence-case headline whose participle the model read as a past tense
    assert events("Game pulled from Steam after backlash\n\nThe story goes on.") == [
        ("Steam", "remove", [("app", 1)])]
    # ... taken from a platform, not from a deal or a country
    assert events("Google pulled from the deal with Twitter\n\nThe story goes on.") == []


def test_a_platform_acting_on_another_platform() -> None:
    # a service named as the actor acts on another service by name
    assert events("Parler offline\n\nTwilio has banned Parler.") == [("Twilio", "ban", [("other", 1)])]
    # 'it' in a platform's own statement is that platform, even where 'the apps' could be a company
    assert events("Malware\n\nApple said it blocked the apps.") == [("App Store", "ban", [("app", None)])]
    # a service of the actor's own is no platform acted on
    assert events("Changes\n\nApple to remove three App Store sections.") == []


def test_code_hosts_act_on_projects_named_in_lower_case() -> None:
    record = extract("Takedown\n\nPyPI removed noblox.js-proxy and py3-utils on Monday.",
                     published="2024-05-01")
    assert [[a["name"] for a in e["named_accounts"]] for e in record["events"]] == [
        ["noblox.js-proxy", "py3-utils"]]
    assert events("Takedown\n\nyoutube-dl was taken down by GitHub.") == [
        ("GitHub", "remove", [("other", 1)])]
    # a tool's name that holds a platform's name is not that platform
    assert all(e[0] != "YouTube" for e in events("Takedown\n\nThe RIAA has gotten youtube-dl taken off "
                                                   "GitHub."))
    # a word with a hyphen after 'the' is a common noun, not a project
    assert events("Takedown\n\nGitHub removed the e-mail.") == []


def test_what_a_platforms_act_reached() -> None:
    record = extract("News ban\n\nSatire sites Betoota Advocate and The Chaser were also initially hit by "
                     "Facebook's news ban.", published="2021-02-20")
    assert [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in record["events"]] == [
        ("Facebook", ["Betoota Advocate", "Chaser"])]
    assert events("News ban\n\nDozens of charity pages were caught up in Facebook's news ban last week.") == [
        ("Facebook", "ban", [("page", None)])]
    # a platform reached by someone else's ban is no platform's act
    assert events("Blocked\n\nTwitter was affected by the Nigerian government ban on Monday.") == []


def test_verbs_joined_by_and_share_the_object_after_them() -> None:
    assert events("Purge\n\nYouTube removed and later restored the video.") == [
        ("YouTube", "remove", [("video", 1)]), ("YouTube", "reinstate", [("video", 1)])]
    assert events("Purge\n\nTwitter banned and then unbanned several journalists on Friday.") == [
        ("Twitter", "ban", [("account", None)]), ("Twitter", "reinstate", [("account", None)])]


def test_a_platform_that_asked_for_a_removal_did_not_make_it() -> None:
    """The story's passive removal names Amazon twice: as where reviews are, and as who asked.
    Amazon asked; it did not act (Apple's store did, told in the sentence before)."""
    text = ("Apple removes ReviewCheck app from its App Store\n\n"
            "Apple on Friday removed the ReviewCheck app from the App Store. ReviewCheck, which is a "
            "service for spotting fake product reviews on Amazon, launched its iPhone app last month, "
            "but now the app has been taken down following a request from Amazon itself.")
    assert [e[0] for e in events(text)] == ["App Store"]


def test_an_act_in_the_process_of_being_done_is_not_done() -> None:
    """'is in the process of restoring service': under way, no reinstatement yet; 'completed the
    process of restoring' is done."""
    assert events("TikTok back\n\nTikTok says it is in the process of restoring service for users.") == []
    assert [e[:2] for e in events("TikTok back\n\nTikTok completed the process of restoring service "
                                  "on Sunday.")] == [("TikTok", "reinstate")]


def test_a_lone_dash_parts_a_headlines_clauses() -> None:
    """'PayPal security systems down - German banks block payments': the banks act, whatever the
    parse hung across the dash; a pair of dashes sets off an aside and parts nothing."""
    assert events("Outage\n\nPayPal security systems down - German banks block payments in the "
                  "billions") == []
    assert ("itch.io", "reinstate", [("app", None)]) in events(
        "Games back\n\nAfter deindexing all of its adult games on July 24 \u2014 like, all of them "
        "\u2014 Itch.io on August 1 relisted all free games in this category.")


def test_a_copy_of_the_headline_tells_the_headlines_event_once() -> None:
    """An aggregator writes the headline again under other outlets' headlines; its 'it' is the
    headline's platform, not the last one named before the copy (Amazon Studios)."""
    text = ("Thousands join #WomenBoycottTwitter after it suspended Rose McGowan's account\n\n"
            "Thousands are calling for a Twitter boycott after her account was temporarily suspended. "
            "Rose McGowan Claims Harvey Weinstein Raped Me and She Told Amazon Studios PEOPLE.com\n\n"
            "Full story on F3News: Thousands join #WomenBoycottTwitter after it suspended Rose McGowan's "
            "account - Los Angeles Times\n")
    assert [e[:2] for e in events(text)] == [("Twitter", "suspend")]


def test_a_file_host_acts_on_files_and_material_is_content() -> None:
    # a file host removes and restores the files it hosts, not only accounts
    assert events("Leaks\n\nDropbox later reinstated the leaked documents.") == [
        ("Dropbox", "reinstate", [("other", None)])]
    # 'material' taken down from a platform is content on it
    assert events("Takedown\n\nYouTube removed the material on Friday after a copyright claim.") == [
        ("YouTube", "remove", [("post", None)])]
    # a feature a file host drops is still no event
    assert events("Update\n\nDropbox removed the public folder feature from its basic plan.") == []


def test_a_suspension_received_from_a_platform() -> None:
    # the parse hangs 'from Twitch' on the receiving verb, not on the suspension
    assert events("Streamer\n\nThe streamer received a three-day suspension from Twitch for the slur.") == [
        ("Twitch", "suspend", [("account", 1)])]
    assert events("Streamer\n\nThe streamer received a three-day suspension from his school.") == []


def test_an_item_that_vanished_from_a_platform_was_removed() -> None:
    assert events("Steam\n\nThe game Trials of Innocence vanished from Steam last week.") == [
        ("Steam", "remove", [("app", 1)])]
    assert events("Tweets\n\nHis tweets disappeared from Twitter on Monday.") == [
        ("Twitter", "remove", [("post", None)])]
    # people who left a platform, and features it dropped, were not removed
    assert events("Exodus\n\nUsers vanished from Twitter after the takeover.") == []
    assert events("Feeds\n\nThe chronological feed disappeared from Facebook in 2011.") == []


def test_a_network_disrupted_and_reported() -> None:
    # the parse hangs the object on the second of two verbs joined by 'and'
    assert events("Networks\n\nOpenAI has disrupted and reported over 40 networks that violated its "
                  "usage policies.") == [("OpenAI", "remove", [("other", 40)])]


def test_an_act_told_only_as_a_guess_is_not_taken() -> None:
    assert events("Rapper\n\nFans speculated that Twitter had banned the rapper.") == []
    assert events("Account\n\nMany users assumed that Twitter had suspended the account.") == []
    # what a platform confirmed happened
    assert events("Account\n\nTwitter confirmed that it had suspended the account.") == [
        ("Twitter", "suspend", [("account", 1)])]
