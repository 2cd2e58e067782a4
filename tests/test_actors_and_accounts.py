"""Who acted and on whom, in sentences written for these tests: pronouns, platform staff,
descriptions of a platform, quoted and listed names, Title Case headlines."""
from __future__ import annotations

from extractor import extract


def named(text: str) -> list[list[str]]:
    return [[a["name"] for a in e["named_accounts"]] for e in extract(text, published="2021-06-15")["events"]]


def test_a_pronoun_stands_for_the_person_named_before() -> None:
    assert named("Activist sues\n\nThe activist Kim Example sued Twitter on Monday for banning him.") == [
        ["Kim Example"]]
    text = "Post gone\n\nThe comedian Ann Example complained. Twitter deleted her tweet on Friday."
    assert named(text) == [["Ann Example"]]


def test_a_title_says_which_person_a_pronoun_can_be() -> None:
    text = ("Account locked\n\nActress Ann Example spoke about Mr. Bob Sample at length. "
            "Twitter suspended her account on Friday.")
    assert named(text) == [["Ann Example"]]


def test_a_person_the_model_named_with_a_title() -> None:
    # 'Ms Lopez': the model began the person at the title; the name is read from the word after it
    text = "Activist suspended\n\nMs Lopez said her Facebook account was suspended without warning."
    assert named(text) == [["Lopez"]]


def test_a_description_of_a_person_names_no_account() -> None:
    # what the description of a person is 'of' or names is who the person is, not another account
    text = "Purge\n\nTwitter suspended David Duke, a former leader of the Ku Klux Klan, on Friday."
    assert named(text) == [["David Duke"]]
    text = ("Purge\n\nTwitter suspended dozens of accounts on Friday, including that of David Duke, "
            "a former Ku Klux Klan leader.")
    assert named(text) == [["David Duke"]]
    # 'the account for X' in apposition is an account listed, not a description
    text = ("Purge\n\nTwitter suspended several accounts on Friday. Among them are the reporter Rob Roe, "
            "the account for TrueAnon, a podcast, and others.")
    assert named(text) == [["Rob Roe", "TrueAnon"]]


def test_staff_pronoun_and_descriptions_resolve_to_the_platform() -> None:
    staff = extract("YouTube purge\n\nJane Roe, who leads YouTube's trust and safety team, said they had "
                    "taken down more than 4,000 channels in the second quarter.", published="2021-06-15")
    assert [(e["platform"], e["targets"][0]["count"]) for e in staff["events"]] == [("YouTube", 4000)]
    described = extract("TikTok and Facebook face scrutiny\n\nFacebook said on Monday it had taken no "
                        "action. TikTok was also criticised. The video-sharing app removed 300 videos "
                        "on Tuesday. Facebook said it would review the posts.", published="2021-06-15")
    assert [e["platform"] for e in described["events"]] == ["TikTok"]


def test_quoted_and_listed_names() -> None:
    assert named("Reddit bans forum\n\nReddit banned the 'Incel' forum on Tuesday, @TwitterSafety said.") == [
        ["Incel"]]
    text = ("Purge\n\nGoogle removed the app from the Play Store. It remains available on other platforms, "
            "including iOS, Nintendo Switch and the PlayStation Store.")
    assert all("Nintendo Switch" not in n for n in named(text))


def test_title_case_headline_is_read_as_a_sentence() -> None:
    record = extract("Reddit Bans Controversial 'Incel' Forum After Complaints\n\nMany posts spoke of "
                     "hatred.", published="2021-06-15")
    assert [(e["platform"], e["action"], e["targets"][0]["type"]) for e in record["events"]] == [
        ("Reddit", "ban", "community")]
    # the record's text keeps the headline's own capitals
    assert record["events"][0]["evidence"][0]["text"].startswith("Reddit Bans")


def events(text: str) -> list[tuple]:
    return [(e["platform"], e["action"], [(t["type"], t["count"]) for t in e["targets"]],
             [a["name"] for a in e["named_accounts"]])
            for e in extract(text, published="2021-06-15")["events"]]


def test_names_given_by_calling_authorship_and_shows() -> None:
    assert named("Store\n\nApple removed an app called SafeChat from the App Store.") == [["SafeChat"]]
    assert named("Registry\n\nnpm has taken down a package named ua-parser-js-fake that installed a "
                 "cryptominer.") == [["ua-parser-js-fake"]]
    assert named("Clip\n\nInstagram removed the photo shared by model Emily Example on Monday.") == [
        ["Emily Example"]]
    assert named("Label\n\nTwitter hid a tweet from Trump behind a warning label.") == [["Trump"]]
    assert named("Locked\n\nTwitter locked the account of the New York Post after it shared a story.") == [
        ["New York Post"]]
    # a list of removed apps ends where another clause begins: the malware is no app
    listed = named("Purge\n\nGoogle has removed 17 apps from the Play Store, including Photo Editor Pro, "
                   "Fast Cleaner and Music Hub, after researchers found they carried the Joker malware.")
    assert listed == [["Photo Editor Pro", "Fast Cleaner", "Music Hub"]]


