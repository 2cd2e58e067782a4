"""Reason candidates in one sentence, from the language news uses for grounds.

Families of phrasing (word lists in ``patterns/reason_cues.json``):

- ``grounds``: "suspended for violating X", "banned over X", "removed for violent extremism";
- ``cause``: "because of X", "due to X", "in violation of X", "based on X";
- ``violation``: "violated its rules around X", "breaking the company's policy against X",
  "alleged violation of X";
- ``cite``: "citing X", "blames X for";
- ``effort``: "crackdown on X", "action against X", "policy on X", and named policies
  ("its hate speech rules");
- ``purpose``: "to prevent X", "efforts to limit X";
- ``conduct``: what the acted-on accounts did: "accounts used to X", "which it said engaged in X",
  "accounts connected to the espionage campaign", "the accounts were used to X";
- ``term``: a known term on its own ("coordinated inauthentic behavior", "troll farm").

The conduct rules are in ``conduct.py``, the cutting of a reason's words in ``phrase.py``.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.account_names import AUTHOR_VERBS, author_of
from extractor.facts.accounts import unbroken_word
from extractor.facts.entities import entities_in
from extractor.facts.headlines import is_headline
from extractor.facts.name_words import NAMING_VERBS
from extractor.facts.platforms import is_company_reference, platform_of_token
from extractor.facts.reasons.conduct import (
    SUBJECT_DEPS,
    conduct_clause,
    is_target_reference,
    legal_or_conduct_after,
    operation_object,
    operator_conduct,
    platform_accuses,
    violator_ok,
)
from extractor.facts.reasons.lexicon import CUES, terms_in
from extractor.facts.reasons.phrase import Candidate, compact, right_part
from extractor.facts.stage_names import goes_by

NOT_GROUNDS_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "PERSON", "GPE", "ORG",
                    "NORP", "LOC", "FAC"}


def grounds_object(prep: Token, actions: set[int], targets: set[int]) -> Token | None:
    """The object of 'for' or 'over' on an action word or a target noun, when it reads as a
    ground ('sued over an alleged attack', 'backlash for the spread of X' are not this action's)."""
    head = prep.head
    if not ({head.i, head.head.i} & (actions | targets)) and not misread_headline_gerund(prep, actions):
        return None
    for obj in prep.children:
        if obj.dep_ not in {"pobj", "pcomp"}:
            continue
        if obj.tag_ == "VBG":
            return None if obj.i in actions else obj
        if obj.ent_type_ in NOT_GROUNDS_ENTS or obj.like_num:
            return None
        if obj.lemma_.lower() in CUES["not_grounds_nouns"]:
            return None  # 'for a one-time fee of $5.99', 'banned for life': how much or how long
        if obj.lemma_.lower() == "reason" and terms_in(" ".join(t.text for t in obj.subtree)):
            return obj  # 'for copyright reasons'
        described = obj.lower_ in CUES["grounds_nouns"] and any(
            c.dep_ in {"amod", "poss"} for c in obj.children)
        if (obj.lemma_.lower() in CUES["who_nouns"] or obj.i in targets) and not described:
            return None  # 'accounts for seven cyber-mercenary firms': for whom, not why ('for his
            # abusive tweets' is why)
        words = " ".join(t.text for t in obj.subtree)
        if prep.head.i in actions and obj.pos_ == "NOUN" and not any(
                c.dep_ == "nummod" for c in obj.children):
            return obj  # 'banning people for the crime of speaking to each other'
        if {obj.lemma_.lower(), obj.lower_} & CUES["grounds_nouns"] or terms_in(words):
            return obj
        if prep.lower_ == "over" and obj.pos_ == "NOUN" and not obj.ent_type_:
            return obj  # 'removed 200 apps over potential data misuse': 'over' on what was acted on
    return None


def misread_headline_gerund(prep: Token, actions: set[int]) -> bool:
    """'GoDaddy bans neo-Nazi site Daily Stormer for disparaging woman killed at ...': a headline
    the parse misread (its 'for' hangs on 'neo', taken for the verb) still gives, after an action
    word, 'for' and a gerund: why the action was taken."""
    sent = prep.sent
    return (is_headline(sent) and any(sent.start <= a < prep.i for a in actions)
            and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children))


