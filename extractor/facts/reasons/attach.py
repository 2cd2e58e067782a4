"""The reasons of each event: candidates from the sentences that report it, and from other
sentences that give grounds for its platform's action, each with who stated it and its DSA
category. A reason someone else claims ("Members of the Occupy movement claim that Twitter is
banning people for speaking") is kept apart (``claim``) and goes to the event of the claimant's
own accounts when one is theirs."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractor.facts.entities import doc_text
from extractor.facts.platforms import is_company_reference, platforms_in
from extractor.facts.reasons.conduct import operator_words
from extractor.facts.reasons.cues import sentence_candidates
from extractor.facts.reasons.lexicon import CUES, category_of
from extractor.facts.reasons.phrase import Candidate
from extractor.facts.targets import target_types

QUOTE_MARKS = "\"“”"
PERSONAL = {"him", "her", "them", "me", "us", "his", "their", "my", "our"}
MAX_GROUNDS = 3  # the platform's grounds kept per event, the first told (chosen on dev and tune: 2, 3, 4)
# cues strong enough to give an event a reason from a sentence that does not report the event
STRONG_CUES = {"grounds", "cause", "violation", "cite", "effort", "purpose", "conduct"}


@dataclass(frozen=True)
class Reason:
    text: str
    start: int
    end: int
    category: str | None
    stated_by: str  # the platform, or the name of whoever else gave this reason
    claim: bool  # someone else's claim about why, not the platform's stated grounds
    cue: str

    def as_dict(self) -> dict:
        return {"text": self.text, "category": self.category, "stated_by": self.stated_by,
                "claim": self.claim, "cue": "conduct" if self.cue == "described" else self.cue,
                "evidence": {"text": self.text, "start": self.start, "end": self.end}}


@dataclass
class EventView:
    """What reasons need to know of an event: its platform, sentences, and the names that
    cannot be reasons (targets, groups, accounts, time)."""
    platform: str
    sentences: list[tuple[int, int]]
    actions: list[int]
    names: set[str]
    owners: set[str]  # words of the groups and named accounts acted on, to find their own claims
    acted_on: list[int]  # token indices of the nouns the event's actions apply to
    named: list[str]  # one-word names of the accounts and groups acted on ('Parler', 'BellTroX')


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def norm(text: str) -> str:
    return " ".join(sorted(words(text)))


def in_quote(sent: Span, char: int) -> bool:
    before = sent.text[:max(0, char - sent.start_char)]
    return sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1


def speaker_name(subject: Token) -> str:
    """The subject's words up to its verb ('Members of the Occupy movement'), without a leading
    article."""
    doc = subject.doc
    end = subject.head.i if subject.head.i > subject.i else subject.right_edge.i + 1
    tokens = [t for t in doc[subject.left_edge.i:end] if not t.is_punct]
    if tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    return " ".join(t.text for t in tokens) or subject.text


def speaker_of(sent: Span, anchor: Token) -> tuple[Token, Token] | None:
    """The subject of the verb of saying or claiming the reason depends on, and that verb."""
    verbs = CUES["claim_verbs"] | CUES["say_verbs"]
    for a in [anchor, *anchor.ancestors]:
        if a.lemma_.lower() in verbs and a.i != anchor.i:
            for c in a.children:
                if c.dep_ == "nsubj":
                    return c, a
    if in_quote(sent, anchor.idx):
        for t in sent:
            if t.lemma_.lower() in verbs and not in_quote(sent, t.idx):
                for c in t.children:
                    if c.dep_ == "nsubj":
                        return c, t
    return None


def is_platform(subject: Token, platform: str) -> bool:
    tokens = list(subject.subtree)
    named = platforms_in(tokens)
    if named:
        return platform in named or any(t.lower_ in CUES["company_words"] for t in tokens)
    return is_company_reference(subject) or subject.lower_ in {"it", "we", "they"} or any(
        t.lemma_.lower() in CUES["company_words"] for t in tokens)


def about_themselves(anchor: Token, actions: set[int]) -> bool:
    """The reason hangs on an action done to the speaker: 'X banned him for doing his job',
    'suspended my account for ...'."""
    for a in [anchor, *anchor.ancestors]:
        if a.i in actions:
            for c in a.children:
                if c.dep_ in {"dobj", "nsubjpass"} and (c.lower_ in PERSONAL or any(
                        p.dep_ == "poss" and p.lower_ in PERSONAL for p in c.children)):
                    return True
    return False


def reason_of(doc: Doc, c: Candidate, platform: str, actions: set[int]) -> Reason:
    """The reason a candidate gives, with who stated it: a claim when someone else claims it, or
    says it about their own suspension."""
    anchor = doc[c.anchor]
    found = speaker_of(anchor.sent, anchor)
    stated_by, claim = platform, False
    if found is not None:
        subject, verb = found
        if not is_platform(subject, platform):
            stated_by = speaker_name(subject)
            claim = verb.lemma_.lower() in CUES["claim_verbs"] or about_themselves(anchor, actions)
    text = doc_text(doc)[c.start:c.end]
    return Reason(text, c.start, c.end, category_of(text), stated_by, claim, c.cue)


def sentence_at(doc: Doc, start: int) -> Span | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return None if span is None else span[0].sent


def event_reasons(doc: Doc, views: list[EventView]) -> list[list[Reason]]:
    """The reasons of each event, in the order of the events."""
    actions = {s.root.i for s in doc.spans.get("actions", [])} | {a for v in views for a in v.actions}
    targets = set(target_types(doc)) | {t for v in views for t in v.acted_on}
    found: list[list[Reason]] = [[] for _ in views]
    action_sets = [set(v.actions) for v in views]
    evidence: dict[int, list[int]] = {}  # sentence start -> events it reports
    for k, view in enumerate(views):
        for start, _end in view.sentences:
            sent = sentence_at(doc, start)
            if sent is not None:
                evidence.setdefault(sent.start, []).append(k)
    operators = operator_words(doc, targets, actions) | {w.lower() for v in views for w in v.named}
    for sent in doc.sents:
        owners = evidence.get(sent.start)
        nearest = [] if owners else nearest_events(doc, sent, views, actions)
        if not owners and not nearest:
            continue  # a sentence that neither reports an event nor gives grounds for one
        for c in sentence_candidates(sent, actions, targets, operators):
            if owners:
                anchor = doc[c.anchor]
                chain = {anchor.i, *(a.i for a in anchor.ancestors)}  # the action words governing it
                mine = [k for k in owners if not chain.isdisjoint(action_sets[k])]
                chosen = mine or owners
            elif grounds_elsewhere(c, doc[c.anchor]):
                chosen = nearest
            else:
                continue
            for k in chosen:
                reason = reason_of(doc, c, views[k].platform, actions)
                span = doc.char_span(reason.start, reason.end, alignment_mode="expand")
                if span is None or not any(t.i in action_sets[k] for t in span):
                    found[k].append(reason)  # never the telling of the action itself
    share_split_events(found, views)
    move_claims(found, views)
    return [cleaned(reasons, view) for reasons, view in zip(found, views, strict=True)]


def grounds_elsewhere(c: Candidate, anchor: Token) -> bool:
    """A candidate that gives grounds even from a sentence that reports no event: a strong cue,
    not 'violation of' (whose violator such a sentence rarely names) and, of the effort nouns,
    only enforcement ('action against X', 'crackdown on X'), not a policy name."""
    if c.cue == "term":  # only a term naming a platform's report ('its CIB Report')
        return anchor.head.lemma_.lower() in CUES["report_nouns"]
    if c.cue not in STRONG_CUES or c.cue == "violation" and anchor.pos_ == "NOUN":
        return False
    return c.cue != "effort" or bool({anchor.lemma_.lower(), anchor.lower_} & CUES["enforcement_nouns"])


def nearest_events(doc: Doc, sent: Span, views: list[EventView], actions: set[int]) -> list[int]:
    """The event a sentence that reports none gives grounds for: of the platform it names (or of
    the platform the text is about, for 'the company', 'it', 'the accounts'), the one told last
    before it, else the first one after it."""
    named = [p for p in platforms_in(sent) if any(v.platform == p for v in views)]
    refers = any(is_company_reference(t) or t.lower_ in {"they", "accounts", "account", "channel", "pages"}
                 for t in sent if t.dep_ in {"nsubj", "nsubjpass", "poss"})
    if platforms_in(sent) and not named:
        return []  # about a platform with no event here
    if any(t.tag_ == "MD" and (t.head.i in actions or t.head.dep_ == "ROOT") for t in sent):
        return []  # 'YouTube will remove content that violates X': a policy or a plan, not this event
    if not named and not refers:
        return []
    pool = [k for k, v in enumerate(views) if not named or v.platform in named]
    if not pool:
        return []
    before = [k for k in pool if min(s for s, _ in views[k].sentences) <= sent.start_char]
    if before:
        return [max(before, key=lambda k: max(s for s, _ in views[k].sentences if s <= sent.start_char))]
    return [min(pool, key=lambda k: min(s for s, _ in views[k].sentences))]


def share_split_events(found: list[list[Reason]], views: list[EventView]) -> None:
    """'removed 937 Facebook accounts and 363 Instagram accounts': events split from one action
    word have the same grounds (events of one platform that share a word are an action and its
    reversal: 'the ban was overturned')."""
    for k, view in enumerate(views):
        for j, other in enumerate(views):
            if j != k and other.platform != view.platform and set(view.actions) & set(other.actions):
                found[j].extend(r for r in found[k] if r not in found[j])


def move_claims(found: list[list[Reason]], views: list[EventView]) -> None:
    """A claim by the acted-on party ('Members of the Occupy movement claim ...') is about their
    own event: move it there when another event is theirs."""
    for k, reasons in enumerate(found):
        for r in list(reasons):
            if not r.claim:
                continue
            speaker = words(r.stated_by) - {"members", "of", "the", "supporters"}
            theirs = [j for j, v in enumerate(views) if speaker and speaker <= v.owners
                      and v.platform == views[k].platform]
            if theirs and k not in theirs:
                reasons.remove(r)
                found[theirs[0]].append(r)


def cleaned(reasons: list[Reason], view: EventView) -> list[Reason]:
    """Without repeats, without reasons inside a longer one with the same standing, and never
    the name of a target, a group, an account or a time phrase."""
    out: list[Reason] = []
    reasons = [r for r in reasons if norm(r.text) not in view.names]
    if any(r.cue != "described" and not r.claim for r in reasons):
        reasons = [r for r in reasons if r.cue != "described"]  # described items: only with no other reason
    for r in sorted(reasons, key=lambda r: (r.start, -(r.end - r.start))):
        if r.text.lower().strip() in CUES["not_reasons"]:
            continue
        if any(words(r.text) <= words(o.text) and o.claim == r.claim for o in out):
            continue  # 'harassment' beside 'mass harassment'
        out = [o for o in out if not (words(o.text) < words(r.text) and o.claim == r.claim)]
        if any(o.start <= r.start and r.end <= o.end and o.claim == r.claim for o in out):
            continue
        out = [o for o in out if not (r.start <= o.start and o.end <= r.end and o.claim == r.claim)]
        out.append(r)
    grounds = [r for r in out if not r.claim][:MAX_GROUNDS]
    return [r for r in out if r.claim or r in grounds]


def view_of(record: dict, actions: list[int], acted_on: list[int]) -> EventView:
    """An event record's view for reasons (``actions``: token indices of its action words,
    ``acted_on``: of the nouns they apply to)."""
    names = {norm(g) for g in record["groups"]} | {norm(a["name"]) for a in record["named_accounts"]}
    names |= {norm(t["evidence"]["text"]) for t in record["targets"] if t.get("evidence")}
    if record["when"]:
        names.add(norm(record["when"]["text"]))
    owners = set().union(*(words(g) for g in record["groups"]),
                         *(words(a["name"]) for a in record["named_accounts"]))
    return EventView(record["platform"], [(e["start"], e["end"]) for e in record["evidence"]], actions,
                     names - {""}, owners, acted_on,
                     [n for n in [*record["groups"], *(a["name"] for a in record["named_accounts"])]
                      if " " not in n.strip()])


def add_reasons(doc: Doc, records: list[dict], actions: list[list[int]], acted_on: list[list[int]]) -> None:
    """Set each event record's ``reasons`` (the platform's grounds, as text), ``reason_details``
    (every reason with its category, who stated it and its evidence) and ``categories``."""
    views = [view_of(r, a, t) for r, a, t in zip(records, actions, acted_on, strict=True)]
    for record, reasons in zip(records, event_reasons(doc, views), strict=True):
        record["reasons"] = [r.text for r in reasons if not r.claim]
        record["reason_details"] = [r.as_dict() for r in reasons]
        record["categories"] = sorted({r.category for r in reasons if r.category and not r.claim})
