"""Mentions: one action mention with the facts its sentence gives (targets, named accounts,
groups, reasons, time), before mentions are merged into events (``extractor.events``)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token

from extractor.facts.account_lists import bulleted_accounts, listed_accounts
from extractor.facts.account_names import (
    called_names,
    name_after,
    named_accounts,
    quoted_name_after,
)
from extractor.facts.accounts import PERSON_NOUNS, NamedAccount, account_from, same_name
from extractor.facts.acted_on import (
    acted_on_tokens,
)
from extractor.facts.action_mention import ActionMention
from extractor.facts.aliases import one_name_per_person, recount
from extractor.facts.another_act import told_as_another_act
from extractor.facts.apposed_names import apposed_names
from extractor.facts.cues import CUES, ITEM_STORES, PAYMENT_SERVICES
from extractor.facts.domains import domain_named_before
from extractor.facts.handles import handles_in
from extractor.facts.implied import narrator_acted_on
from extractor.facts.misread_headlines import (
    HEADLINE_REACH,
    headline_name,
    headline_objects,
    headline_words,
    singular,
)
from extractor.facts.networks import network_parts
from extractor.facts.outlets import outlet_as_source
from extractor.facts.package_names import bare_packages
from extractor.facts.payments import paid
from extractor.facts.people_targets import people_targets
from extractor.facts.persons import pronoun_person, told_person
from extractor.facts.platforms import OWNED_STORES, OWNERS, owned_by, platform_of_token
from extractor.facts.reasons import groups_of
from extractor.facts.returns import regained_access
from extractor.facts.reversals import got_back
from extractor.facts.stage_names import stage_names
from extractor.facts.subjects import subject_and_object, subject_of
from extractor.facts.targets import Target, targets_for
from extractor.facts.things import pronoun_thing
from extractor.facts.time import When, when_in
from extractor.facts.updates import restricted_updates
from extractor.occasions import dated

# platforms that host other services: what they act on is an app or a server
HOST_TARGETS = {"App Store": "app", "Google Play": "app", "Amazon Web Services": "server",
                "Cloudflare": "server", "GoDaddy": "server"}
HOST_TARGETS |= {"Amazon": "other", "eBay": "other", "Etsy": "other"}  # marketplaces: products
# every store that lists apps, games, extensions and packages (cues.json item_stores) hosts apps
HOST_TARGETS |= {store: "other" if store.lower() in CUES["package_registries"] else "app"
                 for store in ITEM_STORES if store not in HOST_TARGETS}
# a payment service cuts off an account, whatever it is ('Visa suspended payments to Pornhub')
HOST_TARGETS |= {service: "account" for service in PAYMENT_SERVICES}
@dataclass
class MentionFacts:
    mention: ActionMention
    acted_on: list[Token]  # the nouns the action applies to, from the parse
    targets: list[Target]
    accounts: list[NamedAccount]
    groups: list[str]
    when: When | None
    opens_event: bool
    another_act: bool = False  # 'also', 'again', 'earlier' on the action word (extractor.occasions)
    dated: When | None = None  # the time that dates the occasion (extractor.occasions.dated)
    misread_headline: bool = False  # targets read from a headline's words (facts.misread_headlines)
    published: date | None = None  # the article's date (extractor.occasions: a year or more before it)


def mention_facts(doc: Doc, mention: ActionMention, types: dict[int, str],
                  published: date | None) -> MentionFacts:
    token = doc[mention.head]
    sentence = token.sent
    acted_on = acted_on_tokens(token)
    if mention.notice_target:  # a quoted notice: the target nouns of its sentence (facts.notices)
        acted_on = [t for t in sentence if types.get(t.i) == mention.notice_target
                    and not mention.start <= t.idx < mention.end]
    if mention.action == "demonetize":  # the account that lost its money
        acted_on = paid(acted_on, token) or acted_on
    targets = targets_for(acted_on, types)
    if parts := network_parts(acted_on, types):  # 'the network' by its counted accounts and pages
        acted_on, targets = parts, targets_for(parts, types)
    updates = restricted_updates(token, types) if mention.action in {"ban", "remove"} else None
    if updates:  # 'Apple rejected an update to the app': the app is restricted
        (acted_on, targets), mention = updates, replace(mention, action="restrict")
    kept_from = kept_from_using(token, types)
    if kept_from:  # 'blocked US users from downloading ByteDance's apps': the apps were restricted
        acted_on, mention = kept_from, replace(mention, action="restrict")
        targets = targets_for(acted_on, types)
    words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    misread = False
    if (not targets and words is not None and mention.platform_rule in {"subject", "noun"}
            and sentence.start < words.start and words.end < sentence.end
            and platform_of_token(doc[words.start - 1])):
        # 'GoDaddy bans neo-Nazi site Daily Stormer': a headline the parse misread (the words
        # after the action read as target words whatever part of speech it gave them: 'Reddit
        # bans subreddit', 'Twitch bans streamer')
        read = {**headline_words(doc[words.end:min(sentence.end, words.end + HEADLINE_REACH)]), **types}
        found = headline_objects(doc[words.end], read)
        if found:
            acted_on = found
            targets = [replace(t, count=1) if t.count is None and t.token not in types
                       and singular(doc[t.token]) else t for t in targets_for(acted_on, read)]
        named = None if found else headline_name(doc[words.end])
        if named is not None:  # 'TikTok bans Andrew Tate', read as one long noun
            acted_on = [named]
            targets = [Target("account", 1, None, named.idx, named.idx + len(named), named.i)]
        misread = bool(targets)
    if mention.notice_target and not targets:
        targets = [Target(mention.notice_target, 1, None, mention.start, mention.end, -1)]
    # 'removed all videos from X'; 'hid a tweet from Trump' (a post's author, whatever entity)
    content = any(types.get(t.i) in {"post", "video"} for t in acted_on)
    accounts = named_accounts(acted_on, whose_content(token, content))
    accounts += [a for a in stage_names(acted_on) if not any(same_name(a.name, b.name) for b in accounts)]
    for extra in (listed_accounts(sentence, token, mention.platform) + handles_in(sentence)
                  + bulleted_accounts(sentence)):
        if not any(same_name(a.name, extra.name) for a in accounts):
            accounts.append(extra)
    accounts = [a for a in accounts if not outlet_as_source(a, doc)]
    named_before = len(accounts)
    accounts = one_name_per_person(accounts, doc)  # 'X, better known as Y': one account, Y's
    targets = recount(targets, named_before, len(accounts))
    packages = [] if targets else bare_packages(mention.platform, token, acted_on)
    if packages:  # 'GitHub removed youtube-dl'
        accounts = [b for b in accounts if not any(a.start <= b.start and b.end <= a.end for a in packages)]
        accounts += [a for a in packages if not any(same_name(a.name, b.name) for b in accounts)]
        targets = [Target("other", len(packages), None, packages[0].start, packages[0].end, -1)]
    if mention.platform in HOST_TARGETS:
        # 'the game was taken off the Play Store': what a store removes is an app
        kind = HOST_TARGETS[mention.platform]
        targets = [replace(t, type=kind) if t.type == "other" else t for t in targets]
    if targets:
        # 'banned the popular game Fortnite from the App Store': a platform named in apposition to
        # the item's noun is the item
        for t in (c for n in acted_on for c in n.children if c.dep_ == "appos"):
            name = platform_of_token(t)
            if name and name != mention.platform and not any(same_name(a.name, name) for a in accounts):
                accounts.append(NamedAccount(name, None, None, None, t.idx, t.idx + len(t)))
    # ('Mr Tate was banned from the platform': the story's platform, said to be the place)
    the_platform = mention.platform_rule == "article" and from_the_platform(token)
    hosted = [t for t in acted_on if platform_of_token(t) and platform_of_token(t) != mention.platform]
    # (a service of its own, or one named in a compound, is no platform acted on: 'Apple to
    # remove three App Store sections', "my company's Google Cloud account")
    served = [t for t in hosted if t.dep_ in {"dobj", "nsubjpass"} and not owned_by(platform_of_token(t),
                                                                                   mention.platform)]
    if not targets and (mention.platform in HOST_TARGETS
                        or served and mention.platform_rule in {"subject", "agent"}):
        # 'Apple removed Parler from the App Store': a platform acted on by a store or a host;
        # 'Twilio has banned Parler': by any service named as the actor (a service of its own)
        for t in hosted:
            accounts.append(NamedAccount(platform_of_token(t), None, None, None, t.idx, t.idx + len(t)))
        if hosted or acted_on:
            first = (hosted or acted_on)[0]
            # ('phones': uncounted; 'removed WhatsApp and Threads from its app store': two)
            plural = any(t.tag_ in {"NNS", "NNPS"} for t in acted_on)
            many = None if not hosted and plural else len(hosted) or 1
            # ('Apple deletes WhatsApp from its app store': a store's owner acts as the store)
            kind = HOST_TARGETS.get(OWNED_STORES.get(mention.platform, mention.platform), "other")
            targets = [Target(kind, many, None, first.idx, first.idx + len(first), first.i)]
    elif not targets and accounts and (mention.platform_rule != "article" or the_platform
                                       or regained_access(token)):
        targets = [Target("account", len(accounts), None, accounts[0].start, accounts[0].end, -1)]
    elif not targets and mention.platform_rule in {"subject", "agent", "subject-reference", "staff", "place"}:
        targets = people_targets(doc, acted_on, mention.action, mention.platform_rule)
    elif not targets and mention.platform_rule == "article":
        # 'the streamer was unbanned': the person told before, in a story about one platform
        person = next((t for t in acted_on if told_person(t)), None)
        # ('I had been shadow banned for posting links': the writer's account, in a story about one)
        person = person or next((t for t in acted_on if t.lower_ == "i" and narrator_acted_on(t)), None)
        if person is not None:
            targets = [Target("account", 1, None, person.idx, person.idx + len(person), person.i)]
    if not accounts and targets:
        # 'Apple removed it from the App Store': the app, site or organisation named just before
        thing = pronoun_thing(acted_on, hosted=mention.platform in HOST_TARGETS, actor=mention.platform)
        if thing is not None:
            accounts = [thing]
    if not accounts and targets:
        # 'the annas-archive.org domain ... The .org domain has been suspended': the domain named before
        domain = domain_named_before(acted_on)
        if domain is not None:
            accounts = [domain]
    if not accounts and got_back(token):
        # 'Jane Example got her Twitter account back': the one who got it back owns it
        owner = subject_of(token)
        named = account_from(owner) if owner is not None and owner.ent_type_ == "PERSON" else None
        accounts = [named] if named is not None else []
    person_told = False
    if not accounts:
        # 'suspended him', 'deleted her tweet': the person named just before
        person = pronoun_person(acted_on)
        person_told = person is not None
        if person is not None:
            accounts = [person]
            targets = targets or [Target("account", 1, None, person.start, person.end, -1)]
    # a mention whose platform is only implied opens an event only with a counted target noun
    # (or a vague number: 'a number of academic accounts have been suspended')
    # ('she was suspended again': a person named before, suspended, banned or reinstated, is news
    # of the platform the story is about)
    told = person_told or accounts_suspended(token, targets)
    implied = mention.platform_rule == "article" and not (
        told and token.lemma_.lower() in CUES["platform_only_verbs"]) and not the_platform
    opens = (not mention.adjectival or lifted_from(token)) and not misread and (
        bool(targets or accounts) and not implied or any(t.count or t.approximate for t in targets))
    when = when_in(sentence, published, token)
    return MentionFacts(mention, acted_on, targets, accounts, groups_of(acted_on), when,
                        opens, told_as_another_act(token), dated(when, sentence.text, sentence.start_char),
                        misread, published)


HOME_NOUNS = {"channel", "account", "page", "profile", "feed", "timeline"}  # where someone's posts live


THE_PLATFORM_NOUNS = {"platform", "site", "app", "service", "network", "website"}


def from_the_platform(token: Token) -> bool:
    """'Mr Tate was banned from the platform in 2022': the story's platform, said to be the place."""
    return any(c.dep_ in {"prep", "prt"} and c.lower_ in {"from", "off", "on"} and any(
        p.dep_ == "pobj" and p.lemma_.lower() in THE_PLATFORM_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "the" for d in p.children) for p in c.children)
        for c in token.children)


