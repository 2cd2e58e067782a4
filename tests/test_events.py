"""Event extraction on sentences written for these tests (not taken from the dev corpus)."""
from __future__ import annotations

import pytest

from extractor import extract


def events_of(text: str, published: str | None = "2022-03-10") -> list[dict]:
    return extract(text, published=published)["events"]


def summary(text: str) -> list[tuple[str, str, list[tuple[str, int | None]]]]:
    return [(e["platform"], e["action"], [(t["type"], t["count"]) for t in e["targets"]])
            for e in events_of(text)]


def test_subject_action_count_and_type() -> None:
    assert summary("Headline\n\nYouTube removed 130,000 videos for violating its vaccine policy.") == [
        ("YouTube", "remove", [("video", 130000)])]


def test_reason_is_kept() -> None:
    event = events_of("Headline\n\nYouTube removed 130,000 videos for violating its vaccine policy.")[0]
    assert event["reasons"] == ["violating its vaccine policy"]


def test_passive_agent_links_the_platform() -> None:
    assert summary("Headline\n\nMore than 400 accounts were suspended by Twitter on Monday.") == [
        ("Twitter", "suspend", [("account", 400)])]


def test_banned_from_platform() -> None:
    events = events_of("Headline\n\nThe rapper Kid Example was banned from Instagram after the post.")
    assert [(e["platform"], e["action"]) for e in events] == [("Instagram", "ban")]
    assert [a["name"] for a in events[0]["named_accounts"]] == ["Kid Example"]


def test_the_company_resolves_to_the_platform_of_the_article() -> None:
    text = ("Reddit tightens its rules\n\nReddit published new rules on Tuesday. "
            "The company also banned 2,000 communities that broke them.")
    assert summary(text) == [("Reddit", "ban", [("community", 2000)])]


def test_counts_in_words_and_lists() -> None:
    assert summary("Headline\n\nFacebook removed 559 pages and 221 accounts.") == [
        ("Facebook", "remove", [("page", 559), ("account", 221)])]
    assert summary("Headline\n\nWhatsApp banned over 20 lakh accounts in India in May.") == [
        ("WhatsApp", "ban", [("account", 2000000)])]


def test_meta_targets_on_two_platforms_are_two_events() -> None:
    assert summary("Headline\n\nMeta removed 50 Facebook accounts and 20 Instagram accounts.") == [
        ("Facebook", "remove", [("account", 50)]), ("Instagram", "remove", [("account", 20)])]


def test_one_occasion_mentioned_again_is_one_event() -> None:
    text = ("Twitter suspends accounts of activists\n\nTwitter suspended 80 accounts run by activists. "
            "The activists said their Twitter accounts were suspended without warning. "
            "Twitter said the suspensions of the accounts were correct.")
    events = events_of(text)
    assert len(events) == 1
    assert events[0]["targets"][0]["count"] == 80
    assert len(events[0]["evidence"]) >= 2


def test_two_occasions_with_other_counts_are_two_events() -> None:
    text = ("Headline\n\nTwitter suspended 80 accounts on Monday. "
            "Separately, the company suspended 1,500 accounts linked to a troll farm last month.")
    assert [e["targets"][0]["count"] for e in events_of(text)] == [80, 1500]


def test_handles_are_named_accounts() -> None:
    events = events_of("Headline\n\nTwitter suspended two accounts, @spam_king and @bot_master.")
    assert [a["handle"] for a in events[0]["named_accounts"]] == ["@spam_king", "@bot_master"]


def test_followers_of_a_listed_page() -> None:
    text = ("Headline\n\nFacebook removed 30 pages on Friday. Pages caught up in the purge include "
            "Daily Patriot Wire, a news page with 2.5 million followers, and Liberty Lane, "
            "which had 80,000 followers.")
    accounts = events_of(text)[0]["named_accounts"]
    assert [(a["name"], a["followers"]) for a in accounts] == [
        ("Daily Patriot Wire", 2500000), ("Liberty Lane", 80000)]


