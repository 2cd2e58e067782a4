"""References back: a mention that tells what it acts on only by a pronoun ('It was restored',
'Twitter suspended him again'), a definite noun ('the account', 'the restriction was lifted'), a
number of things told ('six of them') or the act it undoes ('Google reversed the suspension') takes
its targets and names from the events already told. Helpers of ``extractor.events``."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from extractor.event_names import DEFINITE_OWNERS
from extractor.facts.account_names import called_name
from extractor.facts.accounts import NamedAccount, account_from
from extractor.facts.described import described_earlier
from extractor.facts.implied import REFERRING_PRONOUNS
from extractor.facts.payments import PAY_WORDS, restored_pay
from extractor.facts.persons import PASSIVE_SUBJECTS, PERSONAL_PRONOUNS, passive_subject
from extractor.facts.platforms import owned_by
from extractor.facts.reversals import appeal_won
from extractor.facts.targets import DISTINCT_WORDS, Target
from extractor.facts.things import counted_reference, noun_before
from extractor.mentions import MentionFacts, called_earlier

if TYPE_CHECKING:
    from extractor.events import Event

def refer_back(doc: Doc, facts: MentionFacts, events: list[Event], types: dict[int, str]) -> None:
    """'It was restored', 'another one was suspended': a pronoun stands for the target of the
    latest event of the platform ('suspended him': the account named last on it); 'the app' for
    'an app called Twitter Patria' named before."""
    undone = undone_action(doc, facts)
    last = last_action(events, facts.mention.platform)
    if undone is not None and last is None:
        # 'Google removed my game from the Play Store ... Google reversed the decision': the owner
        # undoes what its platform did
        last = next((e for e in reversed(events) if e.family != "reinstate"
                     and owned_by(e.platform, facts.mention.platform)), None)
        if last is not None:
            facts.mention = replace(facts.mention, platform=last.platform)
    if undone is not None and last is not None:
        # ('LinkedIn removed three posts and restricted the account ... The restriction was lifted':
        # the latest act of the kind the noun names)
        kind = action_labels(doc).get(undone.i)
        last = latest_of_kind([e for e in events if e.platform == last.platform], kind) or last
        told = [t for m in last.mentions for t in m.targets]
        if told:  # 'Google reversed the suspension': the reinstatement of what it last acted on
            facts.targets = [Target(told[0].type, told[0].count, None, undone.idx, undone.idx + len(undone),
                                    undone.i)]
            facts.accounts = names_of(last)
            facts.opens_event = True
    restores_told(doc, facts, last)
    returns_after(facts, last, doc)
    if not facts.targets:
        pronouns = [t for t in facts.acted_on if t.lower_ in REFERRING_PRONOUNS or counted_reference(t)]
        earlier = [e for e in events if e.platform == facts.mention.platform]
        if pronouns and earlier:
            # ('... withheld the account. eSafety said the platform took them down': the pronoun is
            # of the latest act of the same kind, else the latest act)
            last = latest_of_kind(earlier, facts.mention.action) or earlier[-1]
            kinds = [t for m in last.mentions for t in m.targets]
            if kinds:
                p = pronouns[0]
                count = 1 if p.lower_ in {"it", "one"} else counted_reference(p)  # ('two of them')
                distinct = any(c.lower_ in DISTINCT_WORDS for c in p.children)  # 'another one'
                facts.targets = [Target(kinds[0].type, count, None, p.idx, p.idx + len(p), p.i,
                                        distinct=distinct)]
                if p.lower_ == "it":
                    facts.accounts = [a for m in last.mentions for a in m.accounts][:1]
                facts.opens_event = not facts.mention.adjectival
        if pronouns and not facts.targets and facts.mention.platform_rule in {"subject", "agent", "place"}:
            # 'the album ... Spotify took it down': the noun before, when the platform is said to act
            noun = noun_before(pronouns[0], types)
            if noun is not None:
                p = pronouns[0]
                facts.targets = [Target(types[noun.i], 1 if p.lower_ == "it" else None, None, p.idx,
                                        p.idx + len(p), p.i)]
                named = called_name(noun) or (account_from(noun.head) if noun.dep_ == "appos"
                                              and noun.head.pos_ == "PROPN" else None)
                facts.accounts = [named] if named is not None else []
                facts.opens_event = not facts.mention.adjectival
        # ('he was unbanned a week later': a person pronoun as the passive subject, too)
        people = [t for t in facts.acted_on if t.lower_ in PERSONAL_PRONOUNS
                  or t.lower_ in PASSIVE_SUBJECTS and passive_subject(t)]
        named = [a for e in earlier for m in e.mentions for a in m.accounts]
        # (or, named nowhere, the one account the platform acted on last: 'banned the streamer')
        if people and (named or earlier and any(t.type == "account" and t.count == 1
                                                for m in earlier[-1].mentions for t in m.targets)):
            # 'Twitter suspended him again in December': the person named last on that platform
            p = people[0]
            facts.targets = [Target("account", 1, None, p.idx, p.idx + len(p), p.i)]
            facts.accounts = named[-1:]
            facts.opens_event = not facts.mention.adjectival
    for target in facts.targets:
        if target.token >= 0 and not facts.accounts:
            noun = doc[target.token]
            facts.accounts.extend(called_earlier(doc, noun) or described_earlier(noun))
    if not facts.accounts and len(facts.targets) == 1 and facts.targets[0].token >= 0:
        facts.accounts.extend(the_account_named_before(doc[facts.targets[0].token], events, facts))


UNDONE_OWNERS = DEFINITE_OWNERS | {"its", "their"}


def last_action(events: list[Event], platform: str) -> Event | None:
    """The latest event of a platform that is no reinstatement: what a reversal undoes."""
    return next((e for e in reversed(events) if e.platform == platform and e.family != "reinstate"), None)


def names_of(event: Event) -> list[NamedAccount]:
    """The accounts an event names, each name once."""
    return list({a.name: a for m in event.mentions for a in m.accounts}.values())


def definite(noun: Token) -> bool:
    """'the suspension', 'its decision', 'the accounts': a noun for something already told."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ in UNDONE_OWNERS for c in noun.children)


