"""Headlines, read as the sentences they shorten.

A headline is a line of its own without a full stop (``is_headline``). Some drop the 'was' of a
passive: 'Alex Jones booted off YouTube over hate speech', 'Reality star Gemma Collins kicked off
Twitter after row'. The model reads the participle as a past tense with the person as its subject
and the platform as its object; a person does not kick a platform off anything, so the person is
the one put off the platform named (``put_off_platform``). Others the model reads as one long
noun phrase: 'TikTok bans schoolboy who filmed himself ...', the verb a plural noun between the
platform and the one acted on (``noun_read_verb_object``).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.platforms import platform_of_token

OFF_PARTICLES = {"off"}
NOMINAL_POS = {"NOUN", "PROPN"}
NAME_LABELS = {"PERSON", "ORG", ""}  # the one put off: a name, the model's guess of its kind aside


def is_headline(sentence: Span) -> bool:
    """A line of its own without a full stop: a headline, a subheading or a caption."""
    text = sentence.text.strip()
    doc = sentence.doc
    last = doc[sentence.end - 1]
    line_alone = (sentence.start == 0 or "\n" in doc[sentence.start - 1].text_with_ws) and (
        sentence.end >= len(doc) or "\n" in last.text_with_ws or last.is_space)
    return line_alone and not text.endswith((".", "!", "?", ":", '"', "”"))


def noun_read_verb_object(token: Token) -> Token | None:
    """The one acted on in 'TikTok bans schoolboy who ...', where the model made the action
    word ('bans', a plural noun) a modifier of that noun, with the platform before it; or None."""
    if token.tag_ != "NNS" or token.dep_ != "compound" or token.head.pos_ not in NOMINAL_POS:
        return None
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or not platform_of_token(before) or before.head not in {token, token.head}:
        return None
    return token.head if token.head.i > token.i and is_headline(token.sent) else None


def put_off_platform(token: Token) -> tuple[Token, Token] | None:
    """(the one put off, the platform's token) of a headline's 'X kicked off Twitter', or None."""
    if token.tag_ not in {"VBD", "VBN"} or any(c.dep_ in {"aux", "auxpass"} for c in token.children):
        return None
    if not any(c.dep_ == "prt" and c.lower_ in OFF_PARTICLES for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    place = next((c for c in token.children if c.dep_ == "dobj"), None)
    if subject is None or place is None or not platform_of_token(place) or platform_of_token(subject):
        return None
    named = subject.pos_ == "PROPN" and subject.ent_type_ in NAME_LABELS
    return (subject, place) if named else None
