"""Stage 4, assembly: spans, cues and speakers put together into ``Quote`` records, with
carry-over, paragraph introductions and scare quotes left out."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from extractor.facts.entities import doc_text
from extractor.facts.quotes.continued import going_on
from extractor.facts.quotes.cues import (
    LIST_BULLETS,
    Cue,
    DocIndex,
    before_frame,
    choose_cue,
    cues_in,
    is_weak,
)
from extractor.facts.quotes.messages import received_message
from extractor.facts.quotes.organisations import is_notice
from extractor.facts.quotes.spans import QuoteSpan, find_spans
from extractor.facts.quotes.speakers import Resolver, Speaker
from extractor.facts.quotes.subjects import find_subject, is_cue_verb, named_in_title
from extractor.facts.quotes.terms import (
    after_naming_word,
    attributed_fragment,
    is_title_case,
    reported_fragment,
    said_in_capitals,
    term_mention,
    titled_work,
)
from extractor.facts.quotes.vocab import (
    SHORT_ATTRIBUTION_TOKENS,
    SUBJECT_DEPS,
    VERB_POS,
    CueData,
    load_cues,
)


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




def word_count(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def opens_paragraph(index: DocIndex, span: QuoteSpan) -> bool:
    line_start = index.text.rfind("\n", 0, span.mark_start) + 1
    prefix = index.text[line_start:span.mark_start].strip()
    return not before_frame(index, span) and (not prefix or prefix in LIST_BULLETS)


def find_quotes(doc: Doc, whole_text: str | None = None) -> list[Quote]:
    """Every attributed quotation of the document, in text order. ``whole_text``: the article
    when ``doc`` holds only some of its lines (a surname is then given the full name the
    article writes elsewhere, ``Enslin`` -> ``Bob Enslin``)."""
    cues = load_cues()
    text = doc_text(doc)
    spans = find_spans(text)
    index = DocIndex.build(doc, spans)
    resolver = Resolver(doc, index, cues, whole_text=whole_text)
    attributed = [attribute(index, resolver, span, cues) for span in spans]
    attributed = joined_to_next(text, attributed)
    group_speaker = group_attribution(attributed)
    quotes: list[Quote] = []
    own_cue: list[bool] = []  # whether each quote's speaker comes from a cue of its own
    previous: Attribution | None = None
    for att in attributed:
        span = att.span
        cued = att.cue is not None
        body = text[span.start:span.end]
        short = word_count(body) <= cues.max_scare_words
        named = is_title_case(body) and not (short and said_in_capitals(index, att))
        if named or titled_work(index, span, body, cues):
            continue  # a title or a name: nothing anybody said
        if short and (after_naming_word(index, span, cues) or term_mention(index, span, body)) and not (
                attributed_fragment(att) or reported_fragment(index, att, cues)):
            continue  # a quoted term nobody is said to have said
        if att.speaker is None and span.group in group_speaker:
            att = group_speaker[span.group].moved_to(span)
        elif (att.cue is None or att.speaker is None) and not short:
            # no cue, or a cue whose speaker the parse does not give ('," before adding a plea')
            intro = (introduced(index, resolver, span, cues) if opens_paragraph(index, span)
                     else said_just_before(index, resolver, span, cues))
            if previous is not None and carries_over(index, span, previous.span) and not (
                    intro is not None and introduced_after(index, intro, previous.span)):
                att = previous.moved_to(span)
            elif intro is not None:
                att = intro
        if (going := going_on(index, att, previous)) is not None:
            att = Attribution(span, att.cue, going, att.bound)  # 'The developer continued: "..."'
        if att.speaker is None or att.speaker.kind == "other":
            # a platform's notice, or a message it sent ('I got a reply from the admins: "..."')
            notice = (resolver.notice_speaker(span.start, span.end) if is_notice(body, cues) else
                      resolver.notice_speaker(span.start) if received_message(index, span, att.speaker)
                      else None)
            if notice is not None:
                att = Attribution(span, att.cue or Cue("notice", None, None, 0), notice, True)
        if att.cue is None and short:
            continue  # scare quotes
        if short and not att.bound and not reported_fragment(index, att, cues):
            continue
        if att.speaker is None and not standalone(index, span):
            subject = sentence_subject(index, resolver, span, cues) or quoted_predicate(index, resolver, span)
            if subject is None:
                continue
            att = subject  # 'Google wants to combat "convincing fake apps"': the sentence's subject
        quotes.append(make_quote(text, att))
        own_cue.append(cued)
        previous = att
    return sorted(pull_quotes_attributed(quotes, own_cue), key=lambda q: (q.start, q.end))


MAX_CARRY_PARAGRAPHS = 3  # a speaker goes on over at most two paragraphs of narration
PULL_QUOTE_WORDS = 5  # a repeated excerpt shorter than this may be a common phrase
PULL_QUOTE_SHARE = 0.8  # share of an excerpt's words that the quote it repeats has


def pull_quotes_attributed(quotes: list[Quote], own_cue: list[bool]) -> list[Quote]:
    """A pull quote (an excerpt of a quote told elsewhere in the article, perhaps shortened, set
    apart with no cue of its own) is the words of whoever says the quote it repeats."""
    words = [{w.strip(".,;:!?\"'()[]").casefold() for w in q.text.split()} - {""} for q in quotes]
    out = list(quotes)
    for k, q in enumerate(quotes):
        if own_cue[k] or len(words[k]) < PULL_QUOTE_WORDS:
            continue
        source = next((p for j, p in enumerate(quotes) if j != k and own_cue[j] and p.speaker
                       and len(words[j]) > len(words[k])
                       and len(words[k] & words[j]) >= PULL_QUOTE_SHARE * len(words[k])), None)
        if source is not None and source.speaker != q.speaker:
            out[k] = replace(q, speaker=source.speaker, speaker_span=source.speaker_span, cue=source.cue,
                             speaker_platform=source.speaker_platform)
    return out


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


NAME_LINE_TOKENS = 10  # a line that only names a speaker before a colon is short


def introduced(index: DocIndex, resolver: Resolver, span: QuoteSpan, cues: CueData) -> Attribution | None:
    """A paragraph-long quote after a paragraph that ends by saying who speaks
    (``..., claimed in a report that ...`` / ``Dorsey wrote:``): the last cue verb there; after a
    paragraph ending with a colon (``Trump issued the following statement:``), the subject of its
    last sentence whatever the verb."""
    tokens = index.paragraph_tokens(span.paragraph - 1)
    for cue in cues_in(tokens, cues, from_end=True, quoted=index.quoted):
        if cue.speaker_token is not None and cue.distance <= len(tokens) // 2 + SHORT_ATTRIBUTION_TOKENS:
            speaker = resolver.resolve(cue.speaker_token)
            if speaker is not None:
                return Attribution(span, cue, speaker, True)
    words = [t for t in tokens if not t.is_space]
    if words and words[-1].text == ":":
        root = words[-1].sent.root
        subject = find_subject(root, cues, quoted=index.quoted) if root.pos_ in VERB_POS else None
        speaker = resolver.resolve(subject) if subject is not None else None
        if speaker is not None:
            return Attribution(span, Cue(":", subject, root, 0), speaker, True)
        if (root.pos_ == "PROPN" and root.ent_type_ == "PERSON" and len(words) <= NAME_LINE_TOKENS
                and not index.quoted(root.i)):
            # "Kaspersky Lab's Denis Maslennikov:" alone on its line: that person speaks
            speaker = resolver.resolve(root)
            if speaker is not None and speaker.kind == "person" and " " in speaker.name:
                return Attribution(span, Cue(":", root, None, 0), speaker, True)
    return last_subject(index, resolver, span, words)


def last_subject(index: DocIndex, resolver: Resolver, span: QuoteSpan,
                 words: list[Token]) -> Attribution | None:
    """A quote alone in its paragraph with no cue anywhere, after a paragraph whose last sentence
    has a person for the subject of its main verb (``Viguerie is upbeat about Cruz's chances. /
    "..."``, ``Jones disagreed. / "..."``): that person speaks. Not an organisation: what follows
    ``Parler must prove to Apple that ...`` is more likely Apple's letter than Parler's words."""
    if not words or not quote_fills_paragraph(index, span):
        return None
    root = words[-1].sent.root
    if root.pos_ not in VERB_POS or index.quoted(root.i):
        return None
    titles = resolver.cues.title_words
    subjects = [named_in_title(c, titles) for c in root.children
                if c.dep_ in SUBJECT_DEPS and not index.quoted(c.i)]
    speaker = resolver.resolve(subjects[0]) if subjects else None
    if speaker is None or speaker.kind != "person":
        return None
    return Attribution(span, Cue("", subjects[0], root, 0), speaker, True)


def sentence_subject(index: DocIndex, resolver: Resolver, span: QuoteSpan,
                     cues: CueData) -> Attribution | None:
    """A quote inside a sentence with no cue, below a main verb that tells what its subject wants,
    finds or holds ('Google wants to combat "convincing fake apps"', 'the company found that there
    are "over 50 times more malware"'), or that says ('Roper says that the group has had "no
    communication with payment processors, ..."': the speaking verb governs the clause, not the
    quote): that subject's words, when it is a person or organisation.
    Not below other verbs: 'Cytrox evaded detection "by only infecting people ..."' quotes the
    report that says so, not Cytrox."""
    k = index.first_token_at(span.start)
    if k >= len(index.doc):
        return None
    root = index.doc[k].sent.root
    if root.pos_ not in VERB_POS or index.quoted(root.i) or (
            root.lemma_.lower() not in cues.stance_verbs
            and not (is_cue_verb(root, cues) and not is_weak(root, cues))):
        return None
    if root.i not in {a.i for a in index.doc[k].ancestors}:
        return None
    subject = find_subject(root, cues, quoted=index.quoted)
    speaker = resolver.resolve(subject) if subject is not None else None
    if speaker is None or speaker.kind == "other":
        return None
    return Attribution(span, Cue("", subject, root, 0), speaker, False)


def quoted_predicate(index: DocIndex, resolver: Resolver, span: QuoteSpan) -> Attribution | None:
    """'The app's developers "categorically reject harassment ..."': a quote that is its sentence's
    predicate, the main verb inside the marks and its subject before them, is the subject's words
    (when the subject is a person or an organisation)."""
    k = index.first_token_at(span.start)
    if k >= len(index.doc):
        return None
    root = index.doc[k].sent.root
    words = index.text[span.start:span.end].rstrip("\"”’' ")
    if (root.pos_ not in VERB_POS or not span.start <= root.idx < span.end or root.tag_ == "VBN"
            or not words.endswith((".", "!", "?"))
            or any(c.dep_ in {"auxpass", "nsubjpass"} for c in root.children)):
        return None  # ('Stylus "accidentally banned by npmjs"', a headline's 'Apple "pulls 60 VPNs"')
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.idx < span.mark_start
                    and not index.quoted(c.i)), None)
    edge = subject.right_edge if subject is not None else None
    if edge is None or index.text[edge.idx + len(edge):span.mark_start].strip():
        return None  # the quote goes on right after the subject
    speaker = resolver.resolve(subject)
    if speaker is None or speaker.kind == "other":
        return None
    return Attribution(span, Cue("", subject, None, 0), speaker, False)


def quote_fills_paragraph(index: DocIndex, span: QuoteSpan) -> bool:
    """Nothing but the quote, and maybe other quotes, in the quote's paragraph."""
    return not index.paragraph_tokens(span.paragraph) or all(
        t.is_punct or t.is_space for t in index.paragraph_tokens(span.paragraph))


