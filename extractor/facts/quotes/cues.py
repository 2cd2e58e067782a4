"""Stage 2, cues: the words around a quote that say it was said (a cue verb or phrase) and the
token naming who said it."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from extractor.facts.entities import doc_text
from extractor.facts.quotes.after import (
    attribution_follows,
    headline_speaker,
    introduces_next,
    named_beside,
    parenthetical,
)
from extractor.facts.quotes.spans import QuoteSpan, paragraphs
from extractor.facts.quotes.subjects import Quoted, find_subject, is_cue_verb, never
from extractor.facts.quotes.vocab import (
    DASHES,
    MAX_AFTER_TOKENS,
    MAX_BEFORE_SCAN,
    MAX_BEFORE_TOKENS,
    MAX_GOVERNING_HOPS,
    MAX_SIGNATURE_TOKENS,
    NOT_CUE_DEPS,
    SENTENCE_END,
    SHORT_ATTRIBUTION_TOKENS,
    WEAK_CUE_DISTANCE,
    CueData,
)

DASH_CHARS = "-―—–"
ASPECT_VERBS = frozenset({"begin", "start", "continue", "finish"})


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
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        quote_of = [-1] * len(doc)
        for n, sp in enumerate(spans):
            lo = bisect.bisect_left(starts, sp.mark_start)
            hi = bisect.bisect_left(starts, sp.mark_end + 1)
            for k in range(lo, hi):
                quote_of[k] = n
        return cls(doc, spans, starts, quote_of, doc_text(doc))

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
    return "\n" in tok.text or tok.text in SENTENCE_END or is_bullet(tok)


LIST_BULLETS = frozenset({"*", "-", "•", "·", "–", "—", "+"})


def is_bullet(tok: Token) -> bool:
    """A list item's mark (``* "We were informed ..."``) opening its line: markup, not words."""
    if tok.text not in LIST_BULLETS:
        return False
    text = doc_text(tok.doc)
    line_start = text.rfind("\n", 0, tok.idx) + 1
    return not text[line_start:tok.idx].strip()


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


def is_weak(tok: Token, cues: CueData) -> bool:
    return tok.lemma_.lower() in cues.weak_cue_lemmas and tok.lower_ not in cues.cue_forms


def phrase_cue_at(frame: list[Token], i: int, cues: CueData) -> tuple[str, str, int] | None:
    for words, cue, role in cues.phrase_cues:
        n = len(words)
        if tuple(t.lower_ for t in frame[i:i + n]) == words:
            return cue, role, n
    return None


REPORTED_DEPS = {"ccomp", "xcomp", "advcl", "conj"}


def saying_verb(head: Token, cues: CueData) -> Token:
    """The verb a phrase cue tells the manner of: its own head, or the speaking verb that reports
    the clause it hangs on ('The company says the change will happen "...," in a blog post': the
    company's post, not the change's)."""
    verb = head
    while not is_cue_verb(verb, cues):
        if verb.dep_ not in REPORTED_DEPS or verb.head == verb:
            return head
        verb = verb.head
    return verb


def cues_in(frame: list[Token], cues: CueData, from_end: bool, quoted: Quoted = never) -> list[Cue]:
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
                speaker = find_subject(saying_verb(tok.head, cues), cues, quoted=quoted)
            if speaker is not None or role == "clause":
                found.append(Cue(cue, speaker, None, distance))
            continue
        if not is_cue_verb(tok, cues):
            continue
        if is_weak(tok, cues) and (distance > WEAK_CUE_DISTANCE or aspect_of(tok)):
            continue
        if from_end and tok.lemma_.lower() in cues.after_only_cue_lemmas:
            continue  # 'accounts shared "primarily civic content"': what was shared, not said
        found.append(Cue(tok.text, find_subject(tok, cues, quoted=quoted), tok, distance))
    found.sort(key=lambda c: c.distance)
    return found


