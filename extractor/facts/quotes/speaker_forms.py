"""How a speaker mention is written out: the platform it names, a named entity, the mention as it
stands, the organisation named last (a mixin of the speaker ``Resolver``)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.entities import entity_at
from extractor.facts.quotes.focus import Focus
from extractor.facts.quotes.salience import Speaker
from extractor.facts.quotes.vocab import DETERMINERS, ORG_LABELS, PLATFORM_LABEL, Mention


class SpeakerForms(Focus):
    """Speakers made from mentions, names and entities."""

    def platform_near(self, tokens: list[Token]) -> str | None:
        for tok in tokens:
            if tok.ent_type_ == PLATFORM_LABEL and tok.ent_id_:
                return tok.ent_id_
        return None

    def relabel(self, speaker: Speaker | None, surface: Mention) -> Speaker | None:
        if speaker is None:
            return None
        return Speaker(speaker.name, surface, speaker.platform, speaker.kind)

    def plain(self, tokens: list[Token], surface: Mention) -> Speaker | None:
        """The mention as it stands (``the editorial board``) when it names nobody known."""
        kept = tokens[1:] if tokens and tokens[0].lower_ in DETERMINERS else tokens
        while kept and kept[-1].lower_ in {"'s", "’s", "'"}:  # "Fairlinked's report": the owner
            kept = kept[:-1]
        # the words as written ("Russia's internet regulator", 'the New York-based market')
        if not kept:
            return None
        inside = {t.i for t in kept}
        whole = all(t.i in inside or t.is_punct for t in self.doc[kept[0].i:kept[-1].i + 1])
        text = (self.index.text[kept[0].idx:kept[-1].idx + len(kept[-1])] if whole
                else " ".join(t.text for t in kept))
        return Speaker(text, surface, self.platform_near(tokens), "other") if text else None

    def last_named_org(self, before: int, noun: str, namesake_only: bool = False) -> Speaker | None:
        """'the council', 'the newspaper': the organisation named last before, one whose name has
        that noun in it ('Bristol City Council') if there is one, else any that is not a platform."""
        candidates = [ent for ent in self.orgs if ent.end_char <= before and ent.label_ in ORG_LABELS]
        with_noun = [ent for ent in candidates if noun in ent.text.lower()]
        chosen = (with_noun if namesake_only else with_noun or candidates)[-1:]
        return Speaker(self.clean_org(chosen[0].text), (chosen[0].text, chosen[0].start_char,
                                                         chosen[0].end_char), None, "org") if chosen else None

    def entity_of(self, head: Token) -> Span | None:
        return entity_at(head)

    def named_as(self, child: Token) -> Span | None:
        """'the organizer, identified as Jamel Example', 'a developer named Ann Example': the name
        a naming participle gives the noun it hangs on."""
        if child.dep_ != "acl" or child.lower_ not in self.cues.naming_words | {"identified"}:
            return None
        name = next((t for t in child.subtree if t.pos_ == "PROPN" and t.i > child.i), None)
        return self.entity_of(name) if name is not None else None

    def named(self, ent: Span, subtree: list[Token], surface: Mention) -> Speaker:
        if self.is_person(ent):
            name = self.expand(self.clean_name(ent)) or ent.text
            platform = self.platform_near(subtree) or self.platform_of.get(name)
            return Speaker(name, surface, platform, "person")
        return Speaker(self.clean_org(ent.text), surface, None, "org")
