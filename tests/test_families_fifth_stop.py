"""Families of news wording found missing by sentences written for the purpose (the fifth stop of
2026-12-05): accounts counted by their owners, a thing returned to a store or service, a name
after the noun that says what it names, a spokesperson for a body that is no platform, and a
survey's respondents telling what happened to them."""
from __future__ import annotations

from tests.helpers import account_summary as accounts
from tests.helpers import event_summary as events
from tests.helpers import quote_speakers as speakers


def test_accounts_of_so_many_people_are_as_many_accounts() -> None:
    assert events("Journalists\n\nFacebook disabled the accounts of 14 journalists on Tuesday.") == [
        ("Facebook", "suspend", [("account", 14)])]
    # (the owners of posts or videos say nothing of how many posts there were)
    assert events("Clips\n\nYouTube removed the videos of two creators on Tuesday.") == [
        ("YouTube", "remove", [("video", None)])]


def test_a_thing_returned_to_a_store_or_service_was_let_back_by_whoever_returned_it() -> None:
    # (the removal told first, as a story tells it: a return alone does not pass the screen)
    assert events("Back\n\nSpotify pulled the podcast in May. Spotify has now returned the podcast to "
                  "its service after the host edited two episodes.") == [
        ("Spotify", "remove", [("other", 1)]), ("Spotify", "reinstate", [("other", 1)])]
    assert events("Back\n\nYouTube removed the video on Monday and returned the video to the platform "
                  "on Friday.") == [
        ("YouTube", "remove", [("video", 1)]), ("YouTube", "reinstate", [("video", 1)])]
    # not a return of anything to a platform
    assert events("Refund\n\nTwitter returned the money to advertisers on Friday.") == []


def test_capitalised_words_after_the_noun_that_says_what_they_name_are_its_name() -> None:
    # 'Garden Truths' is taken for a place by the model
    assert accounts("Back\n\nYouTube reinstated the channel Garden Truths on Monday following an "
                    "appeal.") == [("YouTube", "reinstate", ["Garden Truths"])]


def test_a_spokesperson_for_a_body_that_is_no_platform_speaks_for_that_body() -> None:
    assert speakers('Removed\n\nFacebook removed the page. A spokesperson for the council said: '
                    '"We were not consulted."') == ["spokesperson for the council"]
    assert speakers('Removed\n\nFacebook removed the page. A council spokesperson said: '
                    '"We were not consulted."') == ["council spokesperson"]
    # a company's spokesperson is still the platform's
    assert speakers('Removed\n\nFacebook removed the page. A company spokesperson said: '
                    '"It broke our rules."') == ["Facebook"]


def test_what_a_survey_found_happened_to_those_it_asked_is_no_event() -> None:
    assert events("Survey\n\nA survey of 2,000 TikTok users found that a third had had a video "
                  "removed.") == []
    assert events("Poll\n\nIn a poll by a research centre, 40 per cent of Facebook users said they had "
                  "had a post taken down.") == []
    assert events("Creators\n\nOne in five YouTube creators surveyed said their channel had been "
                  "demonetized at least once.") == []
    # a platform said to act inside a finding still acts
    assert events("Study\n\nThe study found that Facebook removed 312 of the posts flagged by "
                  "researchers.") == [("Facebook", "remove", [("post", 312)])]


def test_so_many_others_are_more_of_the_kind_told_before_them() -> None:
    assert events("Purge\n\nReddit banned the community r/nonewnorms and quarantined 54 others.") == [
        ("Reddit", "ban", [("community", 1)]), ("Reddit", "restrict", [("community", 54)])]


def test_a_name_in_apposition_to_the_place_of_a_role_is_the_role_holders() -> None:
    # the parse hangs 'Tom Hale' on Springfield
    assert accounts("Post\n\nFacebook removed a post by the mayor of Springfield, Tom Hale, for "
                    "violating its hate speech rules.") == [("Facebook", "remove", ["Tom Hale"])]


def test_whose_page_it_is_names_it_whatever_entity_the_model_saw() -> None:
    # 'Morning Hour' is a time to the model
    assert accounts("Labelled\n\nA clip from the Morning Hour's Facebook page was labelled as missing "
                    "context.") == [("Facebook", "label", ["Morning Hour"])]
    # a place's page names no account here
    assert accounts("Labelled\n\nA clip from Texas's Facebook page was labelled as missing context.") == [
        ("Facebook", "label", [])]


# --- families from the third written battery (tests/corpus/battery-3.jsonl); sentences our own ---

def test_a_wire_datelines_place_is_not_the_actor_in_apposition_after_the_dash() -> None:
    assert [e[:2] for e in accounts("Restored\n\nBERGEN (Westwire) - X reinstated the account of reporter "
                                    "Ola Nygaard late on Thursday.")] == [("Twitter", "reinstate")]