def lifted_from(token: Token) -> bool:
    """'an amnesty for suspended accounts', 'restored the banned accounts': a participle before its
    noun that a reinstatement of the noun lifts tells the act it undoes (an occasion of its own)."""
    noun = token.head
    if token.dep_ != "amod" or noun == token:
        return False
    up = noun.head.head if noun.head.dep_ == "prep" else noun.head
    return up != noun and any(span.label_ == "reinstate" and span.start <= up.i < span.end
                              for span in token.doc.spans.get("actions", []))


def whose_content(token: Token, content: bool) -> list[Token]:
    """The objects of 'from'/'by' on the action word that say whose what was acted on is: a person
    ('hid a tweet from Trump'), for posts and videos any name ('removed all videos from X'), the
    person in apposition to a described author ('removed videos by the influencer Andrew Tate'),
    and the owner of the channel or account the posts were taken from."""
    # ('removed two videos by comedian Jon Vale': the 'by' the parse made the agent of an active verb)
    active = subject_and_object(token)
    objects = [(c, p) for c in token.children if (c.dep_ == "prep" or c.dep_ == "agent" and active)
               and c.lower_ in {"from", "by"} for p in c.children if p.dep_ == "pobj"]
    named = [p for c, p in objects
             if p.ent_type_ == "PERSON" or content and c.lower_ == "from" and p.pos_ == "PROPN"]
    # (any name for a channel: 'two videos by true-crime channel Coldcase Corner')
    described = [a for _, p in objects if content and p.pos_ == "NOUN"
                 for a in p.children if a.dep_ == "appos" and (a.ent_type_ == "PERSON" or (
                     a.pos_ == "PROPN" and p.lemma_.lower() in HOME_NOUNS))]
    # 'removed the video from the Daily Caller's YouTube channel': the channel's owner
    # ('... from the channel of wellness influencer Nina Cross': the same)
    owners = [a for c, p in objects if content and c.lower_ == "from" and p.lemma_.lower() in HOME_NOUNS
              for a in [*p.children, *(o for x in p.children if x.dep_ == "prep" and x.lower_ == "of"
                                       for o in x.children if o.dep_ == "pobj")]
              if a.dep_ in {"poss", "pobj"} and a.pos_ == "PROPN"]
    return named + described + owners