def test_time_is_resolved_against_the_publication_date() -> None:
    event = events_of("Headline\n\nTwitter suspended 1,500 accounts last week.", published="2018-10-25")[0]
    assert event["when"]["text"] == "last week"
    # the previous calendar week, Monday to Sunday (2018-10-25 is a Thursday)
    assert (event["when"]["start"], event["when"]["end"]) == ("2018-10-15", "2018-10-21")
    assert (event["when"]["precision"], event["when"]["anchor"]) == ("week", "2018-10-25")


def test_store_removing_an_app() -> None:
    events = events_of("Headline\n\nApple removed Parler from the App Store on Saturday.")
    assert [(e["platform"], e["action"]) for e in events] == [("App Store", "remove")]
    assert events[0]["targets"][0]["type"] == "app"
    assert events[0]["named_accounts"][0]["name"] == "Parler"


@pytest.mark.parametrize("sentence", [
    "Twitter will ban political ads from next month.",
    "Lawmakers urged Facebook to remove the pages.",
    "Twitter denied suspending the account.",
    "China blocked WhatsApp last year.",
    "If TikTok removes the video, the creator will appeal.",
    "The user deleted her Facebook account after the row.",
    "The university banned TikTok on campus devices.",
    "YouTube did not remove the channel.",
    "Apple threatened to ban Parler from the App Store.",
    "Critics called for a ban on the Facebook page.",
])
def test_not_platform_moderation(sentence: str) -> None:
    assert events_of(f"Headline\n\n{sentence}") == []


def test_evidence_offsets_point_into_the_article_text() -> None:
    record = extract("Headline\n\nTwitter suspended 1,500 accounts last week.", published="2018-10-25")
    from extractor.article import read_article

    text = read_article("Headline\n\nTwitter suspended 1,500 accounts last week.").text
    for event in record["events"]:
        for span in event["evidence"]:
            assert text[span["start"]:span["end"]] == span["text"]
        for target in event["targets"]:
            ev = target["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]


def test_bare_x_is_twitter_only_where_the_context_says_so() -> None:
    assert summary("Headline\n\nX suspended the account of the activist Jo Brand on Friday.") == [
        ("Twitter", "suspend", [("account", 1)])]
    assert summary("Headline\n\nThe journalist was banned from X last week.") == [
        ("Twitter", "ban", [("account", 1)])]
    from extractor.nlp import parse

    doc = parse("Headline\n\nMalcolm X said it. Generation X is older now. Musk's X restored accounts.")
    assert [(e.text, e.start_char) for e in doc.ents if e.label_ == "PLATFORM"] == [("X", 63)]


def test_platforms_acting_together_give_one_event_each() -> None:
    assert summary("Headline\n\nFacebook and Instagram removed the accounts of the group.") == [
        ("Facebook", "remove", [("account", None)]), ("Instagram", "remove", [("account", None)])]


@pytest.mark.parametrize("sentence", [
    "Meta removed the accounts from Facebook and Instagram on Tuesday.",
    "Meta suspended his Facebook and Instagram accounts on Tuesday.",
])
def test_a_company_acting_on_its_own_platforms_gives_one_event_each(sentence: str) -> None:
    assert [(p, a) for p, a, _ in summary("Headline\n\n" + sentence)] == [
        ("Facebook", "remove" if "removed" in sentence else "suspend"),
        ("Instagram", "remove" if "removed" in sentence else "suspend")]


def test_accounts_on_other_companies_platforms_are_not_its_events() -> None:
    # the company acted on its own platform only, whatever else the accounts' owner uses
    assert [(p, a) for p, a, _ in summary(
        "Headline\n\nMeta suspended the group's Facebook and Twitter accounts on Tuesday.")] == [
        ("Facebook", "suspend")]


def test_count_inside_a_network_of_accounts() -> None:
    assert summary("Headline\n\nMeta has taken down a network of 1,000 fake accounts run from Iran.") == [
        ("Facebook", "remove", [("account", 1000)])]


def test_by_phrase_of_an_active_verb_is_not_the_actor() -> None:
    assert summary("Headline\n\nLinkedIn has removed more than 50 posts by the group.") == [
        ("LinkedIn", "remove", [("post", 50)])]


def test_headline_is_parsed_on_its_own_line() -> None:
    events = events_of("Twitch suspends streamer Ninja Warrior\n\nThe streamer said he had no warning.")
    assert [(e["platform"], e["action"]) for e in events] == [("Twitch", "suspend")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("YouTube pulled ads from the channel of Steven Example.", ("YouTube", "demonetize", "channel")),
    ("The creator was suspended from the YouTube Partner Program.", ("YouTube", "demonetize", "account")),
    ("YouTube has added warning labels to videos about the vote.", ("YouTube", "label", "video")),
    ("Reddit quarantined the subreddit for hateful content.", ("Reddit", "restrict", "community")),
    ("Amazon Web Services booted Parler off its servers.", ("Amazon Web Services", "ban", "server")),
    ("Elon Musk reinstated Kathy Griffin's Twitter account.", ("Twitter", "reinstate", "account")),
])
def test_phrasal_wording_from_the_dependency_patterns(sentence: str, expected: tuple[str, str, str]) -> None:
    events = events_of(f"Headline\n\n{sentence}")
    assert [(e["platform"], e["action"], e["targets"][0]["type"]) for e in events] == [expected]


