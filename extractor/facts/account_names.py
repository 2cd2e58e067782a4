"""Names of who was acted on, read from the parse of the acted-on nouns: 'suspended Rose
McGowan', "X's account", 'the page of X', 'an app called X', 'a video uploaded by X',
'accounts belonging to X and Y', "the 'Incel' forum", 'the channel "X"'; and the news outlets
that are sources, not accounts. The name rules themselves (what is a name, its span, its
followers) are ``extractor.facts.accounts``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from extractor.facts.account_lists import describes_name
from extractor.facts.accounts import (
    DEFINITE,
    OWNED_NOUNS,
    PERSON_NOUNS,
    TITLE_WORDS,
    NamedAccount,
    account_from,
    already_named,
    describes_person,
    followers_near,
    is_name,
    package_name,
    same_name,
    unbroken_word,
)
from extractor.facts.acted_on import of_objects, relative_antecedent, such_as, with_partitives
from extractor.facts.entities import doc_text, entity_at
from extractor.facts.name_words import NAMING_VERBS, for_device
from extractor.facts.package_names import package_names
from extractor.facts.platforms import platform_of_token
from extractor.facts.quoted_names import (
    quoted_items_after,
    quoted_list_after,
    quoted_name_after,
    quoted_name_before,
    quoted_names_at,
)
from extractor.facts.targets import store_item_named
from extractor.recase import in_title_case_line

AUTHOR_VERBS = {"post", "upload", "share", "publish", "tweet", "write", "create", "make", "stream",
                "broadcast", "retweet", "send", "air"}
OWNING_VERBS = {"belong", "own"}  # whose account, page or channel


def author_of(participle: Token) -> list[Token]:
    """The 'by' agent of a participle: the author of what was acted on, and appositions."""
    found = []
    for c in participle.children:
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    found.append(p)
                    found.extend(a for a in p.children if a.dep_ == "appos" and a.pos_ == "PROPN")
    return found


def stray_list_items(name: Token) -> list[Token]:
    """'removed the apps Flashlight Plus, QR Reader Pro and PDF Master': the names after the first
    of a list in apposition to a plural noun, which the parse hung on the verb as its conjuncts."""
    noun = name.head
    verb = noun.head
    if noun.tag_ != "NNS" or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    items = [t for t in verb.children if t.dep_ == "conj" and t.pos_ == "PROPN" and t.i > name.i]
    return [*items, *(c for t in items for c in t.conjuncts if c.pos_ == "PROPN" and c.i > t.i)]


def joined_names(candidates: list[Token]) -> list[Token]:
    """The first of two names one entity joins with 'and' ('Example Org and Sample Org')."""
    out = []
    for cand in candidates:
        ent = entity_at(cand) if cand.ent_type_ else None
        if ent is None:
            continue
        out.extend(cand.doc[t.i - 1] for t in ent if t.dep_ == "cc" and t.lower_ in {"and", "&"}
                   and ent.start < t.i < cand.i)
    return out


def owner_of(participle: Token) -> list[Token]:
    """'accounts belonging to X', 'a channel owned by X': the owner (and conjuncts, added later)."""
    return [p for c in participle.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"to", "by"}
            for p in c.children if p.dep_ == "pobj"]


LINK_NOUNS = {"link", "url", "hyperlink"}


def named_accounts(acted_on: list[Token], places: list[Token] | None = None) -> list[NamedAccount]:
    """Names among the acted-on nouns: 'suspended Rose McGowan', "X's account", 'the page of X',
    'the accounts of researchers A and B'; ``places`` are objects of 'from'/'by' on the verb
    ('removed all videos from X')."""
    out: list[NamedAccount] = []
    candidates: list[Token] = []
    authors: list[Token] = []  # 'a video posted by the channel X', 'videos posted by user examplefan99'
    for noun in acted_on:
        candidates.append(noun)
        describes = noun.lower_ in OWNED_NOUNS or noun.lemma_.lower() in PERSON_NOUNS
        if describes and noun.dep_ == "appos":
            # 'Red Dot, an app that both Google and Apple removed', 'Jane Roe, the streamer banned by Twitch'
            candidates.append(noun.head)
        elif (describes and noun.dep_ == "nsubj" and noun.head.dep_ in {"relcl", "acl"}
              and noun.head.head.pos_ == "PROPN"):
            candidates.append(noun.head.head)  # 'Acme Chat, the app banned from ...' (a reduced passive)
        owned = noun.lower_ in OWNED_NOUNS or is_name(noun)
        for c in noun.children:
            # ('the Barnes & Noble app': a name joined by '&' the parse hangs as a modifier)
            joined = c.dep_ == "nmod" and c.pos_ == "PROPN" and any(x.text == "&" for x in c.children)
            compound = (c.dep_ == "compound" or joined) and owned and not describes_person(c, noun)
            if c.dep_ in {"poss", "appos"} or compound:
                candidates.append(relative_antecedent(c) or c)  # 'X, whose channel was terminated'
            if c.dep_ in {"nmod", "compound"} and platform_of_token(c):
                # "Alex Jones's Facebook and Instagram accounts", parsed with the owner on 'Facebook'
                candidates.extend(x for x in c.children if x.dep_ == "poss")
            if store_item_named(c):  # 'removed the Coinbase and Gliph apps'
                out.append(NamedAccount(c.text, None, None, None, c.idx, c.idx + len(c)))
                candidates.extend(c.conjuncts)
            link_to = c.lower_ == "to" and noun.lemma_.lower() in LINK_NOUNS  # 'links to ICE List'
            # ('Ann Example of Virginia', 'Bob Roe from the Daily Wire': where a person is from)
            person_from = c.lower_ in {"of", "from"} and (noun.ent_type_ == "PERSON" or (
                describes_name(noun) and noun.head.ent_type_ == "PERSON"))
            if c.dep_ == "prep" and not person_from and (
                    c.lower_ in {"of", "for", "belonging", "from", "by"} or such_as(c) or link_to):
                for p in c.children:
                    if p.dep_ == "pobj":  # 'episodes of the Joe Show podcast': the podcast's name
                        candidates.append(p)
                        # ('a video from the Daily Caller's YouTube channel': whose channel)
                        candidates.extend(x for x in p.children if x.dep_ in {"compound", "appos", "poss"}
                                          and p.lower_ in OWNED_NOUNS)
            if c.dep_ == "acl" and c.lemma_.lower() in AUTHOR_VERBS:
                posted_by = author_of(c)
                candidates.extend(posted_by)
                authors.extend(posted_by)
            if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in OWNING_VERBS:
                # 'accounts belonging to X and Y', 'owned by X', 'the account, which belonged to X'
                # (not 'run by', 'operated by': tried, a false name on the measure split)
                candidates.extend(owner_of(c))
        for c in noun.head.children:  # read as the verb's clause: 'banned the account belonging to X'
            if (c.dep_ == "advcl" and c.lemma_.lower() in OWNING_VERBS and c.i == noun.right_edge.i + 1
                    and noun.dep_ in {"dobj", "nsubjpass"}):
                candidates.extend(owner_of(c))
    candidates.extend(places or [])
    out.extend(a for n in acted_on for a in called_names(n))
    out.extend(a for n in acted_on for a in package_names(n)  # 'the packages event-stream and flatmap-stream'
               if not any(same_name(a.name, b.name) for b in out))
    # 'researchers Laura Edelson and Damon McCoy': appositions, then their conjuncts
    i = 0
    while i < len(candidates):
        cand = candidates[i]
        appos = [c for c in cand.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if not appos and cand.pos_ == "NOUN":  # 'the mayor of Springfield, Tom Hale': the parse hangs
            appos = [a for p in of_objects(cand) if p.ent_type_ != "PERSON"  # the name on the place
                     for a in p.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        candidates.extend(appos)
        candidates.extend(t for a in appos for t in stray_list_items(a) if all(t != x for x in candidates))
        if appos:
            candidates = [c for c in candidates if not (c.dep_ == "compound" and c.head == cand)]
        candidates.extend(t for t in cand.conjuncts if all(t != x for x in candidates))
        i += 1
    quoted = with_partitives(acted_on)  # 'five of the six "X" podcasts'
    out.extend(a for a in (quoted_name_before(n) or quoted_name_after(n) or name_after(n)
                           or name_before_description(n) for n in quoted) if a is not None)
    # each quoted name is one name: 'Bypass XM' listed after 'Bypass' is another extension
    out.extend(a for n in quoted for a in quoted_items_after(n)
               if not any(a.name.lower() == b.name.lower() or b.start <= a.start < b.end for b in out))
    # 'the streamer xQc', 'the account of user jsmith99'
    holders = [*acted_on, *(p for n in acted_on for p in of_objects(n)), *authors]
    out.extend(a for a in (handle_after(n) for n in holders)
               if a is not None and not any(same_name(a.name, b.name) for b in out))
    seen_tokens: set[int] = set()
    candidates.extend(joined_names(candidates))
    for cand in candidates:
        if cand.i in seen_tokens:
            continue
        seen_tokens.add(cand.i)
        account = account_from(cand)
        if account and account.followers is None and cand.dep_ in {"poss", "compound"}:
            # "Trump's account, which had 88 million followers"
            counted = followers_near(cand.head)
            if counted:
                account = replace(account, followers=counted[0], followers_text=counted[1])
        if account and not already_named(account, out):
            out.append(account)
    for whole in (capitalised_before(n) for n in acted_on):
        # 'Example First account': the whole capitalised name, not the part the parse made a name
        if whole is not None and (not out or any(whole.start <= a.start and a.end <= whole.end for a in out)):
            out = [a for a in out if not whole.start <= a.start < whole.end] + [whole]
    return out


def name_before_description(noun: Token) -> NamedAccount | None:
    """'Apple has pulled Vybe, a party-planning app, from the App Store': the parse took the
    description for the object and left the name before it; the capitalised words between the
    action verb and ', a ...' are the name."""
    doc = noun.doc
    first = noun.left_edge
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children) or first.i < 2:
        return None
    if doc[first.i - 1].text != "," or noun.dep_ not in {"dobj", "nsubjpass"}:
        return None
    end = first.i - 1
    start = end
    while (start > noun.sent.start and doc[start - 1].text[:1].isupper()
           and not platform_of_token(doc[start - 1])):
        start -= 1
    verb = doc[start - 1] if start > 0 else None
    if start == end or verb is None or verb != noun.head and verb.head != noun.head:
        return None  # the words right after the action verb (or its particle) only
    name = doc[start:end]
    return NamedAccount(name.text, None, None, None, name.start_char, name.end_char)


def capitalised_before(noun: Token) -> NamedAccount | None:
    """'suspends Britain First account', 'the Proud Boys page': the capitalised words right before
    a noun for an account or a place are its name, whatever entities the model made of them
    ('Britain' a place, 'First' an ordinal); not in a Title Case headline, where every word is."""
    doc = noun.doc
    k = noun.i
    while k < len(doc) - 1 and k < noun.sent.end - 1 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1  # the parse may have taken the name, not the account noun, for what was acted on
    noun = doc[k]
    if noun.lower_ not in OWNED_NOUNS or in_title_case_line(noun):
        return None
    start = noun.i
    while start > noun.sent.start and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not (
            platform_of_token(doc[start - 1]) or doc[start - 1].lemma_.lower() in TITLE_WORDS):
        start -= 1
    if noun.i - start < 2 or start == noun.sent.start and doc[start].is_sent_start and noun.i - start < 3:
        return None  # one capitalised word is left to the parse; a sentence's first word may be any
    name = doc[start:noun.i]
    if all(t.ent_type_ in {"NORP", "GPE"} for t in name):
        return None  # 'North Korean accounts', 'Saudi Arabian pages': whose they are, no name
    return NamedAccount(name.text, None, None, None, name.start_char, name.end_char)


def called_name(noun: Token) -> NamedAccount | None:
    """'an app called SafeChat', 'a package named ua-parser-js-fake', 'a channel known as X': the
    name the acted-on noun is given (a proper noun, or a word no dictionary has: a package name)."""
    names = called_names(noun)
    return names[0] if names else None


def called_names(noun: Token) -> list[NamedAccount]:
    """``called_name`` and the quoted names listed after it: 'two apps named "A" and "B"'."""
    doc = noun.doc
    # ('the account, called "examplebot", ...': the parse may hang the naming verb on the clause)
    after_comma = [doc[noun.i + 2]] if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," else []
    for acl in [*noun.children, *after_comma]:
        if acl.dep_ not in {"acl", "advcl"} or acl.lemma_.lower() not in NAMING_VERBS or (
                acl.dep_ == "advcl" and acl not in after_comma):
            continue
        quoted = quoted_names_at(noun.doc, acl.idx + len(acl))  # 'named "A" and "B"'
        if quoted:
            return quoted
        for name in acl.children:
            if name.dep_ == "prep" and name.lower_ == "as":  # 'known as X'
                name = next((p for p in name.children if p.dep_ == "pobj"), name)
            if name.dep_ not in {"oprd", "attr", "dobj", "xcomp", "npadvmod", "pobj"}:
                continue
            first = account_from(name) if name.pos_ == "PROPN" or name.ent_type_ else package_name(name)
            opening = noun.doc[acl.i + 1] if acl.i + 1 < name.i else None
            if (first is not None and opening is not None and opening.head == name and opening.is_title
                    and first.start > opening.idx and not platform_of_token(opening)):
                # 'a game called No Mercy': the name's own 'No' (not 'called Twitter Patria')
                first = replace(first, name=doc_text(noun.doc)[opening.idx:first.end], start=opening.idx)
            if first is not None:
                return [first, *quoted_list_after(noun.doc, first.end)]
    return []


NAME_AFTER_NOUNS = {"app", "game", "podcast", "show", "channel", "page", "account", "extension", "package",
                    "site", "website", "group", "server", "subreddit", "forum", "blog", "title"}
NAME_INNER = {":", "+", "&", "-", "!", "of", "the", "and", "'s"}
MAX_NAME_AFTER = 6


HANDLE_AFTER_NOUNS = {"user", "username", "handle", "streamer", "account", "youtuber", "creator", "gamer",
                      "player", "redditor", "moderator", "developer", "profile", "channel"}
HANDLE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*")


def handle_after(noun: Token) -> NamedAccount | None:
    """'the popular streamer xQc', 'user jsmith99', 'the account arv-anshul': a word no dictionary
    has (a capital inside it, a digit, a hyphen or an underscore joining its parts) right after a
    noun for an account or its holder is the account's name."""
    doc = noun.doc
    if noun.i > 0 and doc[noun.i - 1].lower_ in HANDLE_AFTER_NOUNS and doc[noun.i - 1].head == noun:
        noun = doc[noun.i - 1]  # 'user jsmith99' parsed with 'user' as a compound of the name
    if noun.lower_ not in HANDLE_AFTER_NOUNS or noun.i + 1 >= noun.sent.end:
        return None
    word = unbroken_word(doc[noun.i + 1])
    text = word.text
    if word.start != noun.i + 1 or not HANDLE_WORD.fullmatch(text) or platform_of_token(doc[noun.i + 1]):
        return None
    inner_capital = any(ch.isupper() for ch in text[1:]) and not text.isupper()
    if not (inner_capital or any(ch.isdigit() for ch in text) or any(ch in text for ch in "-_.")):
        return None
    return NamedAccount(text, None, None, None, word.start_char, word.end_char)


