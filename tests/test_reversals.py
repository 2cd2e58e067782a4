"""Reinstatements told in the words news uses for them, and who acted when an account's owner is a
platform or a platform's owner speaks (sentences written for these tests)."""
from __future__ import annotations

from extractor import extract
from tests.helpers import event_summary as events
from tests.helpers import named_summary as names


def reasons(text: str) -> list[list[str]]:
    return [list(e["reasons"]) for e in extract(text, published="2021-03-10")["events"]]


def test_a_reversed_action_reinstates_what_the_platform_last_acted_on() -> None:
    assert events("Appeal\n\nGoogle suspended the developer's account on Monday. After an appeal, Google "
                  "reversed the suspension on Thursday.") == [
        ("Google", "suspend", [("account", 1)]), ("Google", "reinstate", [("account", 1)])]
    assert events("Newspaper\n\nTwitter suspended the account of the newspaper. Twitter later reversed its "
                  "decision.") == [("Twitter", "suspend", [("account", 1)]),
                                   ("Twitter", "reinstate", [("account", 1)])]


def test_an_overturned_ban_is_a_reinstatement_without_the_bans_grounds() -> None:
    text = ("Ban\n\nTwitch banned the streamer on Monday for hateful conduct. The ban was overturned by "
            "Twitch a day later.")
    assert events(text) == [("Twitch", "ban", [("account", 1)]), ("Twitch", "reinstate", [("account", 1)])]
    assert reasons(text) == [["hateful conduct"], []]


def test_a_reversal_with_nothing_before_it_is_no_event() -> None:
    assert events("Appeal\n\nAfter an appeal, Google reversed the suspension on Thursday.") == []


def test_put_back_allowed_back_and_available_again_are_reinstatements() -> None:
    assert events("Video\n\nYouTube removed the video on Monday. After a backlash, YouTube reversed course "
                  "and put the video back up.") == [
        ("YouTube", "remove", [("video", 1)]), ("YouTube", "reinstate", [("video", 1)])]
    assert events("Page\n\nFacebook removed the page on Monday. After a review, Facebook allowed the page "
                  "back on the platform.") == [
        ("Facebook", "remove", [("page", 1)]), ("Facebook", "reinstate", [("page", 1)])]
    assert events("App\n\nGoogle removed the app from the Play Store in May for violating its policies. The "
                  "app is available again on Google Play.") == [
        ("Google Play", "remove", [("app", 1)]), ("Google Play", "reinstate", [("app", 1)])]


def test_more_ways_of_coming_back() -> None:
    # the object of 'allowed ... back into', the subject of 'made its way back to', 'is back up',
    # 'active again', a person told as unbanned
    assert events("App returns\n\nApple removed the app in March. Apple allowed the app back into the App "
                  "Store in April.") == [
        ("App Store", "remove", [("app", 1)]), ("App Store", "reinstate", [("app", 1)])]
    assert events("App returns\n\nApple removed the app in March. The app made its way back to the App Store "
                  "in April.")[1][:2] == ("App Store", "reinstate")
    assert events("Channel returns\n\nYouTube terminated the channel on Monday. The channel is back up."
                  )[1][:2] == ("YouTube", "reinstate")
    assert events("Account returns\n\nTwitter suspended the account in May. The account is active again."
                  )[1][:2] == ("Twitter", "reinstate")
    assert events("Streamer returns\n\nTwitch banned the streamer in June. The streamer was unbanned in July."
                  )[1][:2] == ("Twitch", "reinstate")
    # a backup is no return, and a user going back to a platform of their own accord neither
    assert events("Backups\n\nTwitter suspended the account in May. He backed up his tweets first.") == [
        ("Twitter", "suspend", [("account", 1)])]


def test_the_agent_of_the_verb_that_lifts_an_action_is_its_platform() -> None:
    # the account is DoorDash's own, on Facebook: Facebook restricted it and lifted the restriction
    assert events("Restriction\n\nThe restriction on the DoorDash account was lifted by Facebook after the "
                  "incident.") == [("Facebook", "restrict", [("account", 1)]),
                                   ("Facebook", "reinstate", [("account", 1)])]


def test_removed_ads_are_taken_down_while_ads_pulled_from_a_channel_demonetise_it() -> None:
    assert events("Ads\n\nMeta said it had removed the ads, which violated its policies on child "
                  "safety.") == [("Facebook", "remove", [("ad", None)])]
    assert events("Ads\n\nYouTube pulled ads from the channel after the video went viral.") == [
        ("YouTube", "demonetize", [("channel", 1)])]


def test_a_scam_shut_down_is_a_removal() -> None:
    assert events("Phishing\n\nGoogle shut down a massive phishing scam that spread through Google Docs on "
                  "Wednesday, the company said.") == [("Google", "remove", [("other", 1)])]


