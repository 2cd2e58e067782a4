"""Families of wording found missing by sentences written for the purpose (the sixth stop of
2026-12-05), in the first-person posts of developers and creators as much as in news: an app's
update or build that a store rejects, a return told by a pronoun for what was taken down in the
sentence before, and monetisation restored."""
from __future__ import annotations

from tests.helpers import account_summary as accounts
from tests.helpers import event_summary as events


def test_a_rejected_update_or_build_of_a_named_app_restricts_that_app_in_its_store() -> None:
    assert accounts("Rejected\n\nApple rejected the update to Pocketwise, our budgeting app.") == [
        ("App Store", "restrict", ["Pocketwise"])]
    assert events("Rejected\n\nApple rejected the new build of Pocketwise on Monday.") == [
        ("App Store", "restrict", [("app", 1)])]
    # 'the update' told again in its sentence is the update named before it
    assert accounts("Rejected\n\nWhen I submitted my first update for Retro Ping, the update was rejected "
                    "by Apple.") == [("App Store", "restrict", ["Retro Ping"])]
    # submissions sent to a store are not of the store; an update to a policy is no app
    assert events("Pricing\n\nFor the past month, Apple has been rejecting submissions to App Store when "
                  "metadata includes pricing information.") == []
    assert events("Policy\n\nTwitter rejected an update to its policy on Monday.") == []


def test_a_return_told_by_a_pronoun_is_of_what_the_sentence_before_took_down() -> None:
    assert accounts("Packages\n\nOn Friday npm took down two of our packages, fast-glimmer and "
                    "glimmer-cli. They were back online by Monday.") == [
        ("npm", "remove", ["fast-glimmer", "glimmer-cli"]),
        ("npm", "reinstate", ["fast-glimmer", "glimmer-cli"])]
    assert events("Packages\n\nOn Friday npm took down two of our packages. Both were back online by "
                  "Monday.") == [("npm", "remove", [("other", 2)]), ("npm", "reinstate", [("other", 2)])]
    # (a date after a verb of return does not make it 'back in June')
    assert events("Delisted\n\nValve delisted our game from Steam on 12 May. The game returned to the "
                  "store in June.") == [("Steam", "remove", [("app", 1)]), ("Steam", "reinstate", [("app", 1)])]
    # people coming back online after nothing was taken down are no return
    assert events("Outage\n\nTwitter was down for an hour. They were back online by noon.") == []


def test_monetisation_restored_undoes_the_demonetisation_told_before() -> None:
    assert accounts("Money\n\nYouTube demonetized my channel, Retro Repairs, last month. After a manual "
                    "review, monetization was restored.") == [
        ("YouTube", "demonetize", ["Retro Repairs"]), ("YouTube", "reinstate", ["Retro Repairs"])]
    assert events("Money\n\nYouTube demonetized my channel last month. In June the channel was "
                  "remonetized.") == [
        ("YouTube", "demonetize", [("channel", 1)]), ("YouTube", "reinstate", [("channel", 1)])]


def test_a_target_said_to_be_back_with_nothing_after_is_reinstated() -> None:
    assert events("Disabled\n\nInstagram disabled my account on 3 March. I appealed. A week later my account "
                  "was back.") == [
        ("Instagram", "suspend", [("account", 1)]), ("Instagram", "reinstate", [("account", 1)])]
    # a person back is no target back
    assert events("Return\n\nInstagram disabled my account on 3 March. A week later my friend was back.") == [
        ("Instagram", "suspend", [("account", 1)])]


def test_a_name_written_with_a_hyphen_is_one_name() -> None:
    assert accounts("Suspended\n\nGitHub suspended my account (octo-dev) without warning.") == [
        ("GitHub", "suspend", ["octo-dev"])]
