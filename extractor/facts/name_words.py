"""Words that name: tokens that are an account's, an item's or a page's name whatever part of speech
or entity type the model gave them ('CapCut', 'a game called No Mercy', "app 'Anything'", 'removed
Tweetbot from the Play Store'), the acronyms of places that never are, and how far a name runs (an
edition 'for Mac', 'of' inside a title, a company's name opening its app's: 'the Google Voice app')."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extractor.facts.cues import CUES, is_item_store
from extractor.facts.platforms import OWNERS, platform_of_token
from extractor.recase import in_title_case_line

QUOTE_OPENERS = {"'", "‘", '"', "“", "``"}
QUOTE_CLOSERS = {"'", "’", '"', "”", "''"}  # "''": a closing quote typed as two apostrophes


def quoted_title(token: Token) -> bool:
    """"Apple pulled vibe coding app 'Anything' from the App Store": a capitalised word in quotation
    marks, what was acted on, names it whatever word it is ('Anything', 'Horses')."""
    doc = token.doc
    return (token.is_title and token.dep_ in {"dobj", "nsubjpass", "appos"} and 0 < token.i < len(doc) - 1
            and doc[token.i - 1].text in QUOTE_OPENERS and doc[token.i + 1].text in QUOTE_CLOSERS)


def capitalised_object(token: Token) -> bool:
    """'blocked Horses from Steam', 'removed Tea from the App Store': a common word capitalised
    inside a sentence, as what was acted on, is a name (not at a sentence start nor in a Title
    Case line, where every word is capitalised)."""
    return (token.pos_ == "NOUN" and token.is_title and token.dep_ in {"dobj", "nsubjpass"}
            and token.head.pos_ == "VERB" and not any(c.dep_ == "det" for c in token.children)
            and token.i > token.sent.start and token.doc[token.i - 1].is_lower and token.head.is_lower
            and not in_title_case_line(token))


def taken_from_store(token: Token) -> bool:
    """'Google removed Tweetbot from the Play Store': a proper noun the model took for a place,
    acted on and taken from a store of apps or games, is the item's name (not 'US', 'EU')."""
    return (token.ent_type_ == "GPE" and token.pos_ == "PROPN" and token.dep_ in {"dobj", "nsubjpass"}
            and token.text not in PLACE_ACRONYMS and any(
                prep.dep_ == "prep" and prep.lower_ in {"from", "off"}
                and any(p.dep_ == "pobj" and is_item_store(platform_of_token(p)) for p in prep.children)
                for prep in token.head.children))


def camel_case(token: Token) -> bool:
    """'CapCut', 'ICEBlock', 'ExampleVPN': a word capitalised inside is a product's or an account's
    name, whatever part of speech the model gave it."""
    text = token.text
    return (len(text) > 2 and text.isalnum() and text[0].isupper() and any(c.islower() for c in text)
            and any(c.isupper() for c in text[1:]))


# a user name: 'DarkKnight_99', 'Ordo_Liberal', 'GamerGuy42', 'xQc' (not 'COVID19' or 'G20')
HANDLE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|(?=[A-Za-z]*[a-z])[A-Za-z]{3,}[0-9]+"
                         r"|[a-z]+[A-Z][A-Za-z0-9]*")


PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # 'VPNs', 'NFTs': things, not names


def handle_word(token: Token) -> bool:
    """A word shaped as a user name, or capitalised inside ('LesbianHotSauce'): an account's name
    whatever part of speech the model gave it."""
    text = token.text
    return (camel_case(token) or bool(HANDLE_WORD.fullmatch(text))) and not PLURAL_ACRONYM.fullmatch(text)


PLACE_ACRONYMS = {"US", "UK", "EU", "USA", "UAE", "UN", "DC", "NYC", "LA", "USSR", "PRC", "DPRK", "ROK", "NZ"}


def outlet_acronym(token: Token) -> bool:
    """'RT', 'CGTN': an outlet's acronym that the model takes for a place ("RT's channels", 'the
    accounts of RT'); as a bare modifier ('RT channels') it may only say what they are about."""
    return (token.ent_type_ == "GPE" and token.is_upper and 2 <= len(token.text) <= 5
            and token.text not in PLACE_ACRONYMS and token.dep_ != "compound")  # 'RT channels': any


NAMING_VERBS = {"call", "name", "dub", "title", "know"}
NAMED_AS = {"oprd", "attr", "dobj", "xcomp", "npadvmod"}


ITEM_NOUNS = {"account", "channel", "page", "group", "profile", "handle", "podcast", "show", "subreddit",
              "server", "app", "game", "blog", "site", "website", "community", "newsletter"}


