"""Quotations and who said them.

``find_quotes(doc)`` reads the quotation marks of ``doc.text`` with a small scanner (no regex
over the whole text, so an unbalanced mark costs one quote, never the rest of the article),
then attributes each quote from the dependency parse of the words around it:

1. **Spans.** Straight and curly double quotes, single quotes (curly and straight, as
   British and tabloid outlets quote whole statements), guillemets. Apostrophes inside or
   after words (``Dorsey's``, ``rock ’n’ roll``, ``the ’90s``, ``users' posts``) are not marks.
   A quote nested in another stays part of the outer quote. A quote running over several
   paragraphs (opening mark repeated at each paragraph, closed only at the end) gives one
   ``Quote`` per paragraph, all with the speaker of the whole quote. A quote split by its
   attribution (``"X," she said, "Y."``) gives two ``Quote`` records with the same speaker.
2. **Cue.** The words after the quote up to the end of its sentence are searched first when
   the quote ends with a comma or an attribution follows at once, else the words before it back
   to the start of the sentence: a cue verb (``said``, ``told``, ``wrote`` ...) or a phrase
   (``according to``, ``in a statement``). Cue words live in ``patterns/quote_cues.json``.
3. **Speaker.** The subject of the cue verb (``nsubj``; inherited through ``conj``/``advcl``
   when the verb has none), the object of ``according to``. The mention is reduced to a name:
   titles are stripped (``Twitter CEO Jack Dorsey`` -> ``Jack Dorsey``), a spokesperson speaks
   for the organisation named beside it, ``the company``/``the social network``/``the firm`` and
   ``he``/``she``/``they``/``it`` are resolved to the organisation or person last named as a
   subject or speaker before the mention.
4. **Carry-over.** A quote with no cue that opens its paragraph, or follows an attributed quote
   in the same sentence run, keeps the speaker of the quote just before it.
5. **Scare quotes** (at most ``max_scare_words`` words and no cue) are left out.
"""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from extractor.facts.entities import doc_entities, entity_at
from extractor.facts.platforms import PlatformMention, main_platform_before
from extractor.textspan import trimmed

CUES_FILE = Path(__file__).resolve().parent.parent / "patterns" / "quote_cues.json"

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
INHERIT_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "relcl", "ccomp", "pcomp", "dep"})
NOMINAL_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM"})
MENTION_CUT_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advcl", "parataxis", "prep_cut"})
NOT_CUE_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
DEFINITE = frozenset({"the", "this", "that"})
OBJECT_DEPS = frozenset({"pobj", "dobj", "attr", "npadvmod", "appos", "dep"})
VERB_POS = frozenset({"VERB", "AUX"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her"})
SENTENCE_END = frozenset({".", "!", "?"})
PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG", "NORP", "GPE"})
PLATFORM_LABEL = "PLATFORM"

TITLE_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "for", "and", "or", "to", "at", "by",
                                  "with"})
NAMING_FILLERS = frozenset({"it", "them", "him", "her", "as", "the", "a", "an", "so", "-", "—", ","})

Mention = tuple[str, int, int]  # (text, start, end) of a speaker mention in doc.text

MAX_BEFORE_TOKENS = 45
MAX_BEFORE_SCAN = 400  # tokens looked at before a quote, quoted ones included (a bound on hostile text)
MAX_AFTER_TOKENS = 30
SHORT_ATTRIBUTION_TOKENS = 8
TERM_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "so-called", "these", "those"}
WEAK_CUE_DISTANCE = 3
MAX_GOVERNING_HOPS = 2

DOUBLE_OPEN = {'"': '"', "“": "”", "„": "“", "«": "»", "»": "«"}
DOUBLE_CLOSE = frozenset({'"', "”", "“", "»", "«"})
SINGLE_OPEN = {"'": "'", "‘": "’", "‹": "›", "‚": "‘"}
SINGLE_CLOSE = frozenset({"'", "’", "›", "‘"})
OPEN_CONTEXT = frozenset(" \t([{—–-/:;,\"“‘«„")


# ----------------------------------------------------------------------------------------------
# data


@dataclass(frozen=True)
class CueData:
    cue_lemmas: frozenset[str]
    cue_forms: frozenset[str]
    weak_cue_lemmas: frozenset[str]
    phrase_cues: tuple[tuple[tuple[str, ...], str, str], ...]
    speaker_descriptions: frozenset[str]
    platform_nouns: frozenset[str]
    company_nouns: frozenset[str]
    title_words: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    person_descriptions: frozenset[str]
    person_nouns: frozenset[str]
    message_nouns: frozenset[str]
    other_org_nouns: frozenset[str]
    naming_words: frozenset[str]
    max_scare_words: int