def test_an_owner_named_as_a_modifier_does_not_act() -> None:
    assert events("Ban\n\nAmazon-owned Twitch has banned streamer Sam Example for three days.") == [
        ("Twitch", "ban", [("account", 1)], ["Sam Example"])]
    # 'cutting off his ad revenue' tells more of the same demonetisation, not another event
    assert [e[:2] for e in events("Money\n\nYouTube has demonetised the channel of comedian Sam Example, "
                                  "cutting off his ad revenue.")] == [("YouTube", "demonetize")]


def test_service_operators_act_only_on_accounts_as_the_named_actor() -> None:
    assert events("Cheaters\n\nBungie has banned more than 5,000 players for cheating, the studio said.") == [
        ("Bungie", "ban", [("account", 5000)], [])]
    assert events("Cheat software\n\nActivision said it banned 14,000 Call of Duty accounts for using "
                  "cheat software.") == [("Activision", "ban", [("account", 14000)], [])]
    # an advert of a game publisher banned by a regulator is no platform's action
    assert events("Advert\n\nThe Activision advert has been banned from running again in the UK.") == []
    assert events("Registry\n\nThe PyPI team removed 12 malicious packages that stole credentials.") == [
        ("PyPI", "remove", [("other", 12)], [])]
    assert events("Extensions\n\nGoogle removed 32 malicious extensions from the Chrome Web Store.") == [
        ("Chrome Web Store", "remove", [("app", 32)], [])]


def test_it_stands_for_the_thing_named_before() -> None:
    text = ("Delisted\n\nMusi claimed it complied with the rules of YouTube, but Apple removed it from the "
            "App Store in September.")
    assert named(text) == [["Musi"]]
    # a person is 'him' or 'her', never 'it'
    text = "Gone\n\nJohn Example said the app was safe. Google removed it from the Play Store on Monday."
    assert named(text) == [[]]


def test_outlets_are_sources_unless_the_account_is_theirs() -> None:
    text = ("Pages\n\nFacebook removed 30 pages on Monday. Pages removed by Facebook include Example "
            "Patriots and Example Truth, according to NBC News.")
    assert named(text) == [["Example Patriots", "Example Truth"]]
    text = "Pages\n\nFacebook removed 30 pages. Pages removed by Facebook include Example Patriots and RT."
    assert named(text) == [["Example Patriots", "RT"]]
    locked = "Locked\n\nTwitter locked the account of the New York Post on Wednesday."
    assert named(locked) == [["New York Post"]]


def test_products_authorities_and_laws_are_no_accounts() -> None:
    assert named("Locked\n\nApple locked my Apple ID account on Friday.") == [[]]
    text = "Pulled\n\nApple pulled ICEBlock at the request of the Department of Justice, the company said."
    assert named(text) == [["ICEBlock"]]
    called = "Store\n\nApple removed an app called Twitter Patria from the App Store."
    assert named(called) == [["Patria"]]  # the name less the platform word (the scorer matches either)


def test_owners_camel_case_names_and_joined_entities() -> None:
    text = "Gone\n\nTwitter suspended accounts belonging to Jane Example and John Sample on Friday."
    assert named(text) == [["Jane Example", "John Sample"]]
    assert named("VPN\n\nGoogle Play removed ExampleVPN and SampleVPN after the report.") == [
        ["ExampleVPN", "SampleVPN"]]
    text = "Pair\n\nThe accounts of Example Org and Sample Org were suspended by Twitter."
    assert sorted(named(text)[0]) == ["Example Org", "Sample Org"]


def test_his_takedown_is_the_takers() -> None:
    text = "Takedown\n\nCloudFlare CEO says his Daily Stormer takedown was arbitrary.\n\nMore below."
    record = extract(text, published="2021-06-15")
    assert [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in record["events"]] == [
        ("Cloudflare", ["Daily Stormer"])]


def test_names_of_things_listed_named_or_coined() -> None:
    assert named('Apps pulled\n\nGoogle removed two malicious apps named "Example Photo Lab" and '
                 '"Sample Motion Edit 2021" from the Play Store.') == [
        ["Example Photo Lab", "Sample Motion Edit 2021"]]
    assert named("Packages gone\n\nThe two npm packages, example.js-proxy and example.js-proxies, were "
                 "removed by npm.") == [["example.js-proxy", "example.js-proxies"]]
    assert named('Shows pulled\n\nApple removed five of the six "Examplewars" podcasts by Kim Example '
                 "from its Podcasts app.")[0][0] == "Examplewars"
    assert named("Channel closed\n\nTelegram is caught in the middle. The chat service has suspended the "
                 "Amadnews channel after it called for violence.") == [["Amadnews"]]
    assert named("Pages gone\n\nFacebook has suspended the pages of UK Uncut and several student "
                 "groups.") == [["UK Uncut"]]