ACTION_HOPS = 3  # a cause phrase hangs on the action word, or on a word at most this far below it


def on_an_action(word: Token, actions: set[int]) -> bool:
    """Whether a phrase's first word hangs on an action word (through at most ACTION_HOPS heads and
    no verb of another clause: 'sales rose due to X' beside a removal is no ground of it)."""
    head = word
    for _ in range(ACTION_HOPS):
        if head.head == head:
            return False
        head = head.head
        if head.i in actions:
            return True
        if head.pos_ in {"VERB", "AUX"}:
            return False
    return False


def cause_candidates(sent: Span, actions: set[int] = frozenset()) -> list[Candidate]:
    """'because of X', 'due to X', 'in violation of X', 'based on X'; 'because it violated X';
    any 'because' clause on an action word ('removed the photo because the girl was naked')."""
    out = []
    lowered = [t.lower_ for t in sent]
    for cue in CUES["cause_preps"]:
        words = cue.split()
        n = len(words)
        for k in range(len(lowered) - n + 1):
            if lowered[k:k + n] != words:
                continue
            last = sent[k + n - 1]
            after = [t for t in sent if t.i > last.i]
            if not after:
                continue
            obj = after[0]
            while obj.head.i > last.i and obj.head.i != obj.i and obj.head.i < sent.end:
                obj = obj.head
            tokens = [t for t in obj.subtree if t.i > last.i]
            said = " ".join(t.text for t in tokens)
            grounds = obj.lemma_.lower() in CUES["grounds_nouns"] or terms_in(said)
            if cue in CUES["weak_cause_preps"] and not grounds:
                continue  # 'based on their findings'
            loose = cue in CUES["loose_cause_preps"] and not grounds
            if actions and loose and not on_an_action(sent[k], actions):
                continue  # 'sales fell due to rising sea levels' beside a removal: not its grounds
            if cue in CUES["cue_kept"]:  # 'violation of the website's Terms of Service'
                tokens = list(sent[k + (1 if cue.startswith("in ") else 0):k + n]) + tokens
            c = compact(tokens, "cause", last.i)
            if c:
                out.append(c)
    for t in sent:
        if t.lower_ == "because" and t.dep_ == "mark":
            clause = [x for x in t.head.subtree if x.i > t.i]
            if t.head.lemma_.lower() in CUES["violation_verbs"] and not violator_ok(t.head, set()):
                continue  # 'because it violates the country's laws': not the acted-on party
            verbs = CUES["strong_conduct_verbs"] | CUES["violation_verbs"]
            on_action = t.head.dep_ == "advcl" and t.head.head.i in actions
            if (terms_in(" ".join(x.text for x in clause)) or any(x.lemma_.lower() in verbs for x in clause)
                    or on_action):
                out.append(compact(clause, "cause", t.i))
    return out


