"""Short news paragraphs written for issue 4 (not from any corpus), each with the record it should
give, written down before the extractor was run on them. Published 2023-06-15, a Thursday.

Each case: (paragraph, [(platform, targets, named accounts or None to skip, when or None)]) with
targets as (type, count, count_text, qualifier, approximate), named accounts as (name, followers),
when as (start, end, precision, anchor).

UNSEEN was written first (14 of 16 right on the first run; the two misses, a range the model
tags as two dates and 'since March 1', were fixed in general). UNSEEN_LATER was written after
those fixes (5 of 8 right on the first run: 'pins' was no target word, a list of three counted
targets broken by the parse, and 'a couple of hundred' read as 100; all fixed in general, the
last one as a vague amount, not the 200 first written down).
"""
from __future__ import annotations

PUBLISHED = P = "2023-06-15"

UNSEEN = [
    ("TikTok said it had removed more than 4.5 million videos in Kenya between January and March, "
     "citing breaches of its community guidelines.",
     [("TikTok", [("video", 4500000, "more than 4.5 million", "more_than", True)], None,
       ("2023-01-01", "2023-03-31", "month", P))]),
    ("Meta took down 1,200 Facebook accounts and 320 Instagram accounts linked to a troll farm last month.",
     [("Facebook", [("account", 1200, "1,200", None, False)], None, ("2023-05-01", "2023-05-31", "month", P)),
      ("Instagram", [("account", 320, "320", None, False)], None, ("2023-05-01", "2023-05-31", "month", P))]),
    ("YouTube terminated the channel of Example Daily, which had 2.3 million subscribers, on Monday.",
     [("YouTube", [("channel", 1, None, None, False)], [("Example Daily", 2300000)],
       ("2023-06-12", "2023-06-12", "day", P))]),
    ("Twitter suspended dozens of accounts that had spread the hoax over the past week.",
     [("Twitter", [("account", None, "dozens", None, True)], None, ("2023-06-08", "2023-06-15", "week", P))]),
    ("WhatsApp banned nearly 74 lakh accounts in India in April, the company said in its monthly "
     "compliance report.",
     [("WhatsApp", [("account", 7400000, "nearly 74 lakh", "nearly", True)], None,
       ("2023-04-01", "2023-04-30", "month", P))]),
    ("Reddit banned about 2,000 subreddits in the second quarter of 2022.",
     [("Reddit", [("community", 2000, "about 2,000", "about", True)], None,
       ("2022-04-01", "2022-06-30", "quarter", None))]),
    ("Facebook removed Patriot Voices Daily, a page with 1.1 million followers, yesterday.",
     [("Facebook", [("page", 1, None, None, False)], [("Patriot Voices Daily", 1100000)],
       ("2023-06-14", "2023-06-14", "day", P))]),
    ("Twitch suspended the streamer for seven days on Saturday after a $25,000 fine was announced.",
     [("Twitch", [("account", 1, None, None, False)], None, ("2023-06-10", "2023-06-10", "day", P))]),
    ("Telegram blocked at least 50 channels in the first half of 2023.",
     [("Telegram", [("channel", 50, "at least 50", "at_least", True)], None,
       ("2023-01-01", "2023-06-30", "quarter", None))]),
    ("Instagram removed up to 3,000 posts by the group between May 2 and May 9.",
     [("Instagram", [("post", 3000, "up to 3,000", "up_to", True)], None,
       ("2023-05-02", "2023-05-09", "day", P))]),
    ("LinkedIn said it had removed 15.4 million fake accounts in the third quarter.",
     [("LinkedIn", [("account", 15400000, "15.4 million", None, False)], None,
       ("2022-07-01", "2022-09-30", "quarter", P))]),
    ("Snapchat banned hundreds of accounts earlier this month, about 40% of those reported.",
     [("Snapchat", [("account", None, "hundreds", None, True)], None,
       ("2023-06-01", "2023-06-15", "month", P))]),
    ("In 2021, YouTube removed over 1m videos for medical misinformation, a spokesperson said on Tuesday.",
     [("YouTube", [("video", 1000000, "over 1m", "more_than", True)], None,
       ("2021-01-01", "2021-12-31", "year", None))]),
    ("Twitter permanently suspended the account of Kim Example, a 24-year-old activist with 48,000 "
     "followers, last Friday.",
     [("Twitter", [("account", 1, None, None, False)], [("Kim Example", 48000)],
       ("2023-06-09", "2023-06-09", "day", P))]),
    ("Facebook said it removed roughly 1.5bn fake accounts in the fourth quarter of 2022, up 20% from a "
     "year earlier.",
     [("Facebook", [("account", 1500000000, "roughly 1.5bn", "about", True)], None,
       ("2022-10-01", "2022-12-31", "quarter", None))]),
    ("YouTube has removed two dozen channels run by the network since March 1.",
     [("YouTube", [("channel", 24, "two dozen", None, False)], None,
       ("2023-03-01", "2023-06-15", "day", P))]),
]

UNSEEN_LATER = [
    ("Pinterest removed more than 12,000 pins promoting the scam over the weekend.",
     [("Pinterest", [("post", 12000, "more than 12,000", "more_than", True)], None,
       ("2023-06-10", "2023-06-11", "day", P))]),
    ("Discord shut down 30 servers linked to the harassment campaign on Wednesday.",
     [("Discord", [("server", 30, "30", None, False)], None, ("2023-06-14", "2023-06-14", "day", P))]),
    ("Twitter suspended upwards of 300 accounts last Tuesday, a week after the election.",
     [("Twitter", [("account", 300, "upwards of 300", "more_than", True)], None,
       ("2023-06-13", "2023-06-13", "day", P))]),
    ("Facebook removed 46 pages, 12 groups and 9 Instagram accounts in August 2020.",
     [("Facebook", [("page", 46, "46", None, False), ("group", 12, "12", None, False)], None,
       ("2020-08-01", "2020-08-31", "month", None)),
      ("Instagram", [("account", 9, "9", None, False)], None, ("2020-08-01", "2020-08-31", "month", None))]),
    ("YouTube said it had demonetised a couple of hundred channels in the first quarter of 2023.",
     [("YouTube", [("channel", None, "a couple of hundred", None, True)], None,
       ("2023-01-01", "2023-03-31", "quarter", None))]),
    ("Koo removed nearly 2.5 lakh posts in the past three months.",
     [("Koo", [("post", 250000, "nearly 2.5 lakh", "nearly", True)], None,
       ("2023-03-15", "2023-06-15", "month", P))]),
    ("TikTok banned scores of accounts in late 2022.",
     [("TikTok", [("account", None, "scores", None, True)], None,
       ("2022-01-01", "2022-12-31", "year", None))]),
    ("Twitter suspended the account of the rapper Lil Example, who has 3.4m followers, two days ago.",
     [("Twitter", [("account", 1, None, None, False)], [("Lil Example", 3400000)],
       ("2023-06-13", "2023-06-13", "day", P))]),
]
