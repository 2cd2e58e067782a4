"""Things that 'it' stands for: 'Musi claimed it complied with YouTube's terms, but Apple removed
it from the App Store'; 'The fake app, named "2FA Authenticator", ... Google removed it'.

An acted-on 'it' (or 'its' on an acted-on noun: 'Apple delisted its app') is the last thing
named before it, in its sentence or the one before: an organisation, a product or a work (a
name the model tags ORG, PRODUCT or WORK_OF_ART, or a name given by 'called'/'named'), that is
the subject of its clause (or in apposition) and not a platform. A person is never 'it'
(but a one-word name the model took for a person may be: 'Musi claimed it complied').
What a store or a host removes may itself be a platform ('Parler was paralysed when Apple and
Google dropped it from their app stores'): then a platform counts too, unless it is a company
that owns platforms (Amazon, Apple, Google: the actors of such stories, not what they drop).
"""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.account_names import called_name
from extractor.facts.accounts import NamedAccount, account_from
from extractor.facts.persons import words_before
from extractor.facts.platforms import OWNERS, platform_of_token
from extractor.facts.targets import count_of_number

THING_ENTITIES = {"ORG", "PRODUCT", "WORK_OF_ART"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "appos"}
WINDOW_SENTENCES = 1


OWNER_COMPANIES = frozenset(OWNERS.values())


def pronoun_thing(acted_on: list[Token], hosted: bool = False,
                  actor: str | None = None) -> NamedAccount | None:
    """The named thing an acted-on 'it' or 'its ...' stands for, or None; ``hosted``: a store or
    a host acted, so a platform may be the thing (not ``actor``, the platform that acted: 'Steam
    removed it')."""
    for t in acted_on:
        if t.lower_ == "it" and t.dep_ != "poss":
            return thing_before(t, hosted, actor)
        owner = next((c for c in t.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if owner is not None:
            return thing_before(owner)
    return None


def thing_before(pronoun: Token, hosted: bool = False, actor: str | None = None) -> NamedAccount | None:
    for t in reversed(words_before(pronoun, WINDOW_SENTENCES)):
        platform = platform_of_token(t)
        if (hosted and platform and platform not in OWNER_COMPANIES and platform != actor
                and t.ent_iob_ == "B" and t.dep_ in ARGUMENT_DEPS):
            return NamedAccount(platform, None, None, None, t.idx, t.idx + len(t))
        named = called_name(t) if t.pos_ == "NOUN" else None
        if named is not None:
            return named
        # (an entity's first word, or its head: 'the Daily Stormer' begins at 'the'; a one-word
        # person only: 'John Example' is someone)
        thing = (t.ent_type_ in THING_ENTITIES and (t.ent_iob_ == "B" or t.dep_ in ARGUMENT_DEPS)
                 or one_word_person(t) and t.ent_iob_ == "B")
        if (thing and not platform_of_token(t)
                and (t.dep_ in ARGUMENT_DEPS or t.head.dep_ in ARGUMENT_DEPS and t.dep_ == "compound")):
            return account_from(t)
    return None


ANTECEDENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "appos"}
SENTENCE_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def noun_before(pronoun: Token, types: dict[int, str]) -> Token | None:
    """'The phony artist had an album ... It has since been taken down', 'a copycat app appeared;
    Google removed it': the target noun an acted-on 'it' (a singular noun) or 'them' (a plural)
    stands for: the last noun that is an argument of its clause, in the pronoun's sentence or the
    one before, when that noun is a target word (a policy or a report named last is no target,
    and then nothing is)."""
    plural = pronoun.lower_ in {"them", "they"}
    words = list(reversed(words_before(pronoun, WINDOW_SENTENCES)))
    for t in words:
        if (t.pos_ != "NOUN" or t.dep_ not in ANTECEDENT_DEPS or platform_of_token(t)
                or any(a.dep_ in {"acl", "relcl"} for a in t.ancestors)):
            continue  # 'a video criticising the vaccine': the vaccine only describes the video
        if (t.tag_ == "NNS") == plural and t.i in types:
            return t
        if t.sent == pronoun.sent:
            return None  # ('a copy was shared on Instagram, where it was removed': the copy)
        break
    # 'The account, @X, posted hundreds of messages ... X suspended it': else the subject of the
    # sentence before, when it is a thing acted on ('The post ... showed a house. Instagram removed it')
    return next((t for t in words if t.dep_ in SENTENCE_SUBJECT_DEPS and t.head.dep_ == "ROOT"
                 and t.i in types and (t.tag_ == "NNS") == plural and t.sent != pronoun.sent), None)


def one_word_person(token: Token) -> bool:
    """'Musi claimed it complied': a one-word name the model took for a person, that the text
    calls 'it' (a person's name has two words or more in news)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_type_ == "PERSON" and (following is None or following.ent_iob_ != "I")


PARTITIVE_PRONOUNS = {"them", "those", "these"}


def counted_reference(token: Token) -> int | None:
    """'then restored two of them': a number standing for so many of the things told before; its
    value."""
    of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not token.like_num or token.dep_ not in {"dobj", "nsubjpass", "nsubj"} or len(of) != 1 or not any(
            p.lower_ in PARTITIVE_PRONOUNS for p in of[0].children):
        return None  # (a bare 'restores two' in a headline waits for the body's telling)
    counted = count_of_number(token)
    return counted.value if counted is not None else None
