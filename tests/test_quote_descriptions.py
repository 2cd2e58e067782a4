"""'"This is censorship," the studio said' after 'Pixel Forge, a small studio,': a definite
description as a speaker is the name the article gave that description before
(``extractor.facts.described.name_described_before``); articles written for these tests."""
from __future__ import annotations

from tests.helpers import quote_speakers as speakers


def test_a_description_speaks_for_the_organisation_it_was_given_to() -> None:
    for told in ("Indie studio Pixel Forge made the game.",
                 "Pixel Forge, a small studio in Leeds, made the game."):
        assert speakers(f'Game pulled\n\n{told} Steam removed it on Monday. "This is censorship," the '
                        'studio said.') == ["Pixel Forge"]


def test_a_description_speaks_for_the_person_it_was_given_to_not_the_last_person() -> None:
    assert speakers('Video pulled\n\nThe podcaster Tom Reed posted the video. YouTube removed it on '
                    'Monday. Mary Jones, a viewer, was upset. "This is censorship," the podcaster '
                    'said.') == ["Tom Reed"]


def test_a_description_given_to_nobody_stays_as_written() -> None:
    assert speakers('Game pulled\n\nSteam removed the game on Monday. "This is censorship," the studio '
                    'said.') == ["studio"]


def test_the_company_keeps_its_own_rules() -> None:
    # 'the company' is the platform that acted, not an organisation described as a company before
    assert speakers('Accounts removed\n\nAcme Labs, a security company, found the network. Meta removed '
                    '900 accounts on Monday. "We removed them quickly," the company said.') == ["Meta"]


def test_someone_a_clause_describes_does_not_speak_for_the_platform() -> None:
    # 'a lawyer representing the victims' is the lawyer, not the platform the story is about
    assert speakers('Accounts removed\n\nMeta removed 50 accounts on Tuesday. "We saw the network grow for '
                    'months," said a lawyer representing the victims.') == ["lawyer"]
    # a spokesperson still speaks for the platform
    assert speakers('Accounts removed\n\nMeta removed 50 accounts on Tuesday. "We saw the network grow for '
                    'months," said a spokesperson.') == ["Meta"]
