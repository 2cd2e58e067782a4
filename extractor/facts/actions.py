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

from spacy.tokens import Doc, Span, Token

from extractor.facts.acted_on import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    acted_on_tokens,
)
from extractor.facts.action_mention import ActionMention
from extractor.facts.cues import CUES
from extractor.facts.notices import notice_mentions
from extractor.facts.operators import listed_operator_acts, operator_acts
from extractor.facts.persons import PERSONAL_PRONOUNS
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
)
from extractor.facts.staff import statement_platform
from extractor.facts.targets import target_types, targets_for
from extractor.facts.unreal import (
    DEMONSTRATIVES,
    elaborates,
    is_negated,
    is_unreal,
    other_sense,
    own_product,
    user_blocking,
)

PLACE_PREPS = {"on", "from", "off", "across", "in", "onto", "via"}
MODIFIER_DEPS = {"poss", "compound", "nmod", "amod"}
PLACE_TARGET_WORDS = {"group", "groups", "page", "pages", "channel", "channels", "server", "servers",
                      "subreddit", "forum", "community", "store", "program", "programme", "feed", "search",
                      "results", "timeline", "timelines", "site", "sites", "platforms", "services"}
REFERRING_PRONOUNS = {"it", "they", "them", "one"}
ADJECTIVAL_DEPS = {"amod", "compound"}


def action_head(span: Span) -> Token:
    """The word of an action span that the parse hangs on (the verb of 'take down')."""
    for token in span:
        if token.pos_ in {"VERB", "AUX"}:
            # 'stopped hosting the app': the verb that takes the object is the action's word
            following = [t for t in span if t.head == token and t.dep_ == "xcomp"]
            return following[0] if following else token
    return span.root







def subject_of(token: Token) -> Token | None:
    """The active subject of the action's clause (through xcomp/conj to the verb that has one)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.tag_ == "VBG" and before is not None and platform_of_token(before):
        return before  # 'celebrated Twitter unfreezing her account': the platform does the unfreezing
    current = token
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in current.children):
            return None
        if current.dep_ in {"xcomp", "conj", "advcl"} and current.head != current:
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.lower_ in {"by", "for"}:
            verb = current.head.head
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if current.head.lower_ == "for" and objects:
                return objects[0]  # 'sued Twitter for banning him': Twitter did the banning
            current = verb  # 'Trump is violating the law by barring their access': Trump did
            continue
        if current.dep_ in {"relcl", "acl"}:
            return None
        break
    return None


def agent_of(token: Token) -> Token | None:
    """'suspended by Twitter': the object of the passive agent."""
    passive = token.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    for c in token.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and passive):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def depth_below(token: Token, top: Token) -> int:
    depth = 0
    while token != top and token.head != token:
        token, depth = token.head, depth + 1
    return depth


def platform_in_subtree(token: Token) -> str | None:
    """The platform a phrase names, the one nearest its head first: 'Amazon-owned Twitch' is
    Twitch, 'the Twitter account of Facebook's founder' is Twitter."""
    named = [t for t in token.subtree if platform_of_token(t)]
    if not named:
        return None
    return platform_of_token(min(named, key=lambda t: (depth_below(t, token), t.i)))


def place_platform(token: Token) -> str | None:
    """'banned from Twitter', 'removed on YouTube', 'kicked Parler off the App Store', and
    'removed the app from the Play Store' where the parse hangs the place on the object."""
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    for c in token.children:
        # 'kicked off Twitter' where the parse leaves the platform outside the particle
        following = token.doc[c.i + 1] if c.i + 1 < len(token.doc) else None
        if c.dep_ == "prt" and c.lower_ in {"off", "from"} and following is not None:
            name = platform_of_token(following)
            if name:
                return name
    for c in [*token.children, *(g for o in objects for g in o.children)]:
        if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in PLACE_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    name = platform_in_subtree(p)
                    if name:
                        return name
    return None




def is_platform_token(token: Token | None) -> bool:
    return token is not None and platform_of_token(token) is not None


def actor_is_excluded(subject: Token) -> bool:
    """A subject that is not a platform: a government, a court, a user, a person, anyone else.

    Only platforms and words standing for one ("the company", "it") act in a moderation event.
    """
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    if platform_in_subtree(subject) or subject.lower_ in DEMONSTRATIVES:
        return False
    return not is_company_reference(subject)