def test_names_listed_with_like_and_what_is_no_name() -> None:
    # the model reads 'YouTube terminated channels' as a noun phrase; the platform still acts
    assert named("Channels\n\nYouTube terminated channels like Example News and Sample TV last "
                 "week.") == [["Example News", "Sample TV"]]
    # a language or a system says what kind of package it is, not whose
    assert named("Packages\n\nThe Python Package Index has removed several Python packages this "
                 "week.") == [[]]


def test_capitalised_words_before_an_account_noun_name_it() -> None:
    assert named("Twitter suspends Example First account retweeted by the president\n\nMore "
                 "below.") == [["Example First"]]
    # an entity that ran into the place's preposition is cut before it
    assert named("Horses\n\nValve said it would not host the horror game Horses on Steam.") == [["Horses"]]
    # quoted package names are lower case: "the packages 'a', 'b' and 'c'", "the 'x' package"
    assert named("PyPI\n\nPyPI removed the packages 'aryi', 'suffer' and 'pytagora' on Thursday.") == [
        ["aryi", "suffer", "pytagora"]]
    assert named("PyPI\n\nPyPI removed the 'noblesse' package on Thursday.") == [["noblesse"]]
    # a colon after a definite item noun lists its names, up to the first item that is no name
    text = ("npm\n\nnpm has restricted three packages. The packages flagged by the researcher: "
            "@demo-ib/eslint-plugin-sample, @blocks-demo/desktop-title, @tui-demo/select-icon, published by "
            "'panya', now require authentication.")
    assert named(text) == [["@demo-ib/eslint-plugin-sample", "@blocks-demo/desktop-title",
                            "@tui-demo/select-icon"]]
    # a demonym of two words says whose accounts they are; it names none
    assert named("Hackers\n\nOpenAI had banned suspected North Korean accounts it detected.") == [[]]


def test_names_in_headlines_appositions_and_copulas() -> None:
    # a Title Case headline's capitals are a name when the body capitalises them too
    assert named("Apple Pulls Examplechat From App Store In China\n\nExamplechat is the latest app to "
                 "run into problems in China.") == [["Examplechat"]]
    assert named("Apps\n\nThe report focuses on Sample Dot, an app that both Google and Apple removed "
                 "last week.") == [["Sample Dot"], ["Sample Dot"]]
    text = ("Candidates\n\nKalshi suspended three political candidates from its platform on Monday. "
            "The three candidates are Ann Example of Virginia, Bob Sample of Ohio and Cy Demo of Texas.")
    assert named(text) == [["Ann Example", "Bob Sample", "Cy Demo"]]


def test_store_items_named_by_a_platform_a_name_after_or_an_outlet() -> None:
    # a platform before 'apps' names the apps a store removed; it is not where they live
    assert events("Apple previously removed Coinbase and Gliph apps from the App Store, the "
                  "company said.") == [("App Store", "remove", [("app", 2)], ["Coinbase", "Gliph"])]
    # an outlet's name before 'apps' is whose apps they are, not a source
    assert named("Apple removes New York Times apps from its store in China.") == [["New York Times"]]
    # the name right after a determined item noun, and 'the game' later standing for it
    assert named("Steam removed the game No Mercy in April after complaints.") == [["No Mercy"]]
    assert named("The studio released the game Example Quest: Reborn in March. Valve removed the "
                 "game from Steam on Friday.") == [["Example Quest: Reborn"]]
    # a capitalised word that is the subject of what follows is no name of the app
    assert named("Critics said the app Example Corp made was unsafe. Google removed the app on "
                 "Friday.") == [[]]


def test_forced_to_act_is_acting() -> None:
    assert events("Chinese authorities forced Apple to pull Skype from the App Store in China.") == [
        ("App Store", "remove", [("app", 1)], ["Skype"])]
    assert events("Apple was forced to remove the Example app from its store in China.") == [
        ("App Store", "remove", [("app", 1)], ["Example"])]
    assert events("Lawmakers tried to force Apple to remove the app.") == []


def test_names_given_in_a_sentence_of_their_own_and_the_story_lead() -> None:
    # the names a definite noun is given join the event of that kind told next (or last)
    assert named("Malicious packages\n\nThe two NPM packages are named example-js.proxy and "
                 "example-js.proxies. Both packages were removed from npm on Friday.") == [
        ["example-js.proxy", "example-js.proxies"]]
    assert named("Fake app\n\nGoogle removed a fake authenticator app from the Play Store. The fake app, "
                 "named “Example Authenticator,” appeared on the store recently.") == [
        ["Example Authenticator"]]
    # an event acting on one thing described acts on the name the story's events give most
    assert named("Banned again\n\nTwitter banned Alex Example on Monday. The decision comes a month after "
                 "other companies prohibited the conspiracy theorist from their outlets, including Apple "
                 "and Spotify.") == [["Alex Example"], ["Alex Example"], ["Alex Example"]]


