"""Platforms: where the article names them, which one it is about, and what "the company" means."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from extractor.facts.cues import CUES
from extractor.facts.entities import doc_entities, doc_text

PLATFORM = "PLATFORM"
OWNERS_FILE = Path(__file__).resolve().parent.parent / "patterns" / "platform_owners.json"
DESCRIPTORS_FILE = OWNERS_FILE.with_name("platform_descriptors.json")
# platform -> words that describe it ('the Beijing-owned app' is TikTok), see described_platform
DESCRIPTORS: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in json.loads(DESCRIPTORS_FILE.read_text(encoding="utf-8")).items()
    if not k.startswith("_")}
_OWNERS_DATA = json.loads(OWNERS_FILE.read_text(encoding="utf-8"))
OWNERS: dict[str, str] = {k: v for k, v in _OWNERS_DATA.items()
                          if isinstance(v, str) and not k.startswith("_")}
OWNED_STORES: dict[str, str] = _OWNERS_DATA.get("stores", {})
OWNED_HOMES: dict[str, dict[str, str]] = _OWNERS_DATA.get("homes", {})  # owner -> target type -> platform
OWNED_ITEM_HOMES: dict[str, dict[str, str]] = _OWNERS_DATA.get("item_homes", {})  # owner -> item -> store
_HOSTING = _OWNERS_DATA.get("hosting", {})
HOSTING_HOMES: dict[str, str] = _HOSTING.get("homes", {})  # owner -> hosting service
HOSTING_WORDS: frozenset[str] = frozenset(_HOSTING.get("words", []))
HOSTING_OWN_WORDS: frozenset[str] = frozenset(_HOSTING.get("own_words", []))
# nouns by which an article refers back to the platform it is about
COMPANY_NOUNS = {"company", "firm", "platform", "network", "site", "service", "giant", "app",
                 "website", "tech", "outfit", "startup", "corporation", "business"}


@dataclass(frozen=True)
class PlatformMention:
    platform: str  # canonical name
    text: str
    start: int  # character offsets
    end: int
    token_start: int
    token_end: int


def platform_mentions(doc: Doc) -> list[PlatformMention]:
    """Every platform the EntityRuler marked, in text order."""
    return [PlatformMention(e.ent_id_ or e.text, e.text, e.start_char, e.end_char, e.start, e.end)
            for e in doc_entities(doc) if e.label_ == PLATFORM]


def platform_of_token(token: Token) -> str | None:
    """The canonical platform a token belongs to, if it is part of a platform mention."""
    if token.ent_type_ == PLATFORM:
        return token.ent_id_ or token.text
    return None


def platforms_in(span: Span | list[Token]) -> list[str]:
    """Canonical platforms named in a span or among tokens, in order, without repeats."""
    seen: list[str] = []
    for token in span:
        name = platform_of_token(token)
        if name and name not in seen:
            seen.append(name)
    return seen


def salient_platform(doc: Doc, mentions: list[PlatformMention] | None = None) -> str | None:
    """The platform the article is about: named in the title or first paragraph, else most named."""
    mentions = platform_mentions(doc) if mentions is None else mentions
    if not mentions:
        return None
    counts = Counter(m.platform for m in mentions)
    text = doc_text(doc)
    first_paragraph_end = text.find("\n\n", text.find("\n\n") + 2)
    if first_paragraph_end < 0:
        first_paragraph_end = len(text)
    early = [m.platform for m in mentions if m.start < first_paragraph_end]
    if early:
        # the earliest platform of the lead, unless another is named far more often
        lead = early[0]
        top, top_count = counts.most_common(1)[0]
        return top if top_count >= 3 * counts[lead] else lead
    return counts.most_common(1)[0][0]


IMPLIED_REACH = 1500  # characters before a sentence within which the platform it implies is named


def implied_platform(doc: Doc, char: int, mentions: list[PlatformMention], about: str | None) -> str | None:
    """The platform a sentence naming none implies ('The account was suspended'): the one named
    last, within IMPLIED_REACH characters before it (for its owner's name, the platform of the story
    that it owns); else the one the story is about when the title or lead names it, or the story
    names it three times or more. A platform named once in passing long before ('scraped Spotify',
    then 'the domain has been suspended') is none."""
    near = [m for m in mentions if char - IMPLIED_REACH <= m.start < char]
    if near:
        # ('a Meta partner manager' just before, in a story about Instagram: the owner's name
        # stands for the platform of the story it owns)
        last = near[-1]
        owner_named = last.text.lower() != last.platform.lower() and about and owned_by(about, last.platform)
        return about if owner_named else last.platform
    if about is None:
        return None
    text = doc_text(doc)
    lead_end = text.find("\n\n", text.find("\n\n") + 2)
    lead = [m for m in mentions if m.platform == about and (lead_end < 0 or m.start < lead_end)]
    return about if lead or sum(m.platform == about for m in mentions) >= 3 else None


def is_company_reference(token: Token) -> bool:
    """'the company', 'the social network', 'the tech giant', 'it': words standing for an organisation."""
    if token.lower_ in {"it", "its"}:
        return True
    if platform_team(token):
        return True
    return token.lemma_.lower() in COMPANY_NOUNS and any(
        c.lower_ in {"the", "this", "that"} for c in token.children) and not any(
        c.dep_ in {"compound", "amod"} and c.lower_ in CUES["public_service_words"] for c in token.children)


TEAM_NOUNS = {"team", "staff", "department"}


def platform_team(token: Token) -> bool:
    """'the support team', 'the App Review team' without its name: a platform's team for
    support, review or moderation (``platform_team_words`` in cues.json) stands for the platform."""
    return token.lemma_.lower() in TEAM_NOUNS and any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in CUES["platform_team_words"]
        for c in token.children) and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def preceding_platform(char: int, mentions: list[PlatformMention]) -> str | None:
    """The platform most recently named before a character offset."""
    last = None
    for m in mentions:
        if m.start >= char:
            break
        last = m.platform
    return last


SUBJECT_WINDOW = 2  # sentences before 'the company' searched for a platform told as the subject


def subject_platform_before(doc: Doc, char: int, mentions: list[PlatformMention]) -> str | None:
    """'Twitter plans to unveil its findings. ... the company had suspended 2,752 accounts': the
    platform that is the subject (or owns it: "Twitter's counsel") of one of the sentences just
    before, in the same paragraph; the nearest one."""
    for m in reversed([m for m in mentions if m.start < char]):
        token = doc[m.token_end - 1]
        sentence = doc[token.i].sent
        if sentence.end_char <= char and (count_sentences_between(doc, sentence.end, char) > SUBJECT_WINDOW
                                          or "\n" in doc_text(doc)[sentence.end_char:char]):
            return None
        role = token if token.dep_ != "poss" else token.head
        if role.dep_ in {"nsubj", "nsubjpass"} and sentence.end_char <= char:
            return m.platform
    return None


def count_sentences_between(doc: Doc, token_i: int, char: int) -> int:
    n = 0
    i = token_i
    while i < len(doc) and doc[i].idx < char:
        n += 1
        i = doc[i].sent.end
    return n


def main_platform_before(char: int, mentions: list[PlatformMention]) -> str | None:
    """'the company': the platform named most often before a character offset, the latest of
    those on a tie (what the story is about, not whatever was named last in passing)."""
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    for m in mentions:
        if m.start >= char:
            break
        counts[m.platform] = counts.get(m.platform, 0) + 1
        latest[m.platform] = m.start
    if not counts:
        return None
    top = max(counts.values())
    return max((name for name, n in counts.items() if n == top), key=lambda name: latest[name])


def owned_by(platform: str, company: str) -> bool:
    """'App Store' is Apple's, 'Instagram' is Facebook's (Meta's)."""
    return OWNERS.get(platform) == company


OWNED_SUFFIX = "-owned"
OWNERSHIP_WORDS = {"owned", "backed", "run", "operated", "controlled", "funded"}


def described_platform(noun: Token, mentions: list[PlatformMention]) -> str | None:
    """'the Beijing-owned company', 'the video-sharing app', 'the Menlo Park firm': the platform
    that the words before a company noun describe (``patterns/platform_descriptors.json``),
    among those the article names; the one named most when several fit. An owner that owns one
    platform only ('the Amazon-owned platform': Twitch) names it, named in the article or not.
    None when none fits."""
    if not is_company_reference(noun) or noun.lower_ in {"it", "its"}:
        return None
    # the words as written, so that 'Amazon-owned' (three tokens) is one word as in the data
    words = " " + " ".join(noun.doc.text[noun.left_edge.idx:noun.idx].lower().split()) + " "
    counts = Counter(m.platform for m in mentions)
    fitting = [p for p, descriptors in DESCRIPTORS.items()
               if p in counts and any(f" {d} " in words for d in descriptors)]
    if not fitting:  # 'the Microsoft-owned code hosting site' in a story that names GitHub
        owners = {w[:-len(OWNED_SUFFIX)] for w in words.split() if w.endswith(OWNED_SUFFIX)}
        fitting = [p for p in counts if OWNERS.get(p, "").lower() in owners]
    if fitting:
        return max(fitting, key=lambda p: (counts[p], -list(counts).index(p)))
    owned = {p for p, descriptors in DESCRIPTORS.items() for d in descriptors
             if d.endswith(OWNED_SUFFIX) and f" {d} " in words}
    return owned.pop() if len(owned) == 1 else None


def owner_modifier(token: Token) -> bool:
    """'Amazon' in 'the Amazon-owned platform': a company named as the owner of what the phrase
    names, not as what it names."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":  # 'Elon Musk-owned'
        end += 1
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ \
        and doc[end + 1].lower_ in OWNERSHIP_WORDS


def speaking_owner(about: str | None, owner: str, named: list[Token], char: int) -> str:
    """The platform a sentence's only named company acts for: the story's platform when the company
    owns it ('the posts were taken down, a Meta spokesperson said' in a story about Instagram); else,
    when the company is named as the owner ('Meta', not 'Facebook'), the one of its platforms the
    story named most before ('Threads suspended ... Meta said the account had been suspended';
    'Meta' itself not counted); else the company's own platform."""
    if about and owned_by(about, owner) and OWNED_STORES.get(owner) != about:
        return about
    told = next((t for t in named if platform_of_token(t) == owner), None)
    return company_platform(told, char) if told is not None else owner


def company_platform(token: Token, char: int) -> str:
    """The platform a company's name stands for: the platform of that name ('Facebook'); a company
    named as the owner of several ('Meta', not 'Facebook') stands for the one of them the story
    named most before ``char`` ('Meta' itself not counted), else its own."""
    owner = platform_of_token(token) or ""
    if token.text.lower() == owner.lower():
        return owner
    before = [m for m in platform_mentions(token.doc) if (owned_by(m.platform, owner) or (
        m.platform == owner and m.text.lower() == owner.lower()))]
    return main_platform_before(char, before) or owner
