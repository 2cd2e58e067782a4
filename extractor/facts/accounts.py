"""Named accounts and pages: who was acted on, by name or @handle, with follower counts."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractor.facts.cues import CUES
from extractor.facts.domains import domain_name
from extractor.facts.entities import doc_text, entity_at
from extractor.facts.name_words import (
    PLACE_ACRONYMS,
    QUOTE_OPENERS,
    ampersand_joins,
    called_title,
    capitalised_object,
    company_app,
    described_title,
    for_device,
    handle_word,
    outlet_acronym,
    quoted_title,
    spelled_out_before,
    taken_from_store,
    titled_of,
    titled_of_before,
)
from extractor.facts.named_account import NamedAccount
from extractor.facts.numbers import count_of
from extractor.facts.platforms import platform_of_token
from extractor.recase import in_title_case_line

FOLLOWER_NOUNS = {"follower", "followers", "subscriber", "subscribers", "fan", "fans", "member", "members"}
NAME_ENTITY_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP", "FAC", "GPE"}
# verbs and prepositions that list the acted-on: "pages ... include X", "such as X"
LISTING_LEMMAS = {"include", "be", "such", "like", "among"}
BULLETS = {"•", "-", "*", "–", "—", "·", "▪"}
MAX_LIST_LINE = 16  # a list item is a name with a short description
DEFINITE = {"the", "these", "those", "this", "both"}
NAME_JOINERS = {"the", "of", "for", "&", "de"}
NOT_NAME_ENTITIES = {"GPE", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "LOC",
                     "QUANTITY", "LANGUAGE", "LAW"}
TITLE_WORDS = {"president", "senator", "rep", "rep.", "sen", "sen.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.",
               "dr", "dr.", "ceo", "chief", "minister", "prime", "governor", "congresswoman", "congressman",
               "former", "founder", "director", "rapper", "singer", "actor", "actress", "star", "comedian",
               "journalist", "reporter", "activist", "commentator", "influencer", "streamer", "host",
               "representative", "personality", "lawmaker", "candidate", "musician", "presenter", "youtuber",
               "american", "sh.", "shri", "shri.", "smt.", "hon.", "engr.", "gov.", "amb.", "rt.",
               "british", "us", "uk", "conservative", "liberal", "far-right", "right-wing", "left-wing"}
TARGET_WORDS = {"account", "accounts", "page", "pages", "group", "groups", "channel", "channels", "post",
                "posts", "video", "videos", "profile", "profiles", "tweets", "users", "app", "apps", "game",
                "games", "show", "shows", "podcast", "podcasts", "site", "sites", "website", "websites",
                "forum", "forums", "subreddit", "subreddits", "community", "communities", "server",
                "servers", "handle", "handles", "blog", "blogs", "newsletter", "ad", "ads", "advertisement",
                "repo", "repos", "repository", "repositories", "package", "packages", "extension",
                "extensions",
                "advertisements"}
# nouns whose proper-noun compound names whose they are: 'Logan Paul projects', 'the Musi app'
PACKAGE_NOUNS = {"package", "packages", "library", "libraries", "extension", "extensions", "repo", "repos",
                 "repository", "repositories", "module", "modules", "crate", "crates", "gem", "gems"}
# ('BLU phones banned on Amazon': the maker of products a store stopped selling)
OWNED_NOUNS = TARGET_WORDS | {"project", "projects", "series", "phone", "phones", "device", "devices",
                              "product", "products", "book", "books"}
NAMED_PLACES = TARGET_WORDS - {"post", "posts", "video", "videos", "tweets", "users", "game", "games"}
LIST_NEAR = 6  # tokens between an action word and a listing word that lists what it acted on
NOT_NAMES = {"we", "i", "you", "he", "she", "they", "us", "our", "my", "twitter", "facebook", "meta", "the",
             "a", "an", "it", "offline", "online", "down", "off", "out", "back"}  # 'was taken offline'


def followers_near(token: Token) -> tuple[int, str] | None:
    """'X, a page with 3.1 million followers', 'Y, which had 460,000 followers'."""
    for t in token.subtree:
        if t.lower_ in FOLLOWER_NOUNS and t.i > token.i:
            counted = count_of(t)
            if counted:
                return counted.value, counted.text
    return None


def hyphen_joins(doc: Doc, i: int) -> bool:
    """A hyphen written between two words with no space ('octo-dev'): one word of a name."""
    return (doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha)


def name_span(token: Token) -> Span:
    """The proper-noun phrase a token belongs to (its entity, else its compound PROPN run)."""
    doc = token.doc
    if token.ent_type_ and token.ent_type_ != "PLATFORM":
        ent = entity_at(token)
        if ent is not None:
            start, end = ent.start, ent.end
            while start < end and doc[start].lower_ in {"the", "a"}:
                start += 1
            if doc[end - 1].tag_ == "POS":
                end -= 1
            cut = [t.i for t in doc[start:end] if t.lower_ == "of" and ent.label_ == "PERSON" and t.i > start]
            if cut:  # 'Ann Example of Virginia': a person and where they are from
                end = cut[0]
            # 'the accounts of Example Org and Sample Org': one entity for two names
            joints = [t.i for t in doc[start:end] if t.dep_ == "cc" and t.lower_ == "and"
                      and start < t.i < end - 1 and doc[t.i - 1].is_title and doc[t.i + 1].is_title]
            for k in joints:
                start, end = (start, k) if token.i < k else (k + 1, end)
            # 'Photo Editor Pro' when the model made a name of 'Pro' only: the proper nouns
            # compounded onto the entity, outside any entity, are its first words
            extend = end - start == 1 or ent.label_ != "PERSON"
            while (extend and start > 0 and doc[start - 1].pos_ == "PROPN"
                   and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end
                   and not doc[start - 1].ent_type_):
                start -= 1
            return doc[start:end + 2 if for_device(doc, end) else end]
    start = end = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and (doc[start - 1].ent_type_ != "PLATFORM"
                                                           or company_app(doc[start - 1], token)):
        start -= 1
    while start > 1 and (ampersand_joins(doc, start - 1) or titled_of_before(doc, start)
                         and doc[start - 2].lemma_.lower() not in TITLE_WORDS):  # not 'Head of X'
        start -= 2  # 'Find & Call'; 'Trials of Innocence' (the model read 'Trials' as a plain noun)
    while start > 1 and hyphen_joins(doc, start - 1):
        start -= 2  # 'octo-dev', a handle the model split at its hyphen
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ != "PLATFORM":
            start -= 1  # 'Hélène Dufresne-Bakshi': the names before a double surname
    if start > 0 and doc[start - 1].text == "No" and not doc[start - 1].is_sent_start:
        start -= 1  # 'the simulator No Mercy', 'No Man's Sky': a title's first word
    while (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" or ampersand_joins(doc, end + 1)
           or end + 2 < len(doc) and hyphen_joins(doc, end + 1) and doc[end + 2].pos_ == "PROPN"
           and doc[end].text[:1].isupper()):
        end += 2 if doc[end + 1].text in {"&", "-"} else 1  # 'Find & Call', 'Dufresne-Bakshi': one name
    while titled_of(doc, end + 1):  # 'Trials of Innocence', 'Call of Duty': one title
        end += 2
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 1
    return doc[start:end + 3 if for_device(doc, end + 1) else end + 1]


def is_name(token: Token) -> bool:
    if platform_of_token(token):
        return False
    if domain_name(token):
        return True
    if token.lower_ in NOT_NAMES or (token.ent_type_ in NOT_NAME_ENTITIES and not outlet_acronym(token)
                                     and not coined_name(token) and not taken_from_store(token)
                                     and not called_title(token)):
        return False
    if token.lemma_.lower() in TITLE_WORDS:
        return False
    entity = token.ent_type_ in NAME_ENTITY_LABELS and token.is_title
    return (token.pos_ == "PROPN" or entity or handle_word(token) or capitalised_object(token)
            or quoted_title(token) or described_title(token))


DEMONYM_ENDS = ("an", "ans", "ese", "ish", "i", "is", "ic", "ch", "ist", "ists", "ite", "ites", "er", "ers")


def coined_name(token: Token) -> bool:
    """'the Amadnews channel': a proper noun the model took for a nationality or group, naming
    the account, page or channel it modifies (a demonym, 'the Russian channel', says what it is)."""
    return (token.ent_type_ == "NORP" and token.pos_ == "PROPN" and token.dep_ == "compound"
            and token.head.lower_ in OWNED_NOUNS and not token.lower_.endswith(DEMONYM_ENDS)
            and token.head.i == token.i + 1)  # (not 'Tamil news channel': a language, a kind of news)


def platform_product(span: Span) -> bool:
    """'Apple ID', 'Google Safe Search': product words right after a platform's name are the
    platform's product, not an account ('an app called Twitter Patria' is one)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and platform_of_token(before) is not None
            and all(t.lower_ in CUES["platform_product_words"] for t in span))


