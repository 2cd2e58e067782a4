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


BACK_PRONOUNS = {"it": False, "they": True, "both": True}  # the pronoun and whether it is plural


def returned_antecedent(pronoun: Token, target_words: set[str]) -> Token | None:
    """'npm took down two of our packages. They were back online by Monday': the target noun
    (one of ``target_words``) last written in the sentence before, of the pronoun's number."""
    plural = BACK_PRONOUNS.get(pronoun.lower_)
    sentence = pronoun.sent
    if plural is None or sentence.start == 0:
        return None
    for t in reversed(pronoun.doc[sentence.start - 1].sent):
        if t.lower_ in target_words and (t.tag_ in {"NNS", "NNPS"}) == plural:
            counted = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
            return counted if counted is not None and counted.like_num else t  # ('two of our packages')
    return None