@lru_cache(maxsize=1)
def load_cues(path: Path = CUES_FILE) -> CueData:
    """The cue words and speaker vocabulary, read once per process."""
    raw = json.loads(path.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw[key])

    return CueData(
        cue_lemmas=words("cue_lemmas"),
        cue_forms=words("cue_forms"),
        weak_cue_lemmas=words("weak_cue_lemmas"),
        phrase_cues=tuple((tuple(p["words"]), p["cue"], p["speaker"]) for p in raw["phrase_cues"]),
        speaker_descriptions=words("speaker_descriptions"),
        platform_nouns=frozenset(raw["org_nouns"]["platform"]),
        company_nouns=frozenset(raw["org_nouns"]["company"]),
        title_words=words("title_words"),
        person_pronouns=words("person_pronouns"),
        plural_pronouns=words("plural_pronouns"),
        org_pronouns=words("org_pronouns"),
        relative_pronouns=words("relative_pronouns"),
        person_descriptions=words("person_descriptions"),
        person_nouns=words("person_nouns"),
        message_nouns=words("message_nouns"),
        other_org_nouns=words("other_org_nouns"),
        naming_words=words("naming_words"),
        max_scare_words=int(raw["max_scare_words"]),
    )


# ----------------------------------------------------------------------------------------------
# public record


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_span: tuple[str, int, int] | None
    cue: str | None
    speaker_platform: str | None

    def as_dict(self) -> dict:
        span = None
        if self.speaker_span is not None:
            span = {"text": self.speaker_span[0], "start": self.speaker_span[1], "end": self.speaker_span[2]}
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_span": span,
            "cue": self.cue,
            "start": self.start,
            "end": self.end,
            "speaker_platform": self.speaker_platform,
        }


# ----------------------------------------------------------------------------------------------
# 1. quotation spans


@dataclass
class QuoteSpan:
    """One quoted stretch inside one paragraph: text is ``text[start:end]``; the marks lie at
    ``mark_start`` and (unless the quote runs on into the next paragraph) at ``end``."""
    start: int
    end: int
    mark_start: int
    mark_end: int
    group: int
    paragraph: int
    runs_on: bool = False


def is_word_char(ch: str) -> bool:
    return ch.isalnum()


def opens_here(text: str, i: int, para_start: int) -> bool:
    """Is the mark at ``i`` in opening position: after a space or bracket, before a word."""
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() or after == "\n":
        return False
    return before in OPEN_CONTEXT or before.isspace()


def single_opens_here(text: str, i: int, para_start: int) -> bool:
    """An opening single mark, not an elided letter (``’90s``, ``'em``) nor ``rock ’n’ roll``."""
    ch = text[i]
    if ch == "’" or not opens_here(text, i, para_start):
        return False
    rest = text[i + 1:i + 4]
    if rest[:2].isdigit():
        return False
    # ’n’ / 'n' between words
    return not (len(rest) >= 2 and rest[0].isalpha() and rest[1] in "'’"
                and (len(rest) < 3 or rest[2] == " "))


def single_closes_here(text: str, i: int, para_end: int) -> bool:
    """A closing single mark: after a non-space, not inside a word (``Dorsey's``)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < para_end else " "
    if before.isspace():
        return False
    return not is_word_char(after)


def weak_single_close(text: str, i: int, para_end: int) -> bool:
    """``users' posts``: a plural possessive, to skip when a later close exists."""
    after = text[i + 2] if i + 2 < para_end else ""
    return text[i - 1] in "sS" and text[i + 1:i + 2] == " " and after.islower()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], str | None]:
    """Outer quotes of one paragraph as (opening mark, closing mark) positions, and the opening
    mark of a quote left open at the end when the next paragraph reopens it (a quote running on).

    Unbalanced marks are dropped one at a time and the paragraph rescanned, so a stray mark never
    hides the quotes after it."""
    ignored: set[int] = set()
    forced: dict[int, int] = {}
    while True:
        found, open_at, open_mark = scan_once(text, start, end, ignored, forced)
        if open_at is None:
            return found, None
        if next_paragraph_reopens(text, end, open_mark):
            found.append((open_at, end))
            return sorted(found), open_mark
        close = mismatched_close(text, open_at, end, open_mark)
        if close is not None and close not in forced:
            forced[close] = open_at
        else:
            ignored.add(open_at)


def mismatched_close(text: str, open_at: int, end: int, mark: str) -> int | None:
    """``"I think so,' he added.``: a double quote closed by a single mark after a comma or stop."""
    if mark not in DOUBLE_OPEN:
        return None
    for j in range(open_at + 2, end):
        if text[j] in SINGLE_CLOSE and text[j - 1] in ",.!?" and single_closes_here(text, j, end):
            return j
    return None


def scan_once(text: str, start: int, end: int, ignored: set[int],
              forced: dict[int, int]) -> tuple[list[tuple[int, int]], int | None, str]:
    stack: list[tuple[int, str]] = []
    found: list[tuple[int, int]] = []
    for i in range(start, end):
        ch = text[i]
        if i in ignored:
            continue
        if i in forced and stack and stack[0][0] == forced[i]:
            found.append((stack[0][0], i))
            stack.clear()
            continue
        closed = try_close(text, i, end, stack)
        if closed is not None:
            if not stack:
                found.append((closed, i))
        elif opens_quote(text, i, start):
            stack.append((i, ch))
    if stack:
        return found, stack[0][0], stack[0][1]
    return found, None, ""


def opens_quote(text: str, i: int, start: int) -> bool:
    ch = text[i]
    if ch in DOUBLE_OPEN:
        return ch in "“„«" or opens_here(text, i, start)
    return ch in SINGLE_OPEN and single_opens_here(text, i, start)