OFFICE_WORDS = {"mep", "mla", "msp", "mpp", "judge", "bishop", "sheikh", "secretary", "chairman",
                "chairwoman", "tycoon", "billionaire", "businessman", "businesswoman"}  # (and person nouns)
PERSON_NOUNS = frozenset(CUES["account_person_nouns"])  # people whose account an action on them stands for
HOLDERS = PERSON_NOUNS | frozenset(CUES["people_nouns"])  # and people at all ('users', 'people')


def good_name(span: Span) -> bool:
    """A name, not a headline fragment: no target nouns ('Accounts'), no dates, not only a title."""
    words = [t for t in span if not t.is_punct]
    if not words or len(span.text.strip()) < 2:
        return False  # 'u' of 'u/example_mod' read alone
    if any(t.lower_ in TARGET_WORDS and not in_entity_name(t, len(words)) for t in words):
        return False  # 'Accounts', 'Channel' from a headline; 'the New York Post' is a name
    named = taken_from_store(span.root) or called_title(span.root)
    if all(t.ent_type_ in NOT_NAME_ENTITIES and not outlet_acronym(t) and not coined_name(t)
           and not domain_name(t) and not named or t.lemma_.lower() in TITLE_WORDS
           for t in words):
        return False
    if words[0].lower_ in CUES["not_account_names"] or any(t.lower_ in CUES["not_account_names"]
                                                           for t in words[1:] if not t.is_upper
                                                           and t.ent_type_ != "PERSON"  # 'Ryan Mac'
                                                           and not for_device(t.doc, t.i - 1)):
        return False  # 'DMCA': a law, not an account ('Gamma VPN' is a name)
    if len(words) == 1 and (words[0].lemma_.lower() in HOLDERS or words[0].lower_.rstrip("s") in HOLDERS):
        return False  # 'bans of Developers': a person noun capitalised, no one's name
    if len(words) > 2 and words[-1].text == "Act":
        return False  # 'Digital Millennium Copyright Act': a law
    if len(words) == 1 and spelled_out_before(words[0]):
        return False  # 'covert influence operations (IO)': an abbreviation
    if any(t.lower_ in CUES["authority_words"] for t in words) and not owns_account(span.root):
        return False  # 'Department of Justice' (not "the European Commission's ad account")
    return not all(t.lower_ in NOT_NAMES for t in words)


