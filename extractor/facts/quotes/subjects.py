"""Stage 2, who said it: the subject of a cue verb (its own, the one of the clause it depends on,
or the noun a misparse left beside it), the token naming the speaker."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extractor.facts.name_words import QUOTE_CLOSERS
from extractor.facts.quotes.vocab import (
    INHERIT_SUBJECT_DEPS,
    NOMINAL_HEAD_POS,
    NOT_CUE_DEPS,
    OBJECT_DEPS,
    PARTICIPLE_TAGS,
    PERSON_LABELS,
    SUBJECT_DEPS,
    TIME_LABELS,
    VERB_POS,
    CueData,
)
from extractor.facts.subjects import object_controller as controlling_object

AUX_DEPS = frozenset({"aux", "auxpass"})
MISPARSED_SUBJECT_DEPS = frozenset({"amod", "nmod", "compound"})
Quoted = Callable[[int], bool]  # is the token at this index inside a quote


def never(i: int) -> bool:
    return False


def is_cue_verb(tok: Token, cues: CueData) -> bool:
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lemma in cues.particle_cues:  # '"...," Trump shot back'
        return tok.pos_ in VERB_POS and any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in cues.particle_cues[lemma] for c in tok.children)
    if lemma not in cues.cue_lemmas and lower not in cues.cue_forms:
        return False
    if tok.dep_ in NOT_CUE_DEPS:
        return False
    if tok.pos_ in VERB_POS:
        return True
    return tok.pos_ == "NOUN" and (any(c.dep_ in SUBJECT_DEPS for c in tok.children)
                                   or noun_cue_speaker(tok) is not None)


PHRASE_DEPS = MISPARSED_SUBJECT_DEPS | {"det", "nummod", "poss"}


def noun_cue_speaker(tok: Token) -> Token | None:
    """'"...," one conference attendee remembers', '"...," the Saudis state in the paper': a cue
    verb right after a quote that the parse read as the last noun of its speaker's phrase (the
    speaker's words hang on it as modifiers: ``MISPARSED_SUBJECT_DEPS``), in a verb's form, not a
    noun's ('remembers' after one speaker, 'state' after many): the speaker's head word, or None."""
    if tok.pos_ != "NOUN":
        return None
    doc = tok.doc
    words = [c for c in tok.lefts if c.dep_ in PHRASE_DEPS]
    speakers = [c for c in words if c.dep_ in MISPARSED_SUBJECT_DEPS and c.pos_ in {"NOUN", "PROPN"}]
    if not speakers:
        return None
    first = min(w.left_edge.i for w in words)
    if first == 0 or doc[first - 1].text not in QUOTE_CLOSERS:
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in NOMINAL_HEAD_POS:
        return None  # the phrase goes on: not its last word
    one = tok.tag_ == "NNS" and tok.lower_.endswith("s")
    many = tok.tag_ == "NN" and speakers[-1].tag_ in {"NNS", "NNPS"}
    return speakers[-1] if one or many else None


def named_in_title(subject: Token, titles: frozenset[str] = frozenset()) -> Token:
    """'Documentarian and filmmaker James K. Lambert informs ...', 'says Jigsaw founder and president
    Jared Cohen': a title the parse made the subject, with the person's name joined to it as its
    conjunct, stands for that person."""
    title = subject.pos_ == "ADJ" or subject.pos_ == "NOUN" and subject.lower_ in titles and not any(
        c.dep_ == "det" for c in subject.children)  # ('the founder and Jane Roe': two people)
    if not title or subject.ent_type_:
        return subject
    return next((c for c in subject.children if c.dep_ == "conj" and c.ent_type_ in PERSON_LABELS), subject)


def find_subject(verb: Token, cues: CueData, depth: int = 0, quoted: Quoted = never) -> Token | None:
    """The grammatical subject of a cue verb: its own ``nsubj`` nearest to it and not quoted (the
    parser may take a word of the quote for the subject; a relative pronoun stands for the noun the
    clause hangs on), else the subject of the clause a participle or conjunct depends on
    (``..., calling it`` -> the subject of the sentence)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not quoted(c.i)] or [
        s for a in verb.children if a.dep_ in AUX_DEPS  # 'Lang is convinced', the subject parsed on 'is'
        for s in a.children if s.dep_ in SUBJECT_DEPS and not quoted(s.i)]
    if subjects:
        child = min(subjects, key=lambda c: abs(c.i - verb.i))
        if child.lower_ in cues.relative_pronouns and verb.dep_ == "relcl":
            return verb.head
        return named_in_title(child, cues.title_words)
    misread = noun_cue_speaker(verb)  # '"...," the Saudis state': not the subject of the quote's verb
    if misread is not None and not quoted(misread.i):
        return misread
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if depth == 0 and verb.tag_ in PARTICIPLE_TAGS and verb.dep_ in ("advcl", "xcomp"):
        controller = object_controller(verb.head, cues, quoted)  # '... prompted X to boast "...", adding'
        if controller is not None:
            return controller
        root = verb.sent.root
        if root != verb and any(c.dep_ in SUBJECT_DEPS for c in root.children):
            return find_subject(root, cues, depth + 1, quoted)
    if verb.dep_ == "acl" and verb.head.ent_type_ in PERSON_LABELS and not quoted(verb.head.i):
        return verb.head  # 'footage of Hillary Clinton asking, "..."'
    controller = object_controller(verb, cues, quoted)
    if controller is not None:
        return controller
    if depth < 3 and verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head != verb:
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN") and head.head != head:  # "a post accusing ..."
            head = head.head
        if head.pos_ == "ADP" and head.dep_ == "prep" and head.head != head:
            head = head.head  # 'PayPal justified this by claiming ...': the verb 'by' hangs on
        # 'De Blasio said the move was made by Bratton and said, "..."': a speaking verb joined to
        # the reported clause of another is joined to the verb that reports it
        reported = verb.dep_ == "conj" and head.dep_ == "ccomp" and not is_cue_verb(head, cues)
        if reported and is_cue_verb(verb, cues) and is_cue_verb(head.head, cues):
            head = head.head
        return find_subject(head, cues, depth + 1, quoted)
    for child in verb.rights:  # inverted order misparsed: "said Jack Dorsey" (not 'said Wednesday')
        inverted = (child.pos_ == "PROPN" and child.dep_ in OBJECT_DEPS and verb.lemma_ != "tell"
                    and child.ent_type_ not in TIME_LABELS)
        if inverted and not quoted(child.i):
            return child
    described = relative_before(verb)  # 'a White House official who spoke anonymously said'
    if described is not None and not quoted(described.i):
        return described
    for child in reversed(list(verb.lefts)):  # subject misparsed: '"...," the 31-year-old said'
        if child.dep_ in MISPARSED_SUBJECT_DEPS and child.pos_ in NOMINAL_HEAD_POS and not quoted(child.i):
            return child
    return person_just_before(verb, quoted)