def try_close(text: str, i: int, end: int, stack: list[tuple[int, str]]) -> int | None:
    """Close the innermost matching mark at ``i``; returns the closed opener's position."""
    if not stack:
        return None
    ch = text[i]
    if ch in DOUBLE_CLOSE:
        for depth in range(len(stack) - 1, -1, -1):
            pos, mark = stack[depth]
            if mark in DOUBLE_OPEN:
                if ch in "“«" and mark == ch:
                    return None  # the same opening mark again: a nested opener, not a close
                if ch == '"' and mark != '"' and opens_here(text, i, 0):
                    return None
                del stack[depth:]
                return pos
        return None
    if ch in SINGLE_CLOSE and stack[-1][1] in SINGLE_OPEN and single_closes_here(text, i, end):
        if ch == "‘" and stack[-1][1] != "‚":
            return None
        if weak_single_close(text, i, end) and later_single_close(text, i + 1, end):
            return None
        return stack.pop()[0]
    return None


def later_single_close(text: str, i: int, end: int) -> bool:
    return any(text[j] in SINGLE_CLOSE and single_closes_here(text, j, end)
               and not weak_single_close(text, j, end) for j in range(i, end))


def next_paragraph_reopens(text: str, end: int, mark: str) -> bool:
    rest = text[end:end + 8].lstrip()
    family = DOUBLE_OPEN if mark in DOUBLE_OPEN else SINGLE_OPEN
    return bool(rest) and rest[0] in family


def find_spans(text: str) -> list[QuoteSpan]:
    """Every outer quotation of the text, one span per paragraph it covers."""
    spans: list[QuoteSpan] = []
    carried = False
    group = -1
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        pairs, runs_on_mark = scan_paragraph(text, p_start, p_end)
        lead = len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
        for k, (open_at, close_at) in enumerate(pairs):
            if not (carried and k == 0 and open_at == p_start + lead):
                group += 1
            runs_on = runs_on_mark is not None and k == len(pairs) - 1
            s, e = trimmed(text, open_at + 1, close_at)
            if e > s and any(ch.isalnum() for ch in text[s:e]):
                spans.append(QuoteSpan(s, e, open_at, close_at, group, p_index, runs_on))
        carried = runs_on_mark is not None
    return spans


# ----------------------------------------------------------------------------------------------
# 2. cues


@dataclass
class Cue:
    text: str
    speaker_token: Token | None
    verb: Token | None
    distance: int


@dataclass
class DocIndex:
    """Token lookup by character offset, and which tokens lie inside quotes."""
    doc: Doc
    spans: list[QuoteSpan]
    starts: list[int]
    quote_of: list[int]
    text: str  # doc.text, joined once (the Doc builds it anew on every access)

    @classmethod
    def build(cls, doc: Doc, spans: list[QuoteSpan]) -> DocIndex:
        starts = [t.idx for t in doc]
        quote_of = [-1] * len(doc)
        for n, sp in enumerate(spans):
            lo = bisect.bisect_left(starts, sp.mark_start)
            hi = bisect.bisect_left(starts, sp.mark_end + 1)
            for k in range(lo, hi):
                quote_of[k] = n
        return cls(doc, spans, starts, quote_of, doc.text)

    def paragraph_tokens(self, paragraph: int) -> list[Token]:
        """Tokens of a paragraph (index into ``paragraphs(text)``) that are not quoted."""
        paras = paragraphs(self.text)
        if not 0 <= paragraph < len(paras):
            return []
        lo, hi = (bisect.bisect_left(self.starts, c) for c in paras[paragraph])
        return [self.doc[k] for k in range(lo, hi) if not self.quoted(k)]

    def quoted(self, i: int) -> bool:
        return self.quote_of[i] >= 0

    def quote_ends_sentence(self, i: int) -> bool:
        sp = self.spans[self.quote_of[i]]
        return sp.runs_on or ends_sentence(self.text[sp.start:sp.end])

    def first_token_at(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)

    def last_token_before(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char) - 1


def is_boundary(tok: Token) -> bool:
    return "\n" in tok.text or tok.text in SENTENCE_END


def after_frame(index: DocIndex, span: QuoteSpan) -> list[Token]:
    """Tokens after the closing mark up to the end of the sentence or the next quote."""
    doc = index.doc
    out: list[Token] = []
    k = index.first_token_at(span.mark_end + 1)
    while k < len(doc) and len(out) < MAX_AFTER_TOKENS:
        tok = doc[k]
        if index.quoted(k) or "\n" in tok.text:
            break
        out.append(tok)
        if tok.text in SENTENCE_END and out[:-1]:
            break
        k += 1
    return out


def before_frame(index: DocIndex, span: QuoteSpan) -> list[Token]:
    """Tokens before the opening mark back to the start of the sentence, leaving out earlier
    quotes of the same sentence (``Edelson said the work to "X" was "Y"``). At most
    MAX_BEFORE_SCAN tokens are looked at: a line of thousands of quotes would otherwise be walked
    back over for each of them."""
    doc = index.doc
    out: list[Token] = []
    k = index.last_token_before(span.mark_start)
    stop = max(-1, k - MAX_BEFORE_SCAN)
    while k > stop and len(out) < MAX_BEFORE_TOKENS:
        tok = doc[k]
        if index.quoted(k):
            if index.quote_ends_sentence(k):
                break
            k -= 1
            continue
        if is_boundary(tok):
            break
        out.append(tok)
        k -= 1
    out.reverse()
    return out