CONVINCED = {"convinced", "confident", "adamant", "certain", "sure", "optimistic", "pessimistic"}


def said_just_before(index: DocIndex, resolver: Resolver, span: QuoteSpan,
                     cues: CueData) -> Attribution | None:
    """A quote opening a sentence inside a paragraph, right after a sentence of that paragraph
    whose main verb is a cue (``Perez says too many women feel guilty. "They feel like a bad
    mom."``): that cue's subject speaks."""
    k = index.last_token_before(span.mark_start)
    if before_frame(index, span) or k < 0 or "\n" in index.text[index.doc[k].idx:span.mark_start]:
        return None
    sent = index.doc[k].sent
    root = sent.root
    stance = root.lemma_.lower() in cues.stance_verbs or root.lower_ in CONVINCED or any(
        c.dep_ == "acomp" and c.lower_ in CONVINCED for c in root.children)
    if index.quoted(root.i) or not (is_cue_verb(root, cues) or stance):
        return None
    subject = find_subject(root, cues, quoted=index.quoted)
    speaker = resolver.resolve(subject) if subject is not None else None
    if speaker is None or speaker.kind == "other":
        return None  # ('Lang is convinced the setbacks are temporary. "It's our only solution."')
    return Attribution(span, Cue(root.text, subject, root, 0), speaker, True)