def test_a_person_a_platform_describes_acts_on_their_own_and_their_surname_is_no_service() -> None:
    assert events("Raid\n\nTwitch streamer Lina Park, who streams as LinaPlays, banned 900 accounts from her "
                  "chat.\n\nPark used Twitch's moderation tools and a bot to ban the accounts, many of which "
                  "were new.") == []
    # a role of the platform's staff is the platform's
    assert events("Ban\n\nTwitch CEO Emmett Shear banned the streamer.") == [
        ("Twitch", "ban", [("account", 1)])]


def test_the_owners_name_speaks_for_the_platform_of_its_own_the_story_is_about() -> None:
    assert events("Fake bank\n\nMeta's Threads has suspended an account posing as a bank. Meta said the "
                  "account had been suspended for impersonation.") == [
        ("Threads", "suspend", [("account", 1)])]
    # the platform named as 'Facebook' most, not another of the owner's named in passing
    assert [e[:2] for e in events("Ads\n\nFacebook has suspended the ad account of a campaign. The campaign "
                                  "had spent $46,000 on Facebook and Instagram ads. Meta said the account "
                                  "was suspended for missing disclaimers.")] == [("Facebook", "suspend")]


def test_a_platforms_name_on_a_league_or_club_is_not_the_actor() -> None:
    assert events("Ban\n\nThe Northern Circuit, a European Valorant league, has banned the player Jonas "
                  "Eklund for 12 months.") == []


def test_fears_denied_claims_and_rejected_demands_are_no_acts() -> None:
    assert events("Outage\n\nMany Instagram users feared their accounts had been suspended after being "
                  "logged out.") == []
    assert events("Strike\n\nMeta has denied claims that Facebook removed posts about a dockworkers' "
                  "strike.") == []
    assert events("TikTok rejects reality star's demand to remove impressions of her") == []


def test_the_people_who_run_a_community_act_for_it_not_for_the_platform() -> None:
    assert events("Group\n\nThe administrator of a 17,000-member Facebook group has removed a councillor "
                  "from the group and deleted his posts.") == []
    assert events("Quarantine\n\nReddit has quarantined r/fastingextreme. The subreddit's moderators said "
                  "in a pinned post that they had banned users who posted the images.") == [
        ("Reddit", "restrict", [("community", 1)])]


def test_targets_on_two_platforms_of_one_company_are_two_events_whoever_acted() -> None:
    found = accounts("Removed\n\nThe Facebook page, which had 34,000 followers, and the Instagram account, "
                     "@k.vandermeer, were taken down on Tuesday under Meta's policy on dangerous "
                     "organisations.")
    assert [e[:2] for e in found] == [("Facebook", "remove"), ("Instagram", "remove")]


def test_a_handle_with_dots_is_a_name_and_the_record_stays_valid() -> None:
    from extractor import extract

    record = extract("Suspended\n\nInstagram suspended the account @k.vandermeer on Tuesday.",
                     published="2021-06-15")
    named = record["events"][0]["named_accounts"]
    assert [(a["name"], a["handle"]) for a in named] == [("@k.vandermeer", None)]


def test_out_of_what_the_platform_shows_or_pays_is_a_restriction_or_demonetisation() -> None:
    assert events("Explore\n\nInstagram removed his posts from the platform's Explore and Reels "
                  "recommendations.") == [("Instagram", "restrict", [("post", None)])]
    assert events("Partner\n\nYouTube kicked the channel out of the YouTube Partner Program.") == [
        ("YouTube", "demonetize", [("channel", 1)])]
    assert events("Phones\n\nTelegram has blocked the channel on iPhones.") == [
        ("Telegram", "restrict", [("channel", 1)])]
    # (the ads are what paid the channel: the channel is what was demonetised)
    assert events("Ads\n\nYouTube cut the channel's ads in February.") == [
        ("YouTube", "demonetize", [("channel", 1)])]
    # still a removal from the platform
    assert events("Gone\n\nFacebook removed the page from the platform.") == [
        ("Facebook", "remove", [("page", 1)])]


def test_what_a_viral_post_or_a_rumour_says_is_no_act() -> None:
    assert events("Claim: A viral post on Facebook says TikTok has permanently banned the comedian Jollof "
                  "Joe over a skit.") == []
    # a post of the account itself is evidence, as before
    assert events("Notice\n\nA post on the channel says YouTube deleted three of its videos.") == [
        ("YouTube", "remove", [("video", 3)])]


def test_boards_photographs_and_blogs_told_by_where_they_are() -> None:
    assert events("Boards\n\nPinterest has taken down about 1,300 boards promoting unlicensed "
                  "injections.") == [("Pinterest", "remove", [("other", 1300)])]
    assert [e[:2] for e in events("Restored\n\nInstagram has restored a photograph of a mother, a day after "
                                  "removing it for breaching its nudity rules.")] == [
        ("Instagram", "reinstate"), ("Instagram", "remove")]
    assert events("Blogs\n\nThe same operators ran six blogs on Blogger, which Google took down in "
                  "June.") == [("Blogger", "remove", [("server", 6)])]