def is_cue_verb(tok: Token, cues: CueData) -> bool:
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lemma not in cues.cue_lemmas and lower not in cues.cue_forms:
        return False
    if tok.dep_ in NOT_CUE_DEPS:
        return False
    if tok.pos_ in VERB_POS:
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def is_weak(tok: Token, cues: CueData) -> bool:
    return tok.lemma_.lower() in cues.weak_cue_lemmas and tok.lower_ not in cues.cue_forms


def phrase_cue_at(frame: list[Token], i: int, cues: CueData) -> tuple[str, str, int] | None:
    for words, cue, role in cues.phrase_cues:
        n = len(words)
        if tuple(t.lower_ for t in frame[i:i + n]) == words:
            return cue, role, n
    return None


def cues_in(frame: list[Token], cues: CueData, from_end: bool) -> list[Cue]:
    """Cues in a frame, nearest to the quote first (frame end for the before-frame)."""
    found: list[Cue] = []
    n = len(frame)
    for i, tok in enumerate(frame):
        distance = n - 1 - i if from_end else i
        phrase = phrase_cue_at(frame, i, cues)
        if phrase is not None:
            cue, role, length = phrase
            if role == "object":
                speaker = phrase_object(frame[i + length - 1])
            else:
                speaker = find_subject(tok.head, cues)
            if speaker is not None or role == "clause":
                found.append(Cue(cue, speaker, None, distance))
            continue
        if not is_cue_verb(tok, cues):
            continue
        if is_weak(tok, cues) and distance > WEAK_CUE_DISTANCE:
            continue
        found.append(Cue(tok.text, find_subject(tok, cues), tok, distance))
    found.sort(key=lambda c: c.distance)
    return found


def phrase_object(last: Token) -> Token | None:
    """The object of ``according to`` / ``per``."""
    for child in last.children:
        if child.dep_ in ("pobj", "dobj"):
            return child
    nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
    while nxt is not None and nxt.pos_ in ("DET", "ADJ", "PROPN", "NOUN") and nxt.i + 1 < len(last.doc):
        if nxt.head.i > nxt.i and nxt.head.pos_ in ("PROPN", "NOUN"):
            nxt = nxt.head
            continue
        break
    return nxt if nxt is not None and nxt.pos_ in ("PROPN", "NOUN", "PRON") else None