def titled_by_noun(token: Token) -> bool:
    """'the channel Garden Truths', 'the page Harbour Watch': capitalised words after the noun
    that says what they name (a channel, a page, an account) are its name, whatever entity the
    model took them for (a place in 'Garden Truths'); so are those whose page, channel or account
    it is ("the Morning Hour's Facebook page", a time to the model), unless a place or a people."""
    head = token.head if token.dep_ == "compound" else token
    if not (token.is_title and token.pos_ == "PROPN"):
        return False
    if head.dep_ == "poss" and head.head.lower_ in ITEM_NOUNS and token.ent_type_ not in {"GPE", "NORP"}:
        return True
    return any(c.dep_ == "compound" and c.i < token.i and c.lower_ in ITEM_NOUNS and c.i > 0
               and c.doc[c.i - 1].pos_ == "DET" for c in head.children)


def called_title(token: Token) -> bool:
    """'a game called No Mercy', 'an app named Tsip Bato': a capitalised word that a naming verb
    gives to a noun is a name, even where the model took it for a place or a date ('No Mercy' as a
    location); so is one after the noun that says what it names ('the channel Garden Truths')."""
    verb = token.head
    return (token.is_title and token.dep_ in NAMED_AS and verb.dep_ in {"acl", "relcl"}
            and verb.lemma_.lower() in NAMING_VERBS and verb.head.pos_ in {"NOUN", "PROPN"}
            ) or titled_by_noun(token)


# nouns that describe a title in apposition: 'Horses, the indie horror game banned from Steam'
TITLE_NOUNS = {"game", "app", "podcast", "show", "film", "documentary", "book", "album", "song", "series",
               "channel", "page", "account", "website", "site", "newsletter", "extension", "title"}


def described_title(token: Token) -> bool:
    """'Horses, the indie horror game banned from Steam': a capitalised word that a definite
    description of a title follows in apposition is that title's name, whatever part of speech the
    model gave it."""
    return token.is_title and token.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "appos" and c.lemma_.lower() in TITLE_NOUNS
        and any(d.dep_ == "det" and d.lower_ in {"the", "a", "an"} for d in c.children)
        for c in token.children) and not in_title_case_line(token)


APP_NOUNS = {"app", "application"}
COMPANIES = frozenset(OWNERS.values())


def company_app(word: Token, token: Token) -> bool:
    """'the Google Voice app', 'the Google Books app': a company's name opens the name of its app."""
    return (word.dep_ == "compound" and platform_of_token(word) in COMPANIES
            and token.head.lemma_.lower() in APP_NOUNS and token.dep_ == "compound")


def for_device(doc: Doc, i: int) -> bool:
    """'VLC for iPhone', 'Tweetbot for Mac': an app's edition for a device is part of its name."""
    return (i + 1 < len(doc) and doc[i].lower_ == "for" and doc[i + 1].lower_ in CUES["edition_devices"]
            and not doc[i + 1].is_lower
            and (i + 2 >= len(doc) or doc[i + 2].pos_ != "NOUN"))  # not 'for iPhone users'


def titled_of(doc: Doc, i: int) -> bool:
    """'of' between proper nouns inside one title ('Trials of Innocence'), not between a name and
    a place ('Ann Example of Virginia'), nor where the parse hangs the second name elsewhere."""
    return (0 < i < len(doc) - 1 and doc[i].lower_ == "of" and doc[i].whitespace_
            and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title and not doc[i - 1].ent_type_
            and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title
            and doc[i + 1].ent_type_ in {"", "WORK_OF_ART"}
            and doc[i].head == doc[i - 1] and doc[i + 1].head == doc[i])


def spelled_out_before(token: Token) -> bool:
    """'influence operations (IO)', 'coordinated inauthentic behaviour (CIB)': capitals in brackets
    that the initials of the lower-case words before them spell, an abbreviation."""
    doc, i, text = token.doc, token.i, token.text
    if not (text.isupper() and 1 < len(text) <= 6 and i > 1 and doc[i - 1].text == "("):
        return False
    words = [t for t in doc[max(0, i - 1 - len(text)):i - 1] if not t.is_punct]
    return (len(words) == len(text) and all(t.is_lower for t in words)
            and "".join(t.text[0] for t in words).upper() == text)


def ampersand_joins(doc: Doc, i: int) -> bool:
    """'&' between capitalised words of one name ('Find & Call', 'Barnes & Noble')."""
    return (0 < i < len(doc) - 1 and doc[i].text == "&" and doc[i - 1].is_title
            and doc[i + 1].is_title and doc[i + 1].pos_ in {"PROPN", "NOUN"})


def titled_of_before(doc: Doc, start: int) -> bool:
    """'Trials of Innocence' named from 'Innocence': a capitalised word and 'of' before a name that
    the 'of' governs, the word opening its sentence or a proper noun."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start].head != doc[start - 1]:
        return False
    first = doc[start - 2]
    return (first.is_title and doc[start - 1].head == first and first.pos_ in {"NOUN", "PROPN"}
            and not first.ent_type_
            and (first.is_sent_start or first.pos_ == "PROPN"))
