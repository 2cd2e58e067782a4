"""Stage 2, cues, after the quote: whether the words after a closing mark attribute it (only the
cue's subject between them), close it with a parenthetical (``, he says.``) or open the next
quote instead, and who a cue verb there names when the parse gives it no subject."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.quotes.vocab import (
    NAME_LIKE_LABELS,
    NOMINAL_HEAD_POS,
    OBJECT_DEPS,
    PARTICIPLE_TAGS,
    PERSON_LABELS,
    VERB_POS,
)

if TYPE_CHECKING:
    from extractor.facts.quotes.cues import Cue, DocIndex

MAX_TITLE_SKIP = 4  # lower-case words of a title between an inverted cue verb and the name


def attribution_follows(after: list[Token], cue: Cue) -> bool:
    """Only the cue's subject (a noun phrase), punctuation and adverbs stand between the quote and
    the cue: ``"X," Twitter CEO Jack Dorsey said``, not ``"X" is too important, he says``."""
    if cue.verb is None:
        return cue.distance <= 1
    subject = {t.i for t in cue.speaker_token.subtree} if cue.speaker_token is not None else set()
    for tok in after:
        if tok == cue.verb:
            return True
        if tok.i in subject or tok.pos_ not in VERB_POS or tok.head == cue.verb or tok.ent_type_:
            continue  # a name the tagger took for a verb ('Tulsa police Chief ...') is no clause
        return False
    return False


def introduces_next(index: DocIndex, after: list[Token], cue: Cue) -> bool:
    """A cue after a quote that opens the next quote (``..." Mills then writes back, "...``): only
    particles and a comma or colon stand between its verb and the next opening mark."""
    if cue.verb is None or not after:
        return False
    rest = [t for t in after if t.i > cue.verb.i]
    k = after[-1].i + 1
    return k < len(index.doc) and index.quoted(k) and all(
        t.is_punct and t.text in ",:" or t.pos_ in ("ADP", "ADV", "PART") for t in rest) and bool(
        rest) and rest[-1].text in ",:"


def parenthetical(after: list[Token], cue: Cue) -> bool:
    """A closing ``, he says.``: the cue and its subject come after a comma at the sentence end."""
    if cue.verb is None or cue.speaker_token is None:
        return False
    first = min(cue.speaker_token.left_edge.i, cue.verb.i)
    before = [t for t in after if t.i < first]
    rest = [t for t in after if t.i > cue.verb.i and not t.is_punct]
    return bool(before) and before[-1].text == "," and len(rest) <= 3


def named_beside(index: DocIndex, after: list[Token], verb: Token) -> Token | None:
    """A cue verb after the quote that the parse left with no subject (``"...," screenwriter Ann
    Roe wrote``, ``"...," said Ann Roe, a lawyer who ...`` parsed wrong): the last person named
    between the quote and the verb, else, when the verb opens the attribution, the noun after it
    (``"...," asked the boy``), else a person named right after the verb."""
    named = [t for t in after if t.i < verb.i and t.ent_type_ in PERSON_LABELS]
    if named:
        return named[-1]
    # '"...," Ramos, 58, told AFP' with the name taken for an organisation: a proper noun opening
    # the attribution
    words = [t for t in after if not t.is_punct][:1]
    if words and words[0].i < verb.i and words[0].pos_ == "PROPN" and words[0].ent_type_ in NAME_LIKE_LABELS:
        k = words[0].i
        while k + 1 < verb.i and index.doc[k + 1].pos_ == "PROPN":
            k += 1
        return index.doc[k]
    opening = [t for t in after if not t.is_punct][:1] == [verb] and verb.tag_ not in PARTICIPLE_TAGS
    if opening:  # '"...," asked the boy, who ...' parsed as an object: inverted order
        for child in verb.rights:
            if child.dep_ in OBJECT_DEPS and child.pos_ in NOMINAL_HEAD_POS and not index.quoted(child.i):
                return child
    doc = index.doc
    k = verb.i + 1  # '"...," said retired neurosurgeon Ben Carson, asked about ...': past the title
    while k < min(len(doc), verb.i + 1 + MAX_TITLE_SKIP) and doc[k].ent_type_ not in PERSON_LABELS and (
            doc[k].dep_ in ("amod", "compound") and doc[k].is_lower):
        k += 1
    if k >= len(doc) or index.quoted(k):
        return None
    if doc[k].ent_type_ not in PERSON_LABELS:
        # '"...," said Skelly' with the surname parsed as an adverb: a capitalised word there
        untagged = opening and doc[k].text[:1].isupper() and not doc[k].is_stop and (
            doc[k].pos_ in ("PROPN", "ADV", "NOUN") and doc[k].ent_type_ in NAME_LIKE_LABELS)
        return doc[k] if untagged and k == verb.i + 1 else None
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I" and not index.quoted(k + 1):
        k += 1
    return doc[k]


HEADLINE_SPEAKER_REACH = 2  # tokens after the colon where the speaker's name begins
HEADLINE_SPEAKER_LABELS = {"PERSON", "ORG", "PLATFORM"}


def headline_speaker(index: DocIndex, start: int, end: int) -> Token | None:
    """"'It breached our rules': TikTok bans schoolboy ...": a quote opening a headline (a line
    with no full stop at its end) and followed by a colon is said by the one the headline then
    names first (a person, an organisation or a platform); None for any other quote."""
    text = index.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[end:line_end].lstrip(" '\"’”")
    opening = text[line_start:start].strip(" '\"‘“")
    if opening or not rest.startswith(":") or text[:line_end].rstrip().endswith("."):
        return None
    colon = index.first_token_at(end + text[end:line_end].index(":"))
    for tok in index.doc[colon + 1:min(len(index.doc), colon + 1 + HEADLINE_SPEAKER_REACH)]:
        if tok.ent_type_ in HEADLINE_SPEAKER_LABELS and tok.ent_iob_ == "B":
            return tok
        if tok.ent_type_:  # ("'A million calls an hour': Israel relies on Microsoft")
            return None
    return None
