"""Messages received: 'I got a reply from the admins: "..."', 'The message from Steamworks read, in
part: "..."', 'Yesterday I got the email: "..."', 'with a one-line note: "..."'. A quote right after
a colon (or 'with') whose own sentence tells of a message that came to someone, and says no one
else spoke it, is the words of the platform that sent it (``Resolver.notice_speaker``)."""
from __future__ import annotations

from extractor.facts.quotes.cues import DocIndex
from extractor.facts.quotes.salience import Speaker
from extractor.facts.quotes.spans import QuoteSpan

MESSAGE_NOUNS = {"email", "e-mail", "mail", "message", "reply", "response", "answer", "note", "notice",
                 "notification", "letter", "words", "text", "screen", "banner", "warning", "alert", "popup"}
# what the writer sent is not received ('I sent them a message: "Please ..."')
SENDING_LEMMAS = {"send", "write", "post", "tweet", "email", "type", "submit", "ask", "tell", "file"}
PERSON_LABELS = {"PERSON"}
WRITERS = {"i", "we", "me", "us", "my", "our"}  # (and 'it': 'It came back Sunday with "..."')


def received_message(index: DocIndex, span: QuoteSpan, speaker: Speaker | None) -> bool:
    """The quote follows a colon (or 'with') that ends a clause of its sentence naming a message
    (``MESSAGE_NOUNS``) that the writer received or that is the clause's subject, with no verb of
    sending and no person's name in it; and no one speaks it but the message itself ('The message
    said: "..."')."""
    if speaker is not None and speaker.name.lower().rsplit(" ", 1)[-1] not in MESSAGE_NOUNS:
        return False
    before = index.text[:span.mark_start].rstrip()
    if not (before.endswith(":") or before.lower().endswith(" with")):
        return False
    last = index.last_token_before(span.mark_start)
    if last < 0:
        return False
    sentence = index.doc[last].sent
    words = [t for t in index.doc[sentence.start:last + 1] if not index.quoted(t.i)]
    # the writer received it, or the message itself is the subject ('The answer came back within a
    # day:'); not a message someone else posted ('The account mirrored the code, with a simple
    # message: "..."')
    received = any(t.lower_ in WRITERS or t.lower_ == "it" and t.dep_ == "nsubj" for t in words) or any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.lemma_.lower() in MESSAGE_NOUNS for t in words)
    return (received and any(t.lemma_.lower() in MESSAGE_NOUNS or t.lower_ in MESSAGE_NOUNS for t in words)
            and not any(t.lemma_.lower() in SENDING_LEMMAS and t.pos_ == "VERB" for t in words)
            and not any(t.ent_type_ in PERSON_LABELS for t in words))