def object_controller(verb: Token, cues: CueData, quoted: Quoted = never) -> Token | None:
    """'the news prompted Bloom.fm to boast that "..."': the object of a verb of making or asking
    (``control_verbs``) says what the infinitive under it says (``facts.subjects.object_controller``
    with those verbs; an object, not a passive subject, and not in the quote)."""
    if verb.dep_ != "xcomp" or verb.head == verb:
        return None
    doer = controlling_object(verb, cues.control_verbs)
    if doer is None or doer.dep_ != "dobj" or doer.pos_ not in NOMINAL_HEAD_POS or quoted(doer.i):
        return None
    return doer


def person_just_before(verb: Token, quoted: Quoted = never) -> Token | None:
    """'Senior Product Manager for Google Voice Vincent Paquet stated that ...': a verb the parse
    left with no subject, right after a person's name that the parse hung elsewhere (here on
    'for'), is said by that person."""
    if verb.i == 0 or verb.dep_ != "ROOT":
        return None
    before = verb.doc[verb.i - 1]
    if before.ent_type_ not in PERSON_LABELS or before.pos_ != "PROPN":
        return None
    return None if quoted(before.i) or before.sent != verb.sent else before


def relative_before(verb: Token) -> Token | None:
    """'..., a White House official who spoke anonymously to discuss internal strategy said
    Wednesday': a verb the parse left with no subject, right after a relative clause that ends
    where the verb begins, is said by the noun the clause describes."""
    if verb.i == 0:
        return None
    for t in verb.doc[verb.i - 1].ancestors:
        if t.dep_ == "relcl" and t.right_edge.i == verb.i - 1 and t.head.pos_ in NOMINAL_HEAD_POS:
            return t.head if t.head.i < verb.i and t.head.head != verb else None
    return None
