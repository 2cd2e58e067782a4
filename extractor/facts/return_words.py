"""Return words: 'returned to the App Store', 'back on Twitter', 'resurfaced' (something coming
back), and 'returned the podcast to its service' (someone giving it back)."""
from __future__ import annotations

from spacy.tokens import Token

# 'the app returned to / is back in / resurfaced on the App Store'
# "regained access to"; "re-surfaced" is one token (extractor.tokenizer_rules.PREFIXED_WORD)
RETURN_WORDS = {"return", "back", "resurface", "reappear", "regain", "re-surface", "re-appear"}


def gives_back(token: Token) -> bool:
    """'Spotify returned the podcast to its service': a return told with its object, by whoever
    gave it back (its subject acts, as with any verb), not something coming back."""
    return token.lemma_.lower() == "return" and token.pos_ == "VERB" and any(
        c.dep_ == "dobj" for c in token.children)


def comes_back(token: Token) -> bool:
    """'the app returned to the App Store', 'she was back on Twitter': something coming back."""
    return token.lemma_.lower() in RETURN_WORDS and not gives_back(token)
