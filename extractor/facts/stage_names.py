"""Names people go by online: 'The streamers, who broadcast as SpinDoctorJay and LuckyLana, were
banned', 'poker streamer Ben Tolliver, who streams as RiverRat', 'a comedian who posts as Oga
Skits'. The name after 'as' in a relative clause of what was acted on (or of its owner) names the
account acted on. The person who hosts or runs a show or channel acted on ('The Frontier Report, a
programme hosted by Wade Hollis', 'Truthbomb TV, a channel run by Lorraine Cassidy-Holt') and the
real name of someone acted on ('The streamer, whose real name is Luna Ortega-Price, was banned') name
it too."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.accounts import account_from
from extractor.facts.acted_on import of_objects
from extractor.facts.named_account import NamedAccount

# verbs of going by a name online ('streams as', 'posts as', 'goes by' is aliases' business)
PERFORMING_VERBS = {"broadcast", "stream", "post", "tweet", "perform", "record", "upload", "vlog", "blog",
                    "trade", "sell", "appear", "play", "write", "publish"}


def goes_by(clause: Token) -> bool:
    """'who streams as RiverRat': a relative clause that only gives the name someone goes by."""
    return clause.lemma_.lower() in PERFORMING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(p.pos_ == "PROPN" for p in c.children)
        for c in clause.children)


def stage_names(acted_on: list[Token]) -> list[NamedAccount]:
    """The names that the nouns acted on, or the people whose they are ('the channel of ...'), are
    said to go by."""
    owners = [p for n in acted_on for p in of_objects(n)]
    out: list[NamedAccount] = []
    for noun in [*acted_on, *owners]:
        for clause in noun.children:
            if clause.dep_ != "relcl" or not goes_by(clause):
                continue
            names = [p for prep in clause.children if prep.dep_ == "prep" and prep.lower_ == "as"
                     for pobj in prep.children if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"
                     for p in (pobj, *pobj.conjuncts)]
            for name in names:
                account = account_from(name)
                if account is not None and all(a.name != account.name for a in out):
                    out.append(account)
    return out


RUNNING_VERBS = {"host", "run", "present", "front", "operate", "own", "create", "found"}
SHOW_NOUNS = {"show", "programme", "program", "podcast", "channel", "page", "account", "group", "series",
              "broadcast", "livestream", "stream", "blog", "newsletter", "site", "website", "outlet"}


def hosts(acted_on: list[Token]) -> list[NamedAccount]:
    """'a nightly programme hosted by former radio presenter Wade Hollis': the person a show, channel
    or page acted on (or a noun in apposition to it) is run by."""
    out: list[NamedAccount] = []
    nouns = [*acted_on, *(c for n in acted_on for c in n.children if c.dep_ == "appos")]
    for noun in nouns:
        if noun.lemma_.lower() not in SHOW_NOUNS:
            continue
        for clause in noun.children:
            if clause.dep_ != "acl" or clause.lemma_.lower() not in RUNNING_VERBS or clause.tag_ != "VBN":
                continue
            people = [p for agent in clause.children if agent.dep_ == "agent" for p in agent.children
                      if p.dep_ == "pobj" and p.ent_type_ == "PERSON"]
            for person in (q for p in people for q in (p, *p.conjuncts)):
                account = account_from(person)
                if account is not None and all(a.name != account.name for a in out):
                    out.append(account)
    return out


def real_names(acted_on: list[Token]) -> list[NamedAccount]:
    """'The streamer, whose real name is Luna Ortega-Price, was banned': the name a relative clause
    of the person acted on gives as theirs."""
    out: list[NamedAccount] = []
    for noun in acted_on:
        for clause in noun.children:
            if clause.dep_ != "relcl" or clause.lemma_ != "be":
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ == "name"), None)
            if subject is None or not any(c.lower_ == "whose" for c in subject.children):
                continue
            for attr in (c for c in clause.children if c.dep_ == "attr" and c.pos_ == "PROPN"):
                account = account_from(attr)
                if account is not None:
                    out.append(account)
    return out