def test_a_handle_that_speaks_is_named_as_written() -> None:
    assert speakers('Back\n\nReddit banned the subreddit in March. "We got sloppy, and we paid for it," new '
                    'lead moderator u/quillfeather wrote in a pinned post.') == ["u/quillfeather"]
    assert speakers('Back\n\nReddit banned the subreddit in March. "We got sloppy," wrote @quill_feather '
                    'in a post.') == ["@quill_feather"]


def test_a_notice_shown_on_the_platform_is_the_platforms_words() -> None:
    assert speakers('Gone\n\nYouTube removed the channel on Monday for violating its policies on "scams and '
                    'deceptive practices", according to a notice on its page.') == ["YouTube"]
    assert speakers('Banned\n\nReddit banned the subreddit on March 4 for "violating Reddit\'s rules on '
                    'copyright infringement", according to the notice that appeared at the time.') == [
        "Reddit"]


# --- families from the fourth written battery (tests/corpus/battery-4.jsonl); sentences our own ---

def test_a_spokesperson_of_the_owner_speaks_for_the_stories_platform() -> None:
    assert [e[:2] for e in events('Channel\n\nWhatsApp has removed a channel that promoted a fake investment '
                                  'scheme. "We removed this channel for violating our policies on fraud," a '
                                  'Meta spokesperson said.')] == [("WhatsApp", "remove")]


def test_so_many_of_a_platforms_items_removed_by_its_owner_are_the_platforms() -> None:
    assert events("Ads\n\nOn Thursday, Google also removed 45 of the group's YouTube video ads.") == [
        ("YouTube", "remove", [("ad", 45)])]


def test_claims_images_lawsuits_beliefs_and_erroneous_notices_tell_no_act() -> None:
    assert events('Claim: A viral image claims that Facebook "permanently banned" the page of Senator '
                  'Ramon Ilagan.') == []
    assert events("Fitness creator sues TikTok, claiming her videos were secretly throttled") == []
    # what a suit tells of the platform's acts is told as acts
    assert [e[:2] for e in events("Suit\n\nThe suit claimed that Twitter eventually removed the post nine "
                                  "days after the report and suspended the poster's account.")] == [
        ("Twitter", "remove"), ("Twitter", "suspend")]
    assert events('Outage\n\n"I genuinely thought I\'d been banned for something," one Instagram user '
                  'said.') == []
    assert events('Outage\n\nSome Instagram users were shown an erroneous message reading "Your account '
                  'has been suspended" when they tried to log in.') == []
    assert events("Outage\n\nMeta said the message was a display error and that no accounts had been "
                  "suspended on Instagram.") == []
    # the platform's own claim is its act
    assert events("Claim\n\nTwitter claimed it had removed 10,000 accounts.") == [
        ("Twitter", "remove", [("account", 10000)])]


def test_a_leagues_ban_is_not_a_platforms() -> None:
    assert events("Banned\n\nStriker Callum Brisbane has been banned for six matches and fined 15,000 pounds "
                  "by the Southern Counties Football League after posting a video on Instagram.") == []
    assert events("United striker banned for eight games over Instagram post about referee\n\nCity United "
                  "striker Dele Okafor has been banned for eight games and fined 20,000 pounds by the "
                  "Northern Premier League after posting an edited picture of a referee on Instagram.") == []


def test_kept_from_a_feature_is_restricted_and_money_cut_for_someone_demonetises_them() -> None:
    assert events("Live\n\nDays later, Instagram stepped in, blocking Kane from going live.") == [
        ("Instagram", "restrict", [("account", 1)])]
    # (a ban 'from posting' stays a ban, as our corpus's annotators mostly read it)
    assert events("Posting\n\nTwitter banned him from posting for seven days.") == [
        ("Twitter", "ban", [("account", 1)])]
    assert events("Gone\n\nTwitch banned the streamer from using the platform.") == [
        ("Twitch", "ban", [("account", 1)])]
    assert events("YouTube cuts off ad revenue for crypto finfluencer after sponsor row") == [
        ("YouTube", "demonetize", [("account", 1)])]


def test_a_platforms_team_said_it_acted() -> None:
    assert [e[:2] for e in events('Geoblock\n\nIn a statement on Monday, X\'s Global Government Affairs team '
                                  'said it had "complied with the notice by withholding the content in '
                                  'Australia". Facebook removed 30 posts.')] == [
        ("Twitter", "restrict"), ("Facebook", "remove")]


def test_an_effort_still_under_way_and_a_persons_team_are_no_acts_of_the_platform() -> None:
    assert events("Pulled\n\nGoogle Play removed the app. The company insisted that it had stopped all "
                  "third-party collection agencies and was working to restore the listing.") == [
        ("Google Play", "remove", [("app", 1)])]
    # an act deeper in a clause of the infinitive is told as done
    assert events("Server\n\nDiscord said it was working with the forum's team to moderate its new server, "
                  "after removing the previous server over hate speech.") == [
        ("Discord", "remove", [("server", 1)])]
    assert events("Hacked\n\nThe actress's Instagram account was hacked on Monday. Her team said it "
                  "recovered the account and then deleted the posts.") == []
