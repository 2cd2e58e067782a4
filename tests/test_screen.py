"""The screen (in process): which texts reach the parser, the record's ``screen`` value, and that the
screen never changes the events found (screen on == screen off)."""
from __future__ import annotations

import re

import pytest

from extractor.api import extract
from extractor.nlp import split_lines
from extractor.screen import get_screener, screen
from extractor.settings import Settings
from tests.helpers import SAMPLES

PLATFORM_LINE = "Twitter said on Tuesday it was reviewing its rules on spam."
FILLER = ["The review began in March.", "Officials declined to comment.", "More details came later.",
          "Critics welcomed the move."]


def lines_after(moderation_line: str, gap: int) -> str:
    """The platform line, ``gap - 1`` filler lines, then the moderation line ``gap`` lines later."""
    return "\n".join([PLATFORM_LINE, *FILLER[:gap - 1], moderation_line]) + "\n"


@pytest.mark.parametrize("text", [
    (SAMPLES / "weather-negative.txt").read_text(encoding="utf-8"),  # moderation words, no platform
    "Arsenal beat Chelsea 2-1\n\nThe striker was booked and later banned for two matches.\n",
    "Storms closed schools\n\nThe council closed roads and blocked access to the beach.\n",
    "The company suspended 80 workers.\n",  # a stand-in word, but no platform named anywhere
])
def test_no_platform_near_moderation_wording_is_not_passed(text: str) -> None:
    seen = screen(text)
    assert not seen.passed
    assert not seen.platform_lines


def test_a_service_verb_on_an_account_passes_without_a_platform() -> None:
    # 'Kalshi suspended the account': a service the platform list does not know (facts.operators)
    seen = screen("Markets\n\nThe exchange suspended the account of a trader on Monday.\n")
    assert seen.passed and seen.platform_lines == {1}  # lines: the headline, then the paragraph
    assert not screen("Markets\n\nThe exchange suspended trading on Monday.\n").passed


def test_a_service_told_by_its_kind_passes_without_a_platform() -> None:
    # 'taken down by its web host, ValueWeb': the kind of service and moderation wording on a line
    seen = screen("Offline\n\nThe forum was taken down by its web host, ValueWeb, on Friday.\n")
    assert seen.passed and seen.platform_lines == {1}
    assert not screen("Offline\n\nThe forum was taken down on Friday.\n").passed


def test_a_platform_and_moderation_wording_on_one_line_pass() -> None:
    seen = screen("Twitter suspended 80 accounts.")
    assert seen.passed
    assert seen.platform_lines == seen.moderation_lines == frozenset({0})


def test_a_platform_without_moderation_wording_is_not_passed() -> None:
    text = "Twitter said on Tuesday it was reviewing its rules.\n\nShares rose 3 percent.\n"
    assert not screen(text).passed


@pytest.mark.parametrize(("gap", "passed"), [(1, True), (2, True), (3, False), (5, False)])
def test_moderation_wording_must_come_within_two_lines_of_the_platform(gap: int, passed: bool) -> None:
    # no stand-in word ("accounts", "the company", ...) in the moderation line
    text = lines_after("The organisers banned him from the hall.", gap)
    seen = screen(text)
    assert seen.moderation_lines == frozenset({gap})
    assert seen.passed is passed


def test_paragraphs_count_as_one_line_each_blank_lines_do_not_count() -> None:
    text = "\n\n\n".join([PLATFORM_LINE, "The review began in March.", "The organisers banned him."])
    seen = screen(text)
    assert seen.moderation_lines == frozenset({2})
    assert seen.passed


@pytest.mark.parametrize("line", ["The company banned him from the service.", "The platform banned him.",
                                  "Organisers said 80 accounts were banned."])
def test_a_stand_in_word_passes_beyond_the_window(line: str) -> None:
    """'the company', 'the platform' and also 'accounts' (patterns/screen.json platform_words) stand for
    the platform named earlier, however far away."""
    assert screen(lines_after(line, 5)).passed