def restores_told(doc: Doc, facts: MentionFacts, last: Event | None) -> None:
    """'Facebook suspended the accounts of five critics ... the accounts were switched back on': a
    reinstatement of definite targets of the kind the platform last acted on (``last``), with no
    platform in its sentence, restores those (it opens an event, with their names)."""
    if facts.mention.action != "reinstate" or not facts.targets or last is None:
        return
    kinds = {t.type for m in last.mentions for t in m.targets}
    if all(t.token >= 0 and t.type in kinds and definite(doc[t.token]) for t in facts.targets):
        # 'the accounts were restored' after 'suspended five accounts': those five
        facts.targets = [replace(t, count=told_count(last, t.type)) if t.count is None else t
                         for t in facts.targets]
        if not facts.opens_event:
            facts.opens_event = True
            facts.accounts = facts.accounts or names_of(last)


def told_count(event: Event, kind: str) -> int | None:
    """The one count an event gave a kind of target ('five accounts'), or None."""
    counts = {t.count for m in event.mentions for t in m.targets if t.type == kind}
    return counts.pop() if len(counts) == 1 else None


def returns_after(facts: MentionFacts, last: Event | None, doc: Doc) -> None:
    """'Twitter suspended Jane Roe ... By Wednesday she was back on Twitter': a return to a platform
    (the ``return`` rule) is the reinstatement of what the platform last acted on, named as it was;
    with no action of that platform before it, someone came back of their own accord: no event,
    unless the sentence says the return ends one ('Donald Trump is back on Facebook after a
    two-year ban': then the one who is back is what was let back)."""
    if facts.mention.platform_rule != "return":
        return
    if ends_an_action(doc[facts.mention.head]) and (facts.accounts or facts.targets):
        facts.opens_event = not facts.mention.adjectival
        if not facts.targets:
            first = facts.accounts[0]
            facts.targets = [Target("account", len(facts.accounts), None, first.start, first.end, -1)]
        return
    told = [t for m in last.mentions for t in m.targets] if last is not None else []
    facts.opens_event = bool(told) and not facts.mention.adjectival
    if told and not facts.targets:
        head = facts.mention
        facts.targets = [Target(told[0].type, told[0].count, None, head.start, head.end, -1)]
    if told and not facts.accounts:
        facts.accounts = names_of(last)


