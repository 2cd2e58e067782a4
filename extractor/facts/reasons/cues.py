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
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extractor.facts.platforms import is_company_reference, platform_of_token
from extractor.facts.reasons.lexicon import CUES, terms_in

TIME_ENTS = {"DATE", "TIME"}
NOT_GROUNDS_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "PERSON", "GPE", "ORG",
                    "NORP", "LOC", "FAC"}
STOP_AT = {";", "--", "—", "–", "(", ")", "|", "•"}
TRAILING = {"ADP", "CCONJ", "DET", "PUNCT", "SCONJ", "PART", "AUX", "PRON", "SPACE"}
LEADING_DROP = {"that", "which", "who", "to", "and", "or", "but", ",", "-", "—", "–", "\"", "“", "”", "'",
                "'s", "’s"}
CLAUSE_AFTER_COMMA = {"according", "which", "said", "the", "while", "as", "but", "and"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
TARGET_REFERENCES = {"they", "them"}
MAX_WORDS = 20
QUOTES = {'"', "“", "”"}
DEFINITE = {"the", "this", "that", "these", "those"}


@dataclass(frozen=True)
class Candidate:
    start: int  # character offsets of the reason's words
    end: int
    cue: str  # the family of phrasing that found it
    anchor: int  # token index of the cue word, for who stated it


def compact(tokens: list[Token], cue: str, anchor: int) -> Candidate | None:
    """The reason's words: contiguous, cut before a time phrase, a dash or a semicolon, without
    function words at either end, at most MAX_WORDS words."""
    if not tokens:
        return None
    doc = tokens[0].doc
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    words = list(doc[first:last + 1])
    for k, t in enumerate(words):
        if k == 0:
            continue
        if stops_here(words, k):
            words = words[:k]
            if t.ent_type_ in TIME_ENTS:  # 'since last year', 'over the past month'
                while words and words[-1].pos_ == "ADP":
                    words.pop()
            break
    while words and words[0].lower_ in LEADING_DROP:
        words.pop(0)
    words = words[:MAX_WORDS]
    while words and (words[-1].pos_ in TRAILING or words[-1].text in {",", "'s", "’s"}):
        words.pop()
    if not words or all(w.is_stop or w.is_punct for w in words):
        return None
    if len(words) == 1 and cue != "term" and not terms_in(words[0].text):
        return None  # 'targeted', 'involved': one word says too little
    text = "".join(w.text_with_ws for w in words)
    after = words[-1].i + 1
    if sum(text.count(q) for q in QUOTES) % 2 and after < len(doc) and doc[after].text in QUOTES:
        words.append(doc[after])  # 'action against "inauthentic activity"': the closing mark too
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return Candidate(start, end, cue, anchor)


def stops_here(words: list[Token], k: int) -> bool:
    """The reason's words end before word k: a dash, a semicolon, a new line, a time phrase, a
    comma opening another clause ('..., according to', '..., which')."""
    t = words[k]
    if t.text in STOP_AT or "\n" in t.text or t.ent_type_ in TIME_ENTS:
        return True
    if t.text == "-" and words[k - 1].whitespace_:
        return True
    return t.text == "," and k + 1 < len(words) and words[k + 1].lower_ in CLAUSE_AFTER_COMMA


def right_part(head: Token) -> list[Token]:
    """A word and what hangs on its right: 'violating X' from 'violating', not its subject."""
    return [t for t in head.subtree if t.i >= head.i]


def grounds_object(prep: Token, actions: set[int], targets: set[int]) -> Token | None:
    """The object of 'for' or 'over' on an action word or a target noun, when it reads as a
    ground ('sued over an alleged attack', 'backlash for the spread of X' are not this action's)."""
    head = prep.head
    if not ({head.i, head.head.i} & (actions | targets)):
        return None
    for obj in prep.children:
        if obj.dep_ not in {"pobj", "pcomp"}:
            continue
        if obj.tag_ == "VBG":
            return None if obj.i in actions else obj
        if obj.ent_type_ in NOT_GROUNDS_ENTS or obj.like_num:
            return None
        if obj.lemma_.lower() in CUES["who_nouns"] or obj.i in targets:
            return None  # 'accounts for seven cyber-mercenary firms': for whom, not why
        words = " ".join(t.text for t in obj.subtree)
        if prep.head.i in actions and obj.pos_ == "NOUN" and not any(
                c.dep_ == "nummod" for c in obj.children):
            return obj  # 'banning people for the crime of speaking to each other'
        if {obj.lemma_.lower(), obj.lower_} & CUES["grounds_nouns"] or terms_in(words):
            return obj
    return None


def cause_candidates(sent: Span) -> list[Candidate]:
    """'because of X', 'due to X', 'in violation of X', 'based on X'; 'because it violated X'."""
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
            if terms_in(" ".join(x.text for x in clause)) or any(x.lemma_.lower() in verbs for x in clause):
                out.append(compact(clause, "cause", t.i))
    return out


def operation_object(verb: Token) -> Token | None:
    """'connected to the espionage campaign': the object names a kind of operation."""
    for prep in verb.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"to", "with", "in", "of"}:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in CUES["operation_nouns"] and any(
                        c.dep_ in {"compound", "nmod"} or c.dep_ == "amod" and terms_in(c.text)
                        for c in obj.children):
                    return obj
    return None


