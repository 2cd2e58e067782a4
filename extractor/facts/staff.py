"""Platform staff: who acts when a platform's people speak.

"Jane Roe, who leads YouTube's trust team, said they had taken down 4,000 channels": the actor
"they" (or "we", "he", "she", "his takedown", "the company") inside the statement of a platform's employee,
executive or spokesperson is that platform. The statement's speaker is the subject of the
speech verb above the action; a speaker is staff of a platform when the words about them name
the platform and a role ("CloudFlare CEO", "a YouTube spokeswoman", "who leads YouTube's trust
team") or make the platform their owner ("Twitter's Jack Dorsey"). A spokesperson with no
platform named speaks for the company the story is about. Roles and speech verbs are the
``staff_roles`` and ``statement_verbs`` lists of ``patterns/cues.json``.
"""
from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.cues import CUES
from extractor.facts.platforms import (
    company_platform,
    is_company_reference,
    owned_by,
    platform_of_token,
    salient_platform,
)
from extractor.facts.quotes.spans import scan_paragraph

STAFF_PRONOUNS = {"they", "we", "he", "she", "i", "his", "her", "their", "our", "my"}
OWNER_DEPS = {"poss", "compound", "nmod"}
PERSONAL = {"her", "his", "my", "their"}  # ('her team said it recovered the account')
COMPANY_PRONOUNS = {"we", "our", "they", "their"}  # a company speaking of itself


def speaker_of(token: Token) -> Token | None:
    """The subject of the nearest speech verb the token's clause hangs from ('X said they ...')."""
    for verb in token.ancestors:
        if verb.lemma_.lower() in CUES["statement_verbs"]:
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c != token
                        and token not in c.subtree]
            if subjects:  # 'NAIROBI, Kenya (AP) — TikTok said': the subject nearest the verb
                return min(subjects, key=lambda s: abs(s.i - verb.i))
            told = said_before(verb) or participle_speaker(verb)
            if told is not None:
                return told
    return colon_quote_speaker(token)