def test_ambiguous_platform_names_are_matched_by_exact_case() -> None:
    """Documents what the screen does: "X" in "Malcolm X" counts as the platform X (exact case), so
    the article passes the screen; the parser then finds no event. Lower-case "x" does not count."""
    malcolm = "Malcolm X was banned from the hall.\n"
    assert screen(malcolm).passed
    assert screen(malcolm).platform_lines == frozenset({0})
    assert not screen("The x factor was banned from the hall.\n").passed
    record = extract(malcolm)
    assert record["screen"] == "no_event_in_candidate_lines"
    assert record["events"] == []
    assert extract(malcolm, settings=Settings(screen=False))["events"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ((SAMPLES / "weather-negative.txt").read_text(encoding="utf-8"), "no_platform_near_moderation_wording"),
    ("Markets rallied\n\nShares of Facebook rose 3 percent on Tuesday after strong results.\n",
     "no_platform_near_moderation_wording"),
    # a platform near moderation wording, but a plan, not an event
    ("Facebook under pressure\n\nFacebook said it would consider whether to remove the posts.\n",
     "no_event_in_candidate_lines"),
    ("Twitter suspended 80 accounts on Tuesday.\n", "passed"),
])
def test_the_record_says_how_far_the_article_went(text: str, expected: str) -> None:
    record = extract(text)
    assert record["screen"] == expected
    if expected != "passed":
        assert record["events"] == [] and record["quotes"] == []
    else:
        assert [(e["platform"], e["action"]) for e in record["events"]] == [("Twitter", "suspend")]
    assert extract(text, settings=Settings(screen=False))["screen"] == "off"


OWN_TEXTS = [
    "Twitter suspended 80 accounts on Tuesday.\n",
    "Twitter said on Tuesday it had found a spam network.\n\nThe company suspended 80 accounts.\n",
    "Facebook said on Monday it had found a network of fake pages.\n\nIt removed 20 pages.\n",
    "YouTube under fire\n\nThe video site said on Friday that it had terminated 12 channels "
    "for spam.\n\nA spokesperson declined to comment.\n",
    lines_after("The company banned 40 accounts for spam.", 5),
    "Reddit closes forum\n\nReddit said on Wednesday it had banned the forum r/example, which had "
    "120,000 members, for repeated harassment.\n",
    "Malcolm X was banned from the hall.\n",
]
ALL_TEXTS = [*[p for p in sorted(SAMPLES.iterdir()) if p.suffix in (".txt", ".html")], *OWN_TEXTS]


@pytest.mark.parametrize("source", ALL_TEXTS, ids=lambda s: getattr(s, "name", None) or s[:30])
def test_the_screen_never_changes_the_events(source: object) -> None:
    content = source.read_bytes() if hasattr(source, "read_bytes") else source
    screened = extract(content)
    full = extract(content, settings=Settings(screen=False))
    assert screened["events"] == full["events"]
    assert (screened["screen"] == "passed") == bool(full["events"])  # events only where the screen passes


def test_the_own_texts_have_the_events_they_tell() -> None:
    """The comparison above means something: the texts do give events, those whose platform comes from
    context ("The company ...", "It ...", "The video site ...") too."""
    found = [{e["platform"] for e in extract(text)["events"]} for text in OWN_TEXTS]
    assert found == [{"Twitter"}, {"Twitter"}, {"Facebook"}, {"YouTube"}, {"Twitter"}, {"Reddit"}, set()]


# lines where a word of the lists is a token without spaces around it: glued to the word before
# ('ofTwitter'), CamelCase, a possessive, a hyphen, a special case of the tokenizer ('cannot'),
# capitals, a platform in its exact case; and lines with the words only inside other words
PREFILTER_LINES = [
    "fans ofTwitter", "the head ofYouTube", "YouTube's ban", "TWITTER BANNED THEM", "age-restricted videos",
    "they cannot post", "@TwitterSafety said", "on X, posts were removed", "a Kick streamer",
    "(banned)", "“Suspended”", "banned—again", "12accounts removed", "Twitter/Facebook bans",
    "The bandwidth of the bankers", "Blacklisting", "metadata and bartenders", "Xavier", "",
]


FINDERS = ("may_name", "may_match_orth", "may_moderate", "may_stand_in", "may_operate", "may_be_account")
EVERY_LINE = re.compile("")


def full_screen(text: str) -> object:
    """The screen with every line tokenized and looked at (no prefilter)."""
    screener = get_screener()
    keep = {name: getattr(screener, name) for name in FINDERS}
    for name in FINDERS:
        setattr(screener, name, EVERY_LINE)
    try:
        return screener(text)
    finally:
        for name, finder in keep.items():
            setattr(screener, name, finder)