def conduct_clause(verb: Token, cue: str, subject_known: bool = False) -> Candidate | None:
    """A clause telling what the acted-on accounts did, from its verb on."""
    lemma = verb.lemma_.lower()
    if lemma == "say":  # 'which it said engaged in X'
        for c in verb.children:
            if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in CUES["conduct_verbs"]:
                return conduct_clause(c, cue)
        return None
    if any(c.dep_ == "nsubj" and (platform_of_token(c) or is_company_reference(c) and not subject_known)
           for c in verb.children):
        return None  # what the platform did, not the acted-on accounts
    if lemma in CUES["group_verbs"] and any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children):
        return None  # 'accounts run by activists': who, not why
    if lemma in CUES["violation_verbs"] and not violator_ok(verb, set()):
        return None
    if lemma in CUES["conduct_verbs"]:
        tokens = right_part(verb)
        if lemma in CUES["strong_conduct_verbs"] or terms_in(" ".join(t.text for t in tokens)):
            return compact(tokens, cue, verb.i)
        return None
    if lemma in {"link", "connect", "tie", "associate", "attribute"} and operation_object(verb) is not None:
        return compact(right_part(verb), cue, verb.i)
    return None


def is_target_reference(token: Token, targets: set[int], actions: set[int],
                        operators: frozenset[str] = frozenset()) -> bool:
    """The acted-on items: a target noun, 'they', a noun the action word modifies ('the banned
    actors'), or, as a subject, the word for who runs them ('the seven companies used fake
    accounts to ...', after 'accounts operated by seven companies')."""
    if token.i in targets or token.lower_ in TARGET_REFERENCES:
        return True
    if token.dep_ in SUBJECT_DEPS and token.pos_ in {"NOUN", "PROPN"} and token.lower_ in operators:
        return True
    if token.dep_ in SUBJECT_DEPS and token.lower_ in CUES["operation_nouns"] and any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return True  # 'The network targeted users with fake news': the network taken down
    return any(c.i in actions and c.dep_ in {"amod", "compound"} for c in token.children)


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
            out.extend(legal_or_conduct_after(t))
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
                if c.dep_ in {"relcl", "acl"}:
                    out.append(conduct_clause(c, "conduct"))
            if t.dep_ in SUBJECT_DEPS and t.head.pos_ in {"VERB", "AUX"} and t.head.i not in actions \
                    and not platform_of_token(t) and (not is_company_reference(t) or t.lower_ in operators):
                out.append(conduct_clause(t.head, "conduct", subject_known=True))
    if any(t.i in actions for t in sent):
        for t in sent:
            if t.dep_ in {"acl", "relcl"}:
                out.extend(operator_conduct(t))
    out.extend(cause_candidates(sent))
    out.extend(term_candidates(sent, targets))
    return [c for c in out if c is not None]


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
               and span.end <= e.end and len(e) > len(span) for e in sent.ents):
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


