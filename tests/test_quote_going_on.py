"""'The developer continued:' after a quote: the speaker just before goes on
(``extractor.facts.quotes.continued``); articles written for these tests."""
from __future__ import annotations

from tests.helpers import quote_speakers as speakers


def test_the_description_going_on_is_the_speaker_just_before() -> None:
    assert speakers('Game restored\n\nUnomelon has since shared email correspondence on its server '
                    'confirming the removal of the claim.\n\n"This is the best case scenario," it wrote. '
                    '"The Steam page and game has been fully restored."\n\nThe developer continued: "My '
                    'hope is that automated claims like this are investigated."') == ["Unomelon"] * 3


def test_far_from_the_quote_before_the_description_is_not_tied_to_it() -> None:
    found = speakers('Game restored\n\n"This is the best case scenario," Microsoft said on Monday.\n\n'
                     'Unomelon shared the email on its server.\n\nThe game was restored on Tuesday.\n\n'
                     'Players celebrated.\n\nThe developer added: "My hope is that automated claims '
                     'like this are investigated."')
    assert found[0] == "Microsoft" and found[1] != "Microsoft"
