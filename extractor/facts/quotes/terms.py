"""What is left out, and what a short quote is: titles and names of works (``on NBC's "Meet the
Press."``), quoted terms after a naming word or a determiner (``an app called "X"``, ``the "shadow
ban"``), and the short fragments a speaker is said to have said (``called this "a critical
moment"``, a phrase inside a reported clause). Used by ``assemble``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.facts.quotes.cues import DocIndex, is_weak
from extractor.facts.quotes.spans import QuoteSpan
from extractor.facts.quotes.vocab import (
    MAX_TITLE_WORDS,
    NAMING_FILLERS,
    TERM_DETERMINERS,
    TITLE_FUNCTION_WORDS,
    CueData,
)

if TYPE_CHECKING:
    from extractor.facts.quotes.assemble import Attribution


def is_title_case(text: str) -> bool:
    """A quoted name or title (``"Threat Report on the Surveillance Industry"``), not speech."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if len(words) < 2 or text.rstrip()[-1:] in ",.!?;:":
        return False
    capitalised = [w for w in words if w[0].isupper() or w.isupper()]
    return len(capitalised) == len(words) or (words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in TITLE_FUNCTION_WORDS for w in words))


def titled_work(index: DocIndex, span: QuoteSpan, body: str, cues: CueData) -> bool:
    """``on NBC's "Meet the Press."``, ``his book ''The Art of the Deal.''``: a title-case quote
    (a comma or stop inside the marks, as US style puts it) right after a preposition, a possessive
    or a noun for a work is the name of a show, book or song, not speech."""
    if len(body.split()) > MAX_TITLE_WORDS or not is_title_case(body.strip(" ,.'’\"")):
        return False
    k = index.last_token_before(span.mark_start)
    if k >= 0 and index.doc[k].text == ",":
        k -= 1
    if k < 0:
        return False
    tok = index.doc[k]
    return tok.pos_ == "ADP" or tok.tag_ == "POS" or tok.lemma_.lower() in cues.work_nouns


def attributed_fragment(att: Attribution) -> bool:
    """'Corcoran called this "a critical moment"', 'Stone told Reuters the documents were a
    "selective view"': a short quote that a speaking verb with a named speaker governs is what
    that speaker said, not a term ('an app called "X"' has no speaker of its own)."""
    verb = att.cue.verb if att.cue is not None else None
    return (verb is not None and att.bound and att.speaker is not None and att.speaker.kind != "other"
            and verb.dep_ not in {"acl", "relcl", "amod"} and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children))


REPORTED_MIN_WORDS = 3  # a shorter quoted phrase in reported speech is as often a term as a statement


def reported_fragment(index: DocIndex, att: Attribution, cues: CueData) -> bool:
    """'Corcoran said the "sudden and disruptive" move is ...', 'the staff said its tag was the
    culprit and that it is "deeply sorry"': a short quote anywhere inside the clause a named
    speaker's speaking verb reports (below a 'that' clause), however deep, is what they said (three
    words or more, not all capitalised: a shorter phrase or a name there is as often a term)."""
    verb = att.cue.verb if att.cue is not None else None
    speaker = att.speaker
    if (verb is None or is_weak(verb, cues) or speaker is None
            or speaker.kind == "other" and speaker.platform is None or verb.dep_ in {"acl", "relcl", "amod"}):
        return False
    words = index.text[att.span.start:att.span.end].split()
    if len(words) < REPORTED_MIN_WORDS or all(w[:1].isupper() for w in words):
        return False  # one word, or a name ('Safe Mode'): a term, not a statement
    lo, hi = index.first_token_at(att.span.start), index.first_token_at(att.span.end)
    reported = [c for c in verb.children if c.dep_ == "ccomp"]
    return hi > lo and any(c.left_edge.i <= lo and hi - 1 <= c.right_edge.i for c in reported)


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


NAME_POS = {"PROPN", "NOUN", "NUM"}


def said_in_capitals(index: DocIndex, att: Attribution) -> bool:
    """'Graham called the cases "Very Similar"': a Title Case quote that a named speaker's speaking
    verb governs and whose words are no name (no noun or proper noun among them: "Very Similar",
    "Damning"; not 'called the feature "Safe Mode"') is what the speaker said."""
    if not attributed_fragment(att):
        return False
    lo, hi = index.first_token_at(att.span.start), index.first_token_at(att.span.end)
    words = [t for t in index.doc[lo:hi] if t.is_alpha]
    return bool(words) and not any(t.pos_ in NAME_POS for t in words)
