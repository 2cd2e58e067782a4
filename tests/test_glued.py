"""Glued words of saved pages ('Applepulledan app', 'hashanded') are read as the words they are
made of; names, platform names and English compounds stay whole; the text and offsets stay."""
from __future__ import annotations

import pytest

import extractor
from extractor.nlp import get_pipeline


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


@pytest.mark.parametrize("glued, words", [
    ("Recently, Applepulledan app from the store.", ["Apple", "pulled", "an", "app"]),
    ("Apple hashanded the government control.", ["has", "handed"]),
    ("Itbannedthe popular game Fortnite.", ["It", "banned", "the", "popular"]),
    ("The company wasblocking ads attheguardian page.", ["was", "blocking", "ads", "at", "the", "guardian"]),
    ("Microsoftsaid it would look into it.", ["Microsoft", "said"]),
    ("In February, OpenAIsaidit had banned the accounts.", ["OpenAI", "said", "it", "had"]),
    ("Last year TikToksaidthat it removed them.", ["TikTok", "said", "that"]),
    ("He took to Hacker News tosaythat the tips were a mistake.", ["to", "say", "that"]),
])
def test_glued_runs_are_split_into_their_words(nlp, glued, words):
    doc = nlp(glued)
    tokens = [t.text for t in doc]
    assert any(tokens[i:i + len(words)] == words for i in range(len(tokens))), tokens
    assert doc.text == glued  # the text (and so every offset) is unchanged


@pytest.mark.parametrize("whole", [
    "Weinstein", "Newton", "Francis", "Anandasangaree", "Fernanda", "Instagram", "Youtube", "plugin",
    "Ashe", "login", "protestor", "OpenAIs", "TikTokers", "YouTubers",
    "phishing", "username", "ransomware", "screenshot", "blanche", "grafana",
])
def test_names_platforms_and_compounds_stay_whole(nlp, whole):
    doc = nlp(f"They wrote about {whole} on Monday.")
    assert whole in [t.text for t in doc]


def test_handles_and_hashtags_stay_whole(nlp):
    tokens = [t.text for t in nlp("The #metoo tag and @hasbanned posted.")]
    assert "metoo" in tokens and "@hasbanned" in tokens


def test_a_glued_sentence_gives_its_event():
    """Read whole, 'Itbannedthe popular game' says nothing; split, it is the App Store's ban."""
    record = extractor.extract("Apple has a long history of removing apps.\n\nItbannedthe popular game "
                               "Fortnite from the App Store in August.", published="2025-01-01")
    events = [(e["platform"], [a["name"] for a in e["named_accounts"]]) for e in record["events"]]
    assert ("App Store", ["Fortnite"]) in events