def colon_quote_speaker(token: Token) -> Token | None:
    """'Moyo Akande said: "Our systems incorrectly flagged content. We are deeply sorry and have
    removed the labels."': a word inside a quotation opened after a speech verb and a colon, in an
    earlier sentence of its paragraph, is in the statement of that verb's subject (the quotation
    read by the quote scanner, ``facts.quotes.spans``)."""
    doc = token.doc
    text = doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    quotes, _ = scan_paragraph(text, start, len(text) if end < 0 else end)
    opening = next((o for o, c in quotes if o < token.idx < c), None)
    colon = text[:opening].rstrip() if opening is not None else ""
    if not colon.endswith(":"):
        return None
    said = doc.char_span(len(colon) - 1, len(colon), alignment_mode="expand")
    verb = said.root.head if said is not None else None
    if verb is None or verb.lemma_.lower() not in CUES["statement_verbs"] or verb.sent == token.sent:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def participle_speaker(verb: Token) -> Token | None:
    """'Apple released a statement, saying it had blocked the apps', 'Google issued a statement
    saying ...': a participle of speech with no subject of its own speaks for the subject of the
    verb it hangs from, or of the verb whose object it describes."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj":
        head = head.head
    elif verb.dep_ != "advcl":
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def said_before(verb: Token) -> Token | None:
    """'..., a Spotify spokeswoman said, adding the company took down ...': a participle of speech
    after a comma continues the statement told just before it, wherever the parse hung it; its
    speaker is the subject of the speech verb before the comma."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    said = doc[verb.i - 2]
    if said.lemma_.lower() not in CUES["statement_verbs"] or said.i < verb.sent.start:
        return None
    return next((c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


COMMUNITY_ROLES = {"administrator", "admin", "moderator", "mod", "owner", "founder", "creator"}
COMMUNITY_NOUNS = {"group", "subreddit", "server", "page", "community", "forum", "chat", "chatroom"}


def community_staff(subject: Token) -> bool:
    """'The administrator of a Facebook group', "the subreddit's moderators", 'server mods': the
    people who run a community on a platform act for the community, not for the platform."""
    if subject.lemma_.lower() not in COMMUNITY_ROLES:
        return False
    around = [c for c in subject.children if c.dep_ in {"poss", "compound"}]
    around += [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    return any(c.lemma_.lower() in COMMUNITY_NOUNS for c in around)


ADMIN_NOUNS = {"admin", "admins", "administrator", "administrators"}


def platform_admins(subject: Token) -> str | None:
    """'the admins unbanned the community' in a story about Reddit, whose own staff are its 'admins'
    (``admin_staff_platforms`` in cues.json; its moderators are users): that platform; None for
    anyone else (a group's or a server's admins)."""
    if subject.lower_ not in ADMIN_NOUNS or community_staff(subject) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    about = salient_platform(subject.doc)
    return about if about is not None and about.lower() in CUES["admin_staff_platforms"] else None


def described_person(subject: Token) -> bool:
    """'Twitch streamer Lina Park banned 900 accounts from her chat': a person whom a platform's
    name only describes (not a role of its staff: 'Twitch CEO Emmett Shear')."""
    named = [t for t in subject.subtree if platform_of_token(t)]
    return subject.ent_type_ == "PERSON" and bool(named) and all(
        t.dep_ in OWNER_DEPS - {"poss"} and t.head.pos_ == "NOUN" and t.head.ent_type_ != "PERSON"
        and t.head.lemma_.lower() not in CUES["staff_roles"] for t in named)


def own_people(person: Token) -> bool:
    """"the subreddit's moderators": a community's own people; 'her team': a person's."""
    return community_staff(person) or any(c.dep_ == "poss" and c.lower_ in PERSONAL for c in person.children)


def acts_for_self(subject: Token) -> bool:
    """Someone of a platform's community, not of the platform, who acts on their own."""
    return community_staff(subject) or described_person(subject)


def staff_platform(person: Token) -> str | None:
    """The platform a person speaks for; '' for a spokesperson of no named platform; None for
    anyone else."""
    if own_people(person):
        return None
    words = list(person.subtree)
    roles = [t for t in words if t.lemma_.lower() in CUES["staff_roles"]]
    platforms = [t for t in words if platform_of_token(t)]
    if platforms and (roles or person.ent_type_ == "PERSON" and any(
            t.dep_ in OWNER_DEPS and t.head == person for t in platforms)):
        # ('a spokesperson for Facebook, which owns Instagram': the one its owner speaks for)
        owned = [t for t in platforms
                 if any(owned_by(platform_of_token(t), platform_of_token(o)) for o in platforms)]
        return company_platform((owned or platforms)[0], person.idx)  # ('a Meta spokesperson': the story's)
    if person.lemma_.lower() in CUES["staff_roles"] or is_company_reference(person):
        return ""
    return None


def statement_platform(pronoun: Token) -> str | None:
    """The platform whose staff's statement holds the pronoun ('' for the story's company), or None."""
    company = pronoun.lower_ not in STAFF_PRONOUNS
    if pronoun.lower_ == "it":
        # 'Meta, the parent company of Facebook, Instagram and WhatsApp, said it had removed ...':
        # the platform that says so, not the one named last
        # ("X's Global Government Affairs team said it had complied": the team's platform)
        speaker = speaker_of(pronoun)
        return None if speaker is None else platform_of_token(speaker) or staff_platform(speaker) or None
    if company and not (pronoun.pos_ == "NOUN" and is_company_reference(pronoun)):
        return None
    speaker = speaker_of(pronoun)
    if speaker is None:
        return None
    if company:  # 'a Spotify spokeswoman said, adding the company took down ...': a named platform only
        return staff_platform(speaker) or None
    if pronoun.lower_ in COMPANY_PRONOUNS and platform_of_token(speaker):
        return platform_of_token(speaker)  # '"We suspended this developer," OpenAI said'
    return staff_platform(speaker)


SPEAKING_BODIES = {"ORG", "GPE", "NORP"}


def speaker_acted(pronoun: Token) -> bool:
    """"Pakistan's media regulator said Monday it blocked Wikipedia": 'it' (or 'they') inside the
    statement of an organisation that is no platform and speaks for none (a regulator, a
    government, a company) is that speaker, not the platform named last."""
    if pronoun.lower_ not in {"it", "they"}:
        return False
    speaker = speaker_of(pronoun)
    if speaker is None or staff_platform(speaker) is not None or any(
            platform_of_token(t) for t in speaker.subtree):
        return False
    return (speaker.lemma_.lower() in CUES["authority_words"] or speaker.ent_type_ in SPEAKING_BODIES
            or own_people(speaker))  # "the subreddit's moderators said they had banned users'
