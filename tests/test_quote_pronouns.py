"""'they' for a group of people told as a subject after the speaker before, else that speaker
(``extractor.facts.quotes.focus.Focus.they_speaker``); 'it' for the organisation that is the
main subject of the sentence before (``organisations.main_subject_before``); articles written for
these tests."""
from __future__ import annotations

from tests.helpers import quote_speakers as speakers


def test_they_is_a_group_of_people_told_as_a_subject() -> None:
    assert speakers('Encryption\n\nWhatsApp said on Monday it would keep its encryption. Fourteen '
                    'computer-science and security experts wrote a paper on the plan. "Client-side '
                    'scanning creates serious risks," they said.') == [
        "Fourteen computer-science and security experts"]
    assert speakers('Digg\n\nJustin Mezzell said he liked the design. Kevin Rose and Alexis Ohanian '
                    'relaunched the site on Monday. "We want to bring back the spirit of the old '
                    'internet," they said.') == ["Kevin Rose and Alexis Ohanian"]


def test_they_after_a_speaker_with_no_group_told_is_that_speaker() -> None:
    assert speakers('Apps\n\n"We were given no explanation," Rogue Amoeba said on Monday. "We will '
                    'appeal," they said.') == ["Rogue Amoeba", "Rogue Amoeba"]


def test_it_goes_on_with_the_main_subject_of_the_sentence_before() -> None:
    # Unomelon, a company the model tags as nothing, after Microsoft named as an object
    assert speakers('Game restored\n\nGamesIndustry.biz has contacted Microsoft for clarification.\n\n'
                    'Unomelon has since shared email correspondence on its server confirming the removal '
                    'of the claim.\n\n"This is the best case scenario," it wrote.') == ["Unomelon"]