def removed_from_elsewhere(token: Token) -> bool:
    """'booted off the show', 'banned from trade', 'expelled from school': the place acted from is
    not a platform (nor 'the platform', nor a group or page on one)."""
    for c in token.children:
        if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"from", "off", "out"}:
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"} and not (
                        platform_in_subtree(p) or is_company_reference(p)
                        or p.lower_ in PLACE_TARGET_WORDS):
                    return True
    return False


def located_in_country(token: Token) -> bool:
    """'blocked in China', 'banned in Russia': a country's censorship, not a platform's action."""
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "across", "throughout"} and any(
                p.dep_ == "pobj" and p.ent_type_ == "GPE" for p in c.children):
            return True
    return False


def owner_acting_on_platform(token: Token, subject: Token, acted_on: list[Token]) -> str | None:
    """'Elon Musk reinstated Donald Trump's Twitter account': a person can suspend, ban or
    reinstate an account on a platform only for that platform (a user can delete or block,
    not suspend); the platform is the one the account lives on."""
    if subject.ent_type_ != "PERSON" or token.lemma_.lower() not in CUES["platform_only_verbs"]:
        return None
    for noun in acted_on:
        for c in noun.children:
            if c.dep_ in {"compound", "nmod"} and platform_of_token(c):
                return platform_of_token(c)
    return None


def owned_home(acted_on: list[Token], owner: str) -> str | None:
    """A platform of the owner's that every acted-on noun names as its home ('our Google Cloud
    access', 'his Instagram account' when Meta acted)."""
    homes = {platform_of_token(c) for t in acted_on if t.pos_ == "NOUN"
             for c in t.children if c.dep_ == "compound" and platform_of_token(c)}
    nouns = [t for t in acted_on if t.pos_ == "NOUN"]
    if len(homes) != 1 or not nouns or not all(
            any(c.dep_ == "compound" and platform_of_token(c) for c in t.children) for t in nouns):
        return None
    home = homes.pop()
    return home if home and owned_by(home, owner) else None


def link_platform(token: Token, acted_on: list[Token],
                  types: dict[int, str] | None = None) -> tuple[str, str] | None | bool:
    """The platform that acted and the rule that found it; False when someone else acted."""
    agent = agent_of(token)
    if agent is not None:
        name = platform_in_subtree(agent)
        if name:
            return name, "agent"
        operator = operator_acts(agent, token, acted_on, types or {})
        if operator:
            return operator, "operator"  # 'the domain was suspended by Public Interest Registry'
        if not is_company_reference(agent):
            return False
    subject = subject_of(token) if token.pos_ in {"VERB", "AUX"} else None
    if subject is not None and any(subject == t for t in acted_on):
        subject = None  # 'had their accounts suspended': the subject is what was acted on
    if subject is not None:
        name = platform_in_subtree(subject)
        inside_target = any(subject == t or subject in t.subtree and token not in t.subtree for t in acted_on)
        if name and not inside_target:
            place = place_platform(token)
            if place and owned_by(place, name):
                return place, "place"  # 'Apple removed Parler from the App Store'
            home = owned_home(acted_on, name)
            if home:
                return home, "target"  # 'Google keeps suspending our Google Cloud access'
            return name, "subject"
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            name = platform_in_subtree(subject.head.head)
            if name:
                return name, "subject"
        if is_company_reference(subject):
            place = place_platform(token)  # 'it is removing VPN apps from the App Store'
            return (place, "place") if place else ("", "subject-reference")
        staff = statement_platform(subject)  # 'Jane Roe of YouTube said they had removed ...'
        if staff is not None:
            return (staff, "staff") if staff else ("", "subject-reference")
        home = owner_acting_on_platform(token, subject, acted_on)
        if home:
            return home, "target"
        operator = operator_acts(subject, token, acted_on, types or {})
        if operator:  # 'Kalshi suspended the account'; 'Sony banned his PlayStation Network account'
            home = owned_home(acted_on, operator)
            return (home, "target") if home else (operator, "operator")
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
        for c in token.children:
            if c.dep_ in MODIFIER_DEPS:
                name = platform_in_subtree(c) if c.dep_ != "amod" else None
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
        if noun.dep_ in OBJECT_DEPS and verb.pos_ == "VERB":
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
            if name and c.dep_ in MODIFIER_DEPS | {"pobj"}:
                return name, "target"
    return None


