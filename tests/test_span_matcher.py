"""The fast paths of the pipeline's rule components give exactly what the straightforward code
gives: the action and target matchers, run only on the windows where a pattern can start, find
what the Matcher finds over the whole Doc (same spans, labels, order); line_sentences and
x_platform, which no longer visit every token, mark the same sentence starts and entities; the
dependency patterns, each run only on the sentences holding its anchor word, find what one
DependencyMatcher over the whole Doc finds."""
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


TRICKY = [
    "\nHeadline\r\n\r\nFirst line.\nSecond line\n\n\nThird  line \n",
    "Musk's X suspended the account. On X, Malcolm X was trending; Generation X users left X.",
    "The Kick streamer moved to Rumble after Threads banned him. X accounts, X said.",
    "no break at all",
]


def reference_line_sentences(doc):
    """The component as first written: every token visited."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws:
            token.is_sent_start = True
    return doc


def reference_x_platform(component, doc):
    from spacy.tokens import Span

    found = [Span(doc, t.i, t.i + 1, label="PLATFORM", span_id=component.names[t.text])
             for t in doc
             if t.text in component.names and not t.ent_type_ and component.is_platform(doc, t.i)]
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


def all_texts() -> list[str]:
    texts = TRICKY + OWN + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if DEV.is_dir():
        texts += [read_article(path.read_bytes()).text for path in sorted(DEV.iterdir())[:15]]
    return texts


def test_line_sentences_marks_what_visiting_every_token_marks() -> None:
    from spacy.attrs import SENT_START

    from extractor.nlp import line_sentences

    nlp = get_pipeline()
    for text in all_texts():
        fast, slow = line_sentences(nlp.make_doc(text)), reference_line_sentences(nlp.make_doc(text))
        assert fast.to_array(SENT_START).tolist() == slow.to_array(SENT_START).tolist()


def test_x_platform_finds_what_visiting_every_token_finds() -> None:
    nlp = get_pipeline()
    component = nlp.get_pipe("x_platform")
    found = 0
    for text in all_texts():
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == "x_platform":
                break
            doc = proc(doc)
        fast, slow = component(doc.copy()), reference_x_platform(component, doc.copy())
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in fast.ents] == \
            [(e.start, e.end, e.label_, e.ent_id_) for e in slow.ents]
        found += sum(e.text in component.names for e in fast.ents)
    assert found >= 3


def test_dependency_patterns_per_sentence_find_what_the_whole_doc_gives(docs: list) -> None:
    import json

    from spacy.matcher import DependencyMatcher

    from extractor.nlp import PATTERNS_DIR

    nlp = get_pipeline()
    component = nlp.get_pipe("moderation_dependencies")
    assert all(anchor is not None for _, anchor in component.patterns)  # the anchor filter is in use
    whole = DependencyMatcher(nlp.vocab)
    for row in json.loads((PATTERNS_DIR / "actions_dep.json").read_text(encoding="utf-8")):
        if "pattern" in row:
            whole.add(f"{row['label']}#{row.get('priority', 0)}", [row["pattern"]])
    texts = ["Apple kicked Parler off the App Store. Twitter added warning labels to his tweets.\n"
             "Google pulled ads from the channel, then Facebook kicked the group off too."]
    found = 0
    for doc in docs:
        got = component.matches(doc)
        assert sorted(got) == sorted((key, ids) for key, ids in whole(doc))
    for doc in [LineDocs(text).doc() for text in texts]:  # (counted on our own lines: the same
        got = component.matches(doc)  # wherever the shared articles are)
        assert sorted(got) == sorted((key, ids) for key, ids in whole(doc))
        found += len(got)
    assert found >= 4


def test_the_tokenizer_made_at_once_splits_as_the_rules_set_one_by_one() -> None:
    from extractor import tokenizer_rules as rules
    from extractor.nlp import load_model

    nlp = load_model()
    ours = rules.with_our_rules(nlp)
    model = nlp.tokenizer  # the model's own, given the same rules one at a time
    model.infix_finditer = rules.glued_words_infixes(nlp)
    model.token_match = rules.PREFIXED_WORD.match
    urls = model.url_match
    model.url_match = lambda text: rules.REDDIT_NAME.match(text) or (urls(text) if urls else None)
    texts = all_texts() + ["The account was re-instated on r/example by u/mod_name; Googlesuspended it."]
    for text in texts:
        assert [t.text for t in ours(text)] == [t.text for t in model(text)]


def test_glued_words_know_the_lemmatizer_words_whatever_components_are_enabled() -> None:
    # the platform ruler reads its patterns with only glued_words enabled; the word lists it
    # builds then must still hold the lemmatizer's (disabled) words and rules
    from extractor.glued import glued_words
    from extractor.nlp import load_model

    nlp = load_model()
    with nlp.select_pipes(enable=[]):
        data = glued_words(nlp)
    assert data.rules and "report" in data.words
