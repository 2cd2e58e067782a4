"""Names given in apposition to what was acted on: 'The channel, Northern Front News, had 120,000
subscribers', 'two packages, aryi and suffer, ...', 'The three candidates are A, B and C', 'The
account, @RealDrPike, had posed as a doctor', 'The app, called Whisperly, ...', 'The account, which
used the name Patriot Eagle, ...'."""
from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.accounts import (
    DEFINITE,
    FOLLOWER_NOUNS,
    PACKAGE_NOUNS,
    NamedAccount,
    account_from,
    package_name,
    same_name,
)
from extractor.facts.name_words import NAMING_VERBS
from extractor.facts.numbers import count_of
from extractor.facts.platforms import platform_of_token


def described_accounts(noun: Token) -> list[NamedAccount]:
    """'The channel, Northern Front News, had 120,000 subscribers', 'The accounts, @a and @b, ...':
    names in apposition to a definite target noun, with the followers the sentence gives them."""
    name = noun.head
    if (noun.dep_ in {"nmod", "compound"} and name.i == noun.i + 2 and noun.nbor(1).text == ","
            and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in name.children)):
        # 'The account, @GLindqvist_FinMin, carried ...': the parse hung the noun on the name
        found = account_from(name)
        return [found] if found is not None else []
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        # 'Twitter suspended his account, @DaneKessler, ...', "Kapoor's account, @MeherKapoorOffl"
        owned = any(c.dep_ == "poss" and (c.lower_ in OWNER_WORDS or c.pos_ == "PROPN")
                    for c in noun.children)
        return comma_named(noun) if owned else []
    out = apposed_names(noun) or comma_named(noun) or name_in_clause(noun)
    if len(out) == 1 and out[0].followers is None:
        verb = noun.head
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.lower_ in FOLLOWER_NOUNS and noun.dep_ == "nsubj":
                counted = count_of(obj)
                if counted:
                    out[0] = NamedAccount(out[0].name, out[0].handle, counted.value, counted.text,
                                          out[0].start, out[0].end)
    return out


def apposed_names(noun: Token) -> list[NamedAccount]:
    """'two packages, aryi and suffer, ...': the names in apposition to a noun, each once."""
    out: list[NamedAccount] = []
    named = [c for c in noun.children if c.dep_ == "appos"]
    whole = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if whole is not None and (whole.like_num or whole.lower_ in {"one", "another"}):
        named += [c for c in whole.children if c.dep_ == "appos"]  # 'One of the pages removed, X, had ...'
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # 'The three candidates are A, B and C'
        named += [c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"]
    for c in named:
        listed = [c, *c.conjuncts]
        # 'latex-online, hotdog-tabs, mstest2': the parse may hang a list's last name on the one
        # before it as another apposition
        listed += [a for n in listed[1:] for a in n.children if a.dep_ == "appos" and a not in listed]
        for name in listed:
            account = account_from(name) or (package_name(name) if noun.lower_ in PACKAGE_NOUNS else None)
            if account and not any(same_name(a.name, account.name) for a in out):
                out.append(account)
    return out


OWNER_WORDS = {"his", "her", "their", "its", "whose"}
NAME_JOINS = {"of", "the", "and", "&", "-", ":", "'s"}  # inside a name: 'Friends of the Earth'
MAX_NAME_WORDS = 6
NAME_NOUNS = {"name", "handle", "username", "moniker", "alias", "pseudonym"}  # 'under the name X'


def comma_named(noun: Token) -> list[NamedAccount]:
    """'The account, @RealDrPike, had posed ...', 'The app, called Whisperly, let ...': a handle or
    a called name set off by commas right after the noun, whatever the parse made of it."""
    doc = noun.doc
    at = noun.i + 2
    if at >= noun.sent.end or doc[noun.i + 1].text != ",":
        return []
    if doc[at].text.startswith("@") and len(doc[at]) > 1:
        found = account_from(doc[at])
        return [found] if found is not None else []
    if doc[at].lemma_.lower() in NAMING_VERBS and at + 1 < noun.sent.end:
        name = capitalised_run(doc[at + 1:noun.sent.end])
        return [name] if name is not None else []
    return []


def name_in_clause(noun: Token) -> list[NamedAccount]:
    """'The account, which used the name Patriot Eagle, ...', 'a seller who traded under the handle
    @bargainbin': the name a relative clause on the noun gives it."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        words = noun.doc[clause.left_edge.i:clause.right_edge.i + 1]
        for t in words:
            if t.lower_ in NAME_NOUNS and t.i + 1 < words.end and t.i > 0 and noun.doc[t.i - 1].lower_ in {
                    "the", "a", "its", "his", "her", "their"}:
                after = noun.doc[t.i + 1]
                if after.text.startswith("@"):
                    found = account_from(after)
                    return [found] if found is not None else []
                if package_name(after) is not None and any(ch.isdigit() or ch == "_" for ch in after.text):
                    return [package_name(after)]  # 'which used the name plugz_4u'
                name = capitalised_run(noun.doc[t.i + 1:words.end])
                return [name] if name is not None else []
    return []


def capitalised_run(words: Span) -> NamedAccount | None:
    """The name a run of capitalised words opens ('Whisperly', 'Patriot Eagle', 'Friends of the
    Earth'), or None when the first word is not capitalised or a platform."""
    if not len(words) or not words[0].text[:1].isupper() or platform_of_token(words[0]):
        return None
    end = 1
    while end < len(words) and end < MAX_NAME_WORDS and (
            words[end].text[:1].isupper() and words[end].is_alpha
            or words[end].lower_ in NAME_JOINS and end + 1 < len(words)
            and words[end + 1].text[:1].isupper()):
        end += 1
    name = words[:end]
    if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE"} for t in name):
        return None
    return NamedAccount(name.text, None, None, None, name.start_char, name.end_char)
