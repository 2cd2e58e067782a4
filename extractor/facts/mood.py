"""Mood and time of an action word: an act under way ('in the process of restoring'), an order
or a to-do ('5. delete the account'), an act to come told in a time clause ('you'll still be able
to play it after it's been pulled'), a generic 'when' gerund ('When removing a video, YouTube
notifies the creator') and a gerund subject of a general statement ('banning an app has
consequences') are no action taken (used by ``extractor.facts.unreal.is_unreal``); a
participle before its noun may say the act is done ('the now-removed ads': ``done_since``)."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.cues import CUES

PRESENT_AUXES = {"'s", "’s", "has", "have", "'ve", "’ve", "is", "are", "been"}  # ('’s' may be tagged past)


def anticipated(token: Token, clause: Token) -> bool:
    """An act told in the present or present perfect ('after it's been pulled') in a time clause
    of a verb with a modal ('you'll still be able to play it'): one to come, not one done."""
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    present = (bool(auxes) and all(a.tag_ in {"VBZ", "VBP", "VBN"} or a.lower_ in PRESENT_AUXES
                                   for a in auxes) or token.tag_ in {"VBZ", "VBP"})
    above = clause.head
    while above.dep_ in {"xcomp", "acomp", "ccomp"} and above.head != above:
        above = above.head
    return present and any(c.dep_ == "aux" and c.lower_ in CUES["modal_auxiliaries"] for c in above.children)


def imperative(token: Token) -> bool:
    """'5. delete the account', '(delete the app)', 'Remove the post now': an order or a to-do, a
    verb in its base form with no subject nor auxiliary, heading its own clause."""
    return (token.tag_ == "VB" and token.dep_ in {"ROOT", "parataxis"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in token.children))


GENERIC_TIME_WORDS = {"when", "whenever", "while"}


def subject_gerund(token: Token) -> bool:
    """'Banning a short-video app has long-term consequences', 'banning TikTok would hurt users': a
    gerund with no doer of its own that is the subject of a present or modal clause talks of such
    acts in general ('Suspending the account was the right call' tells of one)."""
    if (token.tag_ != "VBG" or token.dep_ not in {"csubj", "csubjpass"}
            or any(c.dep_ in {"nsubj", "nsubjpass", "poss"} for c in token.children)):
        return False
    clause = token.head
    if any(c.dep_ == "aux" and c.lower_ in CUES["modal_auxiliaries"] for c in clause.children):
        return True
    # (in the present, only on some thing or other: 'rejecting Steam Link seems too much' is one act)
    return clause.tag_ in {"VBZ", "VBP"} and any(
        o.dep_ == "dobj" and o.pos_ == "NOUN" and not any(
            d.dep_ in {"det", "poss"} and d.lower_ not in {"a", "an", "any"} for d in o.children)
        for o in token.children)


def generic_gerund(token: Token) -> bool:
    """'When pulling a photo from Flickr, the API ...', 'When removing a video, YouTube notifies
    the creator': a gerund with no subject after 'when' tells how things go, not an occasion
    ('After removing the video, YouTube apologized' does)."""
    return (token.tag_ == "VBG" and token.dep_ in {"advcl", "csubj"}
            and any(c.dep_ in {"advmod", "mark"} and c.lower_ in GENERIC_TIME_WORDS for c in token.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children))


UNDER_WAY_NOUNS = {"process", "midst", "middle"}


def under_way(token: Token) -> bool:
    """'TikTok is in the process of restoring service': an act under way, not one done ('completed
    the process of restoring' is done: no 'in')."""
    of = token.head
    process = of.head
    return (token.tag_ == "VBG" and token.dep_ == "pcomp" and of.lower_ == "of"
            and process.lemma_.lower() in UNDER_WAY_NOUNS and process.dep_ == "pobj"
            and process.head.lower_ == "in")


def done_since(token: Token) -> bool:
    """'the now-removed ads', 'the since-suspended account': a participle before its noun that
    says the act is done, as a clause would ('the ads have been removed'); not 'the since-deleted
    post', which its author deleted as often as not."""
    return token.lemma_.lower() != "delete" and any(
        c.dep_ == "advmod" and c.lower_ in {"now", "since"} and c.i < token.i for c in token.children)


def striving(chain: list[Token], i: int) -> bool:
    """'Microsoft said it was working to reinstate the app': an effort verb (``chain[i]``) whose
    'to' infinitive holds the act (its complement; or the act itself, which another parse makes an
    adverbial clause: 'was working to restore the listing'), an act still under way. Not an act
    deeper in a clause of that infinitive ('working with the team to moderate its new server, after
    removing the previous server')."""
    below = chain[i - 1]
    infinitive = below.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
    return (i > 0 and chain[i].lemma_.lower() in CUES["effort_verbs"] and infinitive
            and (below.dep_ == "xcomp" or i == 1))
