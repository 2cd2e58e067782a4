"""Non-events: an action word that tells no action taken. Negations, plans, threats, demands,
denials, conditions, questions, habits (the simple present outside a headline with nothing
particular acted on), infinitives on 'time'/'need', and action words in another sense
('pulled into'). Word lists are in ``patterns/cues.json``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.acted_on import acted_on_tokens
from extractor.facts.claims import checked_claim, denied_claim
from extractor.facts.cues import CUES, FIXTURES, OTHER_SENSE_OBJECTS, OTHER_SENSES
from extractor.facts.headlines import is_headline
from extractor.facts.mood import anticipated, generic_gerund, imperative, striving, subject_gerund, under_way

if TYPE_CHECKING:
    from extractor.facts.action_mention import ActionMention

CLAUSE_LINK_DEPS = {"xcomp", "conj", "advcl", "ccomp", "relcl", "acl", "pcomp"}
DEMONSTRATIVES = {"this", "that", "these", "those"}
DEFINITE_WORDS = DEMONSTRATIVES | {"the"}
NEGATION_WORDS = {"not", "never", "n't", "no", "without"}


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
PAST_TAGS = {"VBD", "VBN", "JJ"}  # 'thought', 'convinced' (a belief held then)


def governing_chain(token: Token, limit: int = 4) -> list[Token]:
    """The token and the verbs above it through clause links (xcomp, conj ...), nearest first."""
    chain = [token]
    current = token
    for _ in range(limit):
        if current.dep_ not in CLAUSE_LINK_DEPS | {"prep", "pobj", "dobj", "nsubjpass", "nsubj", "amod",
                                                   "acomp", "advmod", "compound", "appos"}:
            break
        if current.head == current:
            break
        participle = current.dep_ in {"acl", "relcl"}
        current = current.head
        chain.append(current)
        if participle:
            break  # 'the content removed by Steam may violate laws': the removal is told as a fact
    return chain


PRESUPPOSING_WH = {"why", "when", "how", "where"}  # not 'whether' or 'if': those leave it open
DONE_WHEN_PAST = {"move"}  # 'moved to suspend' in the past tells the act done
LATER_WORDS = {"later", "eventually", "subsequently", "soon"}
REASON_NOUNS = {"reason", "explanation", "cause", "ground", "grounds", "basis", "justification", "motive"}


def presupposed(clause: Token) -> bool:
    """'why it suspended the account', 'when it removed the page', 'how many accounts it had
    suspended': a clause asking about an act takes the act as given, whatever is said of it."""
    if clause.dep_ == "prep" and clause.lower_ in {"for", "behind"} and (
            clause.head.lemma_.lower() in REASON_NOUNS):
        return True  # 'did not give a reason for suspending the account'
    past = clause.tag_ == "VBD" or any(a.dep_ in {"aux", "auxpass"} and a.tag_ == "VBD"
                                       for a in clause.children)
    if not past and clause.pos_ in {"VERB", "AUX"}:
        return False  # ('allowed only when they are submitted ...': a condition, no question)
    return any(c.lower_ in PRESUPPOSING_WH and c.dep_ in {"advmod", "mark"} and c.i < clause.i
               for c in clause.children) or any(
        c.dep_ in {"dobj", "nsubjpass"} and any(d.lower_ == "many" and any(
            h.lower_ == "how" for h in d.children) for d in c.children) for c in clause.children)


def not_only(neg: Token) -> bool:
    """'not just banning two players but suing them': 'not only' adds, it does not deny."""
    after = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return after is not None and after.lower_ in {"just", "only", "merely", "simply"}