def find_subject(verb: Token, cues: CueData, depth: int = 0) -> Token | None:
    """The grammatical subject of a cue verb: its own ``nsubj`` (a relative pronoun stands for the
    noun the clause hangs on), else the subject of the clause a participle or conjunct depends on
    (``..., calling it`` -> the subject of the sentence)."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in cues.relative_pronouns and verb.dep_ == "relcl":
                return verb.head
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if depth == 0 and verb.tag_ in PARTICIPLE_TAGS and verb.dep_ in ("advcl", "xcomp"):
        root = verb.sent.root
        if root != verb and any(c.dep_ in SUBJECT_DEPS for c in root.children):
            return find_subject(root, cues, depth + 1)
    if depth < 3 and verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head != verb:
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN") and head.head != head:  # "a post accusing ..."
            head = head.head
        return find_subject(head, cues, depth + 1)
    for child in verb.rights:  # inverted order misparsed: "said Jack Dorsey"
        if child.pos_ == "PROPN" and child.dep_ in OBJECT_DEPS and verb.lemma_ != "tell":
            return child
    return None


def ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in SENTENCE_END


def attribution_follows(after: list[Token], cue: Cue) -> bool:
    """Only the cue's subject (a noun phrase), punctuation and adverbs stand between the quote and
    the cue: ``"X," Twitter CEO Jack Dorsey said``, not ``"X" is too important, he says``."""
    if cue.verb is None:
        return cue.distance <= 1
    subject = {t.i for t in cue.speaker_token.subtree} if cue.speaker_token is not None else set()
    for tok in after:
        if tok == cue.verb:
            return True
        if tok.i in subject or tok.pos_ not in VERB_POS or tok.head == cue.verb:
            continue
        return False
    return False


def parenthetical(after: list[Token], cue: Cue) -> bool:
    """A closing ``, he says.``: the cue and its subject come after a comma at the sentence end."""
    if cue.verb is None or cue.speaker_token is None:
        return False
    first = min(cue.speaker_token.left_edge.i, cue.verb.i)
    before = [t for t in after if t.i < first]
    rest = [t for t in after if t.i > cue.verb.i and not t.is_punct]
    return bool(before) and before[-1].text == "," and len(rest) <= 3


def dominates(index: DocIndex, span: QuoteSpan, verb: Token) -> bool:
    """Does the cue verb govern the quoted words closely (``called it "remarkable"``, ``said it
    was the "right decision"``), rather than a quoted term used as a modifier far below it?"""
    lo, hi = index.first_token_at(span.start), index.first_token_at(span.end)
    for tok in index.doc[lo:hi]:
        if lo <= tok.head.i < hi and tok.head != tok:
            continue
        if tok.dep_ in NOT_CUE_DEPS:
            return False
        hops, head = 0, tok
        while head.head != head and hops < MAX_GOVERNING_HOPS:
            head, hops = head.head, hops + 1
            if head == verb:
                return True
    return False


def choose_cue(index: DocIndex, span: QuoteSpan, text: str, cues: CueData) -> tuple[Cue | None, bool]:
    """The cue of a quote, and whether it is tightly bound to it (an attribution right after the
    quote, or a verb governing it). The words after the quote win when the quote ends with a
    comma; else the nearest cue before it in its sentence."""
    after = after_frame(index, span)
    if after and after[0].is_title and ends_sentence(text) and len(after) > SHORT_ATTRIBUTION_TOKENS:
        after = []
    all_after = cues_in(after, cues, from_end=False)
    after_cues = [c for c in all_after if attribution_follows(after, c)]
    before_cues = cues_in(before_frame(index, span), cues, from_end=True)
    trailing_comma = text.rstrip()[-1:] in ",?!" or bool(after and after[0].text == ",")
    if after_cues and (trailing_comma or not before_cues):
        return after_cues[0], True
    if before_cues:
        cue = before_cues[0]
        bound = cue.verb is None or dominates(index, span, cue.verb)
        return cue, bound
    closing = [c for c in all_after if parenthetical(after, c)]
    if closing:
        return closing[0], False
    return None, False


# ----------------------------------------------------------------------------------------------
# 3. speakers


@dataclass(frozen=True)
class Speaker:
    name: str
    mention: Mention
    platform: str | None
    kind: str  # person | org | other


@dataclass
class Resolver:
    """Resolves subject mentions to names, with a memory of earlier speakers."""
    doc: Doc
    index: DocIndex
    cues: CueData
    people: list[Span] = field(default_factory=list)
    orgs: list[Span] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)
    platform_of: dict[str, str] = field(default_factory=dict)
    history: list[tuple[int, Speaker]] = field(default_factory=list)
    subject_names: list[tuple[int, Speaker]] = field(default_factory=list)
    described_people: list[tuple[int, Speaker]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for ent in doc_entities(self.doc):
            if self.index.quoted(ent.start):
                continue
            if ent.label_ in PERSON_LABELS:
                self.people.append(ent)
                name = self.clean_name(ent)
                parts = name.split()
                if len(parts) > 1:
                    self.full_names.setdefault(parts[-1], name)
            elif ent.label_ == PLATFORM_LABEL or ent.label_ in ORG_LABELS:
                self.orgs.append(ent)
        for tok in self.doc:  # names the model did not tag: proper-noun subjects outside quotes
            untagged = tok.pos_ == "PROPN" and not tok.ent_type_ and not self.index.quoted(tok.i)
            if tok.dep_ in SUBJECT_DEPS and untagged:
                chain = self.name_chain(tok)
                name = self.clean_name(chain)
                if name:
                    mention = (name, chain[0].idx, tok.idx + len(tok))
                    self.subject_names.append((tok.idx, Speaker(name, mention, None, "person")))
            # 'The star hit back': a person described, not named, who may speak as 'she' next
            described = tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.person_nouns
            if tok.dep_ in SUBJECT_DEPS and described and not self.index.quoted(tok.i):
                words = [t for t in tok.subtree if t.i <= tok.i and not t.is_punct]
                while words and words[0].lower_ in DETERMINERS:
                    words = words[1:]
                if words:
                    start, end = words[0].idx, tok.idx + len(tok)
                    text = self.index.text[start:end]
                    self.described_people.append((tok.idx, Speaker(text, (text, start, end), None, "person")))

    # -- names

    def clean_name(self, tokens: Span | list[Token]) -> str:
        """Drop titles, platform names and possessives around a name."""
        words = [t for t in tokens if not t.is_punct or t.text in ("-", ".")]
        while words and (words[0].lower_ in self.cues.title_words or words[0].ent_type_ == PLATFORM_LABEL
                         or words[0].ent_type_ in ORG_LABELS and len(words) > 2):
            words = words[1:]
        while words and words[-1].lower_ in ("'s", "’s"):
            words = words[:-1]
        return " ".join(t.text for t in words).strip()

    def expand(self, name: str) -> str:
        return self.full_names.get(name, name) if " " not in name else name

    def platform_near(self, tokens: list[Token]) -> str | None:
        for tok in tokens:
            if tok.ent_type_ == PLATFORM_LABEL and tok.ent_id_:
                return tok.ent_id_
        return None

    # -- salience

    def remember(self, at: int, speaker: Speaker) -> None:
        self.history.append((at, speaker))
        if speaker.platform and speaker.kind == "person":
            self.platform_of.setdefault(speaker.name, speaker.platform)

    def last_person(self, before: int) -> Speaker | None:
        best: tuple[int, Speaker] | None = None
        for ent in self.people:
            if ent.end_char > before:
                break
            if ent.root.dep_ in SUBJECT_DEPS or best is None:
                name = self.expand(self.clean_name(ent))
                if name:
                    best = (ent.start_char, self.person(name, ent))
        for at, sp in self.history + self.subject_names:
            if at < before and sp.kind == "person" and (best is None or at >= best[0]):
                best = (at, sp)
        if best is None:  # nobody named yet: the person last described
            described = [(at, sp) for at, sp in self.described_people if at < before]
            best = described[-1] if described else None
        return best[1] if best else None

    def last_org(self, before: int, platform_only: bool) -> Speaker | None:
        best: tuple[int, Speaker] | None = None
        for ent in self.orgs:
            if ent.end_char > before:
                break
            if ent.label_ == PLATFORM_LABEL or (not platform_only and ent.root.dep_ in SUBJECT_DEPS):
                best = (ent.start_char, self.org(ent))
        for at, sp in self.history:
            usable = at < before and sp.kind == "org" and (sp.platform or not platform_only)
            if usable and (best is None or at >= best[0]):
                best = (at, sp)
        return best[1] if best else None

    def last_speaker(self, before: int) -> Speaker | None:
        earlier = [sp for at, sp in self.history if at < before]
        return earlier[-1] if earlier else None

    def person(self, name: str, ent: Span) -> Speaker:
        platform = self.platform_of.get(name)
        return Speaker(name, (ent.text, ent.start_char, ent.end_char), platform, "person")

    def org(self, ent: Span) -> Speaker:
        platform = ent.ent_id_ if ent.label_ == PLATFORM_LABEL and ent.ent_id_ else None
        return Speaker(self.clean_org(ent.text), (ent.text, ent.start_char, ent.end_char), platform, "org")

    @staticmethod
    def clean_org(text: str) -> str:
        for suffix in ("'s", "’s"):
            text = text.removesuffix(suffix)
        return text.strip()

    # -- mentions

    def mention_tokens(self, head: Token) -> list[Token]:
        """The subject phrase without appositions, relative clauses and punctuation."""
        keep = [head]
        stack = [c for c in head.children if c.dep_ not in MENTION_CUT_DEPS]
        while stack:
            tok = stack.pop()
            keep.append(tok)
            stack.extend(c for c in tok.children if c.dep_ not in MENTION_CUT_DEPS)
        keep.sort(key=lambda t: t.i)
        # 'Members of the Occupy movement claim': a parse that leaves 'of' without its object
        nxt = keep[-1].i + 1
        while keep[-1].pos_ == "ADP" and nxt < len(self.doc) and self.doc[nxt].pos_ in NOMINAL_POS:
            keep.append(self.doc[nxt])
            while nxt + 1 < len(self.doc) and self.doc[nxt + 1].pos_ in NOMINAL_POS - {"DET"} \
                    and self.doc[nxt + 1].i != head.head.i:
                nxt += 1
                keep.append(self.doc[nxt])
            nxt += 1
        return [t for t in keep if not self.index.quoted(t.i)]

    def resolve(self, head: Token) -> Speaker | None:
        """Name the speaker a subject mention refers to."""
        tokens = self.mention_tokens(head)
        if not tokens:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        surface = (self.index.text[start:end], start, end)
        lower = head.lower_
        if lower in self.cues.person_pronouns:
            return self.relabel(self.last_person(start), surface)
        if lower in self.cues.plural_pronouns:
            return self.relabel(self.last_speaker(start) or self.last_org(start, False), surface)
        if lower in self.cues.org_pronouns:
            return self.relabel(self.last_org(start, False), surface)
        if head.pos_ == "PRON":
            return None
        return self.resolve_phrase(head, tokens, surface)

    def relabel(self, speaker: Speaker | None, surface: Mention) -> Speaker | None:
        if speaker is None:
            return None
        return Speaker(speaker.name, surface, speaker.platform, speaker.kind)

    def resolve_phrase(self, head: Token, tokens: list[Token], surface: Mention) -> Speaker | None:
        subtree = list(head.subtree)
        # "Labour MP Dawn Butler", "its chief executive, Linda Yaccarino,": the named apposition
        for child in head.children:
            named = self.entity_of(child) if child.dep_ == "appos" else None
            if named is not None and named.label_ in PERSON_LABELS:
                end = named.end_char
                return self.named(named, subtree, (self.index.text[surface[1]:end], surface[1], end))
        ent = self.entity_of(head)
        if ent is not None and ent.label_ == PLATFORM_LABEL:
            return self.relabel(self.org(ent), surface)
        if ent is not None and ent.label_ in PERSON_LABELS | ORG_LABELS:
            return self.named(ent, subtree, surface)
        if head.lemma_.lower() in self.cues.message_nouns:
            # "her tweet read", "a post from Andrew Tate said": whoever wrote the message
            for child in head.children:
                author = child if child.dep_ == "poss" else None
                if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                    author = next((p for p in child.children if p.dep_ == "pobj"), None)
                if author is not None:
                    found = self.resolve(author)
                    if found is not None:
                        return self.relabel(found, surface)
        if head.pos_ == "NOUN" and head.lemma_.lower() in self.cues.person_nouns and self.definite(
                tokens, self.cues.person_nouns):
            return self.relabel(self.last_person(surface[1]), surface) or self.described(tokens, surface)
        if head.pos_ == "NOUN" and head.lemma_.lower() in self.cues.other_org_nouns:
            named_org = self.last_named_org(surface[1], head.lemma_.lower())
            if named_org is not None:
                return self.relabel(named_org, surface)
        if self.is_description(head):
            if self.definite(tokens):  # "the Facebook exec": a person named before
                return self.relabel(self.last_person(surface[1]), surface)
            return self.spokesperson(head, subtree, surface)
        kind = self.org_noun_kind(tokens)
        if kind is not None:
            return self.spokesperson(head, subtree, surface)
        if head.pos_ == "PROPN":
            name = self.expand(self.clean_name(self.name_chain(head)))
            if name:
                kind_of = "person" if head.ent_type_ in PERSON_LABELS or not head.ent_type_ else "org"
                platform = self.platform_near(subtree) or self.platform_of.get(name)
                return Speaker(name, surface, platform, kind_of)
        text = " ".join(t.text for t in tokens if t.lower_ not in DETERMINERS or t != tokens[0])
        return Speaker(text, surface, self.platform_near(tokens), "other") if text else None

    def is_description(self, head: Token) -> bool:
        descriptions = self.cues.speaker_descriptions
        return head.lemma_.lower() in descriptions or head.lower_ in descriptions

    def definite(self, tokens: list[Token], nouns: frozenset[str] | None = None) -> bool:
        """A definite description of a person (``the spokesperson``) rather than a new one (``a``)."""
        nouns = self.cues.person_descriptions if nouns is None else nouns
        return bool(tokens) and tokens[0].lower_ in DEFINITE and (
            tokens[-1].lower_ in nouns or tokens[-1].lemma_.lower() in nouns)

    def described(self, tokens: list[Token], surface: Mention) -> Speaker:
        text = " ".join(t.text for t in tokens if t.lower_ not in DETERMINERS)
        return Speaker(text, surface, None, "person")

    def last_named_org(self, before: int, noun: str) -> Speaker | None:
        """'the council', 'the newspaper': the organisation named last before, one whose name has
        that noun in it ('Bristol City Council') if there is one, else any that is not a platform."""
        candidates = [ent for ent in self.orgs if ent.end_char <= before and ent.label_ in ORG_LABELS]
        with_noun = [ent for ent in candidates if noun in ent.text.lower()]
        chosen = (with_noun or candidates)[-1:]
        return Speaker(self.clean_org(chosen[0].text), (chosen[0].text, chosen[0].start_char,
                                                         chosen[0].end_char), None, "org") if chosen else None

    def entity_of(self, head: Token) -> Span | None:
        return entity_at(head)

    def named(self, ent: Span, subtree: list[Token], surface: Mention) -> Speaker:
        if ent.label_ in PERSON_LABELS:
            name = self.expand(self.clean_name(ent)) or ent.text
            platform = self.platform_near(subtree) or self.platform_of.get(name)
            return Speaker(name, surface, platform, "person")
        return Speaker(self.clean_org(ent.text), surface, None, "org")

    def name_chain(self, head: Token) -> list[Token]:
        chain = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        chain.append(head)
        chain.extend(c for c in head.rights if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")
        return chain

    def spokesperson(self, head: Token, subtree: list[Token], surface: Mention) -> Speaker | None:
        """``a Twitter spokesperson``, ``a spokesperson for Facebook``: the organisation speaks."""
        for tok in subtree:
            if tok == head or self.index.quoted(tok.i):
                continue
            ent = self.entity_of(tok)
            if ent is not None and ent.label_ == PLATFORM_LABEL:
                return self.relabel(self.org(ent), surface)
        for tok in subtree:
            ent = self.entity_of(tok)
            if ent is not None and ent.label_ in ORG_LABELS | PERSON_LABELS and tok != head:
                return self.named(ent, subtree, surface)
        platform_only = self.org_noun_kind([t for t in subtree if t.i <= head.i]) == "platform"
        meant = self.main_platform(surface[1]) or self.last_org(surface[1], platform_only)
        return self.relabel(meant, surface)

    def main_platform(self, before: int) -> Speaker | None:
        """'the company', 'the social network': the platform the article has named most so far
        (the latest of those on a tie), since such a noun stands for what the story is about."""
        platforms = [e for e in self.orgs if e.label_ == PLATFORM_LABEL and e.end_char <= before]
        mentions = [PlatformMention(e.ent_id_, e.text, e.start_char, e.end_char, e.start, e.end)
                    for e in platforms]
        name = main_platform_before(before, mentions)
        if name is None:
            return None
        return self.org([e for e in platforms if e.ent_id_ == name][-1])

    def org_noun_kind(self, tokens: list[Token]) -> str | None:
        """"the company" -> company, "the social network" -> platform."""
        words = [t.lower_ for t in tokens
                 if (t.lower_ not in DETERMINERS and t.pos_ != "ADJ") or t.lower_ == "social"]
        for size in range(min(4, len(words)), 0, -1):
            phrase = " ".join(words[-size:])
            if phrase in self.cues.platform_nouns:
                return "platform"
            if phrase in self.cues.company_nouns:
                return "company"
        return None


# ----------------------------------------------------------------------------------------------
# 4. putting it together


def word_count(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def opens_paragraph(index: DocIndex, span: QuoteSpan) -> bool:
    return not before_frame(index, span) and index.text[span.mark_start - 1:span.mark_start] in ("", "\n")


def is_title_case(text: str) -> bool:
    """A quoted name or title (``"Threat Report on the Surveillance Industry"``), not speech."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if len(words) < 2 or text.rstrip()[-1:] in ",.!?;:":
        return False
    capitalised = [w for w in words if w[0].isupper() or w.isupper()]
    return len(capitalised) == len(words) or (words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in TITLE_FUNCTION_WORDS for w in words))