def test_a_handle_written_beside_a_named_account_is_its_handle() -> None:
    record = extract("Suspended\n\nTwitter suspended Roger Example on Monday. The stan — who once called "
                     "@RogerExampleJr home — had his privileges revoked.", published="2021-06-15")
    assert [(a["name"], a["handle"]) for e in record["events"] for a in e["named_accounts"]] == [
        ("Roger Example", "@RogerExampleJr")]
    # a package scope is no handle
    assert named("Packages\n\nnpm removed the package @example-scope/left-pad on Friday.") != [
        ["@example"]]


def test_a_title_case_headline_name_must_be_named_in_the_body_unless_a_person() -> None:
    assert named("YouTube Goes Bonkers, Removes Windows 11 Bypass Tutorials, Claims Risk\n\n"
                 "YouTube removed the videos on Friday.") == [[]]
    assert named("Twitter Suspends Jane Example's Account\n\nThe account was suspended on Friday.") == [
        ["Jane Example"]]


def test_a_service_operator_banning_a_person_is_an_event() -> None:
    # a game company acts as a platform on a person it bans ('owner', 'seller' as 'player')
    assert events("Console ban\n\nNintendo banned a Switch 2 owner over second-hand cartridges.") == [
        ("Nintendo", "ban", [("account", 1)], [])]
    # but not on a thing it stops selling
    assert events("Console ban\n\nNintendo banned the console from its shops.") == []


def test_platforms_acting_in_turn_are_each_an_actor() -> None:
    assert [e[0] for e in events("Accounts gone\n\nHis account was suspended by Twitter, then Facebook, "
                                 "last week.")] == ["Twitter", "Facebook"]
    assert [e[0] for e in events("Accounts gone\n\nAlex Jones was banned by Apple and then YouTube in "
                                 "August.")] == ["Apple", "YouTube"]


def test_the_owner_of_the_channel_content_was_taken_from_is_named() -> None:
    assert named("Clip removed\n\nYouTube removed the video from the Daily Caller's channel on Monday.") == [
        ["Daily Caller"]]
    # a place that is no one's channel names nobody
    assert named("Clip removed\n\nYouTube removed the video from the site's front page on Monday.") == [[]]


def test_a_first_person_writer_named_in_the_text_names_the_account() -> None:
    text = ("How I got banned\n\nThis past August I (@examplewriter) applied for an API key. Two months "
            "later Twitter banned my account.")
    assert named(text) == [["examplewriter"]]
    text = ("Why my games were removed\n\nMy developer name is Quillfox, and my website is my own. All my "
            "games were removed from the Play Store in January.")
    assert named(text) == [["Quillfox"]]
    # no self-naming: no name
    assert named("How I got banned\n\nTwo months later Twitter banned my account.") == [[]]


def test_card_networks_and_payment_services_cut_off_accounts() -> None:
    # a payment service acting on a site or platform bans it as an account, named
    assert events("Payments cut\n\nVisa and Mastercard suspended payments to Pornhub in December.") == [
        ("Visa", "ban", [("account", 1)], ["Pornhub"]), ("Mastercard", "ban", [("account", 1)], ["Pornhub"])]
    assert events("Campaign closed\n\nPayPal shut down the crowdfunding campaign on Tuesday.") == [
        ("PayPal", "remove", [("account", 1)], [])]
    # a travel visa is no platform
    assert events("Visas\n\nThe visa was suspended by the embassy in December.") == []


def test_games_with_player_accounts_are_platforms_and_items() -> None:
    assert events("Cheater banned\n\nThe streamer was banned from Fortnite for cheating on Monday.") == [
        ("Fortnite", "ban", [("account", 1)], [])]
    # a headline's plan is no event, whoever plans it
    assert events("Cheaters\n\nPUBG to ban 100000 cheaters in single wave") == []
    # a game named beside the item's noun is the item a store acted on
    assert events("Store ban\n\nApple banned the popular game Fortnite from the App Store last year.") == [
        ("App Store", "ban", [("app", 1)], ["Fortnite"])]


def test_a_platform_given_as_the_verbs_second_subject_acts() -> None:
    # 'disaster: AdSense banned ...': the parse makes 'disaster' a subject too
    assert events("Teens\n\nBut at the end of 2013, disaster: AdSense banned Lilley and Greenfield just as "
                  "they were due a large check.")[0][:2] == ("Google AdSense", "ban")


def test_a_hyphenated_title_in_a_list_is_no_name() -> None:
    found = named("Channels\n\nYouTube channels banned last year include Steve Example's War Room, Co-Deputy "
                  "Director of the FBI Dan Example's channel and the Example Show.")
    assert "Co" not in [n for names in found for n in names]


