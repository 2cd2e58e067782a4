"""Advertisers who pull their ads from a platform: a boycott of the platform, not moderation.

'Several companies, including Apple and Disney, suspended advertising on X', 'Disney pulled its
ads from Twitter': the ads are the subject's own, and the platform they ran on is named as the
place ('on X', 'from Twitter'). A platform that cut ads from an account ('YouTube pulled ads from
the channel') names no platform as the place, and one that removed ads from itself or a platform
of its own ('Meta removed ads from Facebook') is the platform acting: both stay acts of
moderation."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.platforms import owned_by, platform_of_token

AD_WORDS = {"ads", "advertising", "advertisements", "adverts", "ad", "spending", "campaigns", "marketing"}
PAUSING_VERBS = {"suspend", "pause", "halt", "stop", "pull", "remove", "yank", "cut", "withdraw", "freeze"}


def advertiser_pausing(token: Token) -> bool:
    """The action word pauses the subject's own advertising on a platform named as its place."""
    if token.lemma_.lower() not in PAUSING_VERBS:
        return False
    ads = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in AD_WORDS]
    places = [platform_of_token(p) for holder in [token, *ads] for c in holder.children
              if c.dep_ == "prep" and c.lower_ in {"on", "from"} for p in c.children if p.dep_ == "pobj"]
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    actor = platform_of_token(subject) if subject is not None else None
    # ('Meta removed ads from Facebook': the owner acting on its own platform)
    return bool(ads) and any(place and (not actor or place != actor and not owned_by(place, actor))
                             for place in places)
