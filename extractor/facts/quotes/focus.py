"""Stage 3, who is in focus: the people and organisations a pronoun or a description may stand for
(the last person in focus, the last organisation, the last speaker), and the memory of speakers
that keeps them; mixed into ``speakers.Resolver``."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from extractor.facts.accounts import HOLDERS
from extractor.facts.quotes.gender import Genders
from extractor.facts.quotes.names import Names
from extractor.facts.quotes.organisations import in_main_clause
from extractor.facts.quotes.salience import Candidate, Speaker, candidate, most_salient
from extractor.facts.quotes.vocab import PLATFORM_LABEL, SUBJECT_DEPS

MAX_PRONOUN_CHAIN = 6  # pronouns followed back to the name they stand for


class Focus(Names):
    """The article's people (``people``), organisations (``orgs``), the speakers so far
    (``history``), the people in focus (``candidates``) and those described but not named."""
    people: list[Span]
    orgs: list[Span]
    platform_of: dict[str, str]
    history: list[tuple[int, Speaker]]
    described_people: list[tuple[int, Speaker]]
    candidates: list[Candidate]
    genders: Genders | None

    def remember(self, at: int, speaker: Speaker) -> None:
        self.history.append((at, speaker))
        if speaker.platform and speaker.kind == "person":
            self.platform_of.setdefault(speaker.name, speaker.platform)
        k = self.index.first_token_at(speaker.mention[1])
        if speaker.kind == "person" and k < len(self.doc):
            self.candidates.append(candidate(self.doc[k], speaker, speaker.mention[1], main=True))

    def last_person(self, before: int, gender: str | None = None, depth: int = 0,
                    elsewhere: bool = False, others: frozenset[str] = frozenset()) -> Speaker | None:
        """The person in focus before ``before`` (``salience``; a pronoun there stands for whoever
        was in focus before it), else the first named, else the last described, skipping those
        whose likely gender is not ``gender``. ``elsewhere``: for a description (``the
        candidate``), which does not stand for a person named in its own sentence (``Hewitt
        pressed Trump, but the candidate cut him off``). ``others``: words of the names of the
        people the pronoun's verb is said to (``he told Hannity`` is not Hannity)."""
        genders = self.genders
        k = self.index.first_token_at(before)
        own = self.doc[k].sent.start_char if elsewhere and k < len(self.doc) else -1

        def fits(c: Candidate) -> bool:
            if c.sentence == own or (c.speaker is not None and c.speaker.name.split()[-1] in others):
                return False
            if c.speaker is None:
                return depth < MAX_PRONOUN_CHAIN and (gender is None or c.gender in (None, gender))
            if c.gender is not None:  # a person introduced by a description ('a spokeswoman')
                return gender is None or c.gender == gender
            return genders is None or genders.fits(c.speaker.name, gender)

        found = most_salient(self.candidates, before, fits)
        if found is not None and found.speaker is None:
            return self.last_person(found.at, found.gender or gender, depth + 1)
        if found is not None and found.speaker is not None:
            sp = found.speaker
            return Speaker(sp.name, sp.mention, sp.platform or self.platform_of.get(sp.name), sp.kind)
        for ent in self.people:
            if ent.end_char > before:
                break
            name = self.expand(self.clean_name(ent))
            if name and (self.genders is None or self.genders.fits(name, gender)):
                return self.person(name, ent)
        described = [sp for at, sp in self.described_people if at < before]
        return described[-1] if described else None

    def last_org(self, before: int, platform_only: bool) -> Speaker | None:
        best: tuple[int, Speaker] | None = None
        for ent in self.orgs:
            if ent.end_char > before:
                break
            if ent.label_ == PLATFORM_LABEL or (not platform_only and ent.root.dep_ in SUBJECT_DEPS
                                                and in_main_clause(ent.root.head)):
                best = (ent.start_char, self.org(ent))
        for at, sp in self.history:
            usable = at < before and sp.kind == "org" and (sp.platform or not platform_only)
            if usable and (best is None or at >= best[0]):
                best = (at, sp)
        return best[1] if best else None

    def they_speaker(self, before: int) -> Speaker | None:
        """'they': a group of people told as a subject ('Fourteen security experts wrote ...',
        'Kevin Rose and Alexis Ohanian ...') after the speaker before, else that speaker, else the
        organisation named last."""
        last = next(((at, sp) for at, sp in reversed(self.history) if at < before), None)
        group = people_subject(self.doc, self.index.first_token_at(before), self.index.quoted)
        if group is not None and (last is None or group.mention[1] > last[0]):
            return group
        return last[1] if last is not None else self.last_org(before, False)

    def last_speaker(self, before: int) -> Speaker | None:
        earlier = [sp for at, sp in self.history if at < before]
        return earlier[-1] if earlier else None

    def person(self, name: str, ent: Span) -> Speaker:
        platform = self.platform_of.get(name)
        return Speaker(name, (ent.text, ent.start_char, ent.end_char), platform, "person")

    def org(self, ent: Span) -> Speaker:
        platform = ent.ent_id_ if ent.label_ == PLATFORM_LABEL and ent.ent_id_ else None
        return Speaker(self.clean_org(ent.text), (ent.text, ent.start_char, ent.end_char), platform, "org")


# nouns for people, of which a plural subject is a group 'they' may stand for
PEOPLE_NOUNS = HOLDERS | {"expert", "official", "executive", "engineer", "advocate", "parent", "employee"}


def people_subject(doc: Doc, k: int, quoted: Callable[[int], bool]) -> Speaker | None:
    """The last subject before token ``k``, in its sentence or the one before, that is several
    people: a plural noun for people ('Fourteen security experts') or names joined by 'and'."""
    if k >= len(doc):
        return None
    start = doc[k].sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for t in reversed(doc[start:k]):
        if t.dep_ not in SUBJECT_DEPS or quoted(t.i) or t.pos_ == "PRON":
            continue
        people = t.tag_ == "NNS" and t.lemma_.lower() in PEOPLE_NOUNS
        names = t.ent_type_ == "PERSON" and any(c.dep_ == "conj" and c.ent_type_ == "PERSON"
                                                for c in t.children)
        if not (people or names):
            return None  # the last subject is someone or something else
        words = [w for w in t.subtree if not quoted(w.i) and w.dep_ not in {"relcl", "punct"}]
        span = doc[words[0].i:t.i + 1] if people else doc[t.left_edge.i:max(w.i for w in words) + 1]
        text = span.text[4:] if span.text.lower().startswith("the ") else span.text
        return Speaker(text, (span.text, span.start_char, span.end_char), None, "other")
    return None
