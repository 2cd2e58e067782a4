"""'they' for whoever is told last before it: a group of people as a subject, an organisation,
or the speaker before (``extractor.facts.quotes.focus.Focus.they_speaker``); articles written for
these tests."""
from __future__ import annotations

from extractor import extract
from extractor.settings import Settings


def speakers(text: str) -> list[str | None]:
    record = extract(text, published="2020-01-01", settings=Settings(screen=False))
    return [q["speaker"] for q in record["quotes"]]


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