def name_after(noun: Token) -> NamedAccount | None:
    """'removed the game No Mercy', 'pulled the app Camera+': the capitalised name right after a
    determined noun for an item or a place (not in a Title Case headline, where every word is)."""
    doc = noun.doc
    if noun.lower_ not in NAME_AFTER_NOUNS or not any(c.dep_ == "det" for c in noun.children):
        return None
    start = noun.i + 1
    if start >= noun.sent.end or not doc[start].text[:1].isupper() or in_title_case_line(noun):
        return None
    end = start
    while end < noun.sent.end and end - start < MAX_NAME_AFTER and (
            doc[end].text[:1].isupper() or doc[end].like_num and end > start
            or doc[end].lower_ in NAME_INNER and end + 1 < noun.sent.end
            and (doc[end + 1].text[:1].isupper() or doc[end].text == "+")):
        end += 1
    while end > start and doc[end - 1].lower_ in NAME_INNER - {"+", "!"}:
        end -= 1
    words = doc[start:end]
    if not len(words) or any(t.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL"} or platform_of_token(t)
                             for t in words):
        return None
    if words[-1].dep_ in {"nsubj", "nsubjpass"} and words[-1].head.i > words[-1].i:
        return None  # 'the app Apple removed': a subject of what follows
    if end + 1 < noun.sent.end and for_device(doc, end):
        words = doc[start:end + 2]  # 'the app Siri for Android': its edition is part of its name
    return NamedAccount(words.text, None, None, None, words.start_char, words.end_char)


