"""The faster attribute ruler and rule lemmatizer (extractor.fast_components) annotate every
token exactly as the model's own components do: same tags, parts of speech, morphology, lemmas,
dependencies and entities, on texts that exercise the ruler's one-word and two-word patterns,
the samples and development articles, whether their tables are empty or already filled."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_SPACE, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, TAG

from extractor.article import read_article
from extractor.fast_components import FastAttributes, FastLemmas, speed_up_components
from extractor.nlp import get_pipeline, load_model, split_lines
from tests.helpers import SAMPLES

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "articles"
ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START, IS_SPACE, NORM]
OWN = [
    "I'm gonna tell y'all: we gotta go. Let's see what you're doin' - ain't nothin' to it.",
    "There is a ban, there's a block and there were 3 suspensions. C'mon, it's been had.",
    "He said she'd have done it, but they'd not. Him, her, them and us: themselves.",
    "Twitter suspended 1,500 accounts; Facebook's ads were pulled off the platform.",
    "   \n\n  Spaces  and\ttabs \n",
    "WHO BANNED THE ACCOUNTS? The Company Did It, Says Report",
    "The senators' bills, the children's toys and the geese were being better fed.",
]


def texts() -> list[str]:
    out = list(OWN) + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if DEV.is_dir():
        out += [read_article(path.read_bytes()).text for path in sorted(DEV.iterdir())[:12]]
    return [line for text in out for line in split_lines(text)]


def annotations(doc) -> tuple:
    return (doc.to_array(ATTRS).tolist(), [str(t.morph) for t in doc], [t.lemma_ for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents])


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return texts()


@pytest.fixture(scope="module")
def original(lines: list[str]) -> list[tuple]:
    nlp = load_model()
    assert not isinstance(nlp.get_pipe("lemmatizer"), FastLemmas)
    return [annotations(doc) for doc in nlp.pipe(lines)]


def test_the_pipeline_uses_the_fast_components() -> None:
    nlp = get_pipeline()
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmas)
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributes)


def test_same_annotations_with_empty_and_with_filled_tables(lines: list[str], original: list[tuple]) -> None:
    nlp = load_model()
    assert sorted(speed_up_components(nlp)) == ["attribute_ruler", "lemmatizer"]
    assert speed_up_components(nlp) == []  # once only
    for _ in range(2):  # the first pass fills the tables, the second reads them
        fast = [annotations(doc) for doc in nlp.pipe(lines)]
        assert len(fast) == len(original)
        for line, got, expected in zip(lines, fast, original, strict=True):
            assert got == expected, line


def test_same_annotations_one_text_at_a_time(lines: list[str], original: list[tuple]) -> None:
    """Called on each Doc (``nlp(text)``, the way a headline is re-parsed) rather than in batches."""
    nlp = load_model()
    speed_up_components(nlp)
    for line, expected in list(zip(lines, original, strict=True))[::3]:
        assert annotations(nlp(line)) == expected, line


def test_lemma_index_is_read_as_sets() -> None:
    nlp = load_model()
    speed_up_components(nlp)
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(words, frozenset) for words in table.values())
