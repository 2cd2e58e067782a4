"""Reversals: the verb that undoes an action told by its noun ('lifted its ban', 'the suspension
was lifted', 'reversed its decision to remove the page', 'walked back the ban', 'backtracked on
the ban'), which makes a reinstatement of it."""
from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.action_mention import ActionMention
from extractor.facts.cues import CUES
from extractor.facts.payments import restored_pay

BACKTRACK_VERBS = {"backtrack", "relent", "reverse", "u-turn", "backpedal"}
TAKING_BACK_VERBS = {"walk", "roll"}  # with 'back': 'walked back the ban'


def reversal_verb(token: Token) -> Token | None:
    """The verb that undoes an action: 'lifted its ban', 'the suspension was lifted', 'reversed
    its decision to remove the page' (``reversal_verbs`` in cues.json), or None."""
    noun = token
    if restored_pay(token) is not None:
        return token  # 'monetization was restored', 'So monetisation is back.': the demonetisation undone
    if token.dep_ == "pcomp" and token.head.lower_ == "after" and token.head.head.lemma_.lower() in (
            BACKTRACK_VERBS):
        return token.head.head  # 'Twitter backtracks after blocking the ad'
    if token.pos_ == "VERB" and token.head.lemma_.lower() in CUES["decision_nouns"] and token.dep_ in {
            "acl", "xcomp", "relcl"}:
        noun = token.head  # 'its decision to remove'
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "on":
        verb = noun.head.head  # 'Twitter backtracked on the ban'
        return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in BACKTRACK_VERBS else None
    if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "nsubjpass"}:
        return None
    verb = noun.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in TAKING_BACK_VERBS and any(
            c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children):
        return verb  # 'walked back the ban', 'the suspension was rolled back'
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in CUES["reversal_verbs"] else None


APPEALED_ACTIONS = {"ban", "suspension", "removal", "takedown", "termination", "strike", "decision", "block"}


def appeal_won(token: Token) -> bool:
    """'She won her appeal', 'he successfully appealed the ban': the one acted on got back what the
    platform took (a reinstatement of what it last acted on)."""
    lemma = token.lemma_.lower()
    if any(c.dep_ == "prep" and c.lower_ in {"in", "against", "at"} and any(
            p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"} for p in c.children)
            for c in token.children):
        return False  # 'won an appeal in court', 'against the league': another appeal (not 'in April')
    if lemma == "win":  # their own appeal ('her appeal', not 'an appeal')
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "appeal" and any(
            p.dep_ == "poss" and p.lower_ in {"her", "his", "their", "my", "our"} for p in c.children)
            for c in token.children)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return lemma == "appeal" and token.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ == "successfully" for c in token.children) and all(
        o.lemma_.lower() in APPEALED_ACTIONS for o in objects)


def got_back(token: Token) -> bool:
    """'She got her Twitter account back', 'he won his channel back': the subject got back what a
    platform had taken; the platform is the one the sentence or the story names, not the subject."""
    if token.lemma_.lower() not in {"get", "win"} or token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(c.lower_ == "back" and c.dep_ in {"advmod", "prt"}
               for x in [token, *objects] for c in x.children)


def let_back(token: Token) -> bool:
    """A reinstatement told from the side of the one let back ('she won her appeal', 'she got her
    account back'): the subject was acted on; the platform is implied, not the subject."""
    return appeal_won(token) or got_back(token)


def undone_in_sentence(earlier: list[ActionMention], span: Span) -> list[ActionMention]:
    """'The app was taken off the Apple and Google app stores (although it was later restored)':
    a reinstatement whose sentence names several platforms and no actor lets back what the
    sentence's own earlier actions took: one reinstatement per platform that acted before it."""
    sentence = span.sent
    platforms = dict.fromkeys(m.platform for m in earlier if m.sentence_start == sentence.start_char
                              and m.action != "reinstate" and m.end <= span.start_char)
    return [ActionMention(action="reinstate", action_text=span.text, start=span.start_char,
                          end=span.end_char, head=span.root.i, platform=platform, platform_rule="sentence",
                          sentence_start=sentence.start_char, sentence_end=sentence.end_char,
                          adjectival=False) for platform in platforms]
