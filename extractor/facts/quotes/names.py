"""Names in quote attributions: a mention cleaned of titles and possessives, a surname given the
full name the article writes, which entities are people, and which descriptions refer back to
someone named (``the former secretary of state``; a mixin of ``speakers.Resolver``)."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from extractor.facts.platforms import COMPANY_NOUNS
from extractor.facts.quotes.cues import DASH_CHARS, DocIndex
from extractor.facts.quotes.gender import Genders
from extractor.facts.quotes.salience import Speaker
from extractor.facts.quotes.vocab import (
    DASHES,
    DEFINITE,
    DETERMINERS,
    MISTAKEN_NAME_LABELS,
    ORG_LABELS,
    PERSON_LABELS,
    PLATFORM_LABEL,
    CueData,
    Mention,
)


def joined(tokens: list[Token]) -> str:
    """Words as written: "Anna's Archive", not "Anna 's Archive" (a space only where the text has
    one, or between words that are not neighbours)."""
    if not tokens:
        return ""
    return "".join(t.text + ((t.whitespace_ if nxt.i == t.i + 1 else " ") if nxt is not None else "")
                   for t, nxt in zip(tokens, [*tokens[1:], None], strict=True))


class Names:
    """Name handling over the article's people: ``full_names`` (surname -> first full name),
    ``families`` (surname -> every full name with it), ``whole_text`` (the article, when the Doc
    holds some of its lines)."""
    cues: CueData
    full_names: dict[str, str]
    families: dict[str, list[str]]
    whole_text: str | None
    genders: Genders | None
    full_forms: dict[str, str]  # name -> ``full_name_in`` the article's text, read once per name

    doc: Doc
    index: DocIndex

    def quoted(self, i: int) -> bool:
        return self.index.quoted(i)

    def clean_name(self, tokens: Span | list[Token]) -> str:
        """Drop titles, platform names and possessives around a name."""
        words = [t for t in tokens if not t.is_punct or t.text in ("-", ".")]
        while words and words[0].text in DASHES:
            words = words[1:]
        first = words[0].lower_.lstrip(DASH_CHARS) if words else ""  # '-President Obama' signs a quote
        if first in self.cues.title_words:
            words = words[1:]
        while words and (words[0].lower_ in self.cues.title_words or words[0].ent_type_ == PLATFORM_LABEL
                         or words[0].ent_type_ in ORG_LABELS and len(words) > 2):
            words = words[1:]
        while words and words[-1].lower_ in ("'s", "’s"):
            words = words[:-1]
        return joined(words).strip().lstrip(DASH_CHARS)

    def expand(self, name: str) -> str:
        """The fullest form of a name the article gives (``Schultz``, ``Wasserman Schultz`` ->
        ``Debbie Wasserman Schultz``)."""
        full = self.full_names.get(name.split()[-1]) if name else None
        if full is None and self.whole_text is not None and name and " " not in name:
            full = self.full_names.setdefault(name, self.full_form(name))
        if full is not None and full.endswith(name):
            return full
        if name and " " not in name and name not in self.families:
            # ('Li Qiang ... Li said': a name written family name first, the one two-word name
            # the article gives that it begins, when it is nobody's surname)
            begun = {n for names in self.families.values() for n in names
                     if len(n.split()) == 2 and n.split()[0] == name}
            if len(begun) == 1:
                return begun.pop()
        return name

    def namesakes(self, name: str) -> list[str]:
        """The people a name may be: its fullest form first, then, for a bare surname, everybody
        else the article names with it (``Trump`` -> ``Donald Trump``, ``Ivanka Trump``), so that
        ``she`` can find the one it fits; only those whose gender is known are added."""
        full = self.expand(name)
        if not full:
            return []
        others = self.families.get(name, []) if " " not in name else []
        known = self.genders.of if self.genders is not None else (lambda other: None)
        return [full] + [other for other in others if other != full and known(other) is not None]

    @staticmethod
    def clean_org(text: str) -> str:
        for suffix in ("'s", "’s"):
            text = text.removesuffix(suffix)
        return text.strip()

    def looks_like_a_name(self, chain: list[Token], name: str) -> bool:
        """An untagged proper-noun subject counts as a person when it has two words or more, is
        the surname of someone named, follows a title (``Mr.``), is a common first name or is the
        subject of a cue verb (``Cruz admitted``, ``Carson said``); not ``the 13th Amendment`` or
        ``Beehive``."""
        if " " in name or name in self.full_names or self.named_in_full(name):
            return True
        before = chain[0].nbor(-1).lower_ if chain[0].i > 0 else ""
        lower = name.lower()
        return (before in self.cues.title_words - DETERMINERS or lower in self.cues.male_first_names
                or lower in self.cues.female_first_names or self.speaks(chain))

    def full_form(self, name: str) -> str:
        """The first 'Firstname Name' the article writes (the whole article where the Doc holds
        some of its lines), else the name; the text is searched once per name."""
        if name not in self.full_forms:
            text = self.whole_text if self.whole_text is not None else self.index.text
            self.full_forms[name] = full_name_in(text, name, self.cues)
        return self.full_forms[name]

    def named_in_full(self, name: str) -> bool:
        """A one-word name that the article also writes after a common first name ('Lang' where the
        text says 'John Lang' earlier or later, even on lines this Doc does not hold): a surname."""
        if not name.isalpha() or not name[:1].isupper():
            return False
        first = self.full_form(name).split()[0].lower()
        return first != name.lower() and (first in self.cues.male_first_names
                                           or first in self.cues.female_first_names)

    def speaks(self, chain: list[Token] | Span) -> bool:
        """A proper name with no determiner before it, not a word for a role (``Lawmaker urges``
        in a headline), that is the subject of a cue verb and is then spoken of as ``he`` or
        ``she`` (``his``, ``her``) in its sentence or the next one, outside quotes; an outlet
        (``Mashable reported``) is not."""
        head = chain[-1] if isinstance(chain, list) else chain.root
        before = chain[0].nbor(-1).lower_ if chain[0].i > 0 else ""
        nouns = self.cues.role_nouns | self.cues.person_nouns
        if (head.dep_ != "nsubj" or head.head.lemma_.lower() not in self.cues.cue_lemmas
                or before in DETERMINERS or head.lower_ in nouns):
            return False
        sent = head.sent
        end = sent.end
        if end < len(sent.doc):
            end = sent.doc[end].sent.end
        gendered = self.cues.male_pronouns | self.cues.female_pronouns
        return any(t.lower_ in gendered and not self.quoted(t.i) for t in sent.doc[head.i + 1:end])

    def is_person(self, ent: Span) -> bool:
        """A PERSON, or a name the model took for an organisation, place or thing that starts with
        a common first name (``Carly Fiorina`` tagged ORG) or is the surname of a person named;
        one taken for a place or thing (``Ada Fisher`` tagged FAC) that is the subject of a cue
        verb."""
        if ent.label_ in PERSON_LABELS:
            return True
        mistaken = ent.label_ in MISTAKEN_NAME_LABELS
        if (ent.label_ in ORG_LABELS or mistaken) and (self.clean_org(ent.text) in self.full_names
                                                       or self.named_in_full(self.clean_org(ent.text))):
            return True
        first = ent[0].lower_
        proper = 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" for t in ent)
        if (ent.label_ in ORG_LABELS or mistaken) and proper:
            return (first in self.cues.male_first_names or first in self.cues.female_first_names
                    or self.described_as_person(ent) or mistaken and self.speaks(ent))
        return False

    def described_as_person(self, ent: Span) -> bool:
        """``Maryam Violet, an Iranian journalist,``: a name in apposition with a word for a person."""
        nouns = self.cues.person_nouns | self.cues.role_nouns
        return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in ent.root.children)

    def refers_back(self, head: Token, tokens: list[Token]) -> bool:
        """``the former secretary of state``, ``the California congressman``, ``Obama's former
        campaign strategist``, ``The Republican``, ``the 31-year-old``: a role or an age with no
        name, made definite."""
        role = head.lemma_.lower() in self.cues.role_nouns or head.lower_ in self.cues.role_nouns
        # an age, at the end or before the noun ('the 31-year-old', 'the 31-year-old YouTuber')
        aged = any(t.lower_ == "old" and t.i > 0 and t.nbor(-1).text == "-" or t.lower_.endswith("-old")
                   for t in tokens)
        if not role and not aged:
            return False
        if any(t.ent_type_ in PERSON_LABELS for t in tokens):
            return False
        possessed = any(c.dep_ == "poss" and c.ent_type_ in PERSON_LABELS for c in head.children)
        before = self.doc[tokens[0].i - 1].lower_ if tokens and tokens[0].i > 0 else ""
        return bool(tokens) and (tokens[0].lower_ in DEFINITE or before in DEFINITE) or possessed

    def aide_of(self, head: Token, tokens: list[Token]) -> frozenset[str] | None:
        """The words of the person a definite description is said of through a preposition
        (``the former top aide to President Bush``), when it is not one who speaks for them."""
        if not tokens or tokens[0].lower_ not in DEFINITE or head.lemma_.lower() in self.cues.voice_nouns:
            return None
        named = [t for prep in head.children if prep.dep_ == "prep" for t in prep.subtree
                 if t.ent_type_ in PERSON_LABELS]
        return frozenset(t.text for t in named) or None

    def is_description(self, head: Token) -> bool:
        descriptions = self.cues.speaker_descriptions
        return head.lemma_.lower() in descriptions or head.lower_ in descriptions

    def definite(self, tokens: list[Token], nouns: frozenset[str] | None = None) -> bool:
        """A definite description of a person (``the spokesperson``) rather than a new one (``a``)."""
        nouns = self.cues.person_descriptions if nouns is None else nouns
        return bool(tokens) and tokens[0].lower_ in DEFINITE and (
            tokens[-1].lower_ in nouns or tokens[-1].lemma_.lower() in nouns)

    def described(self, tokens: list[Token], surface: Mention) -> Speaker:
        text = joined([t for t in tokens if t.lower_ not in DETERMINERS])
        return Speaker(text, surface, None, "person")

    def role_noun(self, head: Token) -> bool:
        """'the mother', "the group's general counsel", "K-Dusk's manager": a noun for a person,
        one the cues know or anyone's something that is no organisation."""
        lemma = head.lemma_.lower()
        owned = any(c.dep_ == "poss" for c in head.children)
        return head.pos_ == "NOUN" and (lemma in self.cues.person_nouns or owned and lemma not in (
            COMPANY_NOUNS | self.cues.other_org_nouns))

    def name_chain(self, head: Token) -> list[Token]:
        chain = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        chain.append(head)
        chain.extend(c for c in head.rights if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")
        return chain


# words that are no first name before a surname ('... Climate Change After Trump Silenced ...'), but
# first names that are stop words too ('Will', 'May')
FUNCTION_WORDS = STOP_WORDS - {"will", "may"}


def full_name_in(text: str, surname: str, cues: CueData) -> str:
    """The first ``Firstname Surname`` the text writes for a surname (no title, no determiner
    before it), else the surname itself."""
    for match in re.finditer(r"\b([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?) " + re.escape(surname) + r"\b", text):
        first = match.group(1)
        if (first.lower() not in cues.title_words and first.lower() not in DETERMINERS
                and first.lower() not in FUNCTION_WORDS):  # 'After Trump' in a Title Case headline
            return f"{first} {surname}"
    return surname
