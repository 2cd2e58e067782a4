"""Hearsay: an act told only by a rumour or a viral post ('A viral post on Facebook says TikTok has
banned the comedian', 'a rumour claims YouTube deleted the channel'), or alleged by someone suing
('Fitness creator sues TikTok, claiming her videos were secretly throttled'), is a claim the story
reports, often to check it, not an act it reports; so is a notice the story calls erroneous
('users were shown an erroneous message reading "Your account has been suspended"')."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.claims import CLAIM_NOUNS

RUMOUR_NOUNS = {"rumour", "rumor", "hoax", "meme"}
MESSAGE_NOUNS = {"post", "message", "video", "tweet", "forward", "broadcast", "screenshot", "clip", "image",
                 "photo", "picture", "graphic", "text"}
UNVERIFIED = {"viral", "fake", "false", "unverified", "doctored", "misleading", "anonymous"}
SAYING_VERBS = {"say", "claim", "allege", "suggest", "state", "report"}


def rumoured(subject: Token) -> bool:
    """A rumour, or a viral (fake, unverified) post or message."""
    lemma = subject.lemma_.lower()
    return lemma in RUMOUR_NOUNS or lemma in MESSAGE_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in UNVERIFIED for c in subject.children)


ALLEGING_VERBS = {"claim", "allege"}
SUIT_WORDS = {"sue"}


def alleged(verb: Token) -> bool:
    """'sues TikTok, claiming her videos were secretly throttled': the grievance of the one suing
    (not what a suit tells of the platform's acts: 'The suit claimed that Twitter eventually
    removed the post' is an act, as the annotators of our corpus read it)."""
    return (verb.lemma_.lower() in ALLEGING_VERBS and verb.tag_ == "VBG"
            and verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.lemma_.lower() in SUIT_WORDS)


# (a 'report', 'suggestion' or 'accusation' that X removed it is told as news: only when denied)
HEARSAY_NOUNS = CLAIM_NOUNS - {"report", "suggestion", "accusation"}
SHOWN_NOUNS = {"message", "notice", "banner", "notification", "error", "warning", "screen"}
WRONG_WORDS = {"erroneous", "false", "fake", "wrong", "mistaken", "bogus", "incorrect", "spurious"}


def false_notice(token: Token) -> bool:
    """The action word is in what a notice the sentence calls erroneous (false, wrong) reads."""
    return any(t.lemma_.lower() in SHOWN_NOUNS and t.i < token.i and any(
        c.dep_ == "amod" and c.lower_ in WRONG_WORDS for c in t.children) for t in token.sent)


def hearsay(token: Token) -> bool:
    """The action word is told inside what a rumour or a viral post says, or a suit alleges, or in
    a claim ('A viral image claims that Facebook banned ...', 'amid rumours that ...')."""
    # ('Members of the Occupy movement claim that Twitter is "banning people ..."': a verb the parse
    # made the sentence's noun root, which tells who claims: not hearsay)
    claim = token.head if token.dep_ in {"relcl", "acl"} else None
    # ('Rumours that YouTube had banned the channel spread ...', the noun made the root: nothing
    # before it but its determiners and adjectives)
    if claim is not None and claim.lemma_.lower() in HEARSAY_NOUNS and (claim.dep_ != "ROOT" or all(
            c.dep_ in {"det", "amod"} for c in claim.children if c.i < claim.i)):
        return True
    if false_notice(token):
        return True
    return any(verb.lemma_.lower() in SAYING_VERBS and any(c.dep_ == "nsubj" and rumoured(c)
                                                           for c in verb.children)
               or alleged(verb) for verb in token.ancestors)
