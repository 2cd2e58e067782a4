"""Occasion boundaries (extractor.occasions) on paragraphs written for these tests."""
from __future__ import annotations

from datetime import date

from extractor import extract
from extractor.facts.dates import resolve


def occasions(text: str, published: str = "2021-06-15") -> list[tuple]:
    record = extract(text, published=published)
    return [(e["platform"], e["action"], [(t["type"], t["count"]) for t in e["targets"]],
             [a["name"] for a in e["named_accounts"]], (e["when"] or {}).get("start"))
            for e in record["events"]]


def test_suspensions_and_restorations_on_four_dates_are_four_events() -> None:
    text = ("Rapper blocked again\n\nTwitter suspended the account of the rapper Kid Example on Monday. "
            "The account was restored on Wednesday. Twitter suspended him again in December, and "
            "restored the account in January.")
    assert occasions(text) == [
        ("Twitter", "suspend", [("account", 1)], ["Kid Example"], "2021-06-14"),
        ("Twitter", "reinstate", [("account", 1)], ["Kid Example"], "2021-06-09"),
        ("Twitter", "suspend", [("account", 1)], ["Kid Example"], "2020-12-01"),
        ("Twitter", "reinstate", [("account", 1)], ["Kid Example"], "2021-01-01"),
    ]


def test_another_date_on_the_verb_is_another_occasion() -> None:
    text = ("Purges at Facebook\n\nFacebook removed 120 pages last spring. "
            "On Tuesday, the company removed 40 pages run by a marketing firm.")
    assert [(o[2], o[4]) for o in occasions(text)] == [([("page", 120)], "2021-03-01"),
                                                      ([("page", 40)], "2021-06-15")]


def test_a_repeated_count_ties_mentions_whatever_their_dates() -> None:
    text = ("Ban wave\n\nWhatsApp banned 2 million accounts between May 15 and June 15. "
            "Users noticed on June 20 that WhatsApp had banned 2 million accounts.")
    assert len(occasions(text, published="2021-07-01")) == 1


def test_a_date_inside_a_quotation_is_the_speakers_not_the_articles() -> None:
    text = ('Lab cut off\n\nFacebook suspended the accounts of two researchers on Tuesday. '
            '"Yesterday evening, Facebook suspended my account," one of them wrote.')
    assert len(occasions(text, published="2021-08-05")) == 1


def test_also_in_a_later_sentence_is_another_act() -> None:
    text = ("Channel suspended\n\nTelegram suspended a channel run by a militia on Friday. "
            "The company also removed dozens of posts from other channels.")
    assert [(o[1], o[2]) for o in occasions(text)] == [("suspend", [("channel", 1)]),
                                                      ("remove", [("post", None)])]


def test_earlier_this_year_in_a_later_sentence_is_another_act() -> None:
    text = ("Apps\n\nApple removed VoIP apps from the App Store on Monday. Earlier this year, Apple "
            "removed VPN apps from the App Store.")
    assert [(o[0], o[1]) for o in occasions(text)] == [("App Store", "remove"), ("App Store", "remove")]


def test_the_same_takedown_told_twice_stays_one_event() -> None:
    text = ("Twitter removes network\n\nTwitter removed 3,400 accounts on Thursday. The accounts, "
            "which the company removed this week, had posted state propaganda.")
    assert len(occasions(text)) == 1


def test_seasons_resolve_to_three_months() -> None:
    spring = resolve("last spring", date(2021, 6, 15))
    assert (spring.start, spring.end, spring.precision) == (date(2021, 3, 1), date(2021, 5, 31), "quarter")
    assert resolve("the fall of 2019", None).start == date(2019, 9, 1)
    assert resolve("last winter", date(2021, 6, 15)).end == date(2021, 2, 28)



