"""`extractor batch` over one folder holding good articles and every kind of bad input (subprocess,
two workers): each input gives exactly one record, in path order, and a bad one never costs the others."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from extractor.schema import violations
from tests.helpers import ARTICLE_HTML, SAMPLES, SEED, CliResult, read_jsonl, run_cli

MAX_BYTES = 1_500_000  # above the nested HTML (1.1 MB) and the good files, below too_big.txt
SECRET = "Zanzibar Quokka Society"  # in the symlink's target only: must never be read

GOOD = {
    "a-seed.txt": SEED.read_bytes(),
    "b-telegram.txt": (SAMPLES / "telegram-channel.txt").read_bytes(),
    "c-story.html": ARTICLE_HTML.encode("utf-8"),
}
NESTED_BODY = ("<p>Twitter suspended 1,500 accounts linked to a spam network on Tuesday, the company said. "
               "The accounts had posted thousands of identical messages.</p>")
FAULTS = {
    # name: (content, error type, words the message must hold after "NAME: ")
    "d-binary.txt": (bytes(range(256)) * 16 + b"\x00" * 64, "article_error",
                     "binary data, not text or HTML"),
    "e-empty.txt": (b"", "article_error", "the input is empty"),
    "f-cp1252.txt": ("Caf\u00e9 owners banned from Twitter\n\nThe caf\u00e9 was banned.\n".encode("cp1252"),
                     "article_error",
                     "not valid UTF-8 text (byte 0xe9 at offset 3) and no character set is declared"),
    "g-too-big.txt": (SEED.read_bytes() + b"\n" + b"padding " * 250_000, "too_large",
                      f"{len(SEED.read_bytes()) + 1 + 8 * 250_000} bytes, "
                      f"more than the limit of {MAX_BYTES}"),
    # real article text (a <p>) inside 100000 nested <div>: lxml (libxml2) stops reading past a depth of 256,
    # so no text is found; the error says why rather than crashing or hanging
    "h-nested.html": (("<html><body>" + "<div>" * 100_000 + NESTED_BODY + "</div>" * 100_000
                       + "</body></html>").encode("utf-8"), "article_error",
                      "no article text could be read: the HTML is nested 100003 elements deep, "
                      "and the HTML parser (libxml2) stops at 256"),
    "i-corrupt.html.gz": (b"\x1f\x8b\x08\x00" + b"this is not deflate data, only garbage" * 4, "read_error",
                          "not valid gzip data ("),
    "j-leak.txt": (None, "outside_folder", "a symbolic link leading out of the folder (to "),
}
NAMES = sorted([*GOOD, *FAULTS])


@pytest.fixture(scope="module")
def faults_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, CliResult]:
    base = tmp_path_factory.mktemp("faults")
    folder, outside = base / "articles", base / "outside"
    folder.mkdir()
    outside.mkdir()
    for name, content in GOOD.items():
        (folder / name).write_bytes(content)
    for name, (content, _, _) in FAULTS.items():
        if content is not None:
            (folder / name).write_bytes(content)
    secret = outside / "secret.txt"
    secret.write_text(f"Secret story\n\nTwitter banned 5 accounts of the {SECRET}.\n", encoding="utf-8")
    os.symlink(secret, folder / "j-leak.txt")
    out = base / "out.jsonl"
    result = run_cli("batch", str(folder), "-o", str(out), "--jobs", "2", "-q", "--max-bytes", str(MAX_BYTES))
    return folder, out, result


def records_of(out: Path) -> list[dict]:
    return read_jsonl(out.read_text(encoding="utf-8"))


def test_the_sizes_are_what_the_faults_need() -> None:
    """The size limit is set between the good files (and the nested HTML) and the big one."""
    assert max(len(content) for content in GOOD.values()) < MAX_BYTES
    assert len(FAULTS["h-nested.html"][0]) < MAX_BYTES < len(FAULTS["g-too-big.txt"][0])


def test_exit_code_1_and_one_record_per_input_in_path_order(faults_run: tuple[Path, Path, CliResult]) -> None:
    folder, out, result = faults_run
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    records = records_of(out)
    assert [r["source"]["path"] for r in records] == [str(folder / name) for name in NAMES]
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(NAMES)


def test_every_record_validates(faults_run: tuple[Path, Path, CliResult]) -> None:
    _, out, _ = faults_run
    for record in records_of(out):
        assert violations(record) == [], record["source"]


def test_each_fault_gives_one_error_record_naming_file_and_cause(
        faults_run: tuple[Path, Path, CliResult]) -> None:
    folder, out, _ = faults_run
    by_name = {Path(r["source"]["path"]).name: r for r in records_of(out)}
    for name, (_, kind, cause) in FAULTS.items():
        record = by_name[name]
        assert set(record) == {"schema_version", "extractor_version", "source", "error"}, name
        assert record["error"]["type"] == kind, (name, record["error"])
        message = record["error"]["message"]
        assert message.startswith(f"{folder / name}: {cause}"), (name, message)
        assert "\n" not in message
    assert by_name["j-leak.txt"]["error"]["message"] == (
        f"{folder / 'j-leak.txt'}: a symbolic link leading out of the folder "
        f"(to {(folder.parent / 'outside' / 'secret.txt').resolve()}); not followed")
    assert by_name["j-leak.txt"]["source"]["sha256"] is None  # never read


def test_good_records_are_complete_with_events(faults_run: tuple[Path, Path, CliResult]) -> None:
    folder, out, _ = faults_run
    by_name = {Path(r["source"]["path"]).name: r for r in records_of(out)}
    for name, content in GOOD.items():
        record = by_name[name]
        assert set(record) == {"schema_version", "extractor_version", "source", "article", "events",
                               "quotes", "screen"}, name
        assert record["screen"] == "passed"
        assert record["source"] == {"path": str(folder / name), "url": None,
                                    "sha256": hashlib.sha256(content).hexdigest()}
        assert record["events"], name
    seed = by_name["a-seed.txt"]
    assert seed["article"]["title"] == "Twitter bans left-wing accounts"
    assert {e["platform"] for e in seed["events"]} >= {"Twitter", "Facebook"}
    counts = {(e["platform"], t["type"], t["count"]) for e in seed["events"] for t in e["targets"]}
    assert {("Facebook", "page", 559), ("Facebook", "account", 221)} <= counts
    telegram = by_name["b-telegram.txt"]
    assert ("Telegram", "suspend") in {(e["platform"], e["action"]) for e in telegram["events"]}
    story = by_name["c-story.html"]
    assert story["article"]["title"] == "Twitter suspends spam accounts"
    assert ("Twitter", "suspend", 1500) in {(e["platform"], e["action"], t["count"])
                                            for e in story["events"] for t in e["targets"]}


def test_stderr_has_one_error_line_per_fault_and_nothing_else(
        faults_run: tuple[Path, Path, CliResult]) -> None:
    folder, out, result = faults_run
    messages = [r["error"]["message"] for r in records_of(out) if "error" in r]
    assert len(messages) == len(FAULTS)
    assert result.stderr.splitlines() == [f"error: {message}" for message in messages]  # -q: no summary


def test_the_symlink_target_is_never_read(faults_run: tuple[Path, Path, CliResult]) -> None:
    _, out, result = faults_run
    assert SECRET not in out.read_text(encoding="utf-8")
    assert SECRET not in result.stderr