def owns_account(token: Token) -> bool:
    """"X's account", 'the ad account of X': the name said to own an account, page or channel."""
    head = token.head
    if token.dep_ == "poss":
        return head.lower_ in TARGET_WORDS
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in TARGET_WORDS


# participles that say whose a post or a video is: 'a video uploaded by X', 'the photo shared by Y'
def describes_person(modifier: Token, noun: Token) -> bool:
    """'CNN anchor Don Lemon', 'Far-Right Personality Laura Loomer': a word before a person's name
    that is not part of it says who the person is, and names no account."""
    return noun.ent_type_ == "PERSON" and modifier.ent_type_ != "PERSON"


def in_entity_name(token: Token, words: int) -> bool:
    """A capitalised target word inside a name of several words that the model found ('the New
    York Post', 'The Joe Show')."""
    return words > 1 and token.is_title and token.ent_type_ in {"ORG", "WORK_OF_ART", "PRODUCT", "FAC"}


def already_named(account: NamedAccount, accounts: list[NamedAccount]) -> bool:
    """Is ``account`` among ``accounts``: the same name, or words inside one of them ('js' of the
    package 'ua-parser-js')?"""
    return any(same_name(a.name, account.name) or a.start <= account.start < a.end for a in accounts)


def same_name(a: str, b: str) -> bool:
    """'Trump', 'Donald Trump', 'President Donald Trump' and '@realDonaldTrump' name one account."""
    na, nb = (n.lower().lstrip("@").removeprefix("r/").removeprefix("u/") for n in (a, b))
    if na == nb:
        return True
    if is_initials(a, b) or is_initials(b, a):
        return True  # 'Doki Doki Literature Club' and 'DDLC'
    wa, wb = set(na.split()), set(nb.split())
    if wa <= wb or wb <= wa:
        return True
    if a.startswith("@") != b.startswith("@"):
        handle, name = (na, nb) if a.startswith("@") else (nb, na)
        return name.split()[-1] in handle and len(name.split()[-1]) >= 4
    return False