def test_an_act_dated_years_before_an_undated_story_is_another_occasion() -> None:
    text = ("Store pulls tracker\n\nLast week the store faced pressure. Apple pulled an app called "
            "Watchlist from the App Store. In 2012 Apple rejected an app that mapped drone strikes.")
    assert [(e[0], e[1], e[4]) for e in occasions(text, "2025-10-10")] == [
        ("App Store", "remove", None), ("App Store", "remove", "2012-01-01")]
    # the same words in a story of 2012 are the same occasion
    assert len(occasions(text, "2012-10-10")) == 1
    # a headline sums up the act the body dates
    text = ("Activist Sam Example sues Twitter for banning him\n\nTwitter permanently suspended Sam Example "
            "in 2015, he says.")
    assert [e[:2] for e in occasions(text, "2017-12-01")] == [("Twitter", "ban")]


def test_an_act_told_for_the_second_time_is_another_occasion() -> None:
    text = ("Account\n\nTwitter suspended the account of the writer Sam Example. After an appeal, Twitter "
            "restored it. Twitter then suspended the account for the second time.")
    assert [e[:2] for e in occasions(text)] == [("Twitter", "suspend"), ("Twitter", "reinstate"),
                                               ("Twitter", "suspend")]


def test_an_unresolved_time_names_another_item_in_an_undated_article() -> None:
    # no publication date: 'last month' cannot be resolved, yet it dates another removal
    record = extract("Apple pulls the Example Chat app\n\nApple has decided to pull Example Chat from the "
                     "App Store. Apple has been active lately, and last month it pulled AppFreebie.")
    assert record["article"]["published"] is None
    names = [[a["name"] for a in e["named_accounts"]] for e in record["events"]]
    assert names == [["Example Chat"], ["AppFreebie"]]


def test_the_platforms_own_announcement_with_also_is_another_act() -> None:
    text = ("Meta sues scammers\n\nMeta disabled more than 800 Facebook accounts. The same month, Meta also "
            "announced that it disrupted the operations of seven spyware-making companies by blocking "
            "their infrastructure and banning their accounts.")
    assert [(o[1], o[2]) for o in occasions(text)] == [
        ("suspend", [("account", 800)]), ("ban", [("other", None), ("account", None)])]
    # another source confirming with 'also' tells the same act
    text = ("Critics cut off\n\nFacebook deactivated the accounts of several critics today. Example News "
            "also confirms that the Facebook account of Example Health has been shut down.")
    assert len(occasions(text)) == 1


def test_on_top_of_that_and_in_addition_tell_another_act() -> None:
    for lead in ("On top of that", "In addition"):
        text = ("Facebook and the election\n\nFacebook told Reuters that it had detected spying accounts "
                f"in France and deactivated the accounts. {lead}, Facebook suspended some 70,000 accounts "
                "that were spreading propaganda.")
        assert [o[2] for o in occasions(text)] == [[("account", None)], [("account", 70000)]], lead


def test_a_vague_number_after_one_account_is_another_occasion() -> None:
    # the platform is only implied in the second sentence; a vague number opens an event all the same
    text = ("How I got banned\n\nTwo months later Twitter banned my account citing violations of its "
            "rules. I don't appear to be the only one, as a number of academic accounts have been "
            "suspended with appeals denied recently.")
    assert [(o[1], o[2]) for o in occasions(text)] == [("ban", [("account", 1)]),
                                                      ("suspend", [("account", None)])]


def test_ads_removed_after_posts_are_another_occasion() -> None:
    text = ("Scam ads\n\nWithin hours of reporters contacting Meta about the page, Meta removed most of the "
            "posts that had been published on it. In some cases, Meta removed ads for breaching its "
            "policies.")
    assert [o[2] for o in occasions(text)] == [[("post", None)], [("ad", None)]]


def test_an_unknown_number_after_one_named_account_is_another_occasion() -> None:
    text = ("Accounts\n\nTwitter suspended the account of the group Example Front.\n\n"
            "Twitter purged an unknown number of prominent accounts over the last day.")
    assert [(o[1], o[2], o[3]) for o in occasions(text)] == [
        ("suspend", [("account", 1)], ["Example Front"]), ("remove", [("account", None)], [])]
