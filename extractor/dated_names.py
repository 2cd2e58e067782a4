"""Names that end in a word the model reads as a date ("Russia Today", "USA Today", "Psychology
Today"): the ``dated_names`` component, after the entity recogniser, makes the name one
organisation where a capitalised "Today" right after a proper name is no day."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

DATE_WORDS = {"Today", "Tonight"}  # capitalised inside a sentence: the end of a name


@Language.factory("dated_names")
def make_dated_names(nlp: Language, name: str) -> DatedNames:
    return DatedNames()


class DatedNames:
    """'Twitter banned ads from Russia Today and Sputnik': "Russia" (GPE) and "Today" (DATE) are
    one organisation's name."""

    def __call__(self, doc: Doc) -> Doc:
        merged: list[Span] = []
        ents = doc.ents
        for k, ent in enumerate(ents):
            if ent.label_ != "DATE" or len(ent) != 1 or ent.text not in DATE_WORDS or ent.start == 0:
                continue
            before = doc[ent.start - 1]
            if before.is_sent_start or before.pos_ != "PROPN" or doc[ent.start].is_sent_start:
                continue
            # the whole name before it ('Psychology', 'New York'): the entity that ends right here
            joined = before.ent_type_ and k > 0 and ents[k - 1].end == ent.start
            start = ents[k - 1].start if joined else before.i
            merged.append(Span(doc, start, ent.end, label="ORG"))
        if merged:
            doc.set_ents(merged, default="unmodified")
        return doc