def test_a_user_removing_their_own_content_is_not_moderation() -> None:
    assert events_of("Headline\n\nThe band removed the song from Spotify in protest.") == []
    assert events_of("Headline\n\nShe blocked the troll on Instagram.") == []


def test_time_attached_to_the_action_wins_over_other_dates() -> None:
    text = "Headline\n\nThe account, which was created in 2011, was suspended by Twitter on Monday."
    event = events_of(text, published="2022-03-10")[0]
    assert event["when"]["text"] == "Monday"
    assert event["when"]["start"] == "2022-03-07"


@pytest.mark.parametrize("sentence", [
    "The producers decided to boot the dancer off the show after the vote.",
    "Four spyware makers were blacklisted and banned from trade last month.",
    "Plane passengers were quarantined after the outbreak.",
])
def test_removed_from_somewhere_that_is_no_platform(sentence: str) -> None:
    text = f"Instagram star leaves\n\nThe star posted about it on Instagram.\n\n{sentence}"
    assert events_of(text) == []


def test_a_pronoun_refers_to_the_target_told_before() -> None:
    text = ("Headline\n\nTwitter suspended the account of the singer Ava Example on Monday. "
            "It was restored two hours later.")
    events = events_of(text)
    assert [(e["platform"], e["action"]) for e in events] == [
        ("Twitter", "suspend"), ("Twitter", "reinstate")]
    assert events[1]["targets"][0]["type"] == "account"
    assert [a["name"] for a in events[1]["named_accounts"]] == ["Ava Example"]


def test_a_name_given_before_to_the_same_noun() -> None:
    text = ("Headline\n\nTwitter removed 300 accounts on Friday. The accounts used an app called "
            "Vote Patria. The app has been suspended.")
    events = events_of(text)
    assert [(e["action"], e["targets"][0]["type"]) for e in events] == [
        ("remove", "account"), ("suspend", "app")]
    assert events[1]["named_accounts"][0]["name"] == "Vote Patria"


def test_another_year_is_another_occasion() -> None:
    text = ("Headline\n\nFacebook banned the pages of the militia in 2021. "
            "Facebook had also banned the group's pages in 2018.")
    assert len(events_of(text)) == 2


def test_followers_of_the_account_of_a_named_person() -> None:
    event = events_of("Headline\n\nTwitter removed Jo Example's account, which had 88 million followers.")[0]
    assert [(a["name"], a["followers"]) for a in event["named_accounts"]] == [("Jo Example", 88000000)]


@pytest.mark.parametrize(("sentence", "count"), [
    ("Facebook removed more than two dozen pages run by the group.", 24),
    ("Twitter suspended half a dozen journalists on Thursday.", 6),
    ("Twitter suspended a dozen accounts on Thursday.", 12),
])
def test_dozens(sentence: str, count: int) -> None:
    assert events_of(f"Headline\n\n{sentence}")[0]["targets"][0]["count"] == count


def test_a_multiplier_is_not_a_count() -> None:
    from extractor.facts.numbers import count_of
    from extractor.nlp import parse

    doc = parse("Telegram blocked 2.7 times more channels than last year.")
    assert [count_of(t) for t in doc if t.text == "channels"] == [None]