def test_the_company_in_a_named_platforms_staff_statement_is_that_platform() -> None:
    record = extract('Apple pulls podcasts\n\nApple removed the Example Show podcasts on Monday. "We took '
                     'action," a Spotify spokeswoman said, adding the company took down several episodes '
                     'of the show last week.')
    assert sorted({e["platform"] for e in record["events"]}) == ["Apple", "Spotify"]
    # a bulleted line whose opening quote mark is a closing one: the parse hangs 'adding' on the
    # quoted verb; the participle still continues what the spokeswoman said
    record = extract('Apple pulls podcasts\n\nApple removed the podcasts on Monday.\n'
                     '* \u201dI can confirm that Spotify has removed the \u2018Alex Jones Show\u2019 \u2013 '
                     'Infowars,\u201d a Spotify spokeswoman said, adding the company took down several '
                     'episodes of the show last week.')
    assert sorted({e["platform"] for e in record["events"]}) == ["Apple", "Spotify"]
    took = [e["platform"] for e in record["events"] if any("took down" in x["text"] for x in e["evidence"])]
    assert took == ["Spotify"]


def test_it_in_the_statement_of_an_organisation_that_is_no_platform_is_that_organisation() -> None:
    def platforms(text: str) -> list[str]:
        return [e["platform"] for e in extract(text, published="2021-06-15")["events"]]

    assert platforms("Wikipedia blocked\n\nWikipedia is a free encyclopedia. Pakistan's media regulator "
                     "said Monday it blocked Wikipedia services in the country.") == []
    assert platforms("Domains\n\nYouTube hosted the videos. The Justice Department said it seized the "
                     "domains.") == []
    # a platform, its owner or its staff speaking: the platform
    assert platforms("Purge\n\nTwitter is popular. The company said it suspended 70,000 accounts.") == [
        "Twitter"]
    assert platforms("Purge\n\nYouTube is popular. Google said it removed 500 channels.") == ["YouTube"]


def test_a_companys_own_account_on_the_storys_platform_names_no_platform() -> None:
    def acts(text: str) -> list[tuple[str, str]]:
        return [(e["platform"], e["action"]) for e in extract(text, published="2021-06-15")["events"]]

    assert acts("Restricted\n\nFacebook restricted the DoorDash account on Monday. After the incident was "
                "resolved, the restriction on the DoorDash account was lifted.") == [
        ("Facebook", "restrict"), ("Facebook", "reinstate")]
    # in a story about the service itself, its accounts are its own to act on
    assert acts("Kalshi\n\nKalshi is a prediction market. The suspension on the Kalshi account was lifted "
                "on Monday.") == [("Kalshi", "suspend"), ("Kalshi", "reinstate")]


def test_the_domain_acted_on_is_the_domain_name_written_before() -> None:
    text = ("Domain\n\nDespite this pressure, the main example-archive.org domain remained operational. "
            "Then it stopped.\n\n\u201cThe .org domain apparently has been suspended,\u201d the site said, "
            "blaming Public Interest Registry.")
    names = [a["name"] for e in extract(text)["events"] for a in e["named_accounts"]]
    assert names == ["example-archive.org"]
    # of the top-level domain it gives: a .com name before is not 'the .org domain'
    text = text.replace("example-archive.org", "example-archive.com")
    assert [a["name"] for e in extract(text)["events"] for a in e["named_accounts"]] == []


def test_an_item_taken_from_a_store_is_named_whatever_entity_the_model_saw() -> None:
    # the model tags 'Tweetbot' a place; acted on and taken from a store, it is the app's name
    found = extract("Pulled\n\nGoogle removed Tweetbot from the Play Store.")["events"]
    assert [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in found] == [
        ("Google Play", ["Tweetbot"])]
    # a place taken from store listings is no app
    found = extract("Pulled\n\nApple removed Russia from the App Store listings.")["events"]
    assert [a["name"] for e in found for a in e["named_accounts"]] == []


def test_platform_apps_a_store_removes_are_named_and_counted() -> None:
    # 'Threads' beside another platform is the app, not a word for posts
    record = extract("Apple deletes WhatsApp, Threads from China app store\n\nApple has removed WhatsApp "
                     "and Threads from its app store in China, following an order from the regulator.")
    assert [(e["platform"], [(t["type"], t["count"]) for t in e["targets"]],
             [a["name"] for a in e["named_accounts"]]) for e in record["events"]] == [
        ("App Store", [("app", 2)], ["WhatsApp", "Threads"])]


def test_names_listed_among_them_join_the_event_told_before() -> None:
    record = extract("X bans journalists\n\nX purged an unknown number of prominent accounts on Monday. "
                     "Among them are Sam Example of the Daily Example, writer and podcaster Rob Sample, the "
                     "account for ExampleCast, a politics podcast, and a number of others.")
    assert [a["name"] for e in record["events"] for a in e["named_accounts"]] == [
        "Sam Example", "Rob Sample", "ExampleCast"]


def test_names_listed_after_this_included_join_the_event_told_just_before() -> None:
    record = extract("Apple purges clone games\n\nApple removed dozens of clone games from the App Store "
                     "on Monday. This included games like Temple Example, Tiny Sample, and Numbers With "
                     "Examples.")
    assert [a["name"] for e in record["events"] for a in e["named_accounts"]] == [
        "Temple Example", "Tiny Sample", "Numbers With Examples"]


