"""Handles: '@name', 'r/name' and 'u/name' written in a sentence, as named accounts; not a
platform's own handle ('@TwitterSafety') nor the author of an embedded post ('(@janedoe)')."""
from __future__ import annotations

import re

from spacy.tokens import Span

from extractor.facts.accounts import NamedAccount
from extractor.facts.platforms import OWNERS

# ('@k.vandermeer': Instagram's handles hold dots; not a package scope: '@scope/name')
HANDLE = re.compile(r"(?<![\w@])@(\w(?:\w|\.(?=\w)){0,29})(?![\w/-])")
SUBREDDIT = re.compile(r"(?<![\w/])/?r/(\w{2,30})")
REDDIT_USER = re.compile(r"(?<![\w/])/?u/([\w-]{3,20})")  # 'the user u/example_mod'
PLATFORM_HANDLE_PREFIXES = ("twitter", "youtube", "facebook", "meta", "instagram", "tiktok", "reddit",
                            "discord", "telegram", "twitch", "snapchat", "linkedin")


def platform_handle(handle: str) -> bool:
    """'@Twitter', '@TwitterSafety', '@YouTube': a platform's own handle, not an account acted on."""
    lowered = handle.lower()
    return (lowered == "x" or any(lowered.startswith(name) for name in PLATFORM_HANDLE_PREFIXES)
            or lowered in COMPANY_HANDLES)  # '@Apple', '@Google', '@AppStore'


COMPANY_HANDLES = {name.lower().replace(" ", "").replace(".", "") for pair in OWNERS.items() for name in pair}


def signature_handle(text: str, start: int) -> bool:
    """'— Jane Doe (@janedoe) July 16, 2021': the author of an embedded post, not a target."""
    return start > 0 and text[start - 1] == "("


ABOUT_PREPOSITIONS = {"about", "at", "against", "toward", "towards"}
TALKING_VERBS = {"reply", "respond", "write", "talk", "speak", "send", "tweet", "post"}


def spoken_of(sentence: Span, start: int, end: int) -> bool:
    """'journalists who wrote about @ElonJet', 'users who replied to @jack': a handle written about,
    at or to, not one acted on."""
    words = sentence.doc.char_span(start, end, alignment_mode="expand")
    if words is None or words.root.dep_ != "pobj":
        return False
    head = words.root.head
    return head.lower_ in ABOUT_PREPOSITIONS or (
        head.lower_ == "to" and head.head.lemma_.lower() in TALKING_VERBS)


def handles_in(sentence: Span) -> list[NamedAccount]:
    """Every @handle written in a sentence."""
    out = []
    for m in SUBREDDIT.finditer(sentence.text):
        start = sentence.start_char + m.start()
        out.append(NamedAccount("r/" + m.group(1), None, None, None, start, start + len(m.group(0))))
    for m in REDDIT_USER.finditer(sentence.text):
        start = sentence.start_char + m.start()
        out.append(NamedAccount("u/" + m.group(1), None, None, None, start, start + len(m.group(0))))
    for m in HANDLE.finditer(sentence.text):
        start = sentence.start_char + m.start()
        if signature_handle(sentence.text, m.start()) or platform_handle(m.group(1)) or spoken_of(
                sentence, start, start + len(m.group(0))):
            continue
        handle = "@" + m.group(1)
        out.append(NamedAccount(handle, handle, None, None, start, start + len(m.group(0))))
    return out
