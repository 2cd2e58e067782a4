"""Claims: an act that the sentence only says someone claims, rumours, accuses a platform of or
denies ('Meta has denied claims that Facebook removed posts', 'accusations that the company was
censoring rural creators'), and a fact-check's 'Claim:' line. Helpers of ``extractor.facts.unreal``."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.cues import CUES

CLAIM_NOUNS = {"claim", "allegation", "accusation", "rumour", "rumor", "suggestion", "report", "speculation"}
SUSPICION_NOUNS = {"accusation", "allegation", "rumour", "rumor", "speculation", "suspicion"}  # never a fact


def denied_claim(chain: list[Token]) -> bool:
    """'Meta has denied claims that Facebook removed posts': an act inside a claim that is denied
    (the clause hangs on the noun, where the governing chain stops)."""
    noun = chain[-1]
    if len(chain) > 1 and noun.lemma_.lower() in SUSPICION_NOUNS:
        return True  # 'rumours that Twitter had suspended the account': only rumoured
    marks = [m for t in chain[:2] for m in t.children if m.dep_ == "mark" and m.lower_ == "that" and m.i > 0]
    if any(m.doc[m.i - 1].lemma_.lower() in SUSPICION_NOUNS for m in marks):
        return True  # 'accusations that the company was censoring ...' (however the parse hung it)
    return (len(chain) > 1 and noun.lemma_.lower() in CLAIM_NOUNS and noun.dep_ in {"dobj", "nsubjpass"}
            and noun.head.lemma_.lower() in CUES["denial_verbs"])


CLAIM_LABELS = {"claim", "claims", "the claim", "viral claim"}  # a fact-check's 'Claim: ...' line


def checked_claim(token: Token) -> bool:
    """'Claim: Facebook banned the page "Texas Ranchers United"': a fact-check's line that states
    the claim it checks."""
    sentence = token.sent
    colon = next((t for t in sentence[:4] if t.text == ":"), None)
    return colon is not None and sentence.doc[sentence.start:colon.i].text.strip().lower() in CLAIM_LABELS