def action_mentions(doc: Doc) -> list[ActionMention]:
    """Every moderation action in the article that a platform took, in text order."""
    mentions = platform_mentions(doc)  # none named: only services named as actors (facts.operators)
    about = salient_platform(doc, mentions)
    types = target_types(doc)
    out: list[ActionMention] = []
    for span in doc.spans.get("actions", []):
        token = action_head(span)
        said = span.root if token.dep_ == "xcomp" and token.head in span else token  # 'stopped hosting'
        if is_negated(said) or is_unreal(said) or other_sense(token):
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
            if subject is None or not platform_in_subtree(subject):
                continue
        linked = link_platform(token, acted_on, types)
        if linked is False or own_product(acted_on):
            continue
        sentence = token.sent
        if linked is None:
            if not sentence_has_target(acted_on, types):
                continue
            name = implied_platform(doc, span.start_char, mentions, about)
            rule = "article"
            in_sentence = platforms_in(sentence)
            if len(in_sentence) == 1:
                name, rule = in_sentence[0], "sentence"
            elif in_sentence:
                continue
        else:
            name, rule = linked
            if not name:
                # 'it' is what was named last; 'the video-sharing app' the platform it describes;
                # 'the company' what the story has named most
                actor = subject_of(token) or token
                pronoun = actor.lower_ in {"it", "its", "they", "their"}
                refer = preceding_platform if pronoun else main_platform_before
                name = (described_platform(actor, mentions) or refer(span.start_char, mentions)
                        or about)
        if (not name or not listed_operator_acts(name, rule, acted_on, types, token)
                or user_blocking(token, rule, acted_on) or domain_elsewhere(name, rule, acted_on)):
            continue
        for platform in coordinated_platforms(token, name, rule):
            out.append(ActionMention(
                action=span.label_, action_text=span.text, start=span.start_char, end=span.end_char,
                head=token.i, platform=platform, platform_rule=rule,
                sentence_start=sentence.start_char, sentence_end=sentence.end_char,
                adjectival=token.dep_ in ADJECTIVAL_DEPS
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
                and token.head.lemma_.lower() not in CUES["action_batch_nouns"]))
    out = [m for m in out if not elaborates(doc[m.head], m, out)]
    return sorted(out + notice_mentions(doc, out, mentions, about), key=lambda m: m.start)


def domain_elsewhere(name: str, rule: str, acted_on: list[Token]) -> bool:
    """'The domain has been suspended' in a story that named Spotify: a domain is suspended by a
    registry, a registrar or a host (``domain_hosts``), not by a platform the sentence only implies."""
    domains = [t for t in acted_on if t.lemma_.lower() == "domain"]
    return rule in {"article", "sentence"} and bool(domains) and len(domains) == len(
        [t for t in acted_on if t.pos_ in {"NOUN", "PROPN"}]) and name.lower() not in CUES["domain_hosts"]


def coordinated_platforms(token: Token, name: str, rule: str) -> list[str]:
    """'Facebook and Instagram removed ...', 'suspended by Twitter and Facebook': each platform."""
    anchor = None
    if rule == "subject":
        anchor = subject_of(token)
    elif rule == "agent":
        anchor = agent_of(token)
    elif rule == "place":  # 'his ban from YouTube, Facebook and Apple'
        anchor = next((p for c in token.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                       for p in c.children if p.dep_ == "pobj" and platform_of_token(p) == name), None)
    names = [name]
    if anchor is not None:
        names += [p for p in (platform_of_token(t) for t in [anchor, *anchor.conjuncts]) if p]
    if rule in {"subject", "noun"}:
        # 'Reddit, Facebook ban Nazi groups': a list of platforms right before the action word
        i = token.i - 1
        doc = token.doc
        before: list[str] = []
        while i >= token.sent.start and (doc[i].lower_ in {",", "and", "&"} or platform_of_token(doc[i])):
            before.insert(0, platform_of_token(doc[i]) or "")
            i -= 1
        if name in before:
            names = before + names
    return list(dict.fromkeys(n for n in names if n))


def has_target_noun(tokens: list[Token], types: dict[int, str]) -> bool:
    return any(t.i in types for t in tokens)


def sentence_has_target(acted_on: list[Token], types: dict[int, str]) -> bool:
    """An implicit-platform sentence must say what was acted on: a target noun or a name."""
    if has_target_noun(acted_on, types) or targets_for(acted_on, types):
        return True
    if any(t.lower_ in REFERRING_PRONOUNS or t.lower_ in PERSONAL_PRONOUNS and t.dep_ != "poss"
           or t.lower_ in {"he", "she"} and t.dep_ == "nsubjpass" for t in acted_on):
        return True  # 'it was restored': the target told before
    return any(t.ent_type_ in {"PERSON", "ORG"} or t.text.startswith("@") for t in acted_on)
