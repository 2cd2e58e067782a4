"""What an action acts on: the nouns the parse hangs on the action word (objects, passive
subjects, 'of/on/against' objects of an action noun, the noun an adjectival action describes),
with their conjuncts and appositions."""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.accounts import TARGET_WORDS
from extractor.facts.clause_pronouns import plural_antecedent, resolve_clause_pronouns
from extractor.facts.cues import CUES
from extractor.facts.headlines import is_headline, noun_read_verb_object, put_off_platform
from extractor.facts.platforms import is_company_reference, platform_of_token
from extractor.facts.reduced_clauses import reduced_clause_objects
from extractor.facts.return_words import comes_back, returned_antecedent
from extractor.facts.updates import updated

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
REFLEXIVES = {"himself", "herself", "themselves", "themself", "itself", "myself", "ourselves"}
OBJECT_DEPS = {"dobj", "obj", "attr", "oprd"}
OBJECT_OR_AUX_DEPS = OBJECT_DEPS | {"aux", "auxpass"}  # a participle with neither is a reduced clause
OBJECT_PASSIVE_OR_MARK_DEPS = OBJECT_DEPS | {"auxpass", "mark"}
RELATIVE_PRONOUNS = {"which", "that", "who"}
PLACE_WORDS = {"from", "in", "on"}


PARTICIPLE_TAGS = {"VBN", "JJ"}  # the model tags some participles as adjectives ("got unbanned")
# who imposes a suspension rather than undergoes it, beside companies and authorities ('the
# league's ban on the player')
IMPOSERS = CUES["authority_words"] | {"owner", "state", "country", "city", "school", "league", "team"}
MARK_INSTRUMENTS = {"badge", "badges", "checkmark", "checkmarks", "tick", "ticks", "verification", "status"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}
RAISING_VERBS = {"appear", "seem"}
LINKING_VERBS = {"get", "be", "become", "remain", "stay"}  # '... was unpublished', 'remains banned'
GRANTED_NOUNS = {"amnesty", "amnesties", "pardon"}  # what the possessor grants, not undergoes
LETTING_VERBS = {"allow", "let", "welcome", "invite", "bring", "put"}  # '... the app back into the store'
RECEIVING_BACK = {"get", "win"}  # 'got my account back', 'won his channel back': the object came back
SERVICE_INSTRUMENTS = {"support", "protection", "service", "hosting"}  # "ended its support for the site"
# the words that tie an instrument to what it was on, where they differ from 'to/on/from/against':
# 'ended its service to/for the site' (services removed 'from' a store are the items), 'stopped
# processing payments for/to the campaign', 'terminated its relationship with the website'
INSTRUMENT_PLACES = {**{w: {"to", "for"} for w in SERVICE_INSTRUMENTS},
                     **{w: {"of", "for", "on"} for w in ("visibility", "reach", "distribution")},
                     **{w: {"to", "for", "on"} for w in ("payment", "donation", "transaction")},
                     **{w: {"with"} for w in ("relationship", "tie", "partnership")},
                     # 'placed an information panel under the video' ('removed the labels from the posts')
                     **{w: {"to", "on", "under", "beneath", "below", "over", "atop", "from"} for w in (
                         "label", "warning", "notice", "panel", "note", "disclaimer", "interstitial",
                         "advisory", "tag", "fact-check")}}


def of_objects(noun: Token) -> list[Token]:
    """'five of the six podcasts', 'the removal of X': the objects of a word's 'of'."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]


QUANTIFIERS = {"some", "all", "many", "most"}


def with_partitives(nouns: list[Token]) -> list[Token]:
    """The nouns and, after them, what a count among them is of: 'five of the six "X" podcasts',
    'two of his videos'."""
    return [*nouns, *(p for n in nouns if n.pos_ == "NUM" or n.lower_ in QUANTIFIERS for p in of_objects(n))]


def such_as(prep: Token) -> bool:
    """'channels like X', 'tech giants such as X': a preposition that names examples."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return prep.lower_ == "like" or prep.lower_ == "as" and before is not None and before.lower_ == "such"