def outlet_after_dash(token: Token) -> bool:
    """'... as Cloudflare pulls support - CNET': an outlet's name closing a line after a dash, or
    anything after a ' | ' in its line (a page title's site name)."""
    doc = token.doc
    i = token.i
    while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and "\n" not in doc[i].text_with_ws:
        i += 1
    line_end = i + 1 >= len(doc) or "\n" in doc[i].text_with_ws or doc[i + 1].is_space
    j = token.i
    while j > 0 and doc[j - 1].pos_ == "PROPN":
        j -= 1
    if line_end and j > 0 and doc[j - 1].text in {"-", "|", "–", "—"}:
        return True
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    return " | " in text[line_start:token.idx]  # 'Headline | Canada's National Observer: Climate News'


def is_initials(short: str, name: str) -> bool:
    """'DDLC' for 'Doki Doki Literature Club', 'CHD' for "Children's Health Defense"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()]
    return (len(short) >= 2 and short.isupper() and short.isalpha() and len(words) == len(short)
            and "".join(w[0] for w in words).upper() == short)


def in_dateline(token: Token) -> bool:
    """'Los Angeles [US], December 2 (ANI): ...': the place, date and agency before the story."""
    head = list(token.sent[:16])
    opening = next((t for t in head if t.text == "("), None)
    closing = next((t for t in head if t.text.startswith(")")), None)
    if opening is None or closing is None or not opening.i < token.i < closing.i:
        return False
    after = token.doc[closing.i + 1] if closing.i + 1 < len(token.doc) else None
    return ":" in closing.text or after is not None and after.text in {":", "-", "–", "—"}


def named_in_body(span: Span) -> bool:
    """A headline's capitalised words that the article's sentence-case text also capitalises
    ('Apple pulls Skype from App Store' and then 'Skype is the latest app ...') are a name."""
    doc, text = span.doc, span.text
    if len(text) < 3:
        return False
    whole = doc_text(doc)
    at = whole.find(text)
    while at >= 0:
        inside = doc.char_span(at, at + len(text))
        if (inside is not None and inside.start != span.start and not in_title_case_line(inside[0])
                and all(t.pos_ == "PROPN" or t.ent_type_ for t in inside)
                and not (inside.end < len(doc) and doc[inside.end].text == "-")):
            return True
        at = whole.find(text, at + 1)
    return False


def account_from(token: Token) -> NamedAccount | None:
    if token.text.startswith("@") or (token.i > 0 and token.doc[token.i - 1].text == "@"):
        handle = token.text if token.text.startswith("@") else "@" + token.text
        start = token.idx - (0 if token.text.startswith("@") else 1)
        return NamedAccount(handle, handle, None, None, start, token.idx + len(token))
    if in_dateline(token) or outlet_after_dash(token):
        return None
    if token.ent_iob_ == "B" and token.lemma_.lower() in TITLE_WORDS and token.i + 1 < len(token.doc) and (
            token.doc[token.i + 1].ent_iob_ == "I"):
        token = token.doc[token.i + 1]  # 'Ms Lopez': an entity the model began at a title
    word = unbroken_word(token)
    if (len(word) > 1 and word.text[:1].islower() and word.text[-1:].isalnum()
            and any(t.lower_ in PACKAGE_NOUNS for t in token.sent)):
        return package_name(token)  # 'packages ... hotdog-tabs': the parse made a name of a piece
    span = name_span(token)
    # in a Title Case headline every word is capitalised and the model's parts of speech are no
    # guide: a name there is one the body capitalises too ('Facebook Bans Spy-for-Hire Firms' has none)
    headline = in_title_case_line(token)
    if not is_name(token):
        if not (headline and token.is_title and not platform_of_token(token) and named_in_body(span)):
            return None
    elif headline and token.ent_type_ != "PERSON" and not named_in_body(span):
        return None
    while len(span) > 1 and span[0].lemma_.lower() in TITLE_WORDS and (
            span[0].text not in PLACE_ACRONYMS or any(t.ent_type_ == "PERSON" for t in span[1:])):
        span = span[1:]  # 'US rapper Kanye West' is Kanye West; 'UK Uncut' is a name
    while len(span) > 1 and (span[0].lower_ in PERSON_NOUNS or span[0].lower_ in OFFICE_WORDS) and any(
            t.ent_type_ == "PERSON" for t in span[1:]):
        span = span[1:]  # 'Conservative MP Dan Pike', 'Pastor Femi Adeyemi' (not 'Doctor Who')
    while len(span) > 1 and span[-1].pos_ == "ADP" and span[-1].is_lower:
        span = span[:-1]  # 'the game Horses on Steam': the entity ran into the place's preposition
    while len(span) > 1 and span[-1].text in NAME_QUOTES:
        span = span[:-1]  # "terminates 'Patriot Pulse', 'Liberty Lens'": the quotation marks are no part
    while len(span) > 1 and span[0].text in NAME_QUOTES | QUOTE_OPENERS:
        span = span[1:]
    if not span.text.strip() or not good_name(span) or platform_product(span):
        return None
    counted = followers_near(span.root)
    return NamedAccount(span.text, None, counted[0] if counted else None, counted[1] if counted else None,
                        span.start_char, span.end_char)


WORD_ENDS = {",", ";", ":", ")", "'s"}
NAME_QUOTES = {"'", "\u2019", '"', "\u201d"}  # closing quotation marks (QUOTE_OPENERS: the opening ones)
OPENERS = {"(", "["} | QUOTE_OPENERS


def unbroken_word(token: Token) -> Span:
    """The run of tokens with no space between them that ``token`` is part of ('ua-parser-js')."""
    doc = token.doc
    start = end = token.i
    # a line break is a token of its own, with no space after it: it ends the word too
    while (start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space
           and doc[start - 1].text not in OPENERS):
        start -= 1
    while (end + 1 < len(doc) and not doc[end].whitespace_ and not doc[end + 1].is_space
           and doc[end + 1].text not in WORD_ENDS):
        end += 1
    while end > start and doc[end].text in {".", ","}:
        end -= 1
    return doc[start:end + 1]


def looks_like_package(word: str) -> bool:
    """'event-stream', 'noblox.js', 'py3-utils': a word no dictionary has (not an address run into
    a word: 'account.pic.twitter.com/x')."""
    if "/" in word and not word.startswith("@"):
        return False
    return any(ch in word for ch in "-_.") or any(ch.isdigit() for ch in word)


def package_name(token: Token) -> NamedAccount | None:
    """'ua-parser-js-fake', 'noblox.js-proxy': a word no dictionary has, the name of a package."""
    word = unbroken_word(token)
    if word.text[:1].isalnum() and looks_like_package(word.text):
        return NamedAccount(word.text, None, None, None, word.start_char, word.end_char)
    return None
