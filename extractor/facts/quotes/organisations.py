"""Which organisation a description (``the company``, ``the social network``) or a platform's
notice stands for, among the organisations an article names."""
from __future__ import annotations

from spacy.tokens import Span

from extractor.facts.platforms import PlatformMention, main_platform_before
from extractor.facts.quotes.vocab import PLATFORM_LABEL, SUBJECT_DEPS, CueData


def main_platform(orgs: list[Span], before: int) -> Span | None:
    """The platform the article has named most before ``before`` (the latest of those on a tie):
    such a noun stands for what the story is about. Its last mention is returned."""
    platforms = [e for e in orgs if e.label_ == PLATFORM_LABEL and e.end_char <= before]
    mentions = [PlatformMention(e.ent_id_, e.text, e.start_char, e.end_char, e.start, e.end)
                for e in platforms]
    name = main_platform_before(before, mentions)
    return None if name is None else [e for e in platforms if e.ent_id_ == name][-1]


def meant_platform(orgs: list[Span], before: int) -> Span | None:
    """``the company`` once two platforms are named (``Meta and TikTok ... TikTok removed the
    videos, while Meta left them up``): the platform last named as the subject of moderation
    wording, the one that acted; else the one last named as a subject; else the main one."""
    platforms = [e for e in orgs if e.label_ == PLATFORM_LABEL and e.end_char <= before]
    if len({e.ent_id_ for e in platforms}) > 1:
        subjects = [e for e in platforms if e.root.dep_ in SUBJECT_DEPS]
        actions = {t.i for span in platforms[0].doc.spans.get("actions", []) for t in span}
        acting = [e for e in subjects if e.root.head.i in actions]
        if acting or subjects:
            return (acting or subjects)[-1]
    return main_platform(orgs, before)


def is_notice(body: str, cues: CueData) -> bool:
    """``This account has been suspended``, ``This video has been removed for violating YouTube's
    Community Guidelines``: the wording of a platform's notice (``notice_phrases``)."""
    lower = body.lower()
    return any(phrase in lower for phrase in cues.notice_phrases)


def platform_in(quoted: Span) -> Span | None:
    """The platform a notice names itself (``YouTube's Community Guidelines``)."""
    for ent in quoted.ents:
        if ent.label_ == PLATFORM_LABEL and ent.ent_id_:
            return ent
    return None