def accounts_suspended(token: Token, targets: list[Target]) -> bool:
    """'On Thursday night the accounts of several journalists were suspended', 'The channels have
    been suspended', 'the streamer was unbanned': definite accounts, channels or people told as
    suspended, in a story about one platform, are news of that platform, counted or not."""
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    return (token.dep_ not in {"relcl", "acl", "amod"} and any(c.dep_ == "auxpass" for c in token.children)
            and bool(subjects) and (subjects[0].lower_ in {"accounts", "channels", "pages", "profiles"}
                                    or subjects[0].lemma_.lower() in PERSON_NOUNS)
            and any(d.lower_ in {"the", "their", "his", "her"} for d in subjects[0].children)
            and any(t.token == subjects[0].i for t in targets))


def called_earlier(doc: Doc, noun: Token) -> list[NamedAccount]:
    """'An app called Twitter Patria had access ... The app has been suspended', 'the game No
    Mercy ... the game was removed', 'apps called "A" and "B" ... Both apps have since been
    removed': the names given to the same noun earlier."""
    if not any(c.dep_ in {"det", "predet"} and c.lower_ in REFERRING_DETERMINERS for c in noun.children):
        return []
    for earlier in reversed(doc[max(0, noun.sent.start - EARLIER_WINDOW):noun.sent.start]):
        if earlier.lemma_ != noun.lemma_ or earlier.tag_ != noun.tag_:
            continue
        called = called_names(earlier)
        if noun.tag_ == "NNS":
            listed = called or apposed_names(earlier)
            if len(listed) > 1:
                return listed
        named = called[0] if called else name_after(earlier) or quoted_name_after(earlier)
        if named is not None:
            return [named]
    return []