COLON_LISTED_NOUNS = {"package", "app", "account", "channel", "page", "group", "extension", "game", "server",
                      "subreddit", "podcast"}  # not 'the following domain names: a.org, b.org'
COLON_NEAR_NOUN = 8  # tokens between a definite noun and the colon that lists its names
LISTED_ITEM = re.compile(r"[@\w][\w./@+-]*[\w+]|[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}")
ITEM_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def colon_names(noun: Token) -> list[NamedAccount]:
    """'The packages flagged by Abai: @pwa-ib/eslint-plugin-compat, @blocks-shared/desktop-title,
    ...': the names a colon lists right after a definite noun and the words describing it (a
    package name, or capitalised words), up to the first item that is not one."""
    if noun.lemma_.lower() not in COLON_LISTED_NOUNS:
        return []
    doc = noun.doc
    near = doc[noun.i + 1:min(noun.sent.end, noun.i + COLON_NEAR_NOUN)]
    colon = next((t for t in near if t.text == ":"), None)
    if colon is None or any(t.pos_ == "VERB" and t.dep_ not in {"acl", "amod"}
                            for t in doc[noun.i + 1:colon.i]):
        return []
    text = doc_text(doc)
    at, end = colon.idx + 1, noun.sent.end_char
    out: list[NamedAccount] = []
    while at < end:
        while at < end and text[at] == " ":
            at += 1
        item = LISTED_ITEM.match(text, at, end)
        if item is None:
            break
        after = ITEM_SEPARATOR.match(text, item.end(), end)
        stops = item.end() >= end or text[item.end()] in ".;" or after is not None
        if not stops:
            break  # 'published by ...': the list has ended
        out.append(NamedAccount(item.group(), None, None, None, item.start(), item.end()))
        if after is None:
            break
        at = after.end()
    return out


def given_names(noun: Token) -> list[NamedAccount]:
    """'The two NPM packages are named X and Y', 'The fake app, named "X," appeared on the store':
    the names a definite noun for an item or an account is given, in a sentence of their own."""
    if noun.lower_ not in OWNED_NOUNS or not any(c.dep_ == "det" and c.lower_ in DEFINITE
                                                 for c in noun.children):
        return []
    # ('The ads, run by an account called GlowGlam Aesthetics, ...': a named owner inside the phrase)
    names = called_names(noun) or colon_names(noun) or [
        a for t in noun.subtree if t is not noun and t.lower_ in OWNED_NOUNS for a in called_names(t)]
    if names or noun.dep_ != "nsubjpass" or noun.head.lemma_.lower() not in NAMING_VERBS:
        return names
    out: list[NamedAccount] = []
    for c in noun.head.children:
        if c.dep_ in {"oprd", "attr", "xcomp"}:
            for name in [c, *c.conjuncts]:
                account = account_from(name) if name.pos_ == "PROPN" else package_name(name)
                if account is not None and not any(same_name(a.name, account.name) for a in out):
                    out.append(account)
    return out