def test_an_owner_speaking_for_the_platform_the_story_is_about() -> None:
    assert events("Instagram Removes Posts by Iranian Activists\n\nInstagram has removed dozens of posts by "
                  "Iranian activists in recent weeks. The posts, which showed protests in Tehran, were taken "
                  "down for violating the platform's rules on violence, a Meta spokesperson "
                  "said.") == [("Instagram", "remove", [("post", None)])]


def test_names_before_a_description_and_after_a_colon() -> None:
    assert names("Vybe\n\nApple has pulled Vybe, a party-planning app, from the App Store.") == [
        (["Vybe"], [("app", 1)])]
    assert names("Pro\n\nGoogle removed Photo Editor Pro, an app with a million downloads, from the Play "
                 "Store.") == [(["Photo Editor Pro"], [("app", 1)])]
    assert names("Creators\n\nYouTube deleted the channels of three creators: Mark Dice, Sargon of Akkad and "
                 "Steven Crowder.") == [(["Mark Dice", "Sargon of Akkad", "Steven Crowder"],
                                         [("channel", 3)])]
    assert names("Apps\n\nApple removed three apps: Alpha Chat, Beta Browser and Gamma VPN.") == [
        (["Alpha Chat", "Beta Browser", "Gamma VPN"], [("app", 3)])]


def test_a_public_body_deleting_its_own_posts_is_no_platform_action() -> None:
    # 'the park service' is a public body, not a platform referred to as 'the service'; a park that
    # posted on its Twitter account 'then deleted' the posts deleted its own
    assert events("Tweets\n\nThe park on Tuesday posted several facts about climate change on its official "
                  "Twitter account, then deleted them. The park service took down the tweet and also "
                  "apologized.") == []
    assert events("Tweets\n\nTwitter deleted the park's tweets. The Environmental Protection Agency was "
                  "similarly banned from providing updates to reporters or posting to social media.") == [
        ("Twitter", "remove", [("post", None)])]


def test_disrupted_is_a_takedown_only_of_networks_and_operations() -> None:
    assert events("Networks\n\nMeta disrupted three covert influence operations this quarter.") == [
        ("Facebook", "remove", [("other", 3)])]
    assert events("Climate\n\nGlaciers are retreating and habitat is disrupted, the park's Twitter post "
                  "said.") == []


def test_escaped_markdown_quotes_and_laws_are_not_names() -> None:
    record = extract('Copyright\n\nYouTube removed the video after a copyright claim by Ares Rights.\\"\\" '
                     "The takedown cited the Digital Millennium Copyright Act.", published="2015-09-23")
    assert [r for e in record["events"] for r in e["reasons"]][0] == "a copyright claim by Ares Rights"
    assert [n["name"] for e in record["events"] for n in e["named_accounts"]] == []


def test_a_past_act_told_in_a_statement_to_come_is_a_fact() -> None:
    assert events("Testimony\n\nOn Instagram, meanwhile, Facebook deleted roughly 170 accounts tied to "
                  "Russian trolls, the company plans to reveal in its testimony.") == [
        ("Instagram", "remove", [("account", 170)])]
    assert events("Testimony\n\nTwitter's counsel will note that the company had discovered and suspended "
                  "roughly 2,752 accounts tied to Kremlin trolls.") == [
        ("Twitter", "suspend", [("account", 2752)])]
    assert events("Plans\n\nTwitter said it would suspend the accounts.") == []
    assert events("Plans\n\nTwitter will say whether it suspended the accounts.") == []


def test_the_company_is_the_platform_just_told_as_a_subject() -> None:
    text = ("Testimony\n\nFacebook said 126 million people saw the posts. Facebook deleted 170 accounts. "
            "Facebook will testify on Tuesday.\n\nTwitter plans to unveil two findings during its testimony. "
            "The company had discovered and suspended 2,752 accounts tied to Kremlin trolls.")
    assert ("Twitter", "suspend", [("account", 2752)]) in events(text)


def test_another_named_item_told_with_its_own_time_is_another_occasion() -> None:
    assert names("Apple pulls controversial app\n\nApple has decided to pull Bang With Friends, a "
                 "controversial dating app, from its App Store. There is no word yet on why the app was "
                 "removed. Last month it pulled AppGratis.") == [
        (["Bang With Friends"], [("app", 1)]), (["AppGratis"], [("app", 1)])]


def test_grounds_told_by_because_and_over() -> None:
    assert reasons('Removed\n\nGoogle Play removed two of my games because of "plagiarism".') == [
        ["plagiarism"]]
    assert reasons("Apps\n\nFacebook has removed approximately 200 apps over potential data misuse.") == [
        ["potential data misuse"]]
    assert reasons("Photo\n\nFacebook removed the photo because the girl in the picture was naked.") == [
        ["the girl in the picture was naked"]]
    # 'for' on what was acted on may say for whom, not why; 'over' on it says why
    assert reasons("Apps\n\nGoogle removed 20 apps for children from the Play Store.") == [[]]