def is_negated(token: Token) -> bool:
    if any(c.lower_ == "until" and c.dep_ in {"prep", "mark", "advcl"} for c in token.children):
        return False  # "the app didn't return to the stores until February 13": it returned then
    for t in (token, token.head if token.dep_ in {"xcomp", "acomp", "auxpass"} else token):
        if any((c.dep_ == "neg" or c.lower_ in NEGATION_WORDS and c.dep_ in {"neg", "advmod", "det"})
               and not not_only(c) for c in t.children):
            return True
    # 'has not been terminated or had any content removed': a participle on the object of a verb
    # joined to a negated one shares its 'not'
    holder = token.head.head if token.dep_ == "acl" and token.head.dep_ == "dobj" else None
    if holder is not None and holder.dep_ == "conj" and holder.head.pos_ in {"VERB", "AUX"} and is_negated(
            holder.head):
        return True
    # ('no accounts had been suspended', 'none of the videos was removed': nothing was acted on)
    subjects = [c for c in token.children if c.dep_ in {"nsubjpass", "nsubj"}]
    if token.pos_ in {"VERB", "AUX"} and any(s.lower_ in {"none", "nothing"} or any(
            c.dep_ == "det" and c.lower_ == "no" for c in s.children) for s in subjects):
        return True
    return token.pos_ == "NOUN" and any(c.lower_ == "no" for c in token.children)


ADJUNCT_PREPS = {"following", "after", "since", "before", "despite", "amid", "because", "upon"}


def marked_to(token: Token) -> bool:
    """A verb with its infinitive 'to' ('to ban', 'to fix')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def to_infinitive(token: Token) -> bool:
    return token.tag_ == "VB" and marked_to(token)


def what_a_thing_is_for(token: Token) -> bool:
    """'a service for filtering and hiding fake reviews', 'a tool for removing spam accounts': what
    a product does, not an action taken."""
    verb = token.head if token.dep_ == "conj" and token.head.lower_.endswith("ing") else token
    prep = verb.head
    return (token.tag_ == "VBG" and verb.dep_ in {"pcomp", "pobj"} and prep.lower_ == "for"
            and prep.head.lemma_.lower() in PRODUCT_NOUNS)


PRODUCT_NOUNS = {"service", "tool", "app", "feature", "extension", "software", "program", "system", "option",
                 "button", "setting", "mechanism", "method", "filter", "plugin", "bot", "product"}


def practice_named(token: Token) -> bool:
    """'sharing less publicly and restricting account visibility are the best practices': a
    gerund that is the subject of 'be' names a practice, not an action taken."""
    first = token
    while first.dep_ in {"conj", "advcl"} and first.head != first and first.head.tag_ == "VBG":
        first = first.head  # 'sharing ..., avoiding ... and restricting ...' however it is parsed
    return (token.tag_ == "VBG" and first.tag_ == "VBG" and first.dep_ in {"csubj", "nsubj"}
            and first.head.lemma_ == "be")


FEATURE_VERBS = {"launch", "introduce", "unveil", "release", "build", "develop", "design", "create", "add",
                 "roll", "test"}


def feature_purpose(token: Token) -> bool:
    """'Twitter launched Safety Mode to block abusive comments': what a feature is made to do."""
    return (to_infinitive(token) and token.dep_ in {"advcl", "xcomp", "relcl", "acl"}
            and token.head.lemma_.lower() in FEATURE_VERBS)


REPAIR_VERBS = {"fix", "repair", "patch", "restore"}


def repair(token: Token) -> bool:
    """'Twitch has removed all background images from game pages to fix the defacement': a
    platform mending its own site, not acting on anyone."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(c.dep_ in {"advcl", "xcomp", "relcl"} and c.lemma_.lower() in REPAIR_VERBS and to_infinitive(c)
               for c in [*token.children, *(x for o in objects for x in o.children)])


def fronted_report(chain: list[Token], i: int) -> bool:
    """'Facebook deleted 170 accounts, the company plans to reveal': a clause told before the verb
    that reports it, whose infinitive is a statement verb ('to reveal', 'to tell')."""
    t = chain[i]
    return i > 0 and chain[i - 1].i < t.i and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in CUES["statement_verbs"] for c in t.children)


def planned_by_noun(token: Token) -> bool:
    """'with Apple planning to pull them': the parse made the plan the verb's subject."""
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in CUES["plan_nouns"]
                                      or c.lower_.removesuffix("ing").removesuffix("n") in CUES["plan_verbs"])
               for c in token.children)