def introduced_after(index: DocIndex, intro: Attribution, previous: QuoteSpan) -> bool:
    """Was the speaker of a paragraph's introduction named after the previous quote (``"...," Smith
    said. Jones, who chairs the committee, added:``)? Then that speaker, not Smith, goes on."""
    cue = intro.cue
    anchor = cue.verb if cue is not None and cue.verb is not None else (cue.speaker_token if cue else None)
    return anchor is not None and anchor.idx > previous.mark_end


def joined_to_next(text: str, attributed: list[Attribution]) -> list[Attribution]:
    """``"We will win." "Nobody can stop us," Ann Smith said.``: a quote with no cue that runs
    straight into the next quote of its paragraph (nothing but spaces and punctuation between
    their marks) is the same speaker's, whoever speaks the next one."""
    out = list(attributed)
    for k in range(len(out) - 2, -1, -1):
        here, nxt = out[k], out[k + 1]
        between = text[here.span.mark_end + 1:nxt.span.mark_start]
        adjacent = here.span.paragraph == nxt.span.paragraph and not any(ch.isalnum() for ch in between)
        if here.cue is None and nxt.speaker is not None and adjacent and not here.span.runs_on:
            out[k] = Attribution(here.span, nxt.cue, nxt.speaker, True)
    return out


