"""Conduct: what the acted-on accounts, or the people running them, did ("accounts used to X",
"which it said engaged in X", "the seven companies used fake accounts to X", "after it started
encouraging X"), and whether who violated a rule is the acted-on party."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from extractor.facts.name_words import NAMING_VERBS
from extractor.facts.platforms import is_company_reference, platform_of_token
from extractor.facts.reasons.lexicon import CUES, GENERIC_CATEGORY, terms_in
from extractor.facts.reasons.phrase import Candidate, compact, right_part

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
TARGET_REFERENCES = {"they", "them"}
DEFINITE = {"the", "this", "that", "these", "those"}


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


def specific_terms(text: str) -> bool:
    """A term that names what was wrong ('malware', 'hate speech'), not only a generic policy word
    ('which he used to shape Defense policy' says nothing against the account)."""
    return any(term.category != GENERIC_CATEGORY for _, _, term in terms_in(text))


POSTING_VERBS = {"post", "share", "tweet", "upload", "publish"}
POSTER_PRONOUNS = {"he", "she", "they"}


def conduct_clause(verb: Token, cue: str, subject_known: bool = False,
                   after: bool = False) -> Candidate | None:
    """A clause telling what the acted-on accounts did, from its verb on; ``after``: the clause
    the action came after ('banned the user after she posted a video mocking a child': what a
    person posted is why, whatever words it has)."""
    lemma = verb.lemma_.lower()
    if lemma == "say":  # 'which it said engaged in X'
        for c in verb.children:
            if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in CUES["conduct_verbs"]:
                return conduct_clause(c, cue)
        return None
    if lemma in CUES["describe_verbs"]:
        return description(verb, cue)
    if any(c.dep_ == "nsubj" and (platform_of_token(c) or is_company_reference(c) and not subject_known)
           for c in verb.children):
        return None  # what the platform did, not the acted-on accounts
    if lemma in CUES["group_verbs"] and any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children):
        return None  # 'accounts run by activists': who, not why
    if lemma in CUES["violation_verbs"] and not violator_ok(verb, set()):
        return None
    posted = after and lemma in POSTING_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in POSTER_PRONOUNS for c in verb.children)
    if lemma in CUES["conduct_verbs"] or posted:
        tokens = right_part(verb)
        strong = lemma in CUES["strong_conduct_verbs"] or posted
        if strong or specific_terms(" ".join(t.text for t in tokens)):
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
    if token.dep_ == "appos" and token.head.i in targets:
        return True  # 'the group Proud Boys, which ...'
    if token.dep_ in SUBJECT_DEPS and token.pos_ in {"NOUN", "PROPN"} and token.lower_ in operators:
        return True
    if token.dep_ in SUBJECT_DEPS and token.lower_ in CUES["operation_nouns"] and any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return True  # 'The network targeted users with fake news': the network taken down
    return any(c.i in actions and c.dep_ in {"amod", "compound"} for c in token.children)


def legal_or_conduct_after(word: Token, on_action: bool = False) -> list[Candidate | None]:
    """'removed with a copyright notice', 'following a DMCA request': a legal demand; 'removed after
    pressure from officials' (``on_action``: the phrase hangs on the action word); 'suspended after
    it started encouraging X': what the acted-on party did."""
    out: list[Candidate | None] = []
    for obj in word.children:
        # (not 'met with a notice reading "Account suspended"': the platform's own notice, quoted)
        quoted = any(c.dep_ == "acl" and c.lemma_.lower() in {"read", "say", "state"} for c in obj.children)
        demand = obj.lemma_.lower() in CUES["legal_nouns"] or on_action and obj.lemma_.lower() in CUES[
            "pressure_nouns"]
        if obj.dep_ == "pobj" and demand and not quoted:
            out.append(compact(list(obj.subtree), "grounds", word.i))
    if word.lower_ == "after":
        verbs = [c for c in word.children if c.dep_ == "pcomp"]
        if word.dep_ == "mark":
            verbs.append(word.head)
        for verb in verbs:
            for v in [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]:
                out.append(conduct_clause(v, "conduct", after=True))  # 'after she posted false claims ...'
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


def platform_accuses(verb: Token) -> bool:
    """'The company accused them of X': the platform accuses the acted-on party (not someone
    accusing the platform, 'officials accused Twitter of censoring them')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return any(platform_of_token(s) or is_company_reference(s) for s in subjects) and not any(
        platform_of_token(o) or is_company_reference(o) for o in objects)


def description(verb: Token, cue: str) -> Candidate | None:
    """'which it described as a violent extremist group', 'accounts it deemed inauthentic': how the
    acted-on party is described; not a name given ('an app called Twitter Patria')."""
    if verb.dep_ == "acl" and verb.lemma_.lower() in NAMING_VERBS:
        return None  # 'the typosquatted package, called "reqeusts"': its name
    said = [c for c in verb.children if c.dep_ in {"oprd", "acomp"}]
    said += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
             if o.dep_ == "pobj"]
    if not said or any(o.pos_ == "PROPN" or o.ent_type_ for o in said):
        return None
    return compact(right_part(verb), cue, verb.i)
