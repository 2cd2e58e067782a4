"""Stage 3, speakers: a cue's subject mention reduced to a name, and the resolver of
descriptions and pronouns to the person or organisation they stand for."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from extractor.facts.described import name_described_before
from extractor.facts.entities import doc_entities
from extractor.facts.platforms import COMPANY_NOUNS
from extractor.facts.quotes.cues import DocIndex
from extractor.facts.quotes.gender import Genders
from extractor.facts.quotes.organisations import (
    document_author,
    last_voiced_org,
    located,
    main_platform,
    main_subject_before,
    meant_platform,
    named_modifier,
    platform_in,
    recent_subject,
    site_owner,
    speaking_bodies,
    subject_org_before,
)
from extractor.facts.quotes.salience import (
    Candidate,
    Speaker,
    addressed,
    candidate,
    in_main_clause,
)
from extractor.facts.quotes.speaker_forms import SpeakerForms
from extractor.facts.quotes.vocab import (
    DEFINITE,
    DETERMINERS,
    MENTION_CUT_DEPS,
    NOMINAL_POS,
    ORG_LABELS,
    PERSON_LABELS,
    PLATFORM_LABEL,
    SUBJECT_DEPS,
    CueData,
    Mention,
)


def subjects(doc: Doc) -> list[Token]:
    """The tokens that are subjects, in text order (found on the parse's arrays, not by visiting
    every token: all that ``Resolver`` looks for in a Doc is a subject)."""
    if not len(doc):
        return []
    wanted = numpy.array(sorted(doc.vocab.strings.add(d) for d in SUBJECT_DEPS), dtype="uint64")
    return [doc[i] for i in numpy.flatnonzero(numpy.isin(doc.to_array(DEP), wanted)).tolist()]


ANONYMOUS_SOURCES = {"source", "insider"}  # 'a source familiar with the plans' speaks for nobody named
OUTLET_NOUNS = {"newspaper", "paper", "outlet", "publication", "magazine", "broadcaster"}
SPEAKING_ACCOUNTS = {"account", "handle", "feed"}  # an account speaks for whoever owns it
HANDLE_WORD = re.compile(r"@\w[\w.]*|/?u/[\w-]{3,20}")  # an @handle or a Reddit user speaks as written


NOTICE_NOUNS = {"notice", "banner", "notification", "message", "label", "warning", "interstitial"}
SHOWING_VERBS = {"appear", "show", "display", "pop"}


def shown_notice(head: Token) -> bool:
    """'a notice on its page', 'the notice that appeared at the time', 'a suspension banner': what
    a platform shows on its pages (not a notice someone sent: 'the notice said' of a court)."""
    if head.lemma_.lower() not in NOTICE_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "on" or c.dep_ in {"relcl", "acl"} and c.lemma_.lower()
               in SHOWING_VERBS or c.dep_ == "compound" and c.lower_ in {"suspension", "warning", "error"}
               for c in head.children)


@dataclass
class Resolver(SpeakerForms):
    """Resolves subject mentions to names, with a memory of earlier speakers."""
    doc: Doc
    index: DocIndex
    cues: CueData
    people: list[Span] = field(default_factory=list)
    orgs: list[Span] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)
    families: dict[str, list[str]] = field(default_factory=dict)  # surname -> every full name with it
    platform_of: dict[str, str] = field(default_factory=dict)
    history: list[tuple[int, Speaker]] = field(default_factory=list)
    subject_names: list[tuple[int, Speaker]] = field(default_factory=list)
    described_people: list[tuple[int, Speaker]] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)  # people in focus, for pronouns
    genders: Genders | None = None
    whole_text: str | None = None  # the article, when the Doc holds some of its lines only
    full_forms: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        ents = [ent for ent in doc_entities(self.doc) if not self.index.quoted(ent.start)]
        for ent in ents:
            parts = self.clean_name(ent).split()
            if len(parts) > 1 and self.is_person(ent):
                self.full_names.setdefault(parts[-1], " ".join(parts))
                names = self.families.setdefault(parts[-1], [])
                if " ".join(parts) not in names:
                    names.append(" ".join(parts))
        for ent in ents:  # a second pass: 'Bozell' tagged ORG is the Brent Bozell named before
            if self.is_person(ent):
                self.people.append(ent)
            elif ent.label_ == PLATFORM_LABEL or ent.label_ in ORG_LABELS:
                self.orgs.append(ent)
        self.genders = Genders(self.doc, self.index, self.people, self.cues,
                               lambda ent: self.expand(self.clean_name(ent)))
        for ent in self.people:
            for name in self.namesakes(self.clean_name(ent)):
                self.candidates.append(candidate(ent.root, self.person(name, ent), ent.start_char))
        for tok in subjects(self.doc):  # names the model did not tag: proper-noun subjects outside quotes
            # a surname of someone named, even when tagged as a common noun ('Woods continued')
            known = tok.text in self.full_names and tok.text[:1].isupper()
            untagged = (tok.pos_ == "PROPN" or known) and not tok.ent_type_ and not self.index.quoted(tok.i)
            if tok.dep_ in SUBJECT_DEPS and untagged:
                chain = self.name_chain(tok)
                name = self.clean_name(chain)
                if name and self.looks_like_a_name(chain, name):
                    mention = (name, chain[0].idx, tok.idx + len(tok))
                    self.subject_names.append((tok.idx, Speaker(self.expand(name), mention, None, "person")))
                    self.candidates.append(candidate(tok, self.subject_names[-1][1], chain[0].idx))
            pronoun = tok.lower_ in self.cues.person_pronouns and tok.dep_ in SUBJECT_DEPS
            if pronoun and not self.index.quoted(tok.i):  # 'She acknowledges ...': whoever is in focus
                said = self.genders.pronoun_gender(tok.lower_)
                main = in_main_clause(tok)
                self.candidates.append(Candidate(tok.idx, tok.sent.start_char, main, None, said))
            # 'The star hit back': a person described, not named, who may speak as 'she' next
            described = (tok.pos_ == "NOUN" and tok.tag_ != "NNS"  # 'Users were angry' is a group
                         and tok.lemma_.lower() in self.cues.person_nouns)
            if tok.dep_ in SUBJECT_DEPS and described and not self.index.quoted(tok.i):
                words = [t for t in tok.subtree if t.i <= tok.i and not t.is_punct]
                while words and words[0].lower_ in DETERMINERS:
                    words = words[1:]
                if words:
                    start, end = words[0].idx, tok.idx + len(tok)
                    text = self.index.text[start:end]
                    self.described_people.append((tok.idx, Speaker(text, (text, start, end), None, "person")))
            voice = tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lower_ in self.cues.voice_nouns
            if tok.dep_ in SUBJECT_DEPS and (described or voice) and not self.index.quoted(tok.i):
                self.introduced(tok)

    def introduced(self, tok: Token) -> None:
        """'An Instagram spokeswoman said the hashtag had been restricted': a person introduced by a
        description that tells their gender (an indefinite one: 'the spokeswoman' refers back) and
        the organisation they speak for is in focus for a 'she' that follows, as that organisation."""
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
            return
        gender = self.genders.word_gender(tok.text) if self.genders is not None else None
        if gender is None:
            return  # ('a spokesperson': whose 'he' or 'she' is not said; a person named may be meant)
        speaker = self.resolve(tok)
        if speaker is not None and (speaker.platform or speaker.kind == "org"):
            # (one who speaks for an organisation; not 'a 71-year-old man', whom nothing names)
            self.candidates.append(replace(candidate(tok, speaker, speaker.mention[1]), gender=gender))

    # -- mentions

    def mention_tokens(self, head: Token) -> list[Token]:
        """The subject phrase without appositions, relative clauses and punctuation."""
        keep = [head]
        stack = [c for c in head.children if c.dep_ not in MENTION_CUT_DEPS]
        while stack:
            tok = stack.pop()
            keep.append(tok)
            stack.extend(c for c in tok.children if c.dep_ not in MENTION_CUT_DEPS)
        keep.sort(key=lambda t: t.i)
        # 'Members of the Occupy movement claim': a parse that leaves 'of' without its object
        nxt = keep[-1].i + 1
        while keep[-1].pos_ == "ADP" and nxt < len(self.doc) and self.doc[nxt].pos_ in NOMINAL_POS:
            keep.append(self.doc[nxt])
            while nxt + 1 < len(self.doc) and self.doc[nxt + 1].pos_ in NOMINAL_POS - {"DET"} \
                    and self.doc[nxt + 1].i != head.head.i:
                nxt += 1
                keep.append(self.doc[nxt])
            nxt += 1
        return [t for t in keep if not self.index.quoted(t.i) and not t.is_space]

    def resolve(self, head: Token) -> Speaker | None:
        """Name the speaker a subject mention refers to."""
        tokens = self.mention_tokens(head)
        if not tokens:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        surface = (self.index.text[start:end], start, end)
        lower = head.lower_
        if HANDLE_WORD.fullmatch(head.text):  # '... u/quillfeather wrote', 'wrote @quill_feather'
            return Speaker(head.text, surface, self.platform_near(tokens), "person")
        if lower in self.cues.person_pronouns:
            wanted = self.genders.pronoun_gender(lower) if self.genders is not None else None
            others = addressed(head)
            return self.relabel(self.last_person(start, wanted, others=others)
                                or self.last_person(start, others=others), surface)
        if lower in self.cues.plural_pronouns:
            return self.relabel(self.they_speaker(start) if lower == "they" else
                                self.last_speaker(start) or self.last_org(start, False), surface)
        if lower in self.cues.org_pronouns:
            subject = main_subject_before(self.orgs, head)
            return self.relabel(self.org(subject) if subject is not None else self.last_org(start, False),
                                surface)
        if head.pos_ == "PRON":
            return None
        return self.resolve_phrase(head, tokens, surface)

    def resolve_phrase(self, head: Token, tokens: list[Token], surface: Mention) -> Speaker | None:
        subtree = list(head.subtree)
        # "Labour MP Dawn Butler", "its chief executive, Linda Yaccarino,": the named apposition
        for child in head.children:
            named = self.entity_of(child) if child.dep_ == "appos" else self.named_as(child)
            if named is None and child.dep_ == "appos" and child.pos_ == "NOUN":
                # 'Its owner, the activist Lee Park,': the name in apposition to the apposed role
                named = next((e for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                              and (e := self.entity_of(c)) is not None), None)
            if named is not None and self.is_person(named):
                end = named.end_char
                return self.named(named, subtree, (self.index.text[surface[1]:end], surface[1], end))
            if child.dep_ == "appos" and child.pos_ == "PROPN" and self.role_noun(head):
                # "the group's general counsel, Raymond Oduya", 'the mother, Rachel Simmons': a person,
                # whatever the model took the name for (or with the lines parsed without entities)
                chain = self.name_chain(child)
                between = self.doc[head.i + 1:chain[-1].i]  # (not past a bracket or a nickname's marks)
                if 2 <= len(chain) <= 4 and all(t.text[:1].isupper() for t in chain) and not any(
                        t.text in "()\"“”" for t in between):
                    end = chain[-1].idx + len(chain[-1])
                    name = self.expand(self.clean_name(chain)) or " ".join(t.text for t in chain)
                    return Speaker(name, (self.index.text[surface[1]:end], surface[1], end),
                                   self.platform_near(subtree), "person")
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and head.lemma_.lower() in SPEAKING_ACCOUNTS and (found := self.resolve(owner)):
            return self.relabel(found, surface)  # "X's Global Government Affairs account posted": X
        if head.tag_ == "NNS" and tokens[0].lower_ in DEFINITE and not any(
                c.dep_ in {"poss", "compound"} or c.ent_type_ for c in head.children):
            return self.plain(tokens, surface)  # 'the lawmakers wrote', 'the researchers state': a group
        if self.refers_back(head, tokens):
            wanted = self.genders.word_gender(head.text) if self.genders is not None else None
            found = (self.last_person(surface[1], wanted, elsewhere=True)
                     or self.last_person(surface[1], elsewhere=True))
            if found is not None:
                return self.relabel(found, surface)
        ent = self.entity_of(head)
        if ent is not None and ent.label_ == PLATFORM_LABEL:
            return self.relabel(self.org(ent), surface)
        if ent is not None and (ent.label_ in PERSON_LABELS | ORG_LABELS or self.is_person(ent)):
            return self.named(ent, subtree, surface)
        if shown_notice(head) and (meant := meant_platform(self.orgs, surface[1])) is not None:
            return self.relabel(self.org(meant), surface)  # 'according to a notice on its page'
        if head.lemma_.lower() in self.cues.message_nouns:
            # "her tweet read", "a post from Andrew Tate said": whoever wrote the message
            for child in head.children:
                author = child if child.dep_ == "poss" else None
                if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                    author = next((p for p in child.children if p.dep_ == "pobj"), None)
                if child.dep_ == "prep" and child.lower_ == "on":  # 'a post on Manitoba Games' website'
                    author = site_owner(next((p for p in child.children if p.dep_ == "pobj"), None))
                if author is not None:
                    found = self.resolve(author)
                    if found is not None:
                        return self.relabel(found, surface)
            if head.lemma_.lower() in self.cues.document_nouns and tokens[0].lower_ in DEFINITE:
                # 'the report said': whoever the article said published it, else the document itself
                # (not a message: 'the tweet said' for the author of an earlier 'tweet' was tried,
                # as many right on the tune split as wrong on the measure split)
                author = document_author(head)
                found = self.resolve(author) if author is not None else None
                return self.relabel(found, surface) if found is not None else self.plain(tokens, surface)
        # 'the studio' after 'Pixel Forge, a small studio,' ('the company' has rules of its own)
        described = None if head.lemma_.lower() in COMPANY_NOUNS else name_described_before(head)
        if described is not None:
            found = self.resolve(described)
            if found is not None:
                return self.relabel(found, surface)
        if head.pos_ == "NOUN" and head.lemma_.lower() in self.cues.person_nouns and self.definite(
                tokens, self.cues.person_nouns):
            return (self.relabel(self.last_person(surface[1], elsewhere=True), surface)
                    or self.described(tokens, surface))
        if head.pos_ == "NOUN" and head.lemma_.lower() in self.cues.other_org_nouns:
            # 'the council': the organisation named last; 'the Danish ministry', "Russia's internet
            # regulator": only one whose name has that noun, else the description as it stands
            modified = any(c.dep_ in {"amod", "compound", "poss", "nmod"} for c in head.children)
            # 'the gaming-focused publication': the outlet named last, whatever its name
            outlet = head.lemma_.lower() in OUTLET_NOUNS and tokens[0].lower_ in DEFINITE
            named_org = self.last_named_org(surface[1], head.lemma_.lower(), modified and not outlet)
            if named_org is None and modified:
                return self.plain(tokens, surface)
            if named_org is not None:
                return self.relabel(named_org, surface)
        if head.lemma_.lower() in ANONYMOUS_SOURCES and not self.index.quoted(head.i):
            return self.plain(tokens, surface)  # 'one source said': nobody's spokesperson, unnamed
        if self.is_description(head):
            if self.definite(tokens):  # "the Facebook exec": a person named before, else as written
                return (self.relabel(self.last_person(surface[1], elsewhere=True), surface)
                        or self.plain(tokens, surface))
            other = self.aide_of(head, tokens)
            if other is not None:  # 'the former top aide to President Bush': not Bush
                found = self.last_person(surface[1], elsewhere=True, others=other)
                if found is not None:
                    return self.relabel(found, surface)
            return self.spokesperson(head, subtree, surface) or self.plain(tokens, surface)
        kind = self.org_noun_kind(tokens)
        if kind is not None:
            return self.spokesperson(head, subtree, surface) or self.plain(tokens, surface)
        if head.pos_ == "PROPN" or head.text in self.full_names:  # 'Skelly' parsed as an adverb
            name = self.expand(self.clean_name(self.name_chain(head)))
            if name:
                kind_of = "person" if head.ent_type_ in PERSON_LABELS or not head.ent_type_ else "org"
                platform = self.platform_near(subtree) or self.platform_of.get(name)
                return Speaker(name, surface, platform, kind_of)
        return self.plain(tokens, surface)

    def spokesperson(self, head: Token, subtree: list[Token], surface: Mention) -> Speaker | None:
        """``a Twitter spokesperson``, ``a spokesperson for Facebook``: the organisation speaks."""
        for tok in subtree:
            if tok == head or self.index.quoted(tok.i):
                continue
            ent = self.entity_of(tok)
            if ent is not None and ent.label_ == PLATFORM_LABEL:
                return self.relabel(self.org(ent), surface)
        for tok in subtree:
            ent = self.entity_of(tok)
            if ent is not None and ent.label_ in ORG_LABELS | PERSON_LABELS and tok != head and not (
                    located(ent)):
                return self.named(ent, subtree, surface)
        owner = named_modifier(head, self.index.quoted)
        if owner is not None:  # 'the Zscaler team', 'Chainalysis researchers': a name the model left untagged
            return Speaker(owner, surface, self.platform_of.get(owner), "org")
        if head.lemma_.lower() in self.cues.voice_nouns and subtree[0].lower_ == "the":
            # 'a TikTok spokesperson told ...', then 'the spokesperson said'
            voiced = last_voiced_org(head, self.cues.voice_nouns, self.index.quoted)
            if voiced is not None:
                return self.relabel(self.org(voiced), surface)
        # 'a department spokesperson', 'a spokesperson for the council': the department named before
        # ('Arlington County Police Department'), else the description (no platform's voice)
        bodies = speaking_bodies(head, self.cues.other_org_nouns, self.index.quoted)
        for mod in bodies:
            named_org = self.last_named_org(surface[1], mod.lemma_.lower(), namesake_only=True)
            if named_org is not None:
                return self.relabel(named_org, surface)
        if bodies:
            return self.plain(self.mention_tokens(head), surface)
        kind = self.org_noun_kind([t for t in subtree if t.i <= head.i])
        if kind is not None:
            recent = recent_subject(self.orgs, head, kind == "platform")
            if recent is not None:  # 'Apple says that Parler ... "...," the company said': Apple
                return self.relabel(self.org(recent), surface)
        voice = head.lemma_.lower() in self.cues.voice_nouns
        subject = subject_org_before(self.orgs, head, voice) if subtree[0].lower_ in {"a", "an"} else None
        if subject is not None:  # 'But the County Police "has not investigated ...," a spokesperson said'
            return self.relabel(self.org(subject), surface)
        if not voice and kind is None and any(c.dep_ in {"acl", "relcl"} for c in head.children):
            return None  # 'a lawyer representing the victims': someone the clause tells, no platform's
        acting = meant_platform(self.orgs, surface[1]) if kind == "company" else None
        meant = (self.org(acting) if acting is not None else self.main_platform(surface[1])
                 or self.last_org(surface[1], kind == "platform"))
        return self.relabel(meant, surface)

    def main_platform(self, before: int) -> Speaker | None:
        ent = main_platform(self.orgs, before)
        return None if ent is None else self.org(ent)

    def notice_speaker(self, start: int, end: int | None = None) -> Speaker | None:
        """The platform whose notice a quote is: the one it names, else the one meant here (only
        the one meant, with no ``end``: a message it sent may name others)."""
        quoted = self.doc.char_span(start, end, alignment_mode="expand") if end is not None else None
        ent = (platform_in(quoted) if quoted is not None else None) or meant_platform(self.orgs, start)
        return None if ent is None else self.org(ent)

    def org_noun_kind(self, tokens: list[Token]) -> str | None:
        """"the company" -> company, "the social network" -> platform."""
        # ("the company's blog post said": its owner, 'the company', without its "'s")
        words = [t.lower_ for t in tokens if (t.lower_ not in DETERMINERS and t.pos_ != "ADJ"
                                              and t.dep_ != "case") or t.lower_ == "social"]
        for size in range(min(4, len(words)), 0, -1):
            phrase = " ".join(words[-size:])
            if phrase in self.cues.platform_nouns:
                return "platform"
            if phrase in self.cues.company_nouns:
                return "company"
        return None