def test_a_participle_that_says_the_act_is_done_opens_an_event() -> None:
    assert events("Ads\n\nThe now-removed ads reached thousands of accounts on Facebook.") == [
        ("Facebook", "remove", [("ad", None)])]
    # a post its author may have deleted is no platform's removal
    assert events("Post\n\nThe actress described the evening in a since-deleted Instagram post.") == []


def test_an_owner_acts_on_its_own_platform_that_the_sentence_names() -> None:
    assert events("Parler\n\nAmazon, where Parler's servers were hosted in Amazon Web Services, has now "
                  "banned Parler.") == [("Amazon Web Services", "ban", [("server", 1)])]
    assert events("Fraud\n\nIts annual App Store fraud analysis shows that Apple blocked over 1.6 million "
                  "accounts from making transactions.") == [("App Store", "ban", [("account", 1600000)])]
    # platforms named as what was acted on split the event instead
    assert events("Scams\n\nMeta removed 937 Facebook accounts and 363 Instagram accounts.") == [
        ("Facebook", "remove", [("account", 937)]), ("Instagram", "remove", [("account", 363)])]


def test_a_platform_that_only_asked_did_not_act() -> None:
    assert events("Video\n\nYouTube hosted the clip for a week. The video has been taken down following a "
                  "request from Twitch.") == [("YouTube", "remove", [("video", 1)])]


def test_links_blocked_are_restricted_and_the_linked_site_is_named() -> None:
    assert names("Meta blocks links to ICE List, a Wiki that names agents\n\nMeta has started blocking links "
                 "to ICE List, a website that compiles information about immigration agents.") == [
        (["ICE List"], [("other", None)])]
    assert events("Links\n\nTwitter blocked users from sharing links to the article on Wednesday.") == [
        ("Twitter", "restrict", [("other", None)])]


def test_more_kinds_of_content_are_targets() -> None:
    assert events("Petition\n\nFacebook removed the petition on Monday.") == [
        ("Facebook", "remove", [("other", 1)])]
    assert events("Film\n\nYouTube removed the film after a copyright claim.") == [
        ("YouTube", "remove", [("video", 1)])]
    assert events("Shirts\n\nAmazon pulled the T-shirts from its store on Tuesday.") == [
        ("Amazon", "remove", [("other", None)])]
    # an aggregator's footer counts articles, which are no target
    assert events("Apple Removes Some VPN Apps in China\n\nApple Removes Some VPN Apps in China Bloomberg "
                  "Mashable - Engadget - all 57 news articles »") == [
        ("App Store", "remove", [("app", None)])]


def test_reach_reduced_downranked_and_culled() -> None:
    assert events("Reach\n\nTwitter reduced the visibility of the tweets on Monday.") == [
        ("Twitter", "restrict", [("post", None)])]
    assert events("Rank\n\nFacebook downranked the page's posts on Monday.") == [
        ("Facebook", "restrict", [("post", None)])]
    assert events("Cull\n\nTelegram culled the channels on Monday.") == [
        ("Telegram", "remove", [("channel", None)])]


def test_jail_strikes_and_the_boot() -> None:
    assert events("Jail\n\nThe senator was put in Twitter jail for 12 hours after the post.") == [
        ("Twitter", "suspend", [("account", 1)])]
    assert events("Strike\n\nThe channel received a copyright strike from YouTube over the video.") == [
        ("YouTube", "restrict", [("channel", 1)])]
    assert events("Boot\n\nThe rapper got the boot from Instagram on Monday.") == [
        ("Instagram", "ban", [("account", 1)])]
    # a strike by workers or an army is no platform's
    assert events("Strike\n\nYouTube workers went on strike on Monday.") == []


def test_a_handle_like_word_after_an_account_holder_is_the_accounts_name() -> None:
    assert names("Ban\n\nTwitch banned the popular streamer xQc for seven days.") == [
        (["xQc"], [("account", 1)])]
    assert names("Ban\n\nTwitter suspended the account of user jsmith99 on Monday.") == [
        (["jsmith99"], [("account", 1)])]
    assert names("Ban\n\nGitHub suspended the account arv-anshul last week.") == [
        (["arv-anshul"], [("account", 1)])]
    # a dictionary word after the holder is no name
    assert names("Ban\n\nTwitch banned the streamer yesterday.") == [([], [("account", 1)])]


