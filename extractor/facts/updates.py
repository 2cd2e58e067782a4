"""Updates and builds of an app: a store that rejects or blocks them restricts the app ('Apple
rejected an update to the app', 'blocking updates to vibe coding apps', 'Apple rejected the new
build of Pocketwise'), and the app is what was acted on."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.platforms import platform_of_token
from extractor.facts.targets import Target, targets_for

UPDATE_NOUNS = {"update", "updates"}  # kept from being updated, whatever the action word
# what a store's review turns down ('the new build of the app was rejected'; not 'removed the
# uncut version of the video', which is the video's removal)
REVIEWED_NOUNS = {"build", "builds", "version", "versions", "binary", "binaries", "submission", "submissions"}
REVIEW_LEMMAS = {"reject", "deny", "decline"}
UPDATED_PREPOSITIONS = {"to", "for", "of"}
BACK_DETERMINERS = {"the", "this", "that"}  # 'my update for Retro Ping ... the update was rejected'


def updated_objects(noun: Token) -> list[Token]:
    """'an update to the app', 'the new build of Pocketwise' (not 'submissions to App Store', the
    place they were sent to)."""
    prepositions = UPDATED_PREPOSITIONS if noun.lower_ in UPDATE_NOUNS else UPDATED_PREPOSITIONS - {"to"}
    return [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in prepositions
            for p in prep.children if p.dep_ == "pobj" and not platform_of_token(p)]


def updated(noun: Token, verb: Token | None = None) -> list[Token]:
    """'updates to vibe coding apps', 'an update for the app', 'the new build of Pocketwise' (when
    rejected): what the updates are of; for 'the update' with none, what the same word told before
    in its sentence is of ('When I submitted my update for Retro Ping, the update was rejected')."""
    reviewed = verb is not None and verb.lemma_.lower() in REVIEW_LEMMAS and noun.lower_ in REVIEWED_NOUNS
    if noun.lower_ not in UPDATE_NOUNS and not reviewed:
        return []
    found = updated_objects(noun)
    if not found and any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in noun.children):
        before = [t for t in noun.sent if t.i < noun.i and t.lemma_ == noun.lemma_ and updated_objects(t)]
        found = updated_objects(before[-1]) if before else []
    return found


def restricted_updates(verb: Token, types: dict[int, str]) -> tuple[list[Token], list[Target]] | None:
    """What a rejected or blocked update restricts: the apps it is of, with their targets; an app
    told by its name alone ('Apple rejected the update to Pocketwise') is one app. None when the
    action is on no update."""
    updates = [p for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for p in updated(c, verb)]
    if not updates:
        return None
    targets = targets_for(updates, types)
    named = [t for t in updates if t.pos_ == "PROPN" and t.i not in types]
    if not targets and named:  # (not 'an update to its policy')
        first = named[0]
        targets = [Target("app", len(named), None, first.idx, first.idx + len(first), first.i)]
    return updates, targets