def sentence_candidates(sent: Span, actions: set[int], targets: set[int],
                        operators: frozenset[str] = frozenset()) -> list[Candidate]:
    """Every reason candidate in a sentence. ``actions``: token indices of action words;
    ``targets``: token indices of target nouns (accounts, pages, channels ...); ``operators``:
    words (lower case) for who runs the acted-on items."""
    out: list[Candidate | None] = []
    for t in sent:
        lemma, low = t.lemma_.lower(), t.lower_
        if t.dep_ == "prep" and low in CUES["grounds_preps"]:
            obj = grounds_object(t, actions, targets)
            if obj is not None:
                tokens = right_part(obj) if obj.tag_ == "VBG" else list(obj.subtree)
                out.append(compact(tokens, "grounds", t.i))
        elif low in CUES["legal_preps"] and t.dep_ in {"prep", "mark"}:
            out.extend(legal_or_conduct_after(t, t.head.i in actions))
        elif lemma in CUES["violation_verbs"] and t.pos_ == "VERB" and any(
                c.dep_ in {"dobj", "obj"} for c in t.children) and violator_ok(t, targets):
            out.append(compact(right_part(t), "violation", t.i))
        elif lemma in CUES["violation_nouns"] and t.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            out.append(compact([x for x in t.subtree if x.dep_ != "det" or x.i > t.i], "violation", t.i))
        elif low == "part" and t.pos_ == "NOUN":
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ == "of" and operation_object(t) is not None:
                    out.append(compact([t, *prep.subtree], "conduct", t.i))
        elif lemma == "accuse" and t.pos_ == "VERB" and platform_accuses(t):  # 'it accused them of X'
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    out.append(compact([x for c in prep.children for x in c.subtree], "conduct", t.i))
        elif lemma in CUES["cite_verbs"] and t.pos_ == "VERB":
            for obj in t.children:
                if obj.dep_ in {"dobj", "obj"}:
                    out.append(compact(list(obj.subtree), "cite", t.i))
        elif is_purpose(t, actions):  # 'banned to prevent X'; 'efforts to catch and take down X'
            out.append(compact(right_part(t), "purpose", t.i))
        if t.pos_ in {"NOUN", "PROPN"} and (low in CUES["effort_nouns"] or lemma in CUES["effort_nouns"]):
            out.extend(effort_candidates(t, targets))
        if is_target_reference(t, targets, actions, operators):
            for c in t.children:
                if c.dep_ in {"relcl", "acl"} and not (c.lemma_.lower() in AUTHOR_VERBS and author_of(c)
                                                       or goes_by(c)):  # (not 'who streams as X')
                    out.append(conduct_clause(c, "conduct") or described_clause(c, actions))
            if t.dep_ in SUBJECT_DEPS and t.head.pos_ in {"VERB", "AUX"} and t.head.i not in actions \
                    and not platform_of_token(t) and (not is_company_reference(t) or t.lower_ in operators):
                out.append(conduct_clause(t.head, "conduct", subject_known=True))
    if any(t.i in actions for t in sent):
        for t in sent:
            if t.dep_ in {"acl", "relcl"}:
                out.extend(operator_conduct(t))
            if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in CUES["statement_gerunds"] \
                    and t.head.i in actions:
                out.append(stated_grounds(t, targets))
    out.extend(cause_candidates(sent, actions))
    out.extend(headline_after(sent, actions))
    out.extend(term_candidates(sent, targets))
    out.extend(described_targets(sent, targets))
    return [c for c in out if c is not None]


# what an action comes after that is no ground of it (times are in not_grounds_nouns)
AFTER_NOT_GROUNDS = {"review", "investigation", "probe", "meeting", "hearing", "update", "appeal", "decade",
                     "attempt", "move", "deal"}


def headline_after(sent: Span, actions: set[int]) -> list[Candidate]:
    """'YouTube pulls Logan Paul projects after 'dead body' video', 'GoDaddy boots neo-Nazi site
    after derogatory story': in a headline, what the action came after is why (not a time, a
    count, a name, nor the process that led to it: 'after a review')."""
    if not actions or not is_headline(sent):
        return []
    out: list[Candidate] = []
    for t in sent:
        if t.lower_ != "after" or t.dep_ != "prep" or t.head.i not in actions:
            continue
        for obj in t.children:
            if (obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.ent_type_ not in NOT_GROUNDS_ENTS
                    and obj.lemma_.lower() not in AFTER_NOT_GROUNDS | CUES["not_grounds_nouns"]):
                out.append(compact(list(obj.subtree), "cause", t.i))
    return [c for c in out if c is not None]


def stated_grounds(saying: Token, targets: set[int]) -> Candidate | None:
    """'Apple pulled the app, saying it helped users evade censorship': what the platform said
    the acted-on item did (a clause whose subject is the item: 'it', 'they', the target noun)."""
    for clause in saying.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and (subjects[0].lower_ in {"it", "they", "he", "she"} or subjects[0].i in targets):
            return compact(right_part(clause), "conduct", clause.i)
    return None