def instrument_targets(verb: Token, instrument: Token) -> list[Token]:
    """'added labels to posts', 'pulled ads from the channel', 'restricted access to RT' (the place
    hung on the object): what an instrument of the action (a label, ads, access) was on."""
    lemma = instrument.lemma_.lower()
    places = INSTRUMENT_PLACES.get(lemma, {"to", "on", "from", "against"})
    named = [c for c in instrument.children if quoted_warning(c)]  # ('a "false" warning on a post')
    return [p for prep in [*verb.children, *instrument.children, *(g for c in named for g in c.children)]
            if prep.dep_ == "prep" and prep.lower_ in places
            for p in prep.children if p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}]


def is_instrument(token: Token) -> bool:
    return token.dep_ in OBJECT_DEPS and (token.lemma_.lower() in CUES["instrument_objects"] or any(
        quoted_warning(c) for c in token.children))


def quoted_warning(token: Token) -> bool:
    """'a "partly false information" warning': the warning the model hung on its quoted words."""
    return token.lower_ in {"warning", "label", "notice"} and token.dep_ in {"acl", "appos"}


# verbs that lift or clear an action told by its noun ('lifted the ban', 'cleared the restrictions')
LIFTING_VERBS = CUES["reversal_verbs"] | {"clear", "remove", "drop"}


def cleared_from(prep: Token) -> bool:
    """'cleared the restrictions from my account': what a lifted action was on, after 'from'."""
    noun = prep.head
    return prep.lower_ == "from" and noun.pos_ == "NOUN" and noun.dep_ == "dobj" and (
        noun.head.lemma_.lower() in LIFTING_VERBS)


COUNT_PREPOSITIONS = {"over", "about", "around", "nearly", "almost", "under"}


def counted_after_preposition(verb: Token) -> list[Token]:
    """'has "banned" over a dozen accounts': a count the parse took for a prepositional phrase
    (after a scare-quoted verb) is the verb's object; not a time ('banned over two years')."""
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in COUNT_PREPOSITIONS
            for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
            and p.ent_type_ not in {"DATE", "TIME"} and any(n.dep_ == "nummod" for n in p.children)]


def causative_object(token: Token) -> Token | None:
    """'Moss had his Twitter account reinstated' parsed with 'had' as an auxiliary and the account
    as a second subject: the noun after 'had' is what was acted on."""
    had = next((a for a in token.children if a.dep_ == "aux" and a.lemma_ == "have"), None)
    if token.tag_ != "VBN" or had is None:
        return None
    return next((c for c in token.children if c.dep_ == "nsubj" and had.i < c.i < token.i), None)


