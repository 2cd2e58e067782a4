"""Which organisation a description (``the company``, ``the social network``), a platform's
notice or a document (``the report said``) stands for, among the organisations an article names;
and places or owners that only describe a speaker (``the New York-based market``)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from extractor.facts.cues import CUES
from extractor.facts.entities import entity_at
from extractor.facts.platforms import PlatformMention, main_platform_before
from extractor.facts.quotes.vocab import ORG_LABELS, PLATFORM_LABEL, SUBJECT_DEPS, CueData


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


ORG_ENTITY_LABELS = frozenset({"ORG"})


def recent_subject(orgs: list[Span], head: Token, platforms_only: bool) -> Span | None:
    """``the company`` right after an organisation was the subject of the sentence before or of
    this one (``Apple says that Parler is responsible ... "...," the company said``; ``In Google's
    investigation, the tech giant said``): that organisation. Only main-clause subjects count
    ('Parler' above is the subject of what Apple says), and in the description's own sentence any
    organisation named before it; 'the social network' takes platforms only."""
    sent = head.sent

    def fits(e: Span) -> bool:
        return e.label_ == PLATFORM_LABEL or (not platforms_only and e.label_ in ORG_ENTITY_LABELS)

    described = {c.i for c in head.subtree}
    own = [e for e in orgs if fits(e) and sent.start <= e.start and e.end <= head.i
           and not any(t.i in described for t in e)]
    return own[-1] if own else main_subject_before(orgs, head, platforms_only)


def main_subject_before(orgs: list[Span], head: Token, platforms_only: bool = False) -> Span | None:
    """The organisation that is the main-clause subject of the sentence before ``head``'s: 'Unomelon
    has since shared the email on its server. "...," it wrote'; a proper name the model tagged as
    nothing counts too, unless ``platforms_only``."""
    sent = head.sent
    if sent.start == 0:
        return None
    previous = head.doc[sent.start - 1].sent
    main = [e for e in orgs if previous.start <= e.start and e.end <= previous.end
            and (e.label_ == PLATFORM_LABEL or not platforms_only and e.label_ in ORG_ENTITY_LABELS)
            and e.root.dep_ == "nsubj" and in_main_clause(e.root.head)]
    if main or platforms_only:
        return main[-1] if main else None
    return untagged_subject(previous)


def in_main_clause(verb: Token) -> bool:
    """A verb of its sentence's main clause, or joined to it by 'and' ('Microsoft launched a review
    of how the IDF uses its services': 'launched', not 'uses')."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


OPENING_QUOTES = {'"', "“", "‘"}


def untagged_subject(sentence: Span) -> Span | None:
    """'Electronic Arts has pulled its games. "...," the company said': the main subject of the
    sentence before, a proper name the model tagged as nothing (a company it does not know)."""
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_:
        return None
    if sentence.root.lemma_.lower() in CUES["statement_verbs"] or any(
            t.text in OPENING_QUOTES for t in sentence.doc[sentence.start:subject.i]):
        return None  # 'User Mag reported that ...': an outlet reports; words in quotes are no narration
    start = subject.i
    doc = subject.doc
    while start > sentence.start and doc[start - 1].dep_ in {"compound", "amod"} and (
            doc[start - 1].is_title and not doc[start - 1].ent_type_ and doc[start - 1].head.i >= start):
        start -= 1
    return doc[start:subject.i + 1]


def subject_org_before(orgs: list[Span], head: Token, previous: bool = False) -> Span | None:
    """'But the Arlington County Police Department "...," a spokesperson confirmed': the first
    organisation that is a subject earlier in the speaker's own sentence (not one a place or an
    owner only describes: ``located``)."""
    sent = head.sent
    found = next((e for e in orgs if sent.start <= e.start and e.end <= head.i
                  and e.root.dep_ in SUBJECT_DEPS and not located(e)), None)
    if found is not None or not previous or sent.start == 0:
        return found
    # ``previous`` (a spokesperson): 'Google, which owns YouTube, declined to comment but said ... /
    # "...," said a spokesperson': the organisation that is the subject of the main verb of the
    # sentence just before
    before = head.doc[sent.start - 1].sent
    return next((e for e in orgs if before.start <= e.start and e.end <= before.end
                 and e.root.dep_ in SUBJECT_DEPS and e.root.head == before.root and not located(e)), None)