def topic_gerund(token: Token) -> bool:
    """'asked Apple for comment on reinstating ICEBlock': a gerund after a topic noun's 'on'."""
    prep = token.head
    return (token.tag_ == "VBG" and token.dep_ == "pcomp" and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in CUES["topic_nouns"])


OWNER_PRONOUNS = {"his", "her", "my", "their", "our"}


def whose_act_told(token: Token) -> bool:
    """An action noun that is the subject of its clause and says whom it hit ("Manuel's ban",
    'her suspension'): what the clause says of it presupposes it happened."""
    return token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "poss" and (c.lower_ in OWNER_PRONOUNS or c.pos_ == "PROPN" and c.ent_type_ != "PLATFORM")
        for c in token.children)


def is_unreal(token: Token) -> bool:
    """Plans, threats, demands, denials, questions and conditions: not an action taken."""
    if (what_a_thing_is_for(token) or practice_named(token) or feature_purpose(token) or repair(token)
            or topic_gerund(token) or planned_by_noun(token) or imperative(token) or generic_gerund(token)
            or under_way(token) or subject_gerund(token)):
        return True
    if checked_claim(token):
        return True
    chain = governing_chain(token)
    if denied_claim(chain):
        return True
    for i, t in enumerate(chain):
        lemma = t.lemma_.lower()
        if i > 1 and token.pos_ == "NOUN" and lemma in CUES["topic_nouns"] and chain[i - 1].dep_ == "prep":
            break  # 'declined to comment on its removal of X': the removal is told as a fact
        # 'gave the channel a strike and removed the video': a verb joined by 'and' governs nothing
        joined = i > 0 and chain[i - 1].head == t and (
            chain[i - 1].dep_ == "conj"
            # 'Following Apple's removal of X, reporters asked why': a time or cause, not a request
            or chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ in ADJUNCT_PREPS
            # 'authorities forced Apple to pull Skype': forced to do it, it was done
            or chain[i - 1].dep_ == "xcomp" and lemma in CUES["implicative_verbs"]
            and (t.tag_ in {"VBD", "VBN"} or t.tag_ in {"VBZ", "VBP"} and is_headline(t.sent))
            # ('China forces Apple to pull Skype': a headline's present is a past act)
            # 'the activist was given a 30-day ban': a ban given is a ban imposed
            or i == 1 and token.pos_ == "NOUN" and token.dep_ == "dobj" and lemma in CUES["imposing_verbs"]
            and t.tag_ in {"VBD", "VBN"})
        # 'Facebook deleted 170 accounts, the company plans to reveal', 'will note that it had
        # suspended 2,752 accounts': a past act told in a statement to come is still a fact
        told = token.tag_ in {"VBD", "VBN"} and (lemma in CUES["statement_verbs"] or fronted_report(chain, i))
        if i > 0 and presupposed(chain[i - 1]):
            break  # 'Twitter did not say why it suspended the account': the act is taken as given
        if (i > 0 and chain[i - 1].dep_ == "ccomp" and (lemma in CUES["factive_verbs"] or told)
                and not any(c.dep_ == "mark" and c.lower_ in CUES["condition_marks"] or c.dep_ == "neg"
                            for c in t.children)
                and not any(c.dep_ == "mark" and c.lower_ in {"whether", "if"}
                            for c in chain[i - 1].children)):
            break  # 'Frey could see that her account was restored': what is seen happened
        # (not 'Twitter moved quickly to suspend it')
        # ('a court order that led X to suspend him': the act is told below the relative clause's verb)
        relative = i > 1 and t.pos_ == "NOUN" and chain[i - 1].dep_ == "relcl"
        if (i > 0 and not joined and lemma in CUES["plan_verbs"] and t.pos_ in {"VERB", "NOUN", "AUX"}
                and not (lemma in DONE_WHEN_PAST and t.tag_ == "VBD") and not relative):
            return True
        if striving(chain, i):
            return True  # 'it was working to reinstate the app'
        if i > 0 and lemma in CUES["denial_verbs"]:
            return True
        if i > 0 and lemma in CUES["speculation_verbs"] and t.pos_ == "VERB" and chain[i - 1].dep_ == "ccomp":
            return True  # 'Fans speculated that Twitter had banned the rapper': a guess
        if i > 0 and lemma in CUES["belief_verbs"] and t.tag_ in PAST_TAGS and chain[i - 1].dep_ == "ccomp":
            return True  # 'I thought I'd been banned', 'fans convinced he had been banned': a belief
        if i > 0 and t.pos_ == "ADJ" and lemma in CUES["plan_adjectives"] and chain[i - 1].dep_ == "xcomp":
            return True  # 'we are unable to reverse the suspension', 'poised to ban'
        if i > 0 and t.pos_ == "NOUN" and lemma in CUES["plan_nouns"] and not relative:
            return True  # "Apple's threat to ban Parler" (not 'a court order that led X to suspend him')
        if i == 1 and whose_act_told(token):
            break  # "Manuel's ban from Twitter should be a lesson": the ban is there, whatever follows
        for c in t.children:
            cl = c.lower_
            if c.dep_ == "aux" and (cl in CUES["modal_auxiliaries"] or cl in {"'d", "’d"} and t.tag_ == "VB"):
                # ("they'd cut us off": 'would' before a bare verb, not 'had')
                # 'will now remove' with an explicit 'now' still counts as announced action
                if i == 0 and any(x.lower_ == "now" for x in t.children):
                    continue
                if cl == "would" and (any(x.lower_ in LATER_WORDS for x in t.children)
                                      or t.lemma_ == "go" and any(x.lower_ == "on" for x in t.children)):
                    continue  # 'Facebook would later remove the page', 'would go on to ban him': told past
                return True
            if c.dep_ == "mark" and cl in CUES["condition_marks"]:
                return True
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CUES["condition_marks"]
                                         and m.lower_ != "lest" for m in c.children):
                # ('Lest anyone joke about it, Weibo blocked searches': what it was done against)
                return True  # 'If a video breaks the rules, the company takes it down'
            if i == 0 and c.dep_ == "advmod" and cl in CUES["habitual_adverbs"]:
                return True  # 'apps have sometimes been removed': a habit, not an occasion
            if c.dep_ == "neg" and i > 0 and not (i == 1 and said_what_it_was(token, t)) and not any(
                    x.lower_ == "until" for x in t.children):  # ('It was not until March that X banned')
                return True
        if t.dep_ == "ROOT":
            break
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CUES["factual_clause_marks"]
                                     for c in t.children):
            if anticipated(token, t):
                return True  # 'you'll still be able to play it after it's been pulled': to come
            break  # 'threatened to ban X after Y were banned': the after-clause is a fact
    if is_generic_present(token):
        return True
    # 'PUBG to ban 100,000 cheaters', 'Twitter to label state media': a headline's 'to' is a plan
    # '..., remove apps', 'to impose a limit': a verb joined to the planned one, a noun it takes
    planned = token.head if token.dep_ == "conj" and token.tag_ == "VB" or token.dep_ == "dobj" else token
    sentence = token.sent
    # (a finite verb below the planned one, 'videos that deny X', is no sign of a report)
    if to_infinitive(planned) and is_headline(sentence):
        below = {t.i for t in planned.subtree}
        if not any(t.tag_ in FINITE_TAGS and t.i not in below for t in sentence):
            return True
    # 'it is time for Twitter to ban X', 'the power to remove': an infinitive on such a noun
    if token.head.lemma_.lower() in CUES["infinitive_plan_nouns"] and marked_to(token):
        return True
    # 'calls for a ban', 'threat of a ban', 'demand to ban'
    head = token.head
    if (token.pos_ == "NOUN" and head.lemma_.lower() in CUES["plan_verbs"] | CUES["plan_nouns"]
            and not (token.dep_ in {"dobj", "npadvmod"} and head.lemma_.lower() in CUES["imposing_verbs"])):
        # ('is giving the servers the banhammer': a ban given is a ban imposed)
        return True
    if (token.dep_ == "pobj" and head.head.lemma_.lower() in CUES["plan_nouns"] | CUES["plan_verbs"]
            and head.lower_ not in ADJUNCT_PREPS):
        return True
    return sentence.text.rstrip().endswith("?")