@pytest.mark.parametrize("sentence", [
    "If a video breaks the rules, the company takes the video down or terminates the channel.",
    "Apps that meet its standards have sometimes been removed from the App Store after release.",
])
def test_conditions_and_habits_are_not_occasions(sentence: str) -> None:
    assert events_of(f"YouTube rules\n\nYouTube explained its rules.\n\n{sentence}") == []


def test_an_app_removed_by_apple_is_an_app_store_removal() -> None:
    text = "App Store drops wallet app\n\nApple removed the Example Wallet app on Friday."
    assert [(e["platform"], e["action"]) for e in events_of(text)] == [("App Store", "remove")]


def test_subreddits_are_named() -> None:
    text = "Headline\n\nReddit banned five subreddits, including r/example_hate and r/other_hate."
    event = events_of(text)[0]
    assert [a["name"] for a in event["named_accounts"]] == ["r/example_hate", "r/other_hate"]


def test_demonetisation_after_a_suspension_is_an_event_of_its_own() -> None:
    text = ("Headline\n\nYouTube suspended the channel of the network for a week. "
            "The channel has also been demonetized by YouTube.")
    assert [e["action"] for e in events_of(text)] == ["suspend", "demonetize"]


def test_a_verb_parsed_as_an_adjective_still_acts() -> None:
    event = events_of("Headline\n\nRecently, YouTube terminated social commentator Andrew Kibe’s account.")[0]
    assert (event["platform"], event["named_accounts"][0]["name"]) == ("YouTube", "Andrew Kibe")


def test_a_bulleted_list_of_names_after_a_colon() -> None:
    text = ("Headline\n\nSeveral reporters had their Twitter accounts suspended on Thursday.\n\n"
            "Among the reporters who were kicked off Twitter were:\n\n"
            "• Jane Roe, reporter for an example outlet\n\n• John Doe of the Daily Example\n\n"
            "The suspensions came without warning.")
    names = [a["name"] for e in events_of(text) for a in e["named_accounts"]]
    assert names == ["Jane Roe", "John Doe"]


def test_a_list_announced_before_its_paragraph_ends() -> None:
    # no colon: 'here is a list of ...', the list after the paragraph, a sentence of the story ends it
    text = ("Apps\n\nHere is a list of the three applications that were taken down from the Play Store "
            "after the discovery. Google has also banned the developers behind them.\n\n"
            "Sample Photo (5,000,000+ downloads)\n\nExample Cleaner (100,000+ downloads)\n\n"
            "Demo Fitness (100,000+ downloads)\n\nGoogle has since banned similar apps.")
    names = [a["name"] for e in events_of(text) for a in e["named_accounts"]]
    assert names == ["Sample Photo", "Example Cleaner", "Demo Fitness"]
    # 'following' as a preposition announces nothing
    text = ("Ads\n\nTwitter has banned ads from accounts owned by Example Today following its probe.\n\n"
            "Posted on: Thursday, October 26, 2017")
    assert [a["name"] for e in events_of(text) for a in e["named_accounts"]] == ["Example Today"]


def test_the_person_listed_not_the_employer() -> None:
    text = ("Headline\n\nTwitter suspended the accounts of several journalists. The suspensions include "
            "Example Post technology reporter Dana Roe and Kim Lee, a freelance writer.")
    names = [a["name"] for e in events_of(text) for a in e["named_accounts"]]
    assert names == ["Dana Roe", "Kim Lee"]


def test_the_simple_present_in_the_body_is_a_habit_not_an_occasion() -> None:
    assert events_of("Reddit archive\n\nReddit instantly deletes posts from its new interface.") == []
    assert summary("Reddit bans 2,000 subreddits\n\nThe company acted on Monday.") == [
        ("Reddit", "ban", [("community", 2000)])]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The streamer was banned on Kick after the stunt.", [("Kick", "ban")]),
    ("The team will kick off the season on Friday.", []),
    ("Colorado Rep. Lauren Boebert celebrated Twitter unfreezing her account.", [("Twitter", "reinstate")]),
    ("The popular social networking site was blocked on Saturday.", []),
])
def test_more_wording(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(e["platform"], e["action"]) for e in events_of(f"Headline\n\n{sentence}")] == expected