def latest_of_kind(events: list[Event], action: str | None) -> Event | None:
    """The latest of ``events`` that holds a mention of ``action``, or None."""
    return next((e for e in reversed(events) if any(m.mention.action == action for m in e.mentions)), None)


def action_labels(doc: Doc) -> dict[int, str]:
    """The action of each action word of the Doc (the actions span group), by its first token."""
    return {s.start: s.label_ for s in doc.spans.get("actions", [])}


ENDED_BY = {"after", "following"}


def ends_an_action(token: Token) -> bool:
    """'back on Facebook after a two-year ban', 'following his suspension': the return word's
    'after' phrase names a moderation action (an action word of the actions span group)."""
    actions = action_labels(token.doc)
    words = [token, token.head] if token.dep_ == "advmod" else [token]  # ('is back ... after': on 'is')
    return any(prep.dep_ == "prep" and prep.lower_ in ENDED_BY and actions.get(p.i) not in (None, "reinstate")
               for word in words for prep in word.children for p in prep.children if p.dep_ == "pobj")


def undone_action(doc: Doc, facts: MentionFacts) -> Token | None:
    """'Google reversed the suspension', 'the ban was overturned', 'Twitter reversed its decision',
    'they reversed it':
    a reinstatement told by the definite action (or decision) it undoes, with nothing acted on
    named; the action noun, or None."""
    if facts.mention.action != "reinstate" or facts.targets or facts.accounts:
        return None
    head = doc[facts.mention.head]
    if appeal_won(head):
        return head  # 'She won her appeal': what the platform last did to her is undone
    noun = head if head.pos_ == "NOUN" else next(
        (c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}
         and (c.lemma_.lower() in DECISIONS or c.lower_ in UNDONE_PRONOUNS)), None) or restored_pay(head)
    if noun is None or any(c.dep_ == "prep" for c in noun.children):
        return None  # ('lifted the ban on ...': what the ban was on is said, or it is not on anything)
    undone = definite(noun) or noun.lower_ in UNDONE_PRONOUNS | PAY_WORDS or noun.lemma_.lower() in STANCES
    return noun if undone else None


DECISIONS = {"decision", "ruling", "move", "course", "stance", "position"}
STANCES = {"course", "stance", "position"}  # 'YouTube reversed course': no article needed
UNDONE_PRONOUNS = {"it", "this", "that"}  # 'they reversed it immediately'  (after a takedown)


def the_account_named_before(noun: Token, events: list[Event], facts: MentionFacts) -> list[NamedAccount]:
    """'The account was restored on Wednesday', 'his channel was reinstated': a definite singular
    target noun stands for the one account named by the latest event of the platform; 'The
    accounts were restored a day later': a plural one for the several accounts of the latest
    event that acted on the same kind of thing."""
    if noun.tag_ not in {"NN", "NNS"} or not any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE_OWNERS
                                                 for c in noun.children):
        return []
    earlier = [e for e in events if e.platform == facts.mention.platform]
    if not earlier:
        return []
    named = list({a.name: a for m in earlier[-1].mentions for a in m.accounts}.values())
    if noun.tag_ == "NN":
        return named if len(named) == 1 else []
    counts = {t.count for m in earlier[-1].mentions for t in m.targets if t.type == facts.targets[0].type}
    return named if len(named) > 1 and counts and counts <= {len(named), None} else []
