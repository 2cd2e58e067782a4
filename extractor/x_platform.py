"""Platform names that are also ordinary words ("X", "Kick", "Threads", "Medium", "Signal",
"Blogger"), tagged PLATFORM only where the context says so: the ``x_platform`` component."""
from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span


@Language.factory("x_platform")
def make_x_platform(nlp: Language, name: str) -> XPlatform:
    return XPlatform(nlp)


class XPlatform:
    """Platform names that are also ordinary words, taken as platforms only where the context
    says so: a bare "X" (Twitter) in 'on X', 'X suspended', "Musk's X", 'X accounts', not in
    'Malcolm X' or 'Generation X'; likewise "Kick", "Rumble", "Threads". The names and the word
    lists are in patterns/cues.json (``ambiguous_platforms``, ``x_platform_*``)."""

    def __init__(self, nlp: Language) -> None:
        from extractor.facts.cues import AMBIGUOUS_PLATFORMS, CUES

        self.names = AMBIGUOUS_PLATFORMS
        self.name_ids = numpy.array(sorted(nlp.vocab.strings.add(n) for n in self.names), dtype="uint64")
        self.before = CUES["x_platform_before"]
        self.owner = CUES["x_platform_owner_before"]
        self.after = CUES["x_platform_after"]
        self.possessed = CUES["x_platform_possessed"]
        self.not_after = CUES["x_not_after"]

    def is_platform(self, doc: Doc, i: int) -> bool:
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        if before is not None and before.lower_ in self.not_after:
            return False
        if (before is not None and before.lower_ in {"and", "or", ","} and i > 1
                and doc[i - 2].ent_type_ == "PLATFORM"):
            return True  # 'removed WhatsApp and Threads from its app store'
        if before is not None and before.tag_ == "POS":
            # "Musk's X"; "Manning's Medium account" (whose account on it)
            return i > 1 and doc[i - 2].lower_ in self.owner or after is not None and after.lower_ in {
                "account", "accounts", "profile", "page", "handle"}
        if before is not None and (before.pos_ == "PROPN" or before.is_title and before.i > 0
                                   and not before.is_sent_start):
            return False
        if before is not None and before.lower_ in self.before:
            return True
        if before is not None and before.lower_ == "by" and i > 1 and doc[i - 2].tag_ == "VBN":
            return True  # 'has now been suspended by Kick'
        if (before is not None and before.pos_ == "VERB" and after is not None and after.lower_ == "to"
                and i + 2 < len(doc) and doc[i + 2].tag_ == "VB"):
            return True  # 'a court order led X to suspend his account', 'forced Kick to ban him'
        if after is not None and after.tag_ == "POS" and i + 2 < len(doc):
            return doc[i + 2].lower_ in self.possessed  # "X's Global Government Affairs team"
        return after is not None and (after.lower_ in self.after or after.pos_ in {"VERB", "AUX"})

    def __call__(self, doc: Doc) -> Doc:
        named = numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), self.name_ids)).tolist() if len(doc) else []
        found = [Span(doc, i, i + 1, label="PLATFORM", span_id=self.names[doc[i].text])
                 for i in named if not doc[i].ent_type_ and self.is_platform(doc, i)]
        if found:
            doc.set_ents(found, default="unmodified")
        tools = [e for e in doc.ents if e.label_ == "PLATFORM" and tool_name(doc, e)]
        if tools:  # 'youtube-dl', 'twitter-scraper': a tool's name, not the platform
            doc.ents = [e for e in doc.ents if e not in tools]
        return doc


def tool_name(doc: Doc, ent: Span) -> bool:
    """A platform's name in lower case glued by a hyphen to a lower-case word ('youtube-dl')."""
    end = ent.end
    return (ent.text.islower() and end + 1 < len(doc) and not doc[end - 1].whitespace_
            and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_lower)