def said_what_it_was(noun: Token, verb: Token) -> bool:
    """'The removal of the games wasn't a moderation decision': an action noun as the subject of a
    denied 'be' says what the act was, not that it did not happen."""
    return noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ in {"attr", "acomp"} for c in verb.children)


HABIT_MARKS = {"when", "whenever", "if", "once"}  # a present clause they open makes the verb above a habit


def habit_clause(clause: Token) -> bool:
    """A clause opened by 'when', 'whenever', 'if' or 'once'."""
    return any(m.dep_ in {"mark", "advmod"} and m.lower_ in HABIT_MARKS for m in clause.children)


def is_generic_present(token: Token) -> bool:
    """'Reddit instantly deletes posts from its new interface': the simple present outside a
    headline tells what a platform does in general, not an occasion (news tells those in the past
    or the present perfect). Headlines, which use the present for past events, are exempt."""
    passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"}
                                          for c in token.children)  # 'your account gets labelled'
    if token.tag_ not in {"VBZ", "VBP"} and not passive or token.sent.start == 0 or is_headline(token.sent):
        return False
    if any(c.dep_ == "aux" for c in token.children):
        return False
    if any(c.dep_ == "advcl" and c.tag_ in {"VBZ", "VBP"} and habit_clause(c) for c in token.children):
        return True  # 'When we receive a valid report, we remove the content': a habit, whatever it acts on
    # 'the video site also removes the YouTube personality' (a summary's present): one particular
    # thing acted on is an occasion; bare plurals ('deletes posts') are a habit
    return not any(is_particular(noun) for noun in acted_on_tokens(token))


