"""Surveys: 'A survey of 2,000 TikTok users found that a third had had a video removed', '40 per
cent of Facebook users said they had had a post taken down', 'One in five YouTube creators
surveyed said their channel had been demonetized': what the people asked say happened to them,
told as a share of those asked, is no event (no occasion, and no platform said to act). A
platform named as the actor inside the finding ('the study found that Facebook removed 40% of
the posts') still acts."""
from __future__ import annotations

from spacy.tokens import Token

SURVEY_NOUNS = {"survey", "poll", "questionnaire"}
SHARE_WORDS = {"percent", "cent", "%", "third", "quarter", "half", "majority", "fifth", "tenth", "respondent"}
ASKED_WORDS = {"surveyed", "polled", "questioned", "asked", "interviewed"}
FINDING_VERBS = {"find", "say", "report", "show", "reveal", "indicate", "suggest", "admit", "claim"}
UNSAID_RULES = {"sentence", "article", "target", "place"}  # rules that found no platform acting


def asked_people(subject: Token) -> bool:
    """A survey or poll, a share of those asked ('40 per cent of users', 'a third', 'one in
    five'), or people said to have been asked ('creators surveyed')."""
    words = list(subject.subtree)
    one_in = any(t.lower_ == "in" and t.i > 0 and t.nbor(-1).like_num and t.i + 1 < len(t.doc)
                 and t.nbor(1).like_num for t in words)
    return one_in or any(t.lemma_.lower() in SURVEY_NOUNS | SHARE_WORDS or t.lower_ in ASKED_WORDS
                         for t in words)


def surveyed(token: Token, rule: str) -> bool:
    """The action word is told by the people a survey asked, in what they said or it found."""
    if rule not in UNSAID_RULES:
        return False
    for verb in token.ancestors:
        if verb.lemma_.lower() not in FINDING_VERBS:
            continue
        heard = [c for c in verb.children if c.dep_ == "nsubj"]
        heard += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "according"}
                  for p in c.subtree if p.lemma_.lower() in SURVEY_NOUNS]
        if any(asked_people(s) for s in heard):
            return True
    return False