def test_names_included_among_the_kind_of_thing_acted_on_join_the_event() -> None:
    # 'the chatbots ... included' lists the bots deleted; 'a subscription that includes' lists nothing
    record = extract("Meta deletes celebrity chatbots\n\nMeta deleted about a dozen of the bots before the "
                     "story ran. The unauthorized chatbots that reporters found included Ann Example and "
                     "Bea Sample. Meta also announced a subscription that includes an 'Undo Post' feature.")
    assert [a["name"] for e in record["events"] for a in e["named_accounts"]] == ["Ann Example", "Bea Sample"]


def test_a_name_ending_in_today_is_one_name_not_a_day() -> None:
    # "Russia Today", "USA Today": the model reads the last word as a date
    assert named("Ads\n\nTwitter banned Example Today from advertising.") == [["Example Today"]]
    assert named("Ads\n\nTwitter banned Russia Today from advertising.") == [["Russia Today"]]


def test_the_authors_first_name_is_the_author() -> None:
    page = ("---\ntitle: Your account is permanently suspended\nauthors:\n  - \"Manuel Example\"\n---\n\n"
            "Manuel's ban from Twitter should be a lesson for us all.\n")
    record = extract(page)
    assert record["article"]["authors"] == ["Manuel Example"]
    assert [[(a["name"], a["evidence"]["text"]) for a in e["named_accounts"]] for e in record["events"]] == [
        [("Manuel Example", "Manuel")]]


def test_the_person_who_reports_their_own_ban_is_named() -> None:
    record = extract("Switch bans\n\nReddit user dmanthey said they got banned by Nintendo after inserting "
                     "the cards.")
    assert [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in record["events"]] == [
        ("Nintendo", ["dmanthey"])]
    record = extract("Suspended\n\nJane Roe says Twitter suspended her on Monday.")
    assert [a["name"] for e in record["events"] for a in e["named_accounts"]] == ["Jane Roe"]


def test_a_platform_that_only_describes_a_person_is_not_the_actor() -> None:
    # in a story about Nintendo, 'Reddit user' says who the person is, not who restricted them
    record = extract("Nintendo bans Switch 2 user\n\nReddit user dmanthey said they inserted each game "
                     "into their Switch 2, but found out that their online services were restricted the "
                     "day after.")
    assert all(e["platform"] != "Reddit" for e in record["events"])


def test_an_unnamed_person_a_pronoun_stands_for_is_one_account() -> None:
    cases = {
        "The streamer said she was suspended from Twitch.": ("Twitch", "suspend"),
        "The user said they had been banned from Reddit.": ("Reddit", "ban"),
        "The comedian posted a joke about the election. Twitter suspended him hours later.":
            ("Twitter", "suspend"),
    }
    for body, (platform, action) in cases.items():
        record = extract("Headline\n\n" + body)
        assert [(e["platform"], e["action"], [(t["type"], t["count"]) for t in e["targets"]])
                for e in record["events"]] == [(platform, action, [("account", 1)])], body
    # 'they' for things the platform removed is no person
    assert extract("Headline\n\nTwitter said they were removed for breaking its rules.")["events"] == []


def test_a_person_who_blocks_someone_on_a_platform_is_not_the_platform() -> None:
    for body in ("She was blocked by Trump on Twitter.",
                 "The journalist was blocked by the senator on Twitter."):
        assert extract("Headline\n\n" + body)["events"] == [], body
    record = extract("Headline\n\nThe video was removed by YouTube on Monday.")
    assert [e["platform"] for e in record["events"]] == ["YouTube"]


def test_a_bare_package_name_after_the_package_noun_is_named() -> None:
    assert named("Malware\n\nPyPI removed the malicious package requestss.") == [["requestss"]]
    assert named("Malware\n\nnpm pulled the library colors from the registry on Monday.") == [["colors"]]
    # a word that says what kind of thing follows the noun is no name
    assert named("Malware\n\nPyPI removed the package manager from the index on Monday.") == [[]]


def test_titles_in_single_quotes_and_names_given_after_a_comma() -> None:
    assert named("Podcast\n\nSpotify removed the episode 'The Truth About Vaccines' from its platform "
                 "on Monday.") == [["The Truth About Vaccines"]]
    assert named('Bots\n\nTwitter suspended the account, called "examplebot", on Monday.') == [["examplebot"]]


def test_the_user_who_posted_what_was_removed_is_named_by_their_handle() -> None:
    found = extract("Removed\n\nTikTok removed videos posted by the user examplefan99.")["events"]
    assert [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in found] == [
        ("TikTok", ["examplefan99"])]
    found = extract("Removed\n\nYouTube removed a video uploaded by user Jane_Roe99 on Monday.")["events"]
    assert [a["name"] for e in found for a in e["named_accounts"]] == ["Jane_Roe99"]
    # whose the account is, told in a relative clause
    text = "Suspended\n\nThe account, which belonged to Kanye West, was suspended by Twitter."
    found = extract(text)["events"]
    assert [a["name"] for e in found for a in e["named_accounts"]] == ["Kanye West"]