def aspect_of(verb: Token) -> bool:
    """'donations began to pick up again', 'continued to rise': a verb of beginning or going on
    with the verb it begins as its complement says nothing."""
    return verb.lemma_.lower() in ASPECT_VERBS and any(
        c.dep_ == "xcomp" and c.i > verb.i and (c.tag_ == "VBG" or any(a.lower_ == "to" for a in c.lefts))
        for c in verb.children)


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


def ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in SENTENCE_END


def dominates(index: DocIndex, span: QuoteSpan, verb: Token) -> bool:
    """Does the cue verb govern the quoted words closely (``called it "remarkable"``, ``said it
    was the "right decision"``), rather than a quoted term used as a modifier far below it?"""
    lo, hi = index.first_token_at(span.start), index.first_token_at(span.end)
    for tok in index.doc[lo:hi]:
        if lo <= tok.head.i < hi and tok.head != tok:
            continue
        # ('called the two cases "very similar" on Monday': an adjective after its noun is what
        # the noun is called, whatever the parse's 'amod' says; a quoted term modifies before it)
        if tok.dep_ in NOT_CUE_DEPS and not (tok.dep_ == "amod" and tok.i > tok.head.i):
            return False
        if described_as(tok, verb):
            return True
        hops, head = 0, tok
        while head.head != head and hops < MAX_GOVERNING_HOPS:
            head, hops = head.head, hops + 1
            if head == verb:
                return True
    return False


def described_as(tok: Token, verb: Token) -> bool:
    """'described the ban as "Kafkaesque"' where the parse hangs 'as' on the object: the verb
    governs what its object is described as."""
    prep = tok.head
    return (prep.dep_ == "prep" and prep.lower_ == "as" and prep.head.dep_ == "dobj"
            and prep.head.head == verb)


def choose_cue(index: DocIndex, span: QuoteSpan, text: str, cues: CueData) -> tuple[Cue | None, bool]:
    """The cue of a quote, and whether it is tightly bound to it (an attribution right after the
    quote, or a verb governing it). The words after the quote win when the quote ends with a
    comma; else the nearest cue before it in its sentence."""
    after = after_frame(index, span)
    signed = signature(index, span)
    if signed is not None:
        return signed, True
    headline = headline_speaker(index, span.start, span.end)
    if headline is not None:
        return Cue(":", headline, None, 0), True
    # '"... today." Smith later said that ...' starts a new sentence; after '?' or '!' the
    # attribution may follow with a capital ('"Why?" Smith asked reporters during ...'), when no
    # cue before the quote introduces it
    new_sentence = bool(after) and after[0].is_title and ends_sentence(text) and len(
        after) > SHORT_ATTRIBUTION_TOKENS
    if new_sentence and text.rstrip()[-1:] == ".":
        after = []
    all_after = cues_in(after, cues, from_end=False, quoted=index.quoted)
    for cue in all_after:
        if cue.speaker_token is None and cue.verb is not None:
            cue.speaker_token = named_beside(index, after, cue.verb)
    after_cues = [c for c in all_after if attribution_follows(after, c)]
    before_cues = cues_in(before_frame(index, span), cues, from_end=True, quoted=index.quoted)
    trailing_comma = text.rstrip()[-1:] in ",?!" or bool(after and after[0].text == ",")
    governing_before = bool(before_cues) and before_cues[0].verb is not None and dominates(
        index, span, before_cues[0].verb)
    # 'Clinton responds with, "Why now?" Mills writes back, "..."': Mills's cue is the next quote's
    if after_cues and governing_before and ends_sentence(text) and introduces_next(
            index, after, after_cues[0]):
        after_cues = []
    # 'X who tweeted, "A," later adding, "B"', 'X told Wired, "A," before adding a plea': a cue
    # with no subject of its own gives way to a cue of the sentence that names who speaks
    named_before = next((c for c in before_cues if c.speaker_token is not None), None)
    teller = inner_teller(before_cues[0].verb) if governing_before else None
    if (teller is not None and after_cues and after_cues[0].verb is not None
            and after_cues[0].verb in before_cues[0].verb.ancestors):
        # 'Facebook rejected the ad, telling it the image was "sexually suggestive", the charity
        # said': the telling inside the charity's report says who said the quoted words
        return Cue(before_cues[0].text, teller, before_cues[0].verb, before_cues[0].distance), True
    if after_cues and (trailing_comma and not (new_sentence and before_cues) or not before_cues):
        if after_cues[0].speaker_token is None and named_before is not None:
            return named_before, True
        return after_cues[0], True
    if before_cues:
        cue = before_cues[0]
        if cue.speaker_token is None and named_before is not None:
            cue = named_before
        bound = cue.verb is None or dominates(index, span, cue.verb)
        return cue, bound
    closing = [c for c in all_after if parenthetical(after, c)]
    if closing:
        return closing[0], False
    # '"Many would consider that an embarrassment" if she didn't win by more, said David
    # Wasserman, an analyst': the verb at the end of the sentence governs the quoted words
    governing = [c for c in all_after if c.verb is not None and c.speaker_token is not None
                 and governs(index, span, c.verb)]
    if governing:
        return governing[0], True
    return None, False


