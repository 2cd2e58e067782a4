"""A maker pulling its own item from a store: 'Flappy Bird developer Dong Nguyen has removed the
game from the App Store'; 'EA has quietly removed a bunch of classic titles from the App Store';
'Google pulls Glass iOS app'.

When the article tells that someone other than a platform took its own item off a store, the
same removal told without its actor ('Flappy Bird has been removed from the App Store', 'the
removed games') is the maker's doing too, not the store's: those mentions are no events.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from extractor.facts.action_mention import ActionMention
from extractor.facts.action_words import os_store
from extractor.facts.actors import place_platform, platform_in_subtree
from extractor.facts.cues import is_item_store
from extractor.facts.platforms import owned_by
from extractor.facts.subjects import agent_of, subject_of

# the rules that find a platform without naming it as the actor: the place ('removed from the
# App Store'), the story's platform ('the removed games') and 'the company'/'it'
UNAGENTED_RULES = {"place", "article", "subject-reference"}
PERSON_PRONOUNS = {"he", "she"}


def maker_pull_store(token: Token, action: str, acted_on: list[Token]) -> str | None:
    """The store a maker took its own item off, when ``token`` (an action the rules found no
    platform took) is a removal from an item store whose subject is neither the store nor its
    owner."""
    if action != "remove":
        return None
    subject = subject_of(token)
    # a maker named, or a person ('he has removed the game'); not 'we' or 'it' (a platform's
    # statement says 'we have removed it'), nor a campaign 'to remove' a game
    if (subject is None or subject.pos_ == "PRON" and subject.lower_ not in PERSON_PRONOUNS
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
        return None
    place = place_platform(token)
    store = place if is_item_store(place) else os_store(acted_on)
    # ('Google pulls Glass iOS app', 'Facebook has pulled Onavo Protect from the App Store': a
    # company that is a platform elsewhere, publishing in another's store)
    maker = platform_in_subtree(subject)
    if not is_item_store(store) or maker and (maker == store or owned_by(store, maker)):
        return None
    return store


def not_the_makers(doc: Doc, mentions: list[ActionMention], stores: set[str]) -> list[ActionMention]:
    """The mentions left when removals from ``stores`` told without a platform as their actor are
    the makers' ('Apple pulls the apps from the App Store' names the store's owner: kept)."""
    return [m for m in mentions if not (m.platform in stores and m.action == "remove" and
                                        m.platform_rule in UNAGENTED_RULES and not named_actor(doc[m.head]))]


def named_actor(token: Token) -> bool:
    """The action's subject or agent names a platform."""
    actor = agent_of(token) or subject_of(token)
    return actor is not None and bool(platform_in_subtree(actor))