def test_read_only_mode_and_kept_from_posting_are_restrictions() -> None:
    assert events("Limit\n\nTwitter put the account in read-only mode on Monday.") == [
        ("Twitter", "restrict", [("account", 1)])]
    assert events("Limit\n\nFacebook has prevented the page from posting for 30 days.") == [
        ("Facebook", "restrict", [("page", 1)])]
    # users kept from falling for an attack are protected, not restricted
    assert events("Attack\n\nGoogle pulled the app, preventing users from falling for the attack.") == [
        ("Google Play", "remove", [("app", 1)])]


def test_owners_closing_their_accounts_limits_of_length_and_services_pulled_from_a_country() -> None:
    assert events("Back\n\nAfter closing his account a couple of years ago, the hacker is back on "
                  "Twitter.") == []
    assert events("Names\n\nApp names you submit to the App Store will now be limited to 50 "
                  "characters.") == []
    assert events("China\n\nIn 2010 Google announced that it was pulling its search service out of "
                  "China.") == []
    # an account the platform is said to close is still the platform's act
    assert events("Closed\n\nTwitter closed his account on Monday.") == [
        ("Twitter", "remove", [("account", 1)])]


def test_not_until_tells_when_it_happened_and_footage_is_a_video() -> None:
    assert events("TikTok\n\nGoogle removed TikTok from the Play Store in January. The app didn't return to "
                  "the App Store until February 13.") == [
        ("Google Play", "remove", [("app", 1)]), ("App Store", "reinstate", [("app", 1)])]
    assert events("Footage\n\nFacebook removed the footage on Monday but subsequently reinstated the "
                  "footage, saying the deletion was a mistake.") == [
        ("Facebook", "remove", [("video", None)]), ("Facebook", "reinstate", [("video", None)])]


def test_the_targets_told_before_switched_back_on_or_restored() -> None:
    # (the accounts of five critics are five accounts, restored as told before)
    assert events("Facebook\n\nFacebook suspended the accounts of five critics on Monday. On Tuesday the "
                  "accounts were switched back on.") == [
        ("Facebook", "suspend", [("account", 5)]), ("Facebook", "reinstate", [("account", 5)])]
    assert events("Facebook\n\nFacebook suspended the page on Monday. The page was restored on Tuesday.") == [
        ("Facebook", "suspend", [("page", 1)]), ("Facebook", "reinstate", [("page", 1)])]
    # with nothing acted on before, 'the page was restored' names no platform's act
    assert events("Page\n\nThe page was restored on Tuesday, its owner said.") == []


def test_pulled_from_sale_is_a_removal() -> None:
    assert events("Sale\n\nThe game was pulled from sale on Steam on Monday.") == [
        ("Steam", "remove", [("app", 1)])]


def test_replies_trailers_and_ebooks_are_targets() -> None:
    assert events("Replies\n\nTwitter hid the replies to the tweet on Monday.") == [
        ("Twitter", "restrict", [("post", None)])]
    assert events("Trailer\n\nYouTube removed the trailer after a copyright claim.") == [
        ("YouTube", "remove", [("video", 1)])]
    assert events("Ebook\n\nAmazon pulled the ebook from its store on Tuesday.") == [
        ("Amazon", "remove", [("other", 1)])]


def test_it_acted_on_stands_for_the_target_noun_before_it() -> None:
    assert events("Copycat\n\nThe company released a new video last week. YouTube removed it within "
                  "hours.") == [("YouTube", "remove", [("video", 1)])]
    # the noun a clause only describes the target with is not what 'it' stands for
    assert events("Clip\n\nHe posted a video criticising the vaccine. It was removed by YouTube on "
                  "Tuesday.") == [("YouTube", "remove", [("video", 1)])]
    assert events("Album\n\nThe phony band had an album of tracks. It appears to have since been taken "
                  "down by Spotify.") == [("Spotify", "remove", [("other", 1)])]
    # (apps an owner removes are removed from its store)
    assert events("Apps\n\nResearchers found the apps on the store. Google removed them.") == [
        ("Google Play", "remove", [("app", None)])]


def test_it_standing_for_no_target_is_no_event() -> None:
    assert events("Report\n\nThe report was damning. Twitter removed it.") == []
    assert events("Quiet\n\nSpotify took it down on Monday.") == []
    # the platform only implied: the pronoun alone opens nothing
    assert events("Accounts\n\nResearchers had not seen whether the accounts reached anyone before they "
                  "were closed.") == []


def test_a_return_to_the_platform_after_its_action_is_a_reinstatement() -> None:
    assert names_and_events("Ban\n\nTwitter suspended Jane Roe on Monday. By Wednesday she was back on "
                            "Twitter.") == [("Twitter", "suspend", ["Jane Roe"]), ("Twitter", "reinstate",
                                                                                   ["Jane Roe"])]
    assert names_and_events("Ban\n\nJane Roe was banned from Twitter in 2018. She returned to Twitter in "
                            "2022.") == [("Twitter", "ban", ["Jane Roe"]),
                                         ("Twitter", "reinstate", ["Jane Roe"])]
    # with no action of the platform before it, a return is someone coming back of their own accord
    assert events("Quit\n\nJane Roe quit Twitter in 2018. She returned to Twitter in 2022.") == []
    # 'back in February' is a time, not a return
    assert events("App\n\nApple pulled the app. Hodge started the company with a friend back in "
                  "February.") == [("App Store", "remove", [("app", 1)])]