def after_naming_word(index: DocIndex, span: QuoteSpan, cues: CueData) -> bool:
    """``called "SecuriElite"``, ``entitled "..."``, ``dubbed it "..."``."""
    k = index.last_token_before(span.mark_start)
    skipped = 0
    while k >= 0 and skipped < 3:
        tok = index.doc[k]
        if tok.lower_ in cues.naming_words or tok.lemma_.lower() in cues.naming_words:
            return True
        if tok.lower_ not in NAMING_FILLERS:
            return False
        skipped += 1
        k -= 1
    return False


def term_mention(index: DocIndex, span: QuoteSpan, body: str) -> bool:
    """``the "shadow ban" is real``: a quoted term after a determiner, with no speech punctuation
    inside the marks, names a term; it is not something someone said."""
    if any(ch in body for ch in ",.!?;:"):
        return False
    k = index.last_token_before(span.mark_start)
    return k >= 0 and index.doc[k].lower_ in TERM_DETERMINERS


def find_quotes(doc: Doc) -> list[Quote]:
    """Every attributed quotation of the document, in text order."""
    cues = load_cues()
    text = doc.text
    spans = find_spans(text)
    index = DocIndex.build(doc, spans)
    resolver = Resolver(doc, index, cues)
    attributed = [attribute(index, resolver, span, cues) for span in spans]
    group_speaker = group_attribution(attributed)
    quotes: list[Quote] = []
    previous: Attribution | None = None
    for att in attributed:
        span = att.span
        body = text[span.start:span.end]
        short = word_count(body) <= cues.max_scare_words
        if is_title_case(body) or (short and (after_naming_word(index, span, cues)
                                              or term_mention(index, span, body))):
            continue
        if att.speaker is None and span.group in group_speaker:
            att = group_speaker[span.group].moved_to(span)
        elif att.cue is None and not short:
            if previous is not None and carries_over(index, span, previous.span):
                att = previous.moved_to(span)
            elif opens_paragraph(index, span):
                att = introduced(index, resolver, span, cues) or att
        if att.cue is None and short:
            continue  # scare quotes
        if short and not att.bound:
            continue
        if att.speaker is None and not standalone(index, span):
            continue
        quotes.append(make_quote(text, att))
        previous = att
    return sorted(quotes, key=lambda q: (q.start, q.end))