def test_a_name_described_as_the_person_acted_on_is_the_account() -> None:
    # 'X, the streamer banned by Twitch': the description in apposition is what the action took
    record = extract("Back\n\nJohn Example, the streamer banned by Twitch in March, has returned.",
                     published="2024-06-01")
    assert [(e["platform"], e["action"], [a["name"] for a in e["named_accounts"]])
            for e in record["events"]] == [("Twitch", "ban", ["John Example"])]


def test_a_ban_given_to_a_pronoun_is_given_to_the_person_named_before() -> None:
    for verb in ("gave", "handed"):
        record = extract(f"Ban\n\nJohn Example is a popular streamer. Twitch {verb} him a seven-day ban on "
                         "Tuesday.", published="2024-06-01")
        assert [(e["platform"], e["action"], [a["name"] for a in e["named_accounts"]])
                for e in record["events"]] == [("Twitch", "ban", ["John Example"])]


def test_a_capitalised_person_noun_is_no_name() -> None:
    record = extract("Bans\n\nTwitch banned Developers who sold cheats, the company said.",
                     published="2024-06-01")
    assert [a["name"] for e in record["events"] for a in e["named_accounts"]] == []


def test_an_aggregators_run_on_line_names_no_outlet_as_an_account() -> None:
    from extractor.facts.outlets import headline_run_on

    assert headline_run_on("washington post human error")
    assert headline_run_on("minutes nbcnews.com business insider")
    assert not headline_run_on("bbc news arabic")  # one word more: an outlet's own channel may be named so
    assert not headline_run_on("jane example")


def test_a_store_named_as_the_subject_acts_on_the_writers_app() -> None:
    record = extract("Suspended\n\nGoogle Play suspended our app for a policy violation.",
                     published="2024-06-01")
    assert [(e["platform"], e["action"]) for e in record["events"]] == [("Google Play", "suspend")]
    # 'we' at a company closing its own app is no store's act
    record = extract("Closing\n\nWe at Google decided to shut down our messaging app last year.",
                     published="2024-06-01")
    assert record["events"] == []


def test_a_quoted_capitalised_word_acted_on_is_a_name_whatever_word_it_is() -> None:
    record = extract("Pulled\n\nApple pulled vibe coding app ‘Anything’ from the App Store last week.",
                     published="2024-06-01")
    assert [a["name"] for e in record["events"] for a in e["named_accounts"]] == ["Anything"]
    # a label's quoted verdict is no name
    record = extract("Label\n\nTwitter labelled the tweet “Misleading” on Monday.", published="2024-06-01")
    assert [a["name"] for e in record["events"] for a in e["named_accounts"]] == []


def test_a_called_title_is_a_name_whatever_entity_the_model_saw() -> None:
    # the model reads 'No Mercy' as a place in a gerund clause; 'called' makes it the game's name
    assert named("After taking down a game called No Mercy in April, Itch.io said it would review "
                 "more games.") == [["No Mercy"]]
    # a title with 'of' inside is one name, not two accounts
    assert named("Steam removed Trials of Innocence last week.") == [["Trials of Innocence"]]
    # a person's place after 'of' is still no part of the name
    assert named("Twitter suspended Ann Example of Virginia on Monday.") == [["Ann Example"]]


def test_those_of_names_whose_accounts_they_are() -> None:
    assert named("Purge\n\nTwitter suspended several accounts, including those of Example News and Sample "
                 "Daily.") == [["Example News", "Sample Daily"]]
    # 'of' before a name after any other word is still where, not who
    assert named("Purge\n\nTwitter suspended several accounts, including reporters of The Example "
                 "Times.") == [[]]


def test_an_outlet_credited_in_apposition_is_no_account() -> None:
    """'the app (BleepingComputer)' credits the outlet that found the code; 'The channel, RT America,
    was suspended' names what was acted on; 'World Report' is the end of an outlet's name."""
    credited = named("Obfuscated code was found inside the app (BleepingComputer). Google removed the app "
                     "from the Play Store.")
    assert credited and all("BleepingComputer" not in names for names in credited)
    assert named("The channel, RT America, was suspended by YouTube on Monday.") == [["RT America"]]
    told = named("Trump's account vanished for minutes, U.S. News & World Report said. Twitter had "
                 "suspended the account briefly.")
    assert all("World Report" not in names for names in told)


