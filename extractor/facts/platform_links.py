"""Linking an action to the platform that acted: the rules of ``extractor.facts.actions`` (agent,
subject, place, noun or target, sentence, article; a pronoun in a platform's statement is the
platform: ``staff``), for one action word and what it acts on."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.acted_on import (
    OBJECT_DEPS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    causative_object,
)
from extractor.facts.action_words import os_store, writers
from extractor.facts.actors import (
    LISTING_PREPS,
    MODIFIER_DEPS,
    acting_on_platform,
    actor_is_excluded,
    located_in_country,
    owned_home,
    owned_in_sentence,
    owned_part,
    owned_place,
    owner_acting_on_platform,
    owner_acting_unnamed,
    place_phrase,
    place_platform,
    platform_in_subtree,
    removed_from_elsewhere,
    restoring,
    writers_own_doing,
)
from extractor.facts.coordination import listed_companies
from extractor.facts.cues import CUES, is_item_store
from extractor.facts.headlines import noun_read_verb_object, put_off_platform
from extractor.facts.implied import REFERRING_PRONOUNS
from extractor.facts.leaders import leader_platform
from extractor.facts.operators import operator_acts
from extractor.facts.own_products import account_acting, from_own_home
from extractor.facts.platform_words import (
    brand_account,
)
from extractor.facts.platforms import (
    is_company_reference,
    owned_by,
    platform_of_token,
    platforms_in,
)
from extractor.facts.return_words import comes_back
from extractor.facts.returns import link_return
from extractor.facts.reversals import let_back
from extractor.facts.staff import acts_for_self, platform_admins, speaker_acted, statement_platform
from extractor.facts.subjects import agent_of, subject_of
from extractor.facts.targets import inside_name
from extractor.facts.unreal import (
    DEMONSTRATIVES,
)
from extractor.newsrooms import publisher_of

ACTING_RULES = {"subject", "agent", "operator"}  # rules that found the platform named as the actor


def link_platform(token: Token, acted_on: list[Token],
                  types: dict[int, str] | None = None) -> tuple[str, str] | None | bool:
    """The platform that acted and the rule that found it; False when someone else acted."""
    if comes_back(token):
        return link_return(token, acted_on, types or {})
    if let_back(token):
        return None  # 'She won her appeal', 'she got her account back': the platform is implied
    if (put_off := put_off_platform(token)) is not None:
        return platform_of_token(put_off[1]), "place"  # 'Alex Jones booted off YouTube'
    if noun_read_verb_object(token) is not None:  # 'TikTok bans schoolboy who ...'
        return platform_of_token(token.doc[token.i - 1]), "subject"
    agent = agent_of(token)
    if agent is not None:
        name = platform_in_subtree(agent) if not acting_on_platform(agent) else None
        if name:
            return name, "agent"
        operator = operator_acts(agent, token, acted_on, types or {})
        if operator:
            return operator, "operator"  # 'the domain was suspended by Public Interest Registry'
        checked = fact_checkers_platform(agent, token)
        if checked:
            return checked, "agent"  # 'labelled "Partly false" by one of Meta's fact-checking partners'
        if not is_company_reference(agent):
            return False
    elif any(c.dep_ == "agent" and not any(p.dep_ == "pobj" for p in c.children) for c in token.children):
        return False  # 'has been removed by ...' (a feed cut the sentence): nobody known acted
    subject = subject_of(token) if token.pos_ in {"VERB", "AUX"} or token.dep_ == "amod" else None
    if (subject is None and writers_own_doing(token) or account_acting(subject) or from_own_home(token)
            or subject is not None and acts_for_self(subject)):  # ('the subreddit's moderators')
        return False  # 'Delisting my website from Google'; 'The official X account of ... deleted'
    if subject is not None and not platform_in_subtree(subject):
        # 'disaster: AdSense banned Lilley': the parse may give the verb a second subject, the platform
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i > subject.i
                        and platform_of_token(c)), subject)
    if subject is not None and (any(subject == t for t in acted_on) or causative_object(token) is not None):
        subject = None  # 'had their accounts suspended': the subject is what was acted on
    if subject is not None:
        name = platform_in_subtree(subject)
        inside_target = any(subject == t or subject in t.subtree and token not in t.subtree for t in acted_on)
        if name and not inside_target:
            place = place_platform(token)
            if place and owned_by(place, name):
                return place, "place"  # 'Apple removed Parler from the App Store'
            if place == name:
                return name, "subject"  # 'Meta removed them from Facebook and Instagram': each of its own
            if place and place != name and is_item_store(place):
                return False  # 'Facebook has pulled Onavo Protect from the App Store': its publisher
            store = os_store(acted_on)
            if store and store != name and not owned_by(store, name):
                return False  # 'Google pulls Glass iOS app': an app in another's store, pulled by its maker
            home = owned_home(acted_on, name) or owned_in_sentence(token, name, acted_on, subject)
            if home:
                return home, "target"  # 'Google keeps suspending our Google Cloud access'
            return name, "subject"
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            name = platform_in_subtree(subject.head.head, relative=True)
            if name:
                return name, "subject"
        if subject.lower_ in {"it", "they"} and token.dep_ in {"advcl", "conj"} and token.head != token:
            # 'Twitter took a similar approach when they removed his tick': the clause's platform
            outer = subject_of(token.head)
            name = platform_in_subtree(outer) if outer is not None and outer != subject else None
            if name:
                return name, "subject"
        listed = listed_companies(subject)
        if listed:  # 'other companies banned him, including Apple and Spotify'
            return platform_of_token(listed[0]), "subject"
        if subject.lower_ == "we" and owned_part(place_phrase(token)):
            return False  # 'we banned him from our Discord server': the server's own moderators
        if is_company_reference(subject):
            place = place_platform(token)  # 'it is removing VPN apps from the App Store'
            # ('a Spotify spokeswoman said, adding the company took down several episodes')
            staff = None if place else statement_platform(subject)
            if not place and staff is None and speaker_acted(subject):
                return False  # 'the regulator said it blocked Wikipedia'
            return (place, "place") if place else (staff, "staff") if staff else ("", "subject-reference")
        staff = statement_platform(subject)  # 'Jane Roe of YouTube said they had removed ...'
        if staff is not None:
            return (staff, "staff") if staff else ("", "subject-reference")
        if leader := leader_platform(subject, token):  # 'Musk suspended the accounts of ...'
            return leader, "staff"
        home = owner_acting_on_platform(token, subject, acted_on)
        if home:
            return home, "target"
        if owner_acting_unnamed(token, subject, acted_on):
            return "", "owner"  # the platform named most before it (below)
        operator = operator_acts(subject, token, acted_on, types or {})
        if operator:  # 'Kalshi suspended the account'; 'Sony banned his PlayStation Network account'
            home = owned_home(acted_on, operator)
            return (home, "target") if home else (operator, "operator")
        place = place_phrase(token) if subject.lower_ == "we" else None
        if place is not None and is_item_store(platform_in_subtree(place)):
            return False  # "We've pulled the update from the App Store": the developer
        if place is not None and not owned_place(place):
            return platform_in_subtree(place), "place"  # 'we permanently suspended @x from Twitter'
        if subject.lower_ == "we" and (publisher := publisher_of(token.doc)):
            return publisher, "subject"  # 'We banned accounts ...' on openai.com
        if subject.lower_ == "they" and restoring(token) and acted_on and all(
                t.lower_ in REFERRING_PRONOUNS or (types or {}).get(t.i) for t in acted_on):
            return "", "subject-reference"  # '... PayPal limited my account. They restored it.'
        if subject.lower_ == "they" and acted_on and all(writers(t) for t in acted_on):
            return "", "subject-reference"  # 'I make games for Google Play. They removed two of my games'
        if admins := platform_admins(subject):
            return admins, "staff"  # 'the admins unbanned the community' in a story about Reddit
        if actor_is_excluded(subject):
            return False
        if subject.lower_ in DEMONSTRATIVES:
            subject = None
    if agent is None and (located_in_country(token) or removed_from_elsewhere(token)):
        return False
    name = place_platform(token)
    if name:
        return name, "place"
    if token.pos_ in {"NOUN", "PROPN"}:
        for c in token.children:  # 'a 30-day suspension by Twitch'
            if c.dep_ == "prep" and c.lower_ == "by":
                named = [platform_of_token(p) for p in c.children if p.dep_ == "pobj"]
                if named and named[0]:
                    return named[0], "agent"
        for c in token.children:
            if c.dep_ in MODIFIER_DEPS:
                name = platform_in_subtree(c) if c.dep_ != "amod" else None
                place = place_platform(token) if name else None
                if name and place and owned_by(place, name):
                    return place, "place"  # "Apple's removal of ICEBlock from the App Store"
                if name:
                    return name, "noun"
                if c.dep_ == "poss" and c.lower_ in {"its", "their"}:
                    return "", "subject-reference"
                staff = statement_platform(c) if c.dep_ == "poss" else None  # 'his takedown'
                if staff is not None:
                    return (staff, "staff") if staff else ("", "subject-reference")
        # 'X announced the removal of ...', 'Meta expands ban on ...'
        batch = token.dep_ == "compound" and token.head.lemma_.lower() in CUES["action_batch_nouns"]
        noun = token.head if batch else token  # 'Valve issued a ban wave'
        verb = noun.head
        hit_with = (noun.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ == "VERB"
                    and verb.head.lemma_.lower() in CUES["hit_with_verbs"])
        if hit_with:
            verb = verb.head  # 'Twitch hit the streamer with a seven-day suspension': Twitch hit
        if noun.dep_ == "dobj" and verb.lemma_.lower() in CUES["receiving_verbs"] and (
                place := place_platform(verb)):
            # 'the streamer received a three-day suspension from Twitch': the parse hangs the
            # platform on the receiving verb
            return place, "agent"
        if (noun.dep_ in OBJECT_DEPS or hit_with) and verb.pos_ == "VERB":
            vsubj = subject_of(verb)
            if vsubj is not None:
                name = platform_in_subtree(vsubj)
                if name:
                    return name, "subject"
                if is_company_reference(vsubj):
                    return "", "subject-reference"
                if actor_is_excluded(vsubj):
                    return False
    for noun in acted_on:
        for c in noun.subtree:
            name = platform_of_token(c)
            # 'his Twitter account'; not 'sites like Instagram', where the platform is what was acted on
            if (name and c.dep_ in MODIFIER_DEPS | {"pobj"} and c.head.lower_ not in LISTING_PREPS
                    and not inside_name(c) and not brand_account(name, c.head)):
                return name, "target"
    return None


LABEL_LEMMAS = {"label", "rate", "flag", "mark", "tag"}


def fact_checkers_platform(agent: Token, token: Token) -> str | None:
    """'The graphic, posted on the official Facebook page, was labelled "Partly false" by one of
    Meta's third-party fact-checking partners', 'rated false by independent fact-checkers': a label
    a platform's fact-checking partners put is the platform's, the one the sentence names."""
    words = agent.doc[agent.left_edge.i:agent.right_edge.i + 1].text.lower()
    if token.lemma_.lower() not in LABEL_LEMMAS or not ("fact-check" in words or "fact check" in words
                                                        or "factcheck" in words):
        return None
    return next(iter(platforms_in(token.sent)), None)
