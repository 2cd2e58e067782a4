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

from spacy.tokens import Doc

from extractor.facts.acted_on import (
    SUBJECT_DEPS,
    acted_on_tokens,
)
from extractor.facts.action_mention import ActionMention, text_order
from extractor.facts.action_words import action_head, refused_hosting, writers
from extractor.facts.actors import (
    country_subject_before,
    is_platform_token,
    place_platform,
    platform_in_subtree,
    reported_to,
    requester,
    speech_venue,
)
from extractor.facts.advertisers import advertiser_pausing
from extractor.facts.coordination import coordinated_platforms
from extractor.facts.cues import CUES
from extractor.facts.headlines import noun_read_verb_object
from extractor.facts.hearsay import hearsay
from extractor.facts.implied import domain_elsewhere, has_target_noun, sentence_has_target, staff_barred
from extractor.facts.maker_pulls import maker_pull_store, not_the_makers
from extractor.facts.mood import done_since
from extractor.facts.notices import notice_mentions
from extractor.facts.operators import listed_operator_acts
from extractor.facts.others_acting import (
    country_blocking,
    outage,
    owner_closing,
    owner_deleting,
    state_owned,
    user_blocking,
)
from extractor.facts.own_products import own_product
from extractor.facts.platform_links import ACTING_RULES, link_platform
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
from extractor.facts.reversals import let_back, reversal_verb, undone_in_sentence
from extractor.facts.staff import statement_platform
from extractor.facts.subjects import agent_of, subject_of
from extractor.facts.surveys import surveyed
from extractor.facts.targets import target_types
from extractor.facts.unreal import (
    elaborates,
    is_negated,
    is_unreal,
    other_sense,
)
from extractor.facts.wrongly_done import wrongly_done

ADJECTIVAL_DEPS = {"amod", "compound"}


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
            # noun, says what it was on by the action it undoes: ``extractor.references.undone_action``)
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
            # ('a spokesperson for Meta, Instagram's parent company, confirmed the account had been
            # removed': the owner speaks for the platform it owns)
            speaking = {platform_of_token(t) for t in named if any(
                a.lemma_.lower() in CUES["staff_roles"] for a in (t.head, t.head.head))}
            if about in in_sentence and any(owned_by(about, p) for p in speaking):
                in_sentence = [about]
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
            if rule == "staff" and name:  # ("We have removed the labels," Facebook's head of
                name = speaking_owner(about, name, [], span.start_char)  # communications said: Instagram's)
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
                or outage(token, acted_on)
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