def is_particular(noun: Token) -> bool:
    """A definite, named, possessed or counted noun: 'the channel', 'X', "Paul's videos", '300 pages'."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "ORG"}:
        return True
    return any(c.dep_ in {"det", "poss", "nummod"} and (c.dep_ != "det" or c.lower_ in DEFINITE_WORDS)
               and c.lower_ != "your" for c in noun.children)  # ('your account': anyone's)


def other_sense(token: Token) -> bool:
    """'pulled into the enterprise', 'pulled ahead', 'banned for six matches': the word in another sense."""
    words = OTHER_SENSES.get(token.lemma_.lower(), ())
    objects = OTHER_SENSE_OBJECTS.get(token.lemma_.lower(), ())
    # ("TikTok rejects reality star's demand to ...": a headline whose verb the parse made a
    # modifier in its object's phrase)
    top = token
    while top.dep_ in {"compound", "poss"} and top.head != top:
        top = top.head
    return any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in words
               or c.dep_ == "dobj" and c.lower_ in objects or c.lower_ == "for" and any(
                   p.lemma_.lower() in FIXTURES for p in c.children) for c in token.children) or (
        token.dep_ == "compound" and top.lower_ in objects) or off_air(token)


def off_air(token: Token) -> bool:
    """'the host had been taken off air', 'pulled the show off the air': broadcasting, no platform."""
    return any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"off", "from"} and any(
        p.lower_ == "air" for p in c.children) for c in token.children) or any(
        c.lower_ == "air" and c.dep_ in {"pobj", "dobj", "npadvmod"} for c in token.children)


def elaborates(token: Token, mention: ActionMention, mentions: list[ActionMention]) -> bool:
    """'demonetised the channel, cutting off its ad revenue': a participle that tells more of
    the act its verb just reported, by the same platform with the same action (or a lesser one:
    'suspended the ad account, blocking it from running new ads'), is not another."""
    return token.tag_ == "VBG" and token.dep_ == "advcl" and any(
        m.head == token.head.i and m.platform == mention.platform and (m.action == mention.action or (
            mention.action == "restrict" and m.action in {"suspend", "ban", "remove"})) for m in mentions)