def test_back_online_re_enabled_relisted_and_regained_access_are_reinstatements() -> None:
    for told in ("The account is back online.", "After an appeal, the account was re-enabled.",
                 "She regained access to her Twitter account on Friday."):
        assert events(f"Ban\n\nTwitter suspended Jane Roe's account on Monday. {told}") == [
            ("Twitter", "suspend", [("account", 1)]), ("Twitter", "reinstate", [("account", 1)])], told
    assert events("App\n\nGoogle removed the app from Google Play. The app was later relisted.") == [
        ("Google Play", "remove", [("app", 1)]), ("Google Play", "reinstate", [("app", 1)])]
    # back online after an outage somewhere named: no reinstatement
    assert events("Outage\n\nThe account is back online after an outage at Twitter.") == []


def test_accounts_that_went_back_up_were_let_back_with_the_count_told_before() -> None:
    assert events("Purge\n\nTwitter suspended five journalists on Thursday. The owner promised to look into "
                  "it, and the accounts went back up soon after.") == [
        ("Twitter", "suspend", [("account", 5)]), ("Twitter", "reinstate", [("account", 5)])]
    assert events("Purge\n\nTwitter suspended five accounts and two pages. The pages were restored "
                  "soon after.") == [("Twitter", "suspend", [("account", 5), ("page", 2)]),
                                     ("Twitter", "reinstate", [("page", 2)])]
    # 'went back to' a time or place is no return
    assert events("Purge\n\nTwitter suspended five journalists on Thursday. The accounts went back to "
                  "2009.") == [("Twitter", "suspend", [("account", 5)])]


def test_a_restoring_clause_lets_back_what_each_platform_of_its_sentence_took() -> None:
    assert events("App\n\nThe app was taken off the Apple and Google app stores last year (although it was "
                  "later restored).") == [
        ("Google Play", "remove", [("app", 1)]), ("App Store", "remove", [("app", 1)]),
        ("Google Play", "reinstate", [("app", 1)]), ("App Store", "reinstate", [("app", 1)])]
    # two platforms named and nothing taken before the restoring word: no actor known
    assert events("App\n\nThe app, which Apple and Google had featured, was restored after the outage.") == []


def test_a_lifted_suspension_told_without_a_platform_reinstates_what_was_suspended() -> None:
    assert names_and_events("Ban\n\nTwitter suspended Jane Roe. Her suspension was lifted after 12 "
                            "hours.") == [("Twitter", "suspend", ["Jane Roe"]),
                                          ("Twitter", "reinstate", ["Jane Roe"])]
    assert events("Ban\n\nThe ban was lifted on Monday, the ministry said.") == []


def test_a_person_reinstating_an_account_acts_for_the_platform_the_story_is_about() -> None:
    # the one reinstated is the woman named before, not the man who reinstated her
    assert names_and_events("Ban\n\nJane Roe was banned from Twitter in 2018. Elon Musk reinstated her "
                            "account in 2022.") == [("Twitter", "ban", ["Jane Roe"]),
                                                    ("Twitter", "reinstate", ["Jane Roe"])]
    assert events("Ban\n\nElon Musk bought Twitter. Elon Musk suspended the accounts of several "
                  "journalists on Thursday.") == [("Twitter", "suspend", [("account", None)])]
    assert events("Friend\n\nMy friend John Smith blocked my account yesterday.") == []


def names_and_events(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e["platform"], e["action"], [a["name"] for a in e["named_accounts"]])
            for e in extract(text, published="2021-03-10")["events"]]


def test_names_of_owners_told_beside_what_was_acted_on() -> None:
    # 'X had its Y revoked': the owner before, though the entity begins at 'the'
    assert names_and_events("Site\n\nNeo-Nazi website the Daily Stormer had its domain registration revoked "
                            "by Google.") == [("Google", "remove", ["Daily Stormer"])]
    # a video taken from someone's channel is theirs
    assert names_and_events("Clip\n\nYouTube removed a video from the Daily Caller's YouTube channel.") == [
        ("YouTube", "remove", ["Daily Caller"])]
    # 'a game called No Mercy': the whole name, its first word too
    assert names_and_events("Game\n\nSteam removed a game called No Mercy in April.") == [
        ("Steam", "remove", ["No Mercy"])]
    # 'four of his videos': whose videos the pronoun says
    assert names_and_events("Jones\n\nFacebook removed four pages belonging to Alex Jones. YouTube took four "
                            "of his videos offline.") == [("Facebook", "remove", ["Alex Jones"]),
                                                          ("YouTube", "remove", ["Alex Jones"])]


