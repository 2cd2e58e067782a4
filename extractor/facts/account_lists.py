"""Names listed after the action: 'pages caught up in the ban include X, a page with 3.1
million followers, and Y', 'such as X', and one name a line after 'Among those suspended were:'."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractor.facts.accounts import (
    BULLETS,
    FOLLOWER_NOUNS,
    LIST_NEAR,
    MAX_LIST_LINE,
    NAME_JOINERS,
    NOT_NAMES,
    OWNED_NOUNS,
    NamedAccount,
    good_name,
    package_name,
)
from extractor.facts.cues import is_item_store
from extractor.facts.domains import domain_name
from extractor.facts.name_words import camel_case
from extractor.facts.numbers import count_of
from extractor.facts.platforms import owned_by, platform_of_token

# words that end a list of names: what follows is another clause ('..., after researchers found')
OWNED_PRONOUNS = {"those", "that"}  # "those of X": the accounts of X
LIST_ENDS = {"after", "following", "amid", "because", "before", "since", "until", "when", "while",
             "according"}


def listed_accounts(sentence: Span, action: Token | None = None,
                    platform: str | None = None) -> list[NamedAccount]:
    """'Pages caught up in the ban include X, a page with 3.1 million followers, and Y, which had...'.

    The names after a listing word ("include", "such as", "among them") are read as runs of
    capitalised words; a follower count before the next name belongs to the name before it. A
    platform listed is no name, except among the items a store acted on ('Apple removed VoIP apps
    from the App Store, including Skype': ``platform`` is the one that acted).
    """
    out: list[NamedAccount] = []
    tokens = list(sentence)
    starts = [i for i, t in enumerate(tokens)
              if t.lemma_.lower() == "include" and t.pos_ == "VERB"
              or t.lower_ == "as" and i > 0 and tokens[i - 1].lower_ == "such"]
    # 'The packages, among them a, b and c, were ...'
    starts += [i for i, t in enumerate(tokens)
               if t.lower_ == "them" and i > 0 and tokens[i - 1].lower_ == "among"
               or t.lower_ in {"called", "named"} and i > 1 and tokens[i - 1].text == ","
               and tokens[i - 2].tag_ == "NNS"]  # 'The channels, called A, B and C, had ...'
    starts.sort()
    if not starts and tokens and tokens[0].lower_ == "among":
        # 'Among the removed channels was X, which had 310,000 subscribers'
        starts = [i for i, t in enumerate(tokens) if t.lemma_ == "be" and t.pos_ == "AUX"][:1]
    if action is not None:
        # the list belongs to the action: 'removed pages, including X' or 'pages banned include X',
        # not 'available on other platforms, including iOS' elsewhere in the sentence
        starts = [i for i in starts if lists_for(tokens[i], action)]
        # 'deleted the channels of three creators: A, B and C': a colon after what it acted on
        starts += [i for i, t in enumerate(tokens) if t.text == ":" and colon_lists(t, action)][:1]
        starts.sort()
    if not starts:
        return out
    i = starts[0] + 1
    current: NamedAccount | None = None
    while i < len(tokens):
        t = tokens[i]
        if t.dep_ == "mark" or t.lower_ in LIST_ENDS:
            break  # '... and Music Hub, after researchers found they carried the Joker malware'
        after_preposition = i > 0 and tokens[i - 1].lower_ in {"from", "at", "of", "for", "with", "by"} or (
            i > 1 and tokens[i - 1].lower_ == "the" and tokens[i - 2].lower_ in {"of", "at", "from"})
        # ('the account for TrueAnon', 'the channel of X', 'those of X': whose account it is)
        owned = tokens[i - 2] if i > 1 else None
        whose = owned is not None and (owned.lemma_.lower() in HOME_NOUNS or owned.lower_ in OWNED_PRONOUNS)
        after_preposition = after_preposition and not whose
        if after_preposition and capitalised(t):  # 'of The New York Times': where, not who
            while i + 1 < len(tokens) and capitalised(tokens[i + 1]):
                i += 1
            i += 1
            continue
        item = listed_item(t) if i > 0 and tokens[i - 1].lower_ in LIST_JOINS | {"them"} else None
        if item is not None:  # 'reqeusts-toolbelt', 'covid19-relief-grants.com': a package or a domain
            out.append(item)
            current = None
            i += 1
            while i < len(tokens) and tokens[i].idx < item.end:
                i += 1
            continue
        if t.lower_ in HONORIFICS and i + 1 < len(tokens) and capitalised(tokens[i + 1]):
            i += 1  # 'users such as Mr Trump': the name is Trump
            continue
        if (capitalised(t) and t.text[:1].isalpha() and not listed_platform(t, platform)
                and t.lower_ not in NOT_NAMES):
            j = i
            while j + 1 < len(tokens) and (capitalised(tokens[j + 1]) or acronym_after(tokens[j + 1])
                                           or tokens[j + 1].is_digit  # 'Super Flashlight 2019'
                                           and (j + 2 >= len(tokens) or not tokens[j + 2].is_alpha)
                                           or tokens[j + 1].lower_ in NAME_JOINERS
                                           and j + 2 < len(tokens) and (capitalised(tokens[j + 2]) or (
                                               tokens[j + 2].lower_ == "the" and j + 3 < len(tokens)
                                               and capitalised(tokens[j + 3])))  # 'Friends of the Earth'
                                           and not affiliation(tokens[j], tokens[j + 1])):
                j += 1
            start = tokens[i - 1] if i > 0 and tokens[i - 1].lower_ == "the" else t
            name = sentence.doc[t.i:tokens[j].i + 1]
            i = j + 1
            if employer_of_next_name(tokens, i) or not good_name(name):
                continue  # 'Washington Post technology reporter Drew Harwell': the person is listed
            if all(w.ent_type_ in PLACE_ENTITIES for w in name) and name.root.dep_ in MODIFIER_DEPS:
                continue  # 'topics, including the U.S. presidential campaign': a place describing a thing
            if in_description(name.root):
                continue  # 'David Duke, a former Ku Klux Klan leader': who the person listed is
            if i < len(tokens) and tokens[i].text == "-" and len(name) == 1:
                continue  # 'Co-Deputy Director ...': the first piece of a hyphenated title
            current = NamedAccount(name.text, None, None, None, start.idx, name.end_char)
            out.append(current)
            continue
        if t.lower_ in FOLLOWER_NOUNS and current is not None and current.followers is None:
            counted = count_of(t)
            if counted:
                out[-1] = current = NamedAccount(current.name, None, counted.value, counted.text,
                                                 current.start, current.end)
        i += 1
    return out


LIST_JOINS = {",", "and", "included", "including", "include", "includes", "as", "called", "named",
              "were", "was", "are", "is"}  # what comes before an item of a list
ITEM_WORD = re.compile(r"[a-z0-9][a-z0-9._-]*[a-z0-9]")


def listed_item(token: Token) -> NamedAccount | None:
    """A lower-case package or domain name listed between commas ('reqeusts-toolbelt',
    'covid19-relief-grants.com'): one word with a hyphen, a dot, an underscore or a digit in it."""
    if token.like_num or capitalised(token):
        return None
    item = package_name(token)
    if item is None and domain_name(token):
        item = NamedAccount(token.text, None, None, None, token.idx, token.idx + len(token))
    if item is None or not ITEM_WORD.fullmatch(item.name):
        return None
    after = next((t for t in token.doc[token.i:token.sent.end] if t.idx >= item.end), None)
    return item if after is None or after.lower_ in {",", ".", ")", ";", "and"} else None


PLACE_ENTITIES = {"GPE", "LOC", "NORP"}
DESCRIPTION_HOPS = 3  # words from a name up to the description noun it modifies


def in_description(token: Token) -> bool:
    """'X, a former Ku Klux Klan leader', 'X, the founder of Acme': a name that modifies (or is
    the object of a preposition on) a common noun in apposition to a name describes that one."""
    for _ in range(DESCRIPTION_HOPS):
        if token.dep_ not in MODIFIER_DEPS | {"pobj", "prep"} or token.head == token:
            return False
        token = token.head
        if token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.pos_ == "PROPN":
            return describes_name(token)
    return False


def describes_name(noun: Token) -> bool:
    """'David Duke, a former leader of the Ku Klux Klan': a common noun in apposition to a name
    describes who the name is; not 'X, the account for Y', where the noun is an account."""
    return (noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN"
            and noun.lower_ not in OWNED_NOUNS)
MODIFIER_DEPS = {"nmod", "compound", "amod", "poss"}


def listed_platform(token: Token, acting: str | None) -> bool:
    """A platform in a list, unless it is an item of the store that acted (not the store or its owner)."""
    name = platform_of_token(token)
    if not name:
        return False
    store = acting_store(token.sent, acting)
    return store is None or is_item_store(name) or owned_by(store, name)


def acting_store(sentence: Span, acting: str | None) -> str | None:
    """The item store that acted: the acting platform, or a store of its own the sentence names
    ('Apple removed ... from the App Store')."""
    if acting is None:
        return None
    return next((p for p in [acting, *map(platform_of_token, sentence)] if is_item_store(p)
                 and (p == acting or owned_by(p, acting))), None)


HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"}
HOME_NOUNS = {"account", "page", "channel", "profile", "handle"}  # where a named owner's posts live


def affiliation(last: Token, joiner: Token) -> bool:
    """'Ryan Mac of The New York Times': 'of' after a person's name, before an organisation,
    begins where they work, not more of the name ('Sargon of Akkad' is one name)."""
    after = joiner.doc[joiner.i + 1] if joiner.i + 1 < len(joiner.doc) else None
    return (joiner.lower_ == "of" and last.ent_type_ == "PERSON" and after is not None
            and (after.lower_ == "the" or after.ent_type_ == "ORG"))


COLON_NEAR = 8  # tokens between an action word and a colon that lists what it acted on


def acronym_after(token: Token) -> bool:
    """'Gamma VPN': an acronym after a name's first word is part of it."""
    return token.is_upper and token.is_alpha and len(token.text) > 1


def colon_lists(colon: Token, action: Token) -> bool:
    """'banned five groups on Monday: A, B, C': a colon soon after the action, with a plural noun
    of the action's phrase between them and nothing but names after it."""
    between = colon.doc[action.i + 1:colon.i]
    return (0 < colon.i - action.i <= COLON_NEAR and colon.i + 1 < colon.sent.end
            and any(t.tag_ == "NNS" and t in action.subtree for t in between)
            and not any(t.pos_ in {"VERB", "AUX"} for t in colon.doc[colon.i + 1:colon.sent.end]))


def capitalised(token: Token) -> bool:
    """A word of a name: 'Truth', or an acronym the model takes for a name ('CBS', 'RT'; not 'TV')."""
    acronym = token.is_upper and len(token.text) > 1 and token.is_alpha and bool(token.ent_type_)
    handle_like = token.text[:1].isupper() and "_" in token.text  # 'The_Example' (a subreddit)
    return token.is_title or acronym or camel_case(token) or handle_like


def lists_for(word: Token, action: Token) -> bool:
    """Whether a listing word ('include', 'such as', 'among ... was') lists what ``action`` acted on."""
    head = word.head if word.lower_ == "as" else word
    near = 0 < word.i - action.i <= LIST_NEAR  # 'the Facebook ban include X' however it is parsed
    # 'removed channels belonging to several figures, including X' read with the action as an
    # adjective of 'channels': the list hangs on what it acted on
    scope = action.head if action.dep_ == "amod" else action
    return near or head in scope.subtree or action in head.subtree or head.head in scope.subtree


def employer_of_next_name(tokens: list[Token], i: int) -> bool:
    """A capitalised run followed, before any comma, by lower-case words and another capitalised
    run: 'Washington Post technology reporter Drew Harwell', 'CNN's Donie O'Sullivan'."""
    seen_lower = False
    if i < len(tokens) and tokens[i].lower_ == "of":
        return False  # 'Ryan Mac of The New York Times': the person, then where they work
    for t in tokens[i:i + 6]:
        if t.is_punct and t.text != "'s" or t.lower_ in {"and", "or"}:
            return False
        if t.tag_ == "POS":
            seen_lower = True
            continue
        if t.is_title and seen_lower:
            return True
        seen_lower = seen_lower or t.is_lower
    return False


def announces_list(token: Token) -> bool:
    """'a list of the nine apps', 'the following apps', 'the apps below' (not 'following a probe')."""
    doc = token.doc
    return (token.lower_ == "list" and token.pos_ == "NOUN"
            or token.lower_ == "following" and token.i > 0 and doc[token.i - 1].lower_ == "the"
            or token.lower_ == "below" and token.i > 0 and doc[token.i - 1].pos_ in {"NOUN", "VERB"})


def bulleted_accounts(sentence: Span) -> list[NamedAccount]:
    """'Among the journalists suspended were:' and then one name a line (a bulleted list); after a
    sentence that announces a list ('Here is a list of the nine apps taken down.'), two lines or more."""
    colon = sentence.text.rstrip().endswith(":")
    if not colon and not any(announces_list(t) for t in sentence):
        return []
    doc = sentence.doc
    out: list[NamedAccount] = []
    i = sentence.end
    while not colon and i < len(doc) and "\n" not in doc[i].text:
        i += 1  # an announced list starts after the announcing paragraph
    while i < len(doc):
        line_start = i
        while i < len(doc) and "\n" not in doc[i].text:
            i += 1
        line = [t for t in doc[line_start:i] if not t.is_space and t.text not in BULLETS]
        i += 1
        if not line:
            continue
        if len(line) > MAX_LIST_LINE or not line[0].text[:1].isupper():
            break
        if line[-1].text in {".", "!", "?"} and any(t.pos_ in {"VERB", "AUX"} for t in line):
            break  # a sentence of the story again, not an item of the list
        j = 0
        while j + 1 < len(line) and (line[j + 1].text[:1].isupper() or line[j + 1].text in {"'", "’", "."}):
            j += 1
        name = doc[line[0].i:line[j].i + 1]
        if good_name(name):
            out.append(NamedAccount(name.text, None, None, None, name.start_char, name.end_char))
    return out if colon or len(out) >= 2 else []
