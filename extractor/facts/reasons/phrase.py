"""The words of a reason: a contiguous span cut before time phrases, dashes and new clauses,
without function words at either end."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extractor.facts.outlets import outlet_run_on
from extractor.facts.reasons.lexicon import terms_in

TIME_ENTS = {"DATE", "TIME"}
STOP_AT = {";", "--", "—", "–", "(", ")", "|", "•"}
TRAILING = {"ADP", "CCONJ", "DET", "PUNCT", "SCONJ", "PART", "AUX", "PRON", "SPACE"}
LEADING_DROP = {"that", "which", "who", "to", "and", "or", "but", ",", "-", "—", "–", "\"", "“", "”", "'",
                "'s", "’s", "was", "were", "is", "are", "been", "being"}
CLAUSE_AFTER_COMMA = {"according", "which", "said", "the", "while", "as", "but", "and"}
MAX_WORDS = 20
SUBJECT_PRONOUNS = {"i", "we", "they", "he", "she", "it", "you"}
QUOTES = {'"', "“", "”"}


@dataclass(frozen=True)
class Candidate:
    start: int  # character offsets of the reason's words
    end: int
    cue: str  # the family of phrasing that found it
    anchor: int  # token index of the cue word, for who stated it


def compact(tokens: list[Token], cue: str, anchor: int) -> Candidate | None:
    """The reason's words: contiguous, cut before a time phrase, a dash or a semicolon, without
    function words at either end, at most MAX_WORDS words."""
    if not tokens:
        return None
    doc = tokens[0].doc
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    words = list(doc[first:last + 1])
    for k, t in enumerate(words):
        if k == 0:
            continue
        if stops_here(words, k):
            words = words[:k]
            if t.ent_type_ in TIME_ENTS:  # 'since last year', 'over the past month'
                while words and words[-1].pos_ == "ADP":
                    words.pop()
            break
    # ('it didn't follow the subreddit guidelines': what it did, not who did it)
    while words and (words[0].lower_ in LEADING_DROP or words[0].lower_ in SUBJECT_PRONOUNS
                     and words[0].dep_ in {"nsubj", "nsubjpass"}):
        words.pop(0)
    words = words[:MAX_WORDS]
    while words and (words[-1].pos_ in TRAILING or words[-1].text in {",", "'s", "’s"}):
        words.pop()
    if not words or all(w.is_stop or w.is_punct for w in words):
        return None
    single = [w for w in words if not w.is_punct]
    named_cause = cue in {"cause", "grounds"} and len(single) == 1 and single[0].pos_ == "NOUN"
    if len(words) == 1 and cue != "term" and not terms_in(words[0].text) and not named_cause:
        return None  # 'targeted', 'involved': one word says too little ('because of plagiarism' is why)
    text = "".join(w.text_with_ws for w in words)
    after = words[-1].i + 1
    if sum(text.count(q) for q in QUOTES) % 2 and after < len(doc) and doc[after].text in QUOTES:
        words.append(doc[after])  # 'action against "inauthentic activity"': the closing mark too
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return Candidate(start, end, cue, anchor)


def stops_here(words: list[Token], k: int) -> bool:
    """The reason's words end before word k: a dash, a semicolon, a new line, a time phrase, a
    comma opening another clause ('..., according to', '..., which')."""
    t = words[k]
    if t.text in STOP_AT or "\n" in t.text or t.ent_type_ in TIME_ENTS or outlet_run_on(t):
        return True  # (an outlet's name run on after a headline in an aggregator's line)
    if t.text == "-" and words[k - 1].whitespace_:
        return True
    return t.text == "," and k + 1 < len(words) and words[k + 1].lower_ in CLAUSE_AFTER_COMMA


def right_part(head: Token) -> list[Token]:
    """A word and what hangs on its right: 'violating X' from 'violating', not its subject."""
    return [t for t in head.subtree if t.i >= head.i]
