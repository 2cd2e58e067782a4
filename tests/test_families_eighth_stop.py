"""Families of wording found missing by sentences written for the purpose (the eighth stop of
2026-12-05)."""
from __future__ import annotations

from tests.helpers import event_summary as events


def test_we_in_a_later_sentence_of_a_single_quoted_statement_after_said_colon_is_the_speakers() -> None:
    # British papers quote with single marks; 'we' in the statement's second sentence is still the
    # spokesperson's platform (YouTube, named later, is not the actor)
    assert events("Prank row\n\nGemma Lowe, 27, from Leeds, posted the prank video last week and it was "
                  "watched a million times.\n\nA Snapchat spokesperson said: 'Pranks that put people "
                  "in danger have no place here. We took the clip down and, after further breaches, have "
                  "now banned the account for good.'\n\nGemma has since started posting on YouTube.") == [
        ("Snapchat", "remove", [("video", 1)]), ("Snapchat", "ban", [("account", 1)])]