def acted_on_tokens(token: Token) -> list[Token]:
    """Nouns the action applies to: objects, passive subjects, 'of/on/against' objects of a noun."""
    if (put_off := put_off_platform(token)) is not None:  # 'Alex Jones booted off YouTube'
        return expand_nouns([put_off[0]])
    if (read_object := noun_read_verb_object(token)) is not None:  # 'TikTok bans schoolboy who ...'
        return [read_object]
    found: list[Token] = []
    if not any(c.dep_ in OBJECT_DEPS for c in token.children):
        # 'stopped running ads on the channel': what the ads ran on, from the verb whose object they are
        found.extend(p for x in token.children if x.dep_ == "xcomp"
                     for o in x.children if is_instrument(o) for p in instrument_targets(x, o))
        if token.pos_ == "VERB":
            found.extend(counted_after_preposition(token))
            found.extend(reduced_clause_objects(token))  # 'took down 4,000 channels linked to ...'
    for c in token.children:
        if is_instrument(c):
            # 'blocked the ad': the ad itself when it was on nothing named
            on = instrument_targets(token, c)
            owner = [p for p in c.children if p.dep_ == "poss" and p.pos_ == "PROPN"]
            if not owner and c.lemma_.lower() in MARK_INSTRUMENTS:
                # 'removed his verification tick': whose account it marked
                owner = [p for p in c.children if p.dep_ == "poss" and p.lower_ in {"his", "her", "their"}]
            found.extend(owner or on or [c])  # "revoked FoloToy's access to its models": FoloToy
        elif c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
            found.append(c)
            found.extend(updated(c, token))  # 'blocking updates to vibe coding apps': the apps too
        elif c.dep_ == "prep" and (c.lower_ in {"of", "on", "against", "for", "to"} or cleared_from(c)) and (
                token.pos_ == "NOUN" or token.lower_ in SERVICE_INSTRUMENTS and c.lower_ in {"for", "to"}):
            found.extend(p for p in c.children if p.dep_ == "pobj")  # ('cut off hosting for Parler')
        elif c.dep_ == "poss" and token.pos_ == "NOUN" and c.pos_ == "PROPN" and not platform_of_token(c) \
                and token.lower_ not in GRANTED_NOUNS:
            found.append(c)  # "Trump's Facebook ban" (not "Musk's general amnesty": his to grant)
        elif (c.dep_ == "poss" and token.pos_ == "NOUN" and c.pos_ == "NOUN" and not is_company_reference(c)
              and c.lemma_.lower() not in IMPOSERS and token.lower_ not in GRANTED_NOUNS
              and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
              and not any(x.dep_ == "prep" and x.lower_ in {"on", "of", "against"} for x in token.children)):
            found.append(c)  # "lifted the streamer's suspension" (not 'the company's ban on X')
        elif c.dep_ == "poss" and token.pos_ == "NOUN" and c.lower_ in {"his", "her"} and not any(
                x.dep_ in {"compound", "prep"} and x.lower_ not in PLACE_WORDS for x in token.children):
            found.append(c)  # 'his 2018 ban from YouTube': the person named before ('his takedown of
            # X', 'his Daily Stormer takedown': the one who took it down)
        elif (c.dep_ == "compound" and token.pos_ == "NOUN" and c.pos_ == "PROPN" and c.ent_type_
              and not platform_of_token(c)):
            found.append(c)  # 'the Daily Stormer takedown', 'the Alex Jones ban'
        elif c.dep_ in {"ccomp", "xcomp"} and c.lower_ == "back" and token.lemma_.lower() in LETTING_VERBS:
            found.extend(s for s in c.children if s.dep_ == "nsubj")  # 'allowed the app back into ...'
    if (token.tag_ == "VBN" and token.dep_ in {"relcl", "acl"}
            and not any(c.dep_ in OBJECT_OR_AUX_DEPS for c in token.children)):
        # 'Acme Chat, the messaging app banned from the App Store last year, ...': a reduced passive
        # the model read as an active clause with the noun as its subject
        found.extend(c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN")
    if (token.dep_ == "relcl" and token.pos_ == "VERB" and token.head.pos_ == "NOUN"
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in token.children)
            and not any(c.dep_ in OBJECT_PASSIVE_OR_MARK_DEPS for c in token.children)):
        found.append(token.head)  # 'the accounts Twitter suspended last week': a contact relative clause
    got = token.head.lemma_.lower() in LINKING_VERBS and token.tag_ in PARTICIPLE_TAGS
    if got and token.dep_ in {"acomp", "xcomp", "oprd"}:
        # 'my account got unbanned', 'our page was unpublished' (the participle read as an adjective)
        found.extend(c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    if got and token.dep_ == "ccomp" and any(c.lower_ in REFLEXIVES for c in token.children):
        # 'Lorenz got herself suspended by Twitter': the one who got themself suspended
        found.extend(c for c in token.head.children if c.dep_ == "nsubj")
    if token.tag_ in PARTICIPLE_TAGS and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                                                 for c in token.children):
        # 'our account had been permanently limited': the subject hung on the 'been'
        found.extend(s for c in token.children if c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be"
                     for s in c.children if s.dep_ in {"nsubj", "nsubjpass"})
    if (token.dep_ == "xcomp" and token.head.lemma_.lower() in RAISING_VERBS
            and any(c.dep_ == "auxpass" for c in token.children)):
        # 'it appears to have been taken down', 'the video seems to have been removed': the
        # subject of 'appears' is what was acted on
        found.extend(c for c in token.head.children if c.dep_ == "nsubj")
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "with" and (
            token.head.head.lemma_.lower() in CUES["hit_with_verbs"]):
        # 'the channel was hit with a 30-day suspension': what was hit
        found.extend(c for c in token.head.head.children if c.dep_ in {"nsubjpass", "dobj"})
    if (token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in {"by", "in"}
            and token.head.head.lemma_.lower() in CUES["caught_verbs"]):
        # 'pages caught up in Facebook's news ban', 'sites hit by the ban': what the act reached
        found.extend(c for c in token.head.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS)
    if token.pos_ == "VERB" and token.lemma_.lower() in CUES["vanishing_verbs"]:
        found.extend(c for c in token.children if c.dep_ == "nsubj")  # 'the game vanished from Steam'
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in CUES["receiving_verbs"]:
        found.extend(c for c in token.head.children if c.dep_ == "nsubj")  # 'the streamer received a ban'
    if (token.pos_ == "NOUN" and token.dep_ in {"dobj", "npadvmod"}
            and token.head.lemma_.lower() in CUES["imposing_verbs"]):
        # 'issued a three-month ban to the player', 'handed the streamer a ban', 'giving the
        # servers the banhammer' (the model may read the person given it as the object)
        verb = token.head
        found.extend(c for c in verb.children
                     if c.dep_ == "dobj" and c != token and c.pos_ in {"NOUN", "PROPN"})
        # ('the activist was given a 30-day ban', 'gave him a ban')
        found.extend(c for c in verb.children if c.dep_ in {"dative", "iobj", "nsubjpass"}
                     and c.pos_ in {"NOUN", "PROPN", "PRON"})
        found.extend(p for prep in verb.children if prep.dep_ in {"prep", "dative"}
                     and prep.lower_ in {"to", "on", "against"} for p in prep.children if p.dep_ == "pobj")
    if (token.pos_ == "NOUN" and token.dep_ == "dobj"
            and token.head.lemma_.lower() in LIFTING_VERBS):
        # 'lifted the ban on my account', 'cleared the restrictions from my account': the parse
        # hangs what was under the ban on the verb
        found.extend(p for prep in token.head.children if prep.dep_ == "prep"
                     and prep.lower_ in {"on", "from", "against"} for p in prep.children if p.dep_ == "pobj")
    if (token.pos_ == "NOUN" and token.tag_ == "NNS" and token.dep_ == "ROOT" and is_headline(token.sent)
            and any(c.dep_ == "compound" and platform_of_token(c) for c in token.children)):
        # 'GoDaddy Boots White Supremacist Website': a headline's verb the model read as a plural noun
        found.extend(c for c in token.children if c.dep_ in {"appos", "dobj"} and c.i > token.i)
    if token.dep_ == "compound" and token.head.lemma_.lower() in CUES["action_batch_nouns"]:
        # 'a ban wave that hit more than 40,000 accounts', 'a sweep of bots'
        batch = token.head
        for c in batch.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in CUES["batch_hit_verbs"]:
                found.extend(o for o in c.children if o.dep_ in OBJECT_DEPS)
            elif c.dep_ == "prep" and c.lower_ in {"of", "on", "against"}:
                found.extend(p for p in c.children if p.dep_ == "pobj")
    if token.dep_ == "amod" and any(c.dep_ in SUBJECT_DEPS for c in token.children):
        # a verb parsed as an adjective: 'YouTube terminated commentator X's account' (the small model)
        noun = token.head
        while noun.dep_ in {"compound", "poss", "amod"} and noun.head != noun:
            noun = noun.head
        found.append(noun)
    elif token.dep_ == "amod" or (token.dep_ == "acl" and token.tag_ == "VBN"):
        found.append(token.head)
        outer = token.head.head.head if token.head.head.lower_ == "of" else None
        if token.dep_ == "acl" and outer is not None and outer.lower_ in TARGET_WORDS:
            found.append(outer)  # 'videos of women removed from TikTok' (the parse hangs it on 'women')
    # 'the account was down for an hour and has since been restored': the subject of the first verb
    # 'the account was restored on Wednesday, then suspended again': a bare participle after a passive
    passive = any(c.dep_ == "auxpass" for c in token.children) or token.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in token.head.children)
    if (token.dep_ in {"conj", "dep"} and passive
            and not any(c.dep_ in PASSIVE_SUBJECT_DEPS | SUBJECT_DEPS | OBJECT_DEPS for c in token.children)):
        found.extend(c for c in token.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS | SUBJECT_DEPS)
    # 'had their accounts suspended': the action is a complement of the noun's verb
    if token.dep_ in {"ccomp", "xcomp", "oprd"} and token.tag_ == "VBN" and not any(
            c.dep_ in {"aux", "auxpass"} for c in token.children):
        found.extend(c for c in token.children if c.dep_ in {"nsubj"})
        # (not 'its YouTube channel terminated' after 'and': that object has its own participle)
        found.extend(c for c in token.head.children if c.dep_ in {"dobj"} and not any(
            a.dep_ == "acl" and a.tag_ == "VBN" for a in c.children))
    if (had := causative_object(token)) is not None:
        found.append(had)
    # 'Since being kicked off Twitter, the former president ...': a passive participle clause
    # without a subject is about the subject of the clause it opens
    if (token.dep_ in {"pcomp", "advcl"} and any(c.dep_ == "auxpass" for c in token.children)
            and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in token.children)):
        verb = token.head.head if token.dep_ == "pcomp" else token.head
        found.extend(c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    # "Rose McGowan's Twitter account suspended": a headline's passive without its 'was'
    # ("Laura Loomer Banned From Uber": the small model tags such a participle as a past tense)
    headline_passive = token.tag_ == "VBN" or token.tag_ == "VBD" and token.text[:1].isupper() and any(
        c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by", "off"} for c in token.children) or (
        token.tag_ == "JJ" and token.text[:1].isupper()) or (  # "Rose McGowan's Twitter Account Unlocked"
        token.tag_ == "VBD" and any(c.dep_ == "prep" and c.lower_ in {"from", "off"} and any(
            p.dep_ == "pobj" and platform_of_token(p) for p in c.children) for c in token.children))
    # ('Game pulled from Steam after backlash': a sentence-case headline, taken from a platform)
    if (headline_passive and token.dep_ in {"ROOT", "ccomp"} and is_headline(token.sent)
            and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in token.children)):
        found.extend(c for c in token.children if c.dep_ == "nsubj")
    # headlines the small model misreads: 'Twitter suspends Britain First account retweeted by
    # Trump' (the participle read as a clause with the account as its subject), 'YouTube removing
    # laundry pod challenge videos' (the last noun of the object read as the sentence's root)
    if not any(c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in token.children):
        # 'banned and then unbanned several journalists': the object the joined verb after it takes
        found.extend(o for v in token.children if v.dep_ == "conj" and v.pos_ == "VERB" and v.i > token.i
                     for o in v.children if o.dep_ in OBJECT_DEPS)
        for clause in token.children:
            if clause.dep_ == "ccomp" and clause.tag_ in {"VBN", "VBD"} and any(
                    c.dep_ == "agent" for c in clause.children):
                found.extend(c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN")
        # 'Apple Pulls Skype From App Store': the object read as an adverbial noun
        found.extend(c for c in token.children
                     if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > token.i)
        # 'removed the page hours before the protest': the object read as a compound of the time
        found.extend(k for c in token.children if c.dep_ in {"prep", "advmod"}
                     for n in c.children if n.dep_ == "npadvmod" and n.i > token.i
                     and n.lemma_.lower() in TIME_UNITS
                     for k in n.children if k.dep_ == "compound" and k.pos_ in {"NOUN", "PROPN"})
    doc = token.doc
    for noun in list(found):
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if noun.pos_ == "NOUN" and after is not None and after.pos_ == "NOUN" and after.dep_ == "ROOT":
            found.append(after)
    if comes_back(token):
        verb = token
        while verb.dep_ == "advmod" and verb.head != verb:  # 'was back on', 'switched back on'
            verb = verb.head
        if verb.lower_ == "way" and verb.dep_ == "dobj":  # 'the app made its way back to the store'
            verb = verb.head
        # ('I got my account back': what the subject received back)
        deps = {"dobj"} if verb.lemma_.lower() in RECEIVING_BACK else SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        # ('They were back online by Monday': the target told in the sentence before)
        found.extend(returned_antecedent(c, TARGET_WORDS) or c for c in verb.children if c.dep_ in deps)
    # 'was locked out of her Twitter account': what the subject was put out of
    for out in (c for c in token.children if c.lower_ == "out" and c.dep_ in {"prt", "prep"}):
        ofs = [c for c in [*token.children, *out.children] if c.dep_ == "prep" and c.lower_ == "of"]
        found.extend(p for c in ofs for p in c.children if p.dep_ == "pobj")
    if [t.lower_ for t in found] == ["access"] and token.dep_ in {"pcomp", "advcl"}:
        # 'locked the account for an hour before restoring access': access to what the clause acted on
        # (the nearest verb above with an account or a page for its object, wherever 'before' hangs)
        found.extend(next(([c for c in verb.children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                            and c.lower_ in TARGET_WORDS] for verb in token.ancestors if verb.pos_ == "VERB"
                           and any(c.lower_ in TARGET_WORDS for c in verb.children)), []))
    if found:  # '... 57 accounts and seven groups on its platform, along with 15 Instagram accounts'
        found.extend(p for c in token.children if c.dep_ == "prep" and c.lower_ in {"along", "together"}
                     for w in c.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj")
    found = [plural_antecedent(t) or t for t in resolve_clause_pronouns(token, found)]  # ('after it was ...')
    # 'journalists who were kicked off', 'A and B, both of whom were banned': the noun a relative
    # pronoun stands for
    found = [relative_antecedent(t) or t for t in found]
    return expand_nouns(found)


PARTITIVE_WORDS = {"both", "all", "each", "some", "many", "most", "several", "one", "two", "three", "none"}


def hosted_item(place: Token) -> Token | None:
    """'six blogs on Blogger', 'ran six blogs on Blogger': the noun a platform after 'on' is home to."""
    if not (platform_of_token(place) and place.dep_ == "pobj" and place.head.lower_ == "on"):
        return None
    verb = place.head.head  # (the phrase on the noun, or on the verb whose object it is)
    holder = next((c for c in verb.children if c.dep_ == "dobj" and c.i < place.i), verb)
    return holder if holder.pos_ == "NOUN" else None


def relative_antecedent(token: Token) -> Token | None:
    """'journalists who were kicked off', 'A and B, both of whom were banned', 'X, whose channel
    was terminated': the noun a relative pronoun stands for: the head of its relative clause ('six
    blogs on Blogger, which Google took down': the blogs, not the platform they are on)."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return hosted_item(token.head.head) or token.head.head
    pronoun = token
    if token.lower_ in PARTITIVE_WORDS:
        pronoun = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" and p.lower_ in {"whom", "which"}), token)
    if pronoun.lower_ not in {"whose", "whom"} and pronoun is token:
        return None
    clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None and clause.head.pos_ in {"PROPN", "NOUN"} else None


def expand_nouns(nouns: list[Token]) -> list[Token]:
    """The nouns with their conjuncts and appositions ('937 accounts, 363 accounts, 140 pages and
    24 groups'), and target nouns used as compounds ('two accounts part of ...')."""
    out: list[Token] = []
    todo = list(nouns)
    while todo:
        noun = todo.pop(0)
        if any(noun.i == t.i for t in out):
            continue
        out.append(noun)
        joined = [c for c in noun.children if c.dep_ in {"conj", "appos"}
                  or c.dep_ == "compound" and c.pos_ == "NOUN"
                  or c.dep_ == "nmod" and c.pos_ == "ADJ"]  # 'the podcast "X"' (read as an adjective)
        todo.extend(c for c in joined if not hyphenated(c))  # not 'event' of 'event-stream'
    return sorted(out, key=lambda t: t.i)


def hyphenated(token: Token) -> bool:
    """A part of a hyphenated word ('event' and 'stream' in the package name 'event-stream')."""
    doc = token.doc
    after = token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-"
    before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ and (
        token.i < 2 or not doc[token.i - 2].whitespace_)
    return after or before