REFERRING_DETERMINERS = {"the", "this", "that", "these", "those", "both"}


EARLIER_WINDOW = 120  # tokens before the sentence where 'the app' may have been named


KEEPING_LEMMAS = {"block", "bar", "ban", "prevent", "stop", "restrict"}
KEPT_FROM_REACH = 6  # words from 'from' to the thing people were kept from


def kept_from_using(token: Token, types: dict[int, str]) -> list[Token]:
    """'Apple blocks US users from downloading ByteDance's apps', 'blocked users from sharing the
    video': people kept from using something, which is what was restricted (the target nouns
    after the gerund; none when people are kept from doing, 'banned him from posting')."""
    if token.lemma_.lower() not in KEEPING_LEMMAS:
        return []
    doc = token.doc
    after = doc[token.i + 1:min(token.sent.end, token.i + KEPT_FROM_REACH)]
    if len(after) > 2 and after[0].lemma_.lower() == "search" and after[1].lower_ == "for":
        # 'blocked searches for the hashtag' (however the parse hung it): the hashtag was restricted
        found = [t for t in after[2:] if types.get(t.i)][:1]
        named = [t for t in doc[found[-1].i + 1:found[-1].i + 3] if t.pos_ == "PROPN"][:1] if found else []
        return found + named  # (and the name given after it: 'the hashtag #CleanSweep')
    end = min(token.sent.end, token.i + KEPT_FROM_REACH + 4)
    for i in range(token.i + 1, end - 1):
        gerund = doc[i + 1].lower_.removesuffix("ing")
        if doc[i].lower_ == "from" and doc[i + 1].lower_.endswith("ing") and (  # NNP in a headline
                {doc[i + 1].lemma_.lower(), gerund, gerund + "e"} & CUES["using_verbs"]):
            found = [t for t in doc[i + 2:min(token.sent.end, i + 2 + KEPT_FROM_REACH)] if types.get(t.i)]
            if not found and any(t.lower_ in {"it", "them"} for t in doc[i + 2:min(end + 2, token.sent.end)]):
                # 'labeled two tweets ... and blocked users from retweeting or liking them'
                found = [t for t in doc[token.sent.start:token.i] if types.get(t.i)][-1:]
            if found and any(c.dep_ == "poss" and c.lower_ in {"its", "our"} for c in found[0].children):
                return []  # 'blocked the hackers from using its software': the people were banned
            return found[:1] + [t for t in found[1:] if t.head == found[0] or t in found[0].conjuncts]
    return []


