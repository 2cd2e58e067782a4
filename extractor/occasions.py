"""Occasions: does a new mention report the takedown an event already holds, or another one?

The second step of mentions -> occasions -> events. A mention joins an event of the same
platform and action group unless one of these boundaries says it tells another occasion:

1. ``counts``: a larger count of the same kind (80 accounts, then 1,500), "another"/"new" items
   (of any kind when counted and told in a later sentence: "another 20 accounts" after "50
   pages"), or counts of another class of target (videos after a channel), or a vague number
   ("dozens of", "a number of") of a kind the event counts one of. A smaller count is a
   breakdown; a sentence that opens by summing up ("In all", "In total") gives the total.
2. ``time``: the mention's own time expression (one that hangs on its action word) does not
   overlap any the event's mentions have ("on Tuesday" after "last spring", "in 2017" after
   "this year", a suspension in December after one on Monday), unless a count ties them or the
   targets are the definite ones already told ("the accounts").
3. ``cue``: the action is told again in a later sentence with a word that says it is another act
   ("again", "also", "earlier", "separately", "previously", "later").
4. ``kind``: a later sentence acts only on a class of target the event has never held ("posts"
   after "the channel"; classes: presence, content, advertising, app).
5. ``named``: a later sentence with its own time expression names only accounts or items the
   event does not hold ("Apple has pulled X ... last month it pulled Y"; when the article has no
   publication date, an unresolved "last month" counts).
6. ``years before``: the event is undated (the story's news) and a later sentence dates its act a
   year or more before the article ("In 2012 Apple rejected an app ..." in a story of 2025).
7. ``joined act``: an action word joined by "and" to one of the event's, of another action, on
   objects of its own ("banned three subreddits and suspended several moderators", "removed
   300 tracks ... and placed a posting restriction on his account").

A mention that names an account the event holds is the same occasion unless boundary 2 or 3
says otherwise.
"""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from extractor.facts.accounts import same_name
from extractor.facts.time import When
from extractor.facts.unreal import DEFINITE_WORDS

QUOTE_MARKS = '"“”'

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extractor.events import Event
    from extractor.mentions import MentionFacts

# kinds of target: a count of one kind never contradicts a count of another kind of the same class
TYPE_CLASSES = {"account": "presence", "page": "presence", "group": "presence", "channel": "presence",
                "community": "presence", "other": "presence", "server": "presence",
                "post": "content", "video": "content", "ad": "advertising", "event": "content", "app": "app"}
COUNT_TOLERANCE = 0.2  # counts within 20% of each other are the same occasion ("3,400" ~ "3,465")
# adverbs on the action word that tell another act of the same kind
ANOTHER_ACT_ADVERBS = {"again", "also", "earlier", "separately", "previously", "later", "subsequently",
                       "additionally", "too"}


def dated(when: When | None, sentence: str, sentence_start: int) -> When | None:
    """The time that dates a mention's occasion: resolved, on the action word, outside quotes."""
    if when is None or not when.attached or not when.start:
        return None
    before = sentence[:when.span_start - sentence_start]
    return None if sum(before.count(q) for q in QUOTE_MARKS) % 2 else when


def close(a: int, b: int) -> bool:
    return a == b or abs(a - b) <= COUNT_TOLERANCE * max(a, b)


def counts_differ(event: Event, facts: MentionFacts) -> bool:
    """Boundary 1: the mention's counts cannot be the event's; or it tells another counted batch
    ("another", "a further", "more") in a later sentence, whatever kind it counts ('In June, it
    removed another 20 accounts' after '50 pages in March')."""
    if later_sentence(event, facts) and any(t.distinct and (t.count or 0) > 1 for t in facts.targets):
        return True
    mine = event.counts()
    if later_sentence(event, facts) and any(
            t.count is None and t.approximate and mine.get(t.type) == {1} for t in facts.targets):
        return True  # 'a number of academic accounts have been suspended' after 'banned my account'
    counted = {TYPE_CLASSES[t.type] for t in facts.targets if t.count is not None}
    if mine and counted and not counted & {TYPE_CLASSES[kind] for kind in mine}:
        return True  # '130,000 videos' after '1 channel', 'the app' after '3,465 accounts'
    for t in facts.targets:
        if t.count is None or t.type not in mine:
            continue
        other = not any(close(t.count, c) for c in mine[t.type])
        if other and (t.count > max(mine[t.type]) or t.distinct):
            return True
    return False


def overlaps(a: When, b: When) -> bool:
    return bool(a.start and a.end and b.start and b.end and a.start <= b.end and b.start <= a.end)


def times_differ(event: Event, facts: MentionFacts) -> bool:
    """Boundary 2: the mention is dated, the event is dated, and the dates do not meet. Only
    dates resolved against the publication date count ('the next day' tells no date), and only
    dates outside quotation marks ('yesterday' in a statement is the speaker's yesterday)."""
    when = facts.dated
    if when is None:
        return False
    dated = event.dated.values()
    return (bool(dated) and not any(overlaps(when, w) for w in dated) and not same_count(event, facts)
            and not definite_reference(facts))


def definite_reference(facts: MentionFacts) -> bool:
    """'The accounts, which the company removed this week': definite, uncounted targets are the
    ones already told, whatever date the sentence gives."""
    return definite_targets(facts) and all(t.count is None for t in facts.targets)


