"""The word of an action span and what it says of its objects: the verb the parse hangs the
action on ('stopped hosting' -> 'hosting', 'refused to publish' -> 'publish', 'switched back on'),
a refusal told as it was made ('would not host'), what the writer owns ('my games'), and the store
an app's system names ('the iOS app'). Used by ``extractor.facts.actions``."""
from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.acted_on import RECEIVING_BACK
from extractor.facts.return_words import RETURN_WORDS

SWITCH_VERBS = {"switch", "turn"}
REFUSAL_VERBS = {"refuse", "decline"}  # 'refused to publish the game' (actions_dep.json)


HOSTING_VERBS = {"host", "publish", "list", "sell", "approve", "carry", "distribute", "stock", "certify"}


def refused_hosting(token: Token) -> bool:
    """'would not host', 'would not publish' (actions_dep.json): a refusal told as it was made."""
    return token.lemma_.lower() in HOSTING_VERBS and any(c.dep_ == "neg" for c in token.children) and any(
        c.dep_ == "aux" and c.lower_ == "would" for c in token.children)


def action_head(span: Span) -> Token:
    """The word of an action span that the parse hangs on (the verb of 'take down')."""
    for token in span:
        receiving = token.lemma_.lower() in RECEIVING_BACK
        back = [c for c in token.children if c.lower_ == "back"] if receiving else []
        if back and span.label_ == "reinstate":
            return back[0]  # 'I got my account back': what came back, not who received it, says who acted
        if token.pos_ in {"VERB", "AUX"}:
            # 'stopped hosting the app': the verb that takes the object is the action's word (and
            # 'refused to publish the game': the refused verb, outside the span)
            within = span if token.lemma_.lower() not in REFUSAL_VERBS else token.children
            following = [t for t in within if t.head == token and t.dep_ == "xcomp"]
            return following[0] if following else token
    back = [t for t in span if t.lemma_.lower() in RETURN_WORDS]
    verb = back[0].head if back else None
    while verb is not None and verb.dep_ in {"advmod", "prt"} and verb.head != verb:
        verb = verb.head  # 'switched back on': 'back' may hang on 'on'
    if verb is not None and verb.lemma_.lower() in SWITCH_VERBS and verb.pos_ == "VERB":
        return verb  # 'the accounts were switched back on': someone switched them
    return back[0] if back else span.root  # 'his account was back on': 'back' says what happened


def writers(noun: Token) -> bool:
    """'me', 'us', 'my games', 'two of my games': what the writer (or the writer's team) owns."""
    if noun.lower_ in {"me", "us"}:
        return True
    owned = [noun, *(p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep.children if p.dep_ == "pobj")]
    return any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for n in owned for c in n.children)


OS_STORES = {"ios": "App Store", "iphone": "App Store", "ipad": "App Store", "android": "Google Play"}


def os_store(acted_on: list[Token]) -> str | None:
    """The store an app is in when the words say which system it is for ('the iOS app')."""
    for noun in acted_on:
        if noun.lower_ in {"app", "apps", "application", "applications"}:
            for c in noun.children:
                if c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in OS_STORES:
                    return OS_STORES[c.lower_]
    return None