def test_a_companys_own_handle_is_no_account_acted_on() -> None:
    assert names_and_events("Ban\n\nTwitter suspended Alex Jones. Massive kudos to @Apple for doing the "
                            "same to Jones.") == [("Twitter", "suspend", ["Alex Jones"])]


def test_an_owner_acting_on_a_kind_one_of_its_platforms_hosts_acts_there() -> None:
    assert events("Videos\n\nGoogle terminated 200 channels linked to the campaign.") == [
        ("YouTube", "remove", [("channel", 200)])]
    # two kinds that live on different platforms: the owner's act
    assert events("Videos\n\nGoogle removed the videos and 20 apps.") == [
        ("Google", "remove", [("video", None), ("app", 20)])]
    assert events("Ads\n\nGoogle suspended the publisher's AdSense account.") == [
        ("Google AdSense", "suspend", [("account", 1)])]


def test_more_takedown_wordings() -> None:
    assert events("Filter\n\nTumblr apologizes for filtering out LGBTQ+ content.") == [
        ("Tumblr", "restrict", [("post", None)])]
    assert events("Clip\n\nTikTok wiped the clip from its platform.") == [
        ("TikTok", "remove", [("video", 1)])]
    assert events("Stream\n\nYouTube struck down the channel's livestream.") == [
        ("YouTube", "remove", [("post", 1)])]
    # the agent of the passive verb that imposed the action noun
    assert events("Ban\n\nThe streamer was handed a 30-day suspension by Twitch.") == [
        ("Twitch", "suspend", [("account", 1)])]
    # not a platform's act
    assert events("Market\n\nThe crash wiped $10bn off Facebook's value.") == []
    assert events("Spam\n\nGmail filters out spam messages automatically.") == []


def test_listed_people_end_where_their_employer_begins() -> None:
    text = ("Twitter\n\nThe accounts of several journalists who covered Elon Musk were suspended by "
            "Twitter on Thursday, including Ryan Mac of The New York Times and Drew Harwell of The "
            "Washington Post.")
    assert names_and_events(text) == [("Twitter", "suspend", ["Ryan Mac", "Drew Harwell"])]
    # an organisation's 'of' is part of its name
    text = ("Twitter\n\nTwitter suspended several accounts on Thursday, including Bank of America and "
            "Friends of the Earth.")
    assert names_and_events(text) == [("Twitter", "suspend", ["Bank of America", "Friends of the Earth"])]


def test_a_network_of_counted_kinds_counts_each() -> None:
    assert events("Network\n\nFacebook said it had taken down a network of 50 accounts and 20 pages.") == [
        ("Facebook", "remove", [("account", 50), ("page", 20)])]


def test_accounts_on_two_platforms_and_whose_they_are() -> None:
    # one event per platform; the owner hung by the parse on the first platform's name
    assert names_and_events("Jones\n\nConspiracy theorist Alex Jones's Facebook and Instagram accounts were "
                            "removed.") == [("Facebook", "remove", ["Alex Jones"]),
                                            ("Instagram", "remove", ["Alex Jones"])]
    # a described author: the person in apposition
    assert names_and_events("Tate\n\nTikTok removed videos by the influencer Andrew Tate.") == [
        ("TikTok", "remove", ["Andrew Tate"])]
    # 'its' in what another said is the speaker's own, not the platform's
    assert names_and_events("Wire\n\nThe Daily Wire said YouTube had demonetized its channel.") == [
        ("YouTube", "demonetize", ["Daily Wire"])]
    assert events("Project\n\nApple said it cancelled its charging mat project.") == []


def test_definite_accounts_told_as_suspended_are_news_of_the_platform_the_story_is_about() -> None:
    assert events("Tyrant\n\nElon Musk bought Twitter last year. On Thursday night the accounts of several "
                  "journalists were suspended without any known reason.") == [
        ("Twitter", "suspend", [("account", None)])]
    # a rule for what would be done is no event
    assert events("Policy\n\nYouTube has a new policy. Channels that break it will be suspended.") == []


def test_updates_blocked_or_rejected_restrict_the_app() -> None:
    assert events("Update\n\nApple rejected an update to the Tweetbot app.") == [
        ("App Store", "restrict", [("app", 1)])]
    assert events("Beeper\n\nApple blocked updates to the Beeper app for a week.") == [
        ("App Store", "restrict", [("app", 1)])]
    assert events("Update\n\nApple pushed an update to the app.") == []


