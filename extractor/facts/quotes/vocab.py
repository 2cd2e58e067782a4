"""The quotes stages' shared vocabulary: word lists from ``patterns/quote_cues.json`` and
the small fixed sets of labels, dependencies and marks."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CUES_FILE = Path(__file__).resolve().parent.parent.parent / "patterns" / "quote_cues.json"

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
INHERIT_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "relcl", "ccomp", "pcomp", "dep"})
NOMINAL_HEAD_POS = frozenset({"ADJ", "NOUN", "PROPN"})
NOMINAL_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM"})
MENTION_CUT_DEPS = frozenset({"appos", "relcl", "acl", "punct", "advcl", "parataxis", "prep_cut"})
NOT_CUE_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
DEFINITE = frozenset({"the", "this", "that"})
OBJECT_DEPS = frozenset({"pobj", "dobj", "attr", "npadvmod", "appos", "dep"})
VERB_POS = frozenset({"VERB", "AUX"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her"})
SENTENCE_END = frozenset({".", "!", "?"})
PERSON_LABELS = frozenset({"PERSON"})
TIME_LABELS = frozenset({"DATE", "TIME"})  # "said Wednesday": no speaker
ORG_LABELS = frozenset({"ORG", "NORP", "GPE"})
# labels the model sometimes gives a person's name ('Cole said' as PRODUCT, 'Ada Fisher' as FAC)
MISTAKEN_NAME_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT", "LAW"})
NAME_LIKE_LABELS = frozenset({""}) | ORG_LABELS | MISTAKEN_NAME_LABELS  # a proper noun that may speak
PLATFORM_LABEL = "PLATFORM"

TITLE_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "for", "and", "or", "to", "at", "by",
                                  "with"})
NAMING_FILLERS = frozenset({"it", "them", "him", "her", "as", "the", "a", "an", "so", "-", "—", ","})

Mention = tuple[str, int, int]  # (text, start, end) of a speaker mention in doc.text

MAX_BEFORE_TOKENS = 45
MAX_BEFORE_SCAN = 400  # tokens looked at before a quote, quoted ones included (a bound on hostile text)
MAX_AFTER_TOKENS = 30
SHORT_ATTRIBUTION_TOKENS = 8
TERM_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "so-called", "these", "those"}
WEAK_CUE_DISTANCE = 3
MAX_GOVERNING_HOPS = 2
DASHES = frozenset({"―", "—", "–", "-", "--"})
MAX_SIGNATURE_TOKENS = 5
MAX_TITLE_WORDS = 12

# '”' opens a quote only in opening position, after a space and before a word (a slip: '* ”I can
# confirm ...,” a spokeswoman said')
DOUBLE_OPEN = {'"': '"', "“": "”", "„": "“", "«": "»", "»": "«", "”": "”"}
DOUBLE_CLOSE = frozenset({'"', "”", "“", "»", "«"})
SINGLE_OPEN = {"'": "'", "‘": "’", "‹": "›", "‚": "‘"}
SINGLE_CLOSE = frozenset({"'", "’", "›", "‘"})
OPEN_CONTEXT = frozenset(" \t([{—–-/:;,\"“‘«„")




@dataclass(frozen=True)
class CueData:
    cue_lemmas: frozenset[str]
    cue_forms: frozenset[str]
    weak_cue_lemmas: frozenset[str]
    after_only_cue_lemmas: frozenset[str]  # cues only after the quote ('"...," the company shared')
    stance_verbs: frozenset[str]  # a quote below one of these, with no cue, is its subject's words
    phrase_cues: tuple[tuple[tuple[str, ...], str, str], ...]
    speaker_descriptions: frozenset[str]
    platform_nouns: frozenset[str]
    company_nouns: frozenset[str]
    title_words: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    person_descriptions: frozenset[str]
    person_nouns: frozenset[str]
    message_nouns: frozenset[str]
    document_nouns: frozenset[str]
    other_org_nouns: frozenset[str]
    naming_words: frozenset[str]
    control_verbs: frozenset[str]  # 'prompted X to say': X says
    particle_cues: dict[str, frozenset[str]]  # 'shot back', 'weighed in': cues with their particle only
    max_scare_words: int
    role_nouns: frozenset[str]
    voice_nouns: frozenset[str]
    work_nouns: frozenset[str]
    notice_phrases: tuple[str, ...]
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    male_first_names: frozenset[str]
    female_first_names: frozenset[str]
    generic_words: frozenset[str]  # male words also used of women ('spokesman'): weak evidence


@lru_cache(maxsize=1)
def load_cues(path: Path = CUES_FILE) -> CueData:
    """The cue words and speaker vocabulary, read once per process."""
    raw = json.loads(path.read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw[key])

    return CueData(
        cue_lemmas=words("cue_lemmas"),
        cue_forms=words("cue_forms"),
        weak_cue_lemmas=words("weak_cue_lemmas"),
        after_only_cue_lemmas=words("after_only_cue_lemmas"),
        stance_verbs=words("stance_verbs"),
        phrase_cues=tuple((tuple(p["words"]), p["cue"], p["speaker"]) for p in raw["phrase_cues"]),
        speaker_descriptions=words("speaker_descriptions"),
        platform_nouns=frozenset(raw["org_nouns"]["platform"]),
        company_nouns=frozenset(raw["org_nouns"]["company"]),
        title_words=words("title_words"),
        person_pronouns=words("person_pronouns"),
        plural_pronouns=words("plural_pronouns"),
        org_pronouns=words("org_pronouns"),
        relative_pronouns=words("relative_pronouns"),
        person_descriptions=words("person_descriptions"),
        person_nouns=words("person_nouns"),
        message_nouns=words("message_nouns"),
        document_nouns=words("document_nouns"),
        other_org_nouns=words("other_org_nouns"),
        naming_words=words("naming_words"),
        control_verbs=words("control_verbs"),
        particle_cues={verb: frozenset(parts) for verb, parts in raw["particle_cues"].items()},
        max_scare_words=int(raw["max_scare_words"]),
        role_nouns=words("role_nouns"),
        voice_nouns=words("voice_nouns"),
        work_nouns=words("work_nouns"),
        notice_phrases=tuple(sorted(words("notice_phrases"))),
        **{key: frozenset(w.lower() for w in words) for key, words in raw["gender"].items()},
    )