def effort_candidates(noun: Token, targets: set[int]) -> list[Candidate | None]:
    """'crackdown on bots and fake accounts', 'policy against calls for violence', 'its hate
    speech rules'."""
    out: list[Candidate | None] = []
    if any(c.dep_ == "poss" and not (platform_of_token(c) or is_company_reference(c)) for c in noun.children):
        return []  # "Iran's crackdown on dissent": someone else's
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i]
    for prep in noun.children:
        if noun.lower_ in CUES["against_only_nouns"] and prep.lower_ != "against":
            continue  # 'actions from the government on public health'
        if prep.dep_ == "prep" and prep.lower_ in CUES["effort_preps"]:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                words = " ".join(x.text for x in obj.subtree)
                who = obj.i in targets or obj.lemma_.lower() in CUES["who_nouns"]
                if who and not terms_in(words) or obj.like_num or obj.ent_type_ in NOT_GROUNDS_ENTS:
                    continue  # 'action against accounts linked to X', 'ban on Trump': who, not why
                tokens = [x for m in modifiers for x in m.subtree] + [noun, prep] + list(obj.subtree)
                out.append(compact(tokens, "effort", noun.i))
    if not out and noun.lemma_.lower() in {"policy", "rule", "guideline", "standard"} and modifiers:
        tokens = [x for m in modifiers for x in m.subtree] + [noun]
        words = " ".join(x.text for x in tokens)
        if terms_in(words.replace(noun.text, "")):
            out.append(compact(tokens, "effort", noun.i))
    return out


def term_candidates(sent: Span, targets: set[int]) -> list[Candidate]:
    """Known terms on their own: the noun phrase around one ('a "troll farm"'), or only the words
    that modify a counted target noun ('COVID-19 misinformation' of '1 million COVID-19
    misinformation videos')."""
    out = []
    doc = sent.doc
    base = sent.start_char
    for start, end, _term in terms_in(sent.text, alone_only=True):
        span = doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        while head.dep_ in {"compound", "amod", "nmod"} and head.head.i > head.i \
                and head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head
        if head.lemma_.lower() in CUES["report_nouns"] and head.i >= span.end:
            # 'its Coordinated Inauthentic Behavior Report'
            out.append(compact(list(span), "term", span.start))
            continue
        if head.i >= span.end and head.i not in targets and not any(c.like_num for c in head.children) and (
                head.lower_ not in CUES["grounds_nouns"] | CUES["operation_nouns"]):
            continue  # 'NYU misinformation study', 'Israeli spyware maker': the term qualifies something else
        if any(e.label_ in {"ORG", "WORK_OF_ART", "LAW", "EVENT"} and e.start <= span.start
               and span.end <= e.end and len(e) > len(span) for e in entities_in(sent)):
            continue  # 'the Select Committee on Foreign Interference': a name, not a reason
        if head.i in targets or head.i >= span.end and any(c.like_num for c in head.children):
            tokens = list(doc[span.start:max(head.i, span.end)])
        else:
            tokens = [t for t in head.subtree if t.i <= head.i and t.dep_ not in {"det", "poss", "nummod"}
                      and not t.like_num] + [t for t in span]
        c = compact(tokens, "term", span.start)
        if c:
            out.append(c)
    return out


DESCRIBING_PREPS = {"of", "with", "about", "featuring", "containing", "showing", "promoting", "targeting"}
WRITER_PRONOUNS = {"i", "we", "you"}  # a clause whose subject is the writer or the reader