def payments_stopped(facts: MentionFacts) -> MentionFacts:
    """'Stripe has stopped processing payments for the campaign': a payment service that stops
    paying out cuts the account off its whole service, a ban (cues.json payment_services)."""
    if facts.mention.action == "demonetize" and facts.mention.platform.lower() in CUES["payment_services"]:
        return replace(facts, mention=replace(facts.mention, action="ban"))
    return facts


def same_company(platform: str, actor: str) -> bool:
    """'Instagram' and 'Facebook', 'YouTube' and 'Google': one company's platforms."""
    return OWNERS.get(platform, platform) == OWNERS.get(actor, actor)


def split_by_platform(facts: MentionFacts) -> list[MentionFacts]:
    """'Meta removed 937 Facebook accounts and 363 Instagram accounts': one mention per platform.
    Only platforms of the actor's own company split off ('the restriction on the DoorDash account
    was lifted by Facebook': DoorDash's own account); so do homes ('The Facebook page and the
    Instagram account were taken down')."""
    own = facts.mention.platform
    others = list(dict.fromkeys(t.platform for t in facts.targets if t.platform and t.platform != own
                                and same_company(t.platform, own)))
    if not others:
        return [facts]
    out = []
    mine = [t for t in facts.targets if not t.platform or t.platform == own]
    if mine:
        out.append(replace(facts, targets=mine))
    for platform in others:
        out.append(replace(facts, mention=replace(facts.mention, platform=platform), accounts=[],
                           targets=[t for t in facts.targets if t.platform == platform]))
    return out