def test_medium_is_a_platform_only_where_the_context_says_so() -> None:
    text = ("Manning\n\nManning's Medium account, which as of this writing is suspended, has a blog post "
            "about the company.")
    assert names_and_events(text) == [("Medium", "suspend", ["Manning"])]
    assert events("Medium\n\nMedium suspended the account of the writer on Monday.") == [
        ("Medium", "suspend", [("account", 1)])]
    text = "Size\n\nMedium-sized companies were banned from the program. The medium was removed."
    assert events(text) == []


def test_gog_and_scribd_are_platforms() -> None:
    assert names_and_events("GOG\n\nGOG pulled the Taiwanese horror game Devotion from its store.") == [
        ("GOG", "remove", ["Devotion"])]
    assert events("Scribd\n\nScribd removed the document after a copyright complaint.") == [
        ("Scribd", "remove", [("other", 1)])]


def test_googles_app_store_is_google_play() -> None:
    assert events("Apps\n\nThe app was removed from Google's app store on Monday.") == [
        ("Google Play", "remove", [("app", 1)])]
    assert events("Apps\n\nApple removed the app from its app store in China.") == [
        ("App Store", "remove", [("app", 1)])]


def test_an_app_back_in_a_store_passes_the_screen_and_is_reinstated_by_it() -> None:
    assert events("Apps\n\nCamera+ is back in the App Store.") == [("App Store", "reinstate", [("app", 1)])]
    assert events("Apps\n\nThe app didn't return to the App Store until February 13.") == [
        ("App Store", "reinstate", [("app", 1)])]


def test_a_participle_a_reinstatement_lifts_tells_the_act_it_undoes() -> None:
    assert events("Amnesty\n\nTwitter began a general amnesty for suspended accounts on Monday.") == [
        ("Twitter", "reinstate", [("account", None)]), ("Twitter", "suspend", [("account", None)])]
    # a participle before its noun with nothing lifting it is no event
    assert events("Bans\n\nThe banned accounts posted spam about Twitter.") == []


def test_an_owner_undoes_what_its_platform_did() -> None:
    assert events("Game back\n\nGoogle removed my game from the Play Store in May. After my appeal, Google "
                  "reversed the decision.") == [
        ("Google Play", "remove", [("app", 1)]), ("Google Play", "reinstate", [("app", 1)])]


def test_they_reversed_it_after_a_takedown_is_a_reinstatement() -> None:
    assert events("Games back\n\nGoogle removed all my games from the Play Store in May. Fortunately, after "
                  "proving this to them, they reversed it immediately.")[1][:2] == (
        "Google Play", "reinstate")
    # with no takedown told before, 'reversed it' is nothing
    assert events("Trend\n\nTwitter said usage fell in May. They reversed it in June.") == []


def test_a_return_to_two_owners_app_stores_is_each_stores() -> None:
    # 'Apple and Google's app stores': the store noun is the conjunct's; 'until' says it returned
    assert events("Back\n\nTikTok was pulled from stores in January. The app didn't return to Apple and "
                  "Google's app stores until February 13.") == [("App Store", "reinstate", [("app", 1)]),
                                                                 ("Google Play", "reinstate", [("app", 1)])]


def test_the_stores_of_coordinated_owners_each_act() -> None:
    # 'returned to the App Store and Google Play', 'from their stores', 'the Apple and Google app stores'
    assert events("Back\n\nExample was pulled from stores in January. It returned to the App Store and "
                  "Google Play on Thursday.")[-2:] == [("App Store", "reinstate", [("app", 1)]),
                                                      ("Google Play", "reinstate", [("app", 1)])]
    assert events("Apps\n\nApple and Google pulled Example from their stores after the report.") == [
        ("App Store", "remove", [("app", 1)]), ("Google Play", "remove", [("app", 1)])]
    assert events("Apps\n\nThe app has been removed from the Apple and Google app stores.") == [
        ("Google Play", "remove", [("app", 1)]), ("App Store", "remove", [("app", 1)])]
    # a store's own name is one store
    assert events("Ext\n\nThe extension has now been removed from the Google Chrome Web Store.") == [
        ("Chrome Web Store", "remove", [("app", 1)])]


def test_a_platform_joining_another_in_an_act_and_the_one_it_joins_both_act() -> None:
    assert events("Podcasts\n\nSpotify joins Apple in removing Example Radio podcasts.") == [
        ("Spotify", "remove", [("other", None)]), ("Apple", "remove", [("other", None)])]


def test_an_operator_that_acted_itself_lets_back_what_it_acted_on() -> None:
    # a game company acts only when named as the actor; having banned the user, it unbans them
    assert events("Switch\n\nNintendo banned the user on Monday. The user was unbanned shortly after.") == [
        ("Nintendo", "ban", [("account", 1)]), ("Nintendo", "reinstate", [("account", 1)])]
    assert events("Games\n\nNintendo announced new games. The user was unbanned shortly after.") == []