def described_targets(sent: Span, targets: set[int]) -> list[Candidate]:
    """'removed 77 malicious apps delivering malware', 'exploitative videos of children': items
    acted on, described by what was wrong with them, are the reason (from the first such word to
    the end of the noun phrase) when the event is given no other (``attach.cleaned``)."""
    out = []
    for noun in sent:
        if noun.i not in targets or noun.pos_ != "NOUN":
            continue
        doc = noun.doc
        words = {c.i: unbroken_word(c) for c in noun.children  # 'pro-terrorist', 'typo-squatting'
                 if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i}
        bad = [c for c in noun.children if c.i in words and (
            words[c.i].text.lower() in CUES["bad_item_words"] or c.lemma_.lower() in CUES["bad_item_words"]
            or any(part in CUES["bad_item_words"] for part in words[c.i].text.lower().split("-")))]
        if not bad:
            continue
        first = max(sent.start, min(min(words[c.i].start, *(t.i for t in c.subtree)) for c in bad))
        after = [t for c in noun.children if c.i > noun.i and (
            c.dep_ in {"acl", "relcl"} and c.lemma_.lower() not in NAMING_VERBS  # not ', named X'
            or c.dep_ == "prep" and c.lower_ in DESCRIBING_PREPS)
            for t in c.subtree]
        places = [t.i for t in after if t.dep_ == "prep" and t.lower_ in {"from", "off", "on"}
                  and any(platform_of_token(x) for x in t.subtree)]  # '... from the Play Store'
        tokens = [*doc[first:noun.i + 1], *(t for t in after if not places or t.i < min(places))]
        c = compact(tokens, "described", noun.i)
        if c:
            out.append(c)
    return out


def described_clause(verb: Token, actions: set[int]) -> Candidate | None:
    """'VPN apps that allow users to skirt China's firewall', 'video that showed a man killing his
    daughter', 'accounts tied to Russian operatives': a clause describing the acted-on items, the
    reason when the event is given no other (cue 'described', like ``described_targets``); not
    what says whose, how big or how made they are ('which had 2 million followers')."""
    if verb.i in actions or verb.pos_ != "VERB" or verb.lemma_.lower() in CUES["not_description_verbs"]:
        return None
    if any(c.dep_ == "nsubj" and (platform_of_token(c) or is_company_reference(c)) or c.dep_ == "agent"
           for c in verb.children):
        return None  # 'the apps that Apple removed', 'a group chaired by X': who, not why
    if any(c.dep_ == "nsubj" and c.lower_ in WRITER_PRONOUNS for c in verb.children):
        return None  # 'the account we used for donations': the writer's use of it
    noun = verb.head
    if noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        return None  # 'according to a website that tracks the show': who tells it
    tokens = right_part(verb)
    if any(t.i in actions for t in tokens):
        return None
    places = [t.i for t in tokens if t.dep_ == "prep" and t.lower_ in {"from", "off", "on", "in"}
              and any(platform_of_token(x) for x in t.subtree)]  # '... from its App Store'
    return compact([t for t in tokens if not places or t.i < min(places)], "described", verb.i)


def is_purpose(verb: Token, actions: set[int]) -> bool:
    """An infinitive telling what the action or the effort was for: 'banned to prevent X',
    'efforts to catch and take down X' (not another action word, nor 'to clean up its platform')."""
    if verb.tag_ != "VB" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return False
    if verb.i in actions or own_service(verb):
        return False
    head = verb.head
    if verb.lemma_.lower() in CUES["purpose_verbs"] and (
            head.i in actions or head.head.i in actions or head.lemma_.lower() in CUES["effort_nouns"]):
        return True
    # 'efforts to catch and take down terrorist videos': another verb when it names grounds
    return verb.dep_ == "acl" and head.lower_ in CUES["enforcement_nouns"] and names_grounds(verb)


def names_grounds(verb: Token) -> bool:
    """Whether a verb's words name grounds: a grounds noun or a known term ('terrorist videos',
    not 'to appease regulators', 'to fix its feed')."""
    words = list(verb.subtree)
    return any(t.lemma_.lower() in CUES["grounds_nouns"] for t in words) or bool(
        terms_in(" ".join(t.text for t in words)))


def own_service(verb: Token) -> bool:
    """'to clean up its platform': a purpose about the platform itself says nothing of why."""
    for obj in verb.children:
        if obj.dep_ in {"dobj", "obj"}:
            return bool(platform_of_token(obj)) or obj.lemma_.lower() in CUES["company_words"] | {"platform"}
    return False