def test_names_listed_side_by_side_stay_apart_and_whole() -> None:
    # a name and its longer form listed for one action are two names, not one written twice
    assert named('Extensions pulled\n\nMozilla removed the extensions "Bypass" and "Bypass XM" from its '
                 "add-on store on Monday.") == [["Bypass", "Bypass XM"]]
    assert named('Games pulled\n\nValve pulled the games "Quest" and "Quest II" from Steam on Friday.') == [
        ["Quest", "Quest II"]]
    # a piece of a hyphenated package name is no name of its own
    assert named("Package pulled\n\nThe npm package ua-parser-js was removed from npm on Friday.") == [
        ["ua-parser-js"]]
    # a short form still takes the full form told elsewhere
    told = named("Ban\n\nTwitter banned Alex Example on Monday. Example had 2,000 followers. Twitter "
                 "also banned Example's second account on Tuesday.")
    assert told and all(names == ["Alex Example"] for names in told)


def test_package_names_listed_after_a_colon() -> None:
    assert named("Packages pulled\n\nnpm removed three packages: eslint-scope, eslint-config-eslint and "
                 "babel-preset-es2015.") == [["eslint-scope", "eslint-config-eslint", "babel-preset-es2015"]]


def test_a_titles_first_word_no_is_part_of_the_name() -> None:
    text = "Steam\n\nValve removed the edgelord simulator No Mercy from Steam in April."
    assert named(text) == [["No Mercy"]]


def test_package_names_listed_as_plain_words() -> None:
    # the parse reads 'aryi' and 'suffer' as verbs: the package noun is still the verb's object
    assert named("PyPI\n\nPyPI removed the packages aryi, suffer and noblesse on Monday.") == [
        ["aryi", "suffer", "noblesse"]]
    # a list after a colon, its last name hung on the one before it; a hyphenated name stays whole
    assert named("npm\n\nThe following packages were removed from npm: latex-online, hotdog-tabs, "
                 "mstest2.") == [["latex-online", "hotdog-tabs", "mstest2"]]
    # lower-case words after a package noun that are no list are no names
    assert named("PyPI\n\nPyPI removed the packages quickly after the report.") == [[]]


def test_a_games_owner_acts_on_its_games_players() -> None:
    found = extract("Cheats\n\nEpic Games banned two Fortnite players from the game for cheating.",
                    published="2021-06-15")["events"]
    assert [(e["platform"], e["action"], e["targets"][0]["count"]) for e in found] == [("Fortnite", "ban", 2)]
    # the owner as the subject of the verb above: 'took the step of banning'
    found = extract("Cheats\n\nLast month, Epic Games took the unusual step of not just banning two Fortnite "
                    "players for cheating, but taking them to court.", published="2021-06-15")["events"]
    assert [(e["platform"], e["action"], e["targets"][0]["count"]) for e in found] == [("Fortnite", "ban", 2)]


def test_places_and_abbreviations_listed_are_no_names() -> None:
    text = ("Accounts\n\nTwitter banned accounts linked to a network posting about many topics, including "
            "the U.S. presidential campaign.")
    assert named(text) == [[]]
    text = "Accounts\n\nOpenAI said it disrupted covert influence operations (IO) last month."
    assert named(text) == [[]]
    # capitals in brackets that are no abbreviation of the words before them stay a name
    text = "Accounts\n\nTwitter suspended the account of the news site (RTX) last month."
    assert named(text) == [["RTX"]]


def test_an_ampersand_joins_one_name() -> None:
    assert named("Apps\n\nApple removed the Barnes & Noble app from the App Store.") == [["Barnes & Noble"]]
    assert named("Apps\n\nThe Find & Call app has been removed from the App Store.") == [["Find & Call"]]
    # 'and' between two names still gives two accounts
    [names] = named("Pages\n\nFacebook removed the accounts of Example Org and Sample Org.")
    assert sorted(names) == ["Example Org", "Sample Org"]


def test_a_title_with_of_opening_its_sentence_is_one_name() -> None:
    # the model reads 'Trials' as a plain noun at the start of the sentence
    text = "Steam\n\nTrials of Innocence disappeared from Steam on Tuesday."
    assert named(text) == [["Trials of Innocence"]]


def test_an_apps_edition_for_a_device_after_its_noun_is_part_of_its_name() -> None:
    text = "Apps\n\nGoogle pulled the app Siri for Android from the Android Market."
    assert named(text) == [["Siri for Android"]]


def test_the_store_that_acted_is_not_the_thing_it_acted_on() -> None:
    # 'Steam removed it': 'it' is the game told before, never Steam itself
    assert named("Game pulled\n\nJane Example made the game in 2020. Steam removed it on Monday.") == [[]]
    assert named("Game pulled\n\nA game called Star Drift came out in 2020. Steam removed it on Monday.") == [
        ["Star Drift"]]
    # a platform that is the thing a store or host acted on still is
    assert named("Parler pulled\n\nParler was the fastest-growing app last week. Apple removed it from the "
                 "App Store on Saturday.") == [["Parler"]]


def test_the_maker_named_before_products_a_store_acted_on_is_named() -> None:
    assert named("Phones pulled\n\nAmazon banned BLU phones over spyware concerns.") == [["BLU"]]
    assert named("Books pulled\n\nAmazon removed Acme Press books from its store on Monday.") == [
        ["Acme Press"]]