def test_more_wordings_of_a_reinstatement() -> None:
    cases = {
        "Google suspended my AdSense account in March. After two weeks I got my account back.":
            ("Google AdSense", [("account", 1)]),
        "YouTube terminated the channel last week. After the outcry, YouTube gave him his channel back.":
            ("YouTube", [("channel", 1)]),
        "YouTube terminated the channel of Jane Roe. YouTube reversed course after a public outcry.":
            ("YouTube", [("channel", 1)]),
        "Apple rejected the Example Chat app in May. After an appeal, Apple approved the app.":
            ("App Store", [("app", 1)]),
        "Steam removed the game in May. The game was readmitted to Steam in June.": ("Steam", [("app", 1)]),
        "Reddit removed the post in May. Reddit undeleted the post after complaints.":
            ("Reddit", [("post", 1)]),
    }
    for body, (platform, targets) in cases.items():
        record = extract("Headline\n\n" + body)
        back = [(e["platform"], [(t["type"], t["count"]) for t in e["targets"]])
                for e in record["events"] if e["action"] == "reinstate"]
        assert back == [(platform, targets)], body
    # 'get back to you' is no reinstatement; nor is a course reversed with nothing acted on before
    assert [e["action"] for e in extract("Headline\n\nTwitter suspended the account. I will get back to you "
                                         "on the account next week.")["events"]] == ["suspend"]
    assert extract("Headline\n\nYouTube announced a new policy on Monday. YouTube reversed course after a "
                   "public outcry.")["events"] == []


def test_allowed_back_on_a_platform_is_a_reinstatement() -> None:
    for body in ("The rapper was allowed back on Twitter in November after a two-year ban.",
                 "Jane Roe was welcomed back on Facebook last week."):
        record = extract("Headline\n\n" + body)
        assert [(e["platform"], e["action"]) for e in record["events"] if e["action"] == "reinstate"] == [
            (body.split(" on ")[1].split()[0], "reinstate")], body


def test_an_appeal_won_reinstates_what_the_platform_last_did() -> None:
    cases = {
        "Twitter suspended Jane Roe's account in March. She won her appeal in April.":
            ("Twitter", [("account", 1)], ["Jane Roe"]),
        "YouTube removed the video in May. The creator successfully appealed the removal.":
            ("YouTube", [("video", 1)], []),
    }
    for body, (platform, targets, owners) in cases.items():
        record = extract("Headline\n\n" + body)
        back = [(e["platform"], [(t["type"], t["count"]) for t in e["targets"]],
                 [a["name"] for a in e["named_accounts"]])
                for e in record["events"] if e["action"] == "reinstate"]
        assert back == [(platform, targets, owners)], body
    # someone else's appeal, or an appeal of another kind, restores nothing
    for body in ("Twitter suspended Jane Roe's account in March. Her employer won an appeal in court in "
                 "April.",
                 "YouTube removed the video in May. The employer successfully appealed the ruling."):
        assert all(e["action"] != "reinstate" for e in extract("Headline\n\n" + body)["events"]), body


def test_a_ban_walked_back_rolled_back_or_backtracked_on_is_reinstated() -> None:
    for reversal in ("walked back the ban", "rolled back the ban", "backtracked on the ban"):
        assert events(f"Ban\n\nTwitter banned the account on Monday. Twitter {reversal} on Friday.") == [
            ("Twitter", "ban", [("account", 1)]), ("Twitter", "reinstate", [("account", 1)])], reversal
    # taking back what is no action on an account is no reinstatement
    assert events("Policy\n\nMeta rolled back much of its content moderation last year.") == []
    assert events("Plans\n\nTwitter backtracked on its plan to charge for the API.") == []


def test_a_person_pronoun_as_the_one_let_back_is_the_person_the_platform_acted_on() -> None:
    # 'he was reinstated', and 'was unbanned' (a participle the model reads as an adjective)
    banned_and_back = [("Twitch", "ban", [("account", 1)]), ("Twitch", "reinstate", [("account", 1)])]
    for text in ("Streamer\n\nTwitch banned the streamer xQc on Monday. He was reinstated a week later.",
                 "Streamer\n\nThe streamer xQc was banned from Twitch on Monday. He was unbanned a week "
                 "later."):
        assert events(text) == banned_and_back
        assert [n for n, _ in names(text)] == [["xQc"], ["xQc"]]
    # named nowhere: the one account the platform acted on
    assert events("Streamer\n\nTwitch banned the streamer on Monday. She was unbanned three days "
                  "later.") == banned_and_back
    # a person told of after the act, not let back
    assert events("Streamer\n\nTwitch banned the streamer xQc on Monday. He was happy about the "
                  "attention.") == banned_and_back[:1]