def group_attribution(attributed: list[Attribution]) -> dict[int, Attribution]:
    """The first speaker found for each multi-paragraph quote, shared by all its paragraphs."""
    out: dict[int, Attribution] = {}
    multi = {att.span.group for att in attributed if att.span.runs_on}
    for att in attributed:
        if att.span.group in multi and att.speaker is not None and att.span.group not in out:
            out[att.span.group] = att
    return out


def carries_over(index: DocIndex, span: QuoteSpan, prev: QuoteSpan) -> bool:
    """A quote that opens its paragraph after a quoting paragraph, right after it or after one or
    two paragraphs of narration (an introduction there names someone else: ``introduced_after``),
    or follows an attributed quote in the same paragraph with nothing but attribution between
    them."""
    gap = span.paragraph - prev.paragraph
    if gap > MAX_CARRY_PARAGRAPHS:
        return False
    if gap > 0:
        return opens_paragraph(index, span)
    return not before_frame(index, span)


def standalone(index: DocIndex, span: QuoteSpan) -> bool:
    """A whole-sentence quote (nothing before it in its sentence)."""
    return not before_frame(index, span)


# punctuation that closes a quoted clause for the sentence around it, not part of the words
ATTRIBUTION_PUNCTUATION = ",;: \u00a0"


def make_quote(text: str, att: Attribution) -> Quote:
    span, cue, speaker = att.span, att.cue, att.speaker
    end = span.end
    while end > span.start + 1 and text[end - 1] in ATTRIBUTION_PUNCTUATION:
        end -= 1  # '"... the public conversation," he said': the comma belongs to the attribution
    return Quote(
        text=text[span.start:end],
        start=span.start,
        end=end,
        speaker=speaker.name if speaker else None,
        speaker_span=speaker.mention if speaker else None,
        cue=(cue.text or None) if cue else None,
        speaker_platform=speaker.platform if speaker else None,
    )


def shifted(quote: Quote, shift_at: list[tuple[int, int]]) -> Quote:
    """A quote found in a text made of some of an article's lines, with its offsets moved to the
    whole text: ``shift_at`` holds (start in the partial text, shift) for each line, in order."""
    starts = [start for start, _ in shift_at]

    def move(offset: int) -> int:
        return offset + shift_at[max(0, bisect.bisect_right(starts, offset) - 1)][1]

    span = quote.speaker_span
    moved = None if span is None else (span[0], move(span[1]), move(span[1]) + span[2] - span[1])
    return replace(quote, start=move(quote.start), end=move(quote.start) + quote.end - quote.start,
                   speaker_span=moved)