def named_modifier(head: Token, quoted: Callable[[int], bool]) -> str | None:
    """The proper name in front of a group or role noun (``the Zscaler team``, ``Chainalysis
    researchers``): a compound of capitalised words right before the noun."""
    possessor = [c for c in head.lefts if c.dep_ == "poss" and not quoted(c.i) and c.pos_ == "PROPN"]
    if possessor and not possessor[0].ent_type_:  # "Avast's research team" ('Twitter's' is an entity)
        return possessor[0].text
    words = [c for c in head.lefts if c.dep_ == "compound" and not quoted(c.i) and c.text[:1].isupper()
             and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and not c.is_sent_start)]
    if not words or words[-1].i != head.i - 1:
        return None
    return " ".join(w.text for w in words)


def last_voiced_org(head: Token, voice_nouns: frozenset[str], quoted: Callable[[int], bool]) -> Span | None:
    """The organisation of the last spokesperson named with one before ``head`` ('a TikTok
    spokesperson', 'a spokesman for Meta'): who 'the spokesperson' speaks for."""
    found = None
    for tok in head.doc[:head.i]:
        if tok.lemma_.lower() not in voice_nouns or quoted(tok.i):
            continue
        near = [c for c in tok.children if c.dep_ in {"compound", "poss"}]
        near += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "at", "from"}
                 for p in c.children if p.dep_ == "pobj"]
        for t in near:
            ent = entity_at(t)
            if ent is not None and (ent.label_ == PLATFORM_LABEL or ent.label_ in ORG_LABELS):
                found = ent
    return found


SITE_NOUNS = frozenset({"website", "site", "blog", "page", "account", "channel", "feed", "profile", "forum"})


def speaking_bodies(head: Token, body_nouns: frozenset[str], quoted: Callable[[int], bool]) -> list[Token]:
    """'a council spokesperson', 'a spokesperson for the council': the nouns of the body a voice
    speaks for, when they are nouns of organisations other than companies."""
    bodies = [c for c in head.children if c.dep_ in {"compound", "nmod"}] + [
        p for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "at"}
        for p in c.children if p.dep_ == "pobj"]
    return [c for c in bodies if not quoted(c.i) and c.lemma_.lower() in body_nouns]


def site_owner(place: Token | None) -> Token | None:
    """Whose website a message is on: "Manitoba Games' website", "the Blockchain.info website"."""
    if place is None or place.lemma_.lower() not in SITE_NOUNS:
        return None
    return next((c for c in place.children if c.dep_ in {"poss", "compound"}
                 and (c.pos_ == "PROPN" or c.text[:1].isupper())), None)


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


def document_author(head: Token) -> Token | None:
    """'Meta published a report ... the report said': the subject of the verb whose object the
    same document was, or its owner ('the Guardian's report'), nearest before."""
    for earlier in reversed(head.doc[max(0, head.i - 400):head.i]):
        if earlier.lemma_ != head.lemma_ or earlier.pos_ != "NOUN":
            continue
        for child in earlier.children:  # ("Fairlinked's report": a name the model took for a verb)
            if child.dep_ == "poss" and (child.pos_ == "PROPN" or child.is_title and child.pos_ != "PRON"):
                return child
            if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                named = [p for p in child.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
                if named:
                    return named[0]
        for child in earlier.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN" and not child.ent_type_:
                return child  # 'on the Blockchain.info website' (not 'a Twitter post', 'the US lawsuit')
        verb = earlier.head
        if earlier.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head  # 'In a report released on Thursday, Meta said ...'
        if earlier.dep_ == "dobj" or verb is not earlier.head:
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.pos_ == "PROPN":
                return subject
    return None


PLACE_SUFFIXES = {"based", "owned", "headquartered", "backed", "linked", "born", "made", "run"}


def located(ent: Span) -> bool:
    """'the New York-based prediction market', 'the Beijing-owned company': a place or an owner
    that describes the speaker, not the speaker."""
    doc = ent.doc
    return (ent.end + 1 < len(doc) and doc[ent.end].text == "-"
            and doc[ent.end + 1].lower_ in PLACE_SUFFIXES)
