"""Actions: moderation wording linked to the platform that acted, with non-events filtered out
(``extractor.facts.unreal``); what each action acts on is ``extractor.facts.acted_on``.

Each mention in ``doc.spans["actions"]`` (made by the ``moderation_actions`` component) is
checked against the parse: plans, threats, demands, denials, hypotheticals and actions by
anyone but a platform (a government, a university, a user) are dropped. What remains is linked
to the platform that acted, by the first rule that applies:

1. ``agent``: the passive agent ("suspended by Twitter"),
2. ``subject`` / ``subject-reference``: the subject ("Facebook removed"; "the company
   suspended", "it banned": the platform named last),
3. ``place``: "banned from Twitter", "removed on YouTube", "removed Parler from the App Store",
4. ``noun`` / ``target``: the action noun ("the Facebook ban") or the acted-on noun ("Twitter
   accounts were suspended"; "Musk reinstated Trump's Twitter account"),
5. ``sentence``: the one platform the sentence names,
6. ``article``: the platform the text was just talking about, when the sentence names none.

A pronoun actor inside a statement of a platform's staff is that platform (``staff``, see
``extractor.facts.staff``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from extractor.facts.acted_on import (
    OBJECT_DEPS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    acted_on_tokens,
)
from extractor.facts.action_mention import ActionMention, text_order
from extractor.facts.action_words import action_head, os_store, refused_hosting, writers
from extractor.facts.actors import (
    LISTING_PREPS,
    MODIFIER_DEPS,
    RESTORING_LEMMAS,
    acting_on_platform,
    actor_is_excluded,
    country_subject_before,
    is_platform_token,
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
    reported_to,
    requester,
    speech_venue,
    writers_own_doing,
)
from extractor.facts.advertisers import advertiser_pausing
from extractor.facts.coordination import coordinated_platforms, listed_companies
from extractor.facts.cues import CUES, is_item_store
from extractor.facts.headlines import noun_read_verb_object, put_off_platform
from extractor.facts.hearsay import hearsay
from extractor.facts.implied import domain_elsewhere, has_target_noun, sentence_has_target, staff_barred
from extractor.facts.leaders import leader_platform
from extractor.facts.maker_pulls import maker_pull_store, not_the_makers
from extractor.facts.mood import done_since
from extractor.facts.notices import notice_mentions
from extractor.facts.operators import listed_operator_acts, operator_acts
from extractor.facts.own_products import account_acting, from_own_home, own_product
from extractor.facts.platform_words import (
    app_for_other_store,
    brand_account,
    describes_person,
    the_place_told,
)
from extractor.facts.platforms import (
    described_platform,
    implied_platform,
    is_company_reference,
    main_platform_before,
    owned_by,
    platform_mentions,
    platform_of_token,
    platforms_in,
    preceding_platform,
    salient_platform,
    speaking_owner,
    subject_platform_before,
)
from extractor.facts.return_words import comes_back
from extractor.facts.returns import link_return
from extractor.facts.reversals import let_back, reversal_verb, undone_in_sentence
from extractor.facts.staff import acts_for_self, speaker_acted, statement_platform
from extractor.facts.subjects import agent_of, subject_of
from extractor.facts.surveys import surveyed
from extractor.facts.targets import inside_name, target_types
from extractor.facts.unreal import (
    DEMONSTRATIVES,
    country_blocking,
    elaborates,
    is_negated,
    is_unreal,
    other_sense,
    owner_closing,
    owner_deleting,
    state_owned,
    user_blocking,
)
from extractor.facts.wrongly_done import wrongly_done
from extractor.newsrooms import publisher_of

REFERRING_PRONOUNS = {"it", "they", "them", "one"}
ACTING_RULES = {"subject", "agent", "operator"}  # rules that found the platform named as the actor
ADJECTIVAL_DEPS = {"amod", "compound"}


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
    if subject is not None and any(subject == t for t in acted_on):
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
        if subject.lower_ == "they" and token.lemma_.lower() in RESTORING_LEMMAS and acted_on and all(
                t.lower_ in REFERRING_PRONOUNS or (types or {}).get(t.i) for t in acted_on):
            return "", "subject-reference"  # '... PayPal limited my account. They restored it.'
        if subject.lower_ == "they" and acted_on and all(writers(t) for t in acted_on):
            return "", "subject-reference"  # 'I make games for Google Play. They removed two of my games'
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


def action_mentions(doc: Doc) -> list[ActionMention]:
    """Every moderation action in the article that a platform took, in text order."""
    mentions = platform_mentions(doc)  # none named: only services named as actors (facts.operators)
    about = salient_platform(doc, mentions)
    # the platforms that can be implied or referred to as an actor: none that someone only spoke on
    # ('Ubisoft said on X ...', 'announced via its Twitter ... it ended X')
    # ('the DoorDash account' in a story about Facebook: a company's own account, no actor)
    actors = [m for m in mentions if not speech_venue(doc[m.token_start])
              and not brand_account(m.platform, doc[m.token_start].head)]
    types = target_types(doc)
    out: list[ActionMention] = []
    pulled: set[str] = set()  # stores makers took their own items off (facts.maker_pulls)
    for span in doc.spans.get("actions", []):
        token = action_head(span)
        said = span.root if token.dep_ == "xcomp" and token.head in span else token  # 'stopped hosting'
        if span.label_ == "ban" and refused_hosting(token):
            # 'Valve said it would not host Horses on Steam': the refusal is the act; its own
            # 'would not' is no negation or plan, the clause above it may be
            said = token.head if token.head != token else None
        not_taken = said is not None and (is_negated(said) or is_unreal(said)) and not wrongly_done(said)
        if not_taken or other_sense(token) or state_owned(token) or advertiser_pausing(token):
            continue
        acted_on = acted_on_tokens(token)
        # 'China blocks WhatsApp': the platform is what is acted on, unless a platform acts on
        # a platform ('Apple removed Parler from the App Store'), handled by the place rule
        first = acted_on[0] if acted_on else None
        # 'the social networking site was blocked': a platform blocked is a government's doing
        site_blocked = token.lemma_.lower() in CUES["censorship_verbs"] and any(
            t.pos_ == "NOUN" and is_company_reference(t) for t in acted_on)
        platform_acted_on = is_platform_token(first) and not has_target_noun(acted_on, types) or site_blocked
        if platform_acted_on and not place_platform(token) and not agent_of(token):
            subject = subject_of(token)
            # ('Apple said it blocked the apps': 'it' in a platform's statement is the platform)
            if subject is None or not (platform_in_subtree(subject) or statement_platform(subject)):
                continue
        linked = link_platform(token, acted_on, types)
        # 'our app has been removed from Google Play': a store acting on the writer's app is no
        # company changing its own product
        # ('Google Play suspended our app': a named store as the subject acts on the writer's app too)
        stores_act = bool(linked) and (linked[1] in {"place", "agent"} or linked[1] == "subject" and (
            (store := subject_of(token)) is not None and store.pos_ != "PRON")) and all(
            writers(t) for t in acted_on)
        if linked is False and (store := maker_pull_store(token, span.label_, acted_on)):
            pulled.add(store)
        if linked is False or own_product(acted_on, token) and not stores_act or (
                linked and app_for_other_store(linked[0], acted_on)):
            continue
        sentence = token.sent
        if linked is None:
            # ('the suspension was lifted', 'her ban was overturned': an action undone, told by its
            # noun, says what it was on by the action it undoes: ``extractor.events.undone_action``)
            if (not sentence_has_target(acted_on, types) and reversal_verb(token) is None
                    and not let_back(token) or staff_barred(token, acted_on)):
                continue
            name = implied_platform(doc, span.start_char, actors, about)
            rule = "article"
            named = [t for t in sentence if platform_of_token(t) and not t.is_punct]
            # ('Reddit user dmanthey said ... their online services were restricted', in a story
            # about Nintendo: a platform that only describes a person is not the actor)
            # (a platform that asked is not who acted, wherever else the sentence names it:
            # 'reviews on Amazon ... taken down following a request from Amazon itself')
            asked = {platform_of_token(t) for t in named if requester(t)}
            in_sentence = [p for p in platforms_in([t for t in named if not speech_venue(t)
                                                    and not (name and describes_person(t))
                                                    and not brand_account(platform_of_token(t), t.head)])
                           if p not in asked]
            if name in platforms_in([t for t in named if reported_to(t)]) or name in asked:
                continue  # 'removed and reported to Twitter': someone other than Twitter removed it
            if len(in_sentence) == 1 and not (name and the_place_told(token)):
                # ('the posts were taken down, a Meta spokesperson said' in a story about
                # Instagram: the owner speaks for the platform the story is about)
                name = speaking_owner(name, in_sentence[0], named, span.start_char)
                rule = "sentence"
            elif in_sentence:
                if span.label_ == "reinstate":  # 'taken off two stores (it was later restored)'
                    out += undone_in_sentence(out, span)
                continue
        else:
            name, rule = linked
            if not name:
                # 'it' is what was named last; 'the video-sharing app' the platform it describes;
                # 'the company' what the story has named most
                actor = subject_of(token) or token
                # ('they removed two of my games': the platform the writer's story is about)
                pronoun = actor.lower_ in {"it", "its", "they", "their"} and not (
                    actor.lower_ == "they" and acted_on and all(writers(t) for t in acted_on))
                if pronoun and actor.lower_ == "it" and country_subject_before(actor):
                    continue  # 'China could retaliate. It fired a warning shot, banning ...'
                refer = preceding_platform if pronoun else main_platform_before
                most = refer(span.start_char, actors if pronoun else mentions)
                # 'the company' just after a sentence whose subject is a platform: that platform
                # (the owner of the one named most speaks for it: 'Google' for YouTube)
                subject = None if pronoun else subject_platform_before(doc, span.start_char, actors)
                if subject is not None and most is not None and owned_by(most, subject):
                    subject = most
                name = described_platform(actor, mentions) or subject or most or about
        # 'Nintendo banned the user ... The user was unbanned shortly after': an operator that acted
        # itself before lets back, though no sentence names it as the actor here
        reverses_own = span.label_ == "reinstate" and any(
            m.platform == name and m.action != "reinstate" and m.platform_rule in ACTING_RULES for m in out)
        if (not name or not (listed_operator_acts(name, rule, acted_on, types, token) or reverses_own)
                or user_blocking(token, rule, acted_on) or owner_deleting(token, rule, acted_on)
                or owner_closing(token, rule, acted_on) or country_blocking(token, acted_on)
                or domain_elsewhere(name, rule, acted_on) or surveyed(token, rule) or hearsay(token)):
            continue
        reversal = reversal_verb(token)
        for platform in coordinated_platforms(token, name, rule):
            out.append(ActionMention(
                action=span.label_, action_text=span.text, start=span.start_char, end=span.end_char,
                head=token.i, platform=platform, platform_rule=rule,
                sentence_start=sentence.start_char, sentence_end=sentence.end_char,
                adjectival=token.dep_ in ADJECTIVAL_DEPS and noun_read_verb_object(token) is None
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
                and not (token.dep_ == "amod" and subject_of(token) is not None)
                and token.head.lemma_.lower() not in CUES["action_batch_nouns"]
                and not done_since(token)))
            if reversal is not None and span.label_ != "reinstate":
                # 'Twitter lifted its ban on X': the ban told, and its end, a reinstatement
                out.append(ActionMention(
                    action="reinstate", action_text=reversal.text, start=reversal.idx,
                    end=reversal.idx + len(reversal), head=token.i, platform=platform, platform_rule=rule,
                    sentence_start=sentence.start_char, sentence_end=sentence.end_char, adjectival=False))
    out = [m for m in not_the_makers(doc, out, pulled) if not elaborates(doc[m.head], m, out)]
    return sorted(out + notice_mentions(doc, out, mentions, about), key=lambda m: text_order(doc, m))
