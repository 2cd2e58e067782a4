"""The rule matchers run only on the windows where a pattern can start, and find exactly what
the Matcher finds over the whole Doc (same spans, same labels, same order)."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from extractor.article import read_article
from extractor.nlp import LineDocs, get_pipeline
from tests.helpers import SAMPLES

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "articles"
OWN = [
    "Twitter suspended 1,500 accounts and shadow-banned dozens more; Facebook took down 559 pages.",
    "YouTube age-restricted the video, then fact - checked posts and locked out the users.",
    "The platform kicked Parler off its app store and banned 20 channels.",
    "",
    "Nothing happened here at all.",
]


def whole_doc_matches(doc, name: str) -> list[tuple[int, int, str]]:
    component = get_pipeline().get_pipe(name)
    spans = spacy.util.filter_spans(component.matcher(doc, as_spans=True))
    return [(s.start, s.end, s.label_) for s in sorted(spans, key=lambda s: s.start)]


@pytest.fixture(scope="module")
def docs() -> list:
    """Parsed Docs of our texts, the samples and (when there) 15 development articles."""
    texts = list(OWN) + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if DEV.is_dir():
        texts += [read_article(path.read_bytes()).text for path in sorted(DEV.iterdir())[:15]]
    return [LineDocs(text).doc() for text in texts]


@pytest.mark.parametrize("name,key", [("moderation_actions", "actions"),
                                      ("moderation_targets", "target_nouns")])
def test_windows_find_what_the_whole_doc_gives(docs: list, name: str, key: str) -> None:
    assert get_pipeline().get_pipe(name).starts is not None  # the windows are in use
    found = 0
    for doc in docs:
        doc = get_pipeline().get_pipe(name)(doc)  # the component alone, on the parsed Doc
        got = [(s.start, s.end, s.label_) for s in doc.spans[key]]
        assert got == whole_doc_matches(doc, name)
        found += len(got)
    assert found > 20