def same_count(event: Event, facts: MentionFacts) -> bool:
    """A count the event already holds ('2 million accounts' again) ties the mention to it; 'an
    account' (one) is no tie."""
    mine = event.counts()
    return any(t.count is not None and t.count > 1 and any(close(t.count, c) for c in mine.get(t.type, []))
               for t in facts.targets)


def later_sentence(event: Event, facts: MentionFacts) -> bool:
    return event.last_sentence < facts.mention.sentence_start


def told_as_another_act(event: Event, facts: MentionFacts) -> bool:
    """Boundary 3: 'Twitter also suspended ...', 'was suspended again' in a later sentence; not
    after the headline alone, which sums up the act the body tells ('Five days later, Apple
    finally pulled the app' under 'Apple pulls the app')."""
    headline_only = all(m.mention.sentence_start == 0 for m in event.mentions) and not (
        facts.accounts and event.account_names and not same_accounts(event, facts))  # 'also pulled Y'
    return facts.another_act and later_sentence(event, facts) and not headline_only


def other_class(event: Event, facts: MentionFacts) -> bool:
    """The mention acts only on a class of target (presence, content, app) the event lacks."""
    new = {TYPE_CLASSES[t.type] for t in facts.targets if t.token >= 0}
    return bool(event.classes and new) and not new & event.classes


def another_kind(event: Event, facts: MentionFacts) -> bool:
    """Boundary 4: a later sentence acts only on a class of target the event has never held."""
    return other_class(event, facts) and later_sentence(event, facts)


def same_accounts(event: Event, facts: MentionFacts) -> bool:
    """The mention names an account the event holds: it tells of the same one."""
    return any(same_name(a.name, b) for a in facts.accounts for b in event.account_names)


def another_named_item(event: Event, facts: MentionFacts) -> bool:
    """Boundary 5: a later sentence with its own time expression names only accounts or items the
    event does not hold, while the event names its own ('Apple has pulled X ... last month it
    pulled Y')."""
    timed = facts.dated is not None or facts.published is None and own_time(facts)
    return (timed and bool(facts.accounts) and bool(event.account_names) and later_sentence(event, facts)
            and not same_accounts(event, facts) and not definite_targets(facts))  # ('The group, X, ...')


def definite_targets(facts: MentionFacts) -> bool:
    """'The group, Nicky's Army, was taken down on Tuesday': the thing already told, whatever its count."""
    nouns = {t.i: t for t in facts.acted_on}
    return bool(facts.targets) and all(t.token in nouns and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in nouns[t.token].children)
        for t in facts.targets)


def own_time(facts: MentionFacts) -> bool:
    """A time expression on the mention's action word, resolved or not ('last month' in an article
    with no publication date to resolve it against)."""
    when = facts.when
    return when is not None and when.attached


def years_before(event: Event, facts: MentionFacts) -> bool:
    """Boundary 6: the event has no date (it is the story's news, around the publication date),
    and a later sentence dates its act a year or more before the article ('In 2012 Apple rejected
    an app ...' in a story of 2025): a past act told in passing. Not after the headline alone,
    which may sum up the act the body dates."""
    when, published = facts.dated, facts.published
    if when is None or published is None or event.dated or not when.end or not later_sentence(event, facts):
        return False
    if all(m.mention.sentence_start == 0 for m in event.mentions):
        return False  # a headline sums up the act the body dates ('sues Twitter for banning him')
    return when.end < (published - timedelta(days=365)).isoformat() and not same_count(event, facts)


def joined_other_act(event: Event, facts: MentionFacts) -> bool:
    """Boundary 7: 'Reddit banned three subreddits and suspended several moderators': an action word
    joined to one of the event's by 'and', of another action, on objects of its own, is another
    act (one event per platform, action and occasion)."""
    if not facts.acted_on:
        return False
    doc = facts.acted_on[0].doc
    head = verb_of(doc[facts.mention.head])
    mine = {t.i for t in facts.acted_on}
    for m in event.mentions:
        if m.mention.action == facts.mention.action or not m.acted_on:
            continue
        other = verb_of(doc[m.mention.head])
        joined = head.dep_ == "conj" and head.head == other or other.dep_ == "conj" and other.head == head
        if joined and not mine & {t.i for t in m.acted_on}:
            return True
    return False


def verb_of(action: Token) -> Token:
    """The verb that tells an action noun ('has placed a posting restriction on his account'), or
    the action word itself."""
    return action.head if action.pos_ == "NOUN" and action.dep_ == "dobj" else action


def same_occasion(event: Event, facts: MentionFacts) -> bool:
    """Whether a mention reports the occasion ``event`` holds (see the module's boundaries)."""
    if (told_as_another_act(event, facts) or times_differ(event, facts) or another_named_item(event, facts)
            or years_before(event, facts) or joined_other_act(event, facts)):
        return False
    if same_accounts(event, facts) and not other_class(event, facts):
        return True  # 'Rose McGowan has been suspended' told again, whatever else the line holds
    return not (counts_differ(event, facts) and not told_as_total(facts) or another_kind(event, facts))


TOTAL_OPENINGS = (("in", "all"), ("in", "total"), ("all", "told"), ("altogether",))


def told_as_total(facts: MentionFacts) -> bool:
    """'In all, Facebook said it had removed two pages and two Instagram accounts': a sentence that
    opens by summing up counts what was told (larger counts are its total, not another batch)."""
    if not facts.acted_on:
        return False
    words = tuple(t.lower_ for t in facts.acted_on[0].sent[:2])
    return any(words[:len(opening)] == opening for opening in TOTAL_OPENINGS)