def test_agency_in_a_dateline_is_not_an_account() -> None:
    text = ("Headline\n\nLos Angeles [US], December 2 (ANI): American rapper Jo Example has been "
            "suspended from Twitter for breaking its rules.")
    event = events_of(text)[0]
    assert [a["name"] for a in event["named_accounts"]] == ["Jo Example"]


def test_people_named_one_by_one_are_one_occasion() -> None:
    text = ("Headline\n\nTwitter suspended the accounts of several reporters on Thursday, among them "
            "Ann Roe. The suspension of the account of its reporter, Ben Low, was criticised by the paper.")
    events = events_of(text)
    assert len(events) == 1
    assert [a["name"] for a in events[0]["named_accounts"]] == ["Ann Roe", "Ben Low"]


@pytest.mark.parametrize(("sentence", "action"), [
    ("Meta dismantled a network of 200 accounts linked to the army.", "remove"),
    ("YouTube has axed the channel of the commentator Jo Example.", "remove"),
    ("Twitch booted the streamer Jo Example from the platform.", "ban"),
])
def test_tabloid_wording(sentence: str, action: str) -> None:
    assert [e["action"] for e in events_of(f"Headline\n\n{sentence}")] == [action]


def test_a_platform_blocked_by_a_country_is_not_moderation() -> None:
    text = ("Access to Facebook cut\n\nFacebook has been popular with protesters.\n\n"
            "The popular social networking site was blocked Saturday, the news agency said.")
    assert events_of(text) == []


def test_who_a_subject_names_and_a_country_as_it() -> None:
    # a platform named only in a relative clause of the subject is not the subject
    text = ("Meta's move\n\nMeta faced criticism. The company, which owns Instagram and WhatsApp, "
            "removed the posts on Monday.")
    assert [(e["platform"], e["action"]) for e in events_of(text)] == [("Facebook", "remove")]
    # 'it' after a country as the last subject stands for the country, not the platform named before
    text = ("TikTok's fate\n\nFurther limits on TikTok could hurt if China chooses to retaliate. It "
            "fired a warning shot this month, banning app stores from offering WhatsApp.")
    assert events_of(text) == []
    # the platform as the subject of its own clause still acts; a relative clause telling the
    # action still names who acted
    text = "Purge\n\nTwitter, which Musk bought in 2022, suspended 40 accounts on Monday."
    assert [(e["platform"], e["action"]) for e in events_of(text)] == [("Twitter", "suspend")]
    text = ("Takedowns\n\nThe contract went to a company that then removed material from YouTube "
            "and Vimeo.")
    assert sorted(e["platform"] for e in events_of(text)) == ["Vimeo", "YouTube"]


@pytest.mark.parametrize("text", [
    "Headline\n\nYouTube removed 130,000 videos for violating its vaccine policy.",
    "GoDaddy bans neo-Nazi site Example Stormer for a post\n\nThe company acted late on Sunday.",
    "Return\n\nThe singer is back on Twitter after a break.",
    "Access to Facebook cut\n\nFacebook has been popular with protesters.\n\n"
    "The popular social networking site was blocked Saturday, the news agency said.",
    "Headline\n\nThe app was removed.\n\nTwitter suspended 40 accounts on Monday and removed 12 pages.",
])
def test_has_events_answers_as_build_events(text: str) -> None:
    """The screen's early answer (stop at the first event) agrees with the whole build."""
    from datetime import date

    from extractor.events import build_events, has_events
    from extractor.nlp import parse

    doc = parse(text)
    assert has_events(doc, date(2022, 3, 10)) == bool(build_events(doc, date(2022, 3, 10)))


def test_a_link_or_a_path_names_no_account() -> None:
    from extractor.event_record import link_debris

    assert link_debris("account.pic.twitter.com/i4k31mrrZi") and link_debris("news/2019/05")
    assert link_debris("https://example.org/page")
    assert not any(link_debris(n) for n in ("r/example_sub", "u/example_mod", "@scope/example-package",
                                            "annas-archive.org", "Example First"))