def test_the_prefilter_passes_every_line_a_list_word_is_a_token_of() -> None:
    screener = get_screener()
    pairs = [(screener.platforms, screener.may_name), (screener.ambiguous, screener.may_match_orth),
             (screener.moderation, screener.may_moderate), (screener.stand_ins, screener.may_stand_in),
             (screener.operator, screener.may_operate), (screener.account, screener.may_be_account)]
    texts = [*(p.read_text(encoding="utf-8", errors="replace") for p in ALL_TEXTS if hasattr(p, "read_text")),
             *OWN_TEXTS, *PREFILTER_LINES]
    lines = [line for text in texts for line in split_lines(text)]
    lines += [line.upper() for line in lines] + [line.lower() for line in lines]
    for matcher, finder in pairs:
        matched = skipped = 0
        for line in lines:
            if matcher(screener.tokenizer(line)):
                matched += 1
                assert finder.search(line), line
            elif not finder.search(line):
                skipped += 1
        assert matched and skipped  # both kinds of line are there: the test can fail


@pytest.mark.parametrize("text", [*OWN_TEXTS, "\n".join(PREFILTER_LINES)], ids=lambda s: s[:30])
def test_the_prefilter_changes_no_screen_result(text: str) -> None:
    assert screen(text) == full_screen(text)


def test_the_prefilter_leaves_out_lines_with_the_words_only_inside_others() -> None:
    screener = get_screener()
    for line in ("The bandwidth of the bankers", "metadata and bartenders", "Xavier"):
        assert not any(getattr(screener, name).search(line) for name in FINDERS[:3])
    assert screener.may_name.search("fans ofTwitter")


def test_lines_that_cannot_decide_are_tokenized_only_when_asked_for() -> None:
    """A moderation line far from the platform and with no stand-in word cannot make the article
    pass: it is tokenized only when ``moderation_lines`` is asked for, and found then."""
    screener = get_screener()
    seen_lines: list[str] = []
    tokenizer = screener.tokenizer

    class Counting:
        def pipe(self, texts):  # type: ignore[no-untyped-def]
            texts = list(texts)
            seen_lines.extend(texts)
            return tokenizer.pipe(texts)

    far = "The organisers banned him from the hall."
    screener.tokenizer = Counting()  # type: ignore[assignment]
    try:
        seen = screener(lines_after(far, 5))
        assert not seen.passed
        assert not any(far in line for line in seen_lines)
        assert seen.moderation_lines == frozenset({5})
        assert any(far in line for line in seen_lines)
    finally:
        screener.tokenizer = tokenizer


def test_candidate_lines_keep_only_the_platform_lines_near_moderation_wording() -> None:
    # lines: 0 headline, 1 a platform far before, 2-5 filler, 6 a platform just before, 7 the
    # moderation line, 8 a platform just after, 9 filler, 10 a platform far after
    text = "\n".join(["News of the week", "Twitter grew its user base in March.", *FILLER,
                      "Twitter changed its rules.", "It removed 20 posts on Friday.",
                      "Twitter said more would follow.", "The review began in March.",
                      "Twitter shares rose later."]) + "\n"
    seen = screen(text)
    assert seen.passed and seen.platform_lines == {1, 6, 8, 10}
    assert seen.candidate_lines == {0, 6, 7, 8}
    # the event the candidate lines hold is still found, with the platform named before it
    record = extract(text, published="2021-06-15")
    assert record["screen"] == "passed"
    assert [(e["platform"], e["action"]) for e in record["events"]] == [("Twitter", "remove")]


def test_a_stage_two_stop_reads_its_quotes_with_the_headline() -> None:
    """An article whose candidate lines hold no event still gets its quotes; 'the company' there
    stands for the platform its headline names, though the headline holds no quote."""
    from extractor import extract
    text = ("Meta will stop removing posts from its feeds\n\n"
            "A year after ditching third-party fact checkers and rolling back much of its content "
            "moderation, the company says it will \"transform the way we work on the posts we take down "
            "over the next few years\".")
    record = extract(text, published="2026-01-01")
    assert record["screen"] == "no_event_in_candidate_lines"
    assert [q["speaker"] for q in record["quotes"]] == ["Meta"]