def legal_or_conduct_after(word: Token) -> list[Candidate | None]:
    """'removed with a copyright notice', 'following a DMCA request': a legal demand; 'suspended
    after it started encouraging X': what the acted-on party did."""
    out: list[Candidate | None] = []
    for obj in word.children:
        if obj.dep_ == "pobj" and obj.lemma_.lower() in CUES["legal_nouns"]:
            out.append(compact(list(obj.subtree), "grounds", word.i))
    if word.lower_ == "after":
        verbs = [c for c in word.children if c.dep_ == "pcomp"]
        if word.dep_ == "mark":
            verbs.append(word.head)
        for verb in verbs:
            for v in [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]:
                out.append(conduct_clause(v, "conduct"))  # 'after she posted false claims about vaccines'
    return out


def violator_ok(verb: Token, targets: set[int]) -> bool:
    """Who violated is the acted-on party (a target noun, a person, 'they'), or is not said
    ('for violating X'); not the platform, 'it' or a law ('the rules break privacy protections')."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "relcl":
        subjects = [verb.head]
    elif not subjects and verb.dep_ in {"xcomp", "conj"} and verb.head.pos_ in {"VERB", "AUX"}:
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]  # 'would break X
    for s in subjects:
        of = [o for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        if of and (s.like_num or s.ent_type_ in {"PERCENT", "CARDINAL"} or s.lower_ in {"%", "some", "most"}):
            s = of[0]  # '95% of the banned users'
        if platform_of_token(s) or is_company_reference(s) or s.lower_ in {"it", "this", "that", "which"}:
            return False
        if not (s.i in targets or s.lower_ in {"they", "he", "she", "who"} or s.ent_type_ == "PERSON"
                or s.lemma_.lower() in {"user", "people", "group", "network", "firm", "company", "actor"}):
            return False
    return True


def operator_conduct(clause: Token) -> list[Candidate | None]:
    """What the operators of the acted-on accounts do: 'accounts operated by seven companies
    that provide surveillance services', 'accounts linked to X that were used for phishing'."""
    out: list[Candidate | None] = []
    if clause.lemma_.lower() not in CUES["group_verbs"]:
        return out
    for prep in clause.children:
        if prep.dep_ in {"agent", "prep"} and prep.lower_ in {"by", "to", "with"}:
            for operator in prep.children:
                if operator.dep_ == "pobj":
                    for c in operator.children:
                        if c.dep_ in {"relcl", "acl"}:
                            out.append(conduct_clause(c, "conduct"))
    return out


def operator_words(doc: Doc, targets: set[int], actions: set[int]) -> frozenset[str]:
    """Words for who runs the acted-on items: the head noun after 'operated by', 'linked to',
    'run by' in a sentence that tells an action ('companies', 'BellTroX')."""
    out = set()
    for sent in doc.sents:
        if not any(t.i in actions for t in sent):
            continue
        for clause in sent:
            if clause.dep_ in {"acl", "relcl"} and clause.lemma_.lower() in CUES["group_verbs"]:
                for prep in clause.children:
                    if prep.dep_ in {"agent", "prep"} and prep.lower_ in {"by", "to", "with"}:
                        out.update(o.lower_ for o in prep.children if o.dep_ == "pobj"
                                   and o.pos_ in {"NOUN", "PROPN"} and o.i not in targets)
    return frozenset(out)


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
    return verb.dep_ == "acl" and head.lower_ in CUES["enforcement_nouns"]


def own_service(verb: Token) -> bool:
    """'to clean up its platform': a purpose about the platform itself says nothing of why."""
    for obj in verb.children:
        if obj.dep_ in {"dobj", "obj"}:
            return bool(platform_of_token(obj)) or obj.lemma_.lower() in CUES["company_words"] | {"platform"}
    return False


def platform_accuses(verb: Token) -> bool:
    """'The company accused them of X': the platform accuses the acted-on party (not someone
    accusing the platform, 'officials accused Twitter of censoring them')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return any(platform_of_token(s) or is_company_reference(s) for s in subjects) and not any(
        platform_of_token(o) or is_company_reference(o) for o in objects)
