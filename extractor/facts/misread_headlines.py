"""Headlines the parse misread: 'GoDaddy bans neo-Nazi site Daily Stormer', 'Twitch bans streamer',
'TikTok bans Andrew Tate'. The words after the action word are read as its objects whatever part
of speech the model gave them: target words and the people an account stands for, or a name."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from extractor.facts.accounts import PERSON_NOUNS
from extractor.facts.acted_on import OBJECT_DEPS
from extractor.facts.headlines import is_headline
from extractor.facts.targets import target_words


@lru_cache(maxsize=1)
def headline_vocabulary() -> dict[str, str]:
    """Target words and the people an account stands for ('streamer'), as target types."""
    return {**{w: "account" for w in PERSON_NOUNS}, **target_words()}


def singular(word: Token) -> bool:
    """'streamer', not 'streamers' (whatever part of speech the model gave the word)."""
    return not word.lower_.endswith("s") or word.lower_.endswith("ss")


NAMED_ENTITIES = {"PERSON", "ORG"}


def headline_name(first: Token) -> Token | None:
    """'TikTok bans Andrew Tate': a person or an organisation named right after the action word of a
    headline the parse misread (one long noun, or the name hung on the verb as an apposition);
    the name's last word."""
    action = first.doc[first.i - 1]
    if (first.ent_type_ not in NAMED_ENTITIES or first.ent_iob_ != "B"
            or action.dep_ not in {"compound", "ROOT"}):
        return None
    if not (is_headline(first.sent) or action.tag_ in {"NNS", "VBZ"}):
        return None
    last = first
    while last.i + 1 < len(first.doc) and first.doc[last.i + 1].ent_iob_ == "I":
        last = first.doc[last.i + 1]
    return last


def headline_words(tokens: Span) -> dict[int, str]:
    vocabulary = headline_vocabulary()
    return {t.i: vocabulary[t.lower_] for t in tokens if t.lower_ in vocabulary and t.ent_type_ != "PLATFORM"
            and not quoted_modifier(t)}


def quoted_modifier(token: Token) -> bool:
    """"deletes 'teen girl' AI": a quoted phrase describing the noun after it, no person."""
    after = token.doc[token.i + 1:token.i + 3]
    return len(after) == 2 and after[0].is_quote and after[1].pos_ in {"NOUN", "PROPN"}


HEADLINE_STOPS = {"ADP", "SCONJ", "AUX", "PART"}
OBJECT_DETERMINERS = {"the", "its", "their", "these", "those", "all"}
HEADLINE_REACH = 8  # words after the action word where a headline's object may stand


def headline_objects(first: Token, types: dict[int, str]) -> list[Token]:
    """"GoDaddy bans neo-Nazi site Daily Stormer", "Telegram blocks 'terrorist-related' channels
    after ...": the target nouns right after the action word of a headline, read from the words
    when the small model misreads the headline (the action taken for a noun, the object for a
    subject); ``first`` is the first word after the action."""
    sentence = first.sent
    action = first.doc[first.i - 1]
    # a headline, a line read the same way ('GoDaddy boots neo-Nazi site after ...'), or a verb with no
    # object before 'the' and a target word ('PyPI removed the packages aryi, suffer and noblesse')
    objectless = (action.pos_ == "VERB" and first.lower_ in OBJECT_DETERMINERS
                  and not any(c.dep_ in OBJECT_DEPS for c in action.children))
    if not (is_headline(sentence) or action.pos_ == "NOUN" and action.text.endswith("s") or objectless):
        return []
    found: list[Token] = []
    for t in sentence.doc[first.i:min(sentence.end, first.i + HEADLINE_REACH)]:
        if t.tag_ == "POS":  # "Twitter censors Trump's tweets": whose they are
            continue
        if t.pos_ in HEADLINE_STOPS or t.tag_ in {"VBD", "VBZ"}:
            break
        if types.get(t.i):
            found.append(t)
        elif found and t.lower_ not in {",", "and", "&"}:
            break
    return found