@dataclass(frozen=True)
class Attribution:
    span: QuoteSpan
    cue: Cue | None
    speaker: Speaker | None
    bound: bool

    def moved_to(self, span: QuoteSpan) -> Attribution:
        return Attribution(span, self.cue, self.speaker, True)


def attribute(index: DocIndex, resolver: Resolver, span: QuoteSpan, cues: CueData) -> Attribution:
    body = index.text[span.start:span.end]
    cue, bound = choose_cue(index, span, body, cues)
    speaker = resolver.resolve(cue.speaker_token) if cue and cue.speaker_token is not None else None
    if speaker is not None:
        resolver.remember(span.start, speaker)
    return Attribution(span, cue, speaker, bound)


def introduced(index: DocIndex, resolver: Resolver, span: QuoteSpan, cues: CueData) -> Attribution | None:
    """A paragraph-long quote after a paragraph that ends by saying who speaks
    (``..., claimed in a report that ...`` / ``Dorsey wrote:``): the last cue verb there."""
    tokens = index.paragraph_tokens(span.paragraph - 1)
    for cue in cues_in(tokens, cues, from_end=True):
        if cue.speaker_token is not None and cue.distance <= len(tokens) // 2 + SHORT_ATTRIBUTION_TOKENS:
            speaker = resolver.resolve(cue.speaker_token)
            if speaker is not None:
                return Attribution(span, cue, speaker, True)
    return None