def inner_teller(verb: Token | None) -> Token | None:
    """The subject of the clause a participle of speech hangs from ('Facebook' in 'Facebook
    rejected the ad, telling it ...'), or None."""
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    # (a name only: 'Her liberal friends have mocked Trump, calling him "an orange buffoon," Susan
    # said' is Susan's report, whose next quote goes on in her words)
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def governs(index: DocIndex, span: QuoteSpan, verb: Token) -> bool:
    """Is the cue verb above the quoted words in the parse (at any distance)?"""
    lo, hi = index.first_token_at(span.start), index.first_token_at(span.end)
    return any(verb in index.doc[k].ancestors for k in range(lo, max(lo + 1, hi)))


NAME_PARTICLES = frozenset({"di", "da", "de", "del", "della", "der", "van", "von", "la", "le", "du", "of",
                            "y"})


def signature(index: DocIndex, span: QuoteSpan) -> Cue | None:
    """``"..." ― Karen Bobadilla``: a quote signed with a dash and a name closing its line (reader
    comments, testimonials, epigraphs); the name, up to a comma, is the speaker."""
    doc, k = index.doc, index.first_token_at(span.mark_end)
    if span.runs_on or k >= len(doc):
        return None
    tok = doc[k]
    rest = tok.text[1:] if tok.idx == span.mark_end else tok.text  # the tokenizer may glue ”―
    if rest in DASHES:
        k += 1
    elif not rest and k + 1 < len(doc) and doc[k + 1].text in DASHES:
        k += 2
    else:  # the signature on the next line: '"...."\n\n-Michelle Marks, Philadelphia.'
        j = k + 1 if not rest else k
        while j < len(doc) and doc[j].is_space:
            j += 1
        if rest or j == k + 1 or j >= len(doc) or "\n" not in doc[j - 1].text:
            return None
        if doc[j].text in DASHES:
            k = j + 1
        elif doc[j].text[0] in DASH_CHARS and doc[j].text[1:2].isupper():
            k = j  # '-President' in one token
        else:
            return None
    name: list[Token] = []
    # (up to a comma, a full stop or a bracket: '- Guardia di Finanza (translated)')
    while k < len(doc) and doc[k].text not in (",", ".", "(") and not doc[k].is_space and not index.quoted(k):
        name.append(doc[k])
        k += 1
    if not name or len(name) > MAX_SIGNATURE_TOKENS:
        return None
    if not all(t.pos_ == "PROPN" or t.text.lstrip(DASH_CHARS).istitle() or t.lower_ in NAME_PARTICLES
               and 0 < j < len(name) - 1 for j, t in enumerate(name)):
        return None
    if not name[0].text.lstrip(DASH_CHARS)[:1].isupper():
        return None
    proper = [t for t in name if t.pos_ == "PROPN" and t.text[:1].isupper()]
    heads = [t for t in name if not (name[0].i <= t.head.i <= name[-1].i) or t.head == t]
    return Cue("—", (proper or heads or name)[-1], None, 0)
