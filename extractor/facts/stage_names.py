"""Names people go by online: 'The streamers, who broadcast as SpinDoctorJay and LuckyLana, were
banned', 'poker streamer Ben Tolliver, who streams as RiverRat', 'a comedian who posts as Oga
Skits'. The name after 'as' in a relative clause of what was acted on (or of its owner) names the
account acted on."""
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