def group_attribution(attributed: list[Attribution]) -> dict[int, Attribution]:
    """The first speaker found for each multi-paragraph quote, shared by all its paragraphs."""
    out: dict[int, Attribution] = {}
    multi = {att.span.group for att in attributed if att.span.runs_on}
    for att in attributed:
        if att.span.group in multi and att.speaker is not None and att.span.group not in out:
            out[att.span.group] = att
    return out


def carries_over(index: DocIndex, span: QuoteSpan, prev: QuoteSpan) -> bool:
    """A quote that opens its paragraph right after a quoting paragraph, or follows an attributed
    quote in the same paragraph with nothing but attribution between them."""
    if span.paragraph - prev.paragraph > 1:
        return False
    if span.paragraph == prev.paragraph + 1:
        return opens_paragraph(index, span)
    return not before_frame(index, span)


def standalone(index: DocIndex, span: QuoteSpan) -> bool:
    """A whole-sentence quote (nothing before it in its sentence)."""
    return not before_frame(index, span)


def make_quote(text: str, att: Attribution) -> Quote:
    span, cue, speaker = att.span, att.cue, att.speaker
    return Quote(
        text=text[span.start:span.end],
        start=span.start,
        end=span.end,
        speaker=speaker.name if speaker else None,
        speaker_span=speaker.mention if speaker else None,
        cue=cue.text if cue else None,
        speaker_platform=speaker.platform if speaker else None,
    )
