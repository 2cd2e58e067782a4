"""The README's console examples give, run for real from the repository alone, the outputs the
README shows (issue 15): see tests/readme_examples.py, which also rewrites them (--update)."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests import readme_examples
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def result() -> readme_examples.Result:
    assert shutil.which("sqlite3"), "the README's examples use the sqlite3 tool: apt-get install sqlite3"
    return readme_examples.check()


def test_the_examples_give_the_outputs_shown(result: readme_examples.Result) -> None:
    assert result.differences == [], "\n\n".join(result.differences) + (
        "\n\nAfter a deliberate change: python3 tests/readme_examples.py --update")


def test_the_examples_that_run_need_no_network_and_nothing_outside_the_repository(
        result: readme_examples.Result) -> None:
    run = [c.shell for b in result.blocks if b.skip_reason is None for c in b.commands]
    assert len(run) >= 15
    for command in run:
        assert "../shared" not in command
        for url in re.findall(r"https?://[^\s\"']+", command):
            assert url.startswith("https://127.0.0.1/"), command  # refused, never fetched
    skipped = [b.skip_reason for b in result.blocks if b.skip_reason is not None]
    assert all(reason.strip() for reason in skipped)
    for block in result.blocks:
        if block.skip_reason is None:
            assert all(c.output or c.shell.endswith(("> bad.jsonl", "IS NOT NULL\"")) or "-q" in c.shell
                       for c in block.commands), block  # every command that prints shows it


def test_what_the_examples_create_is_ignored_by_git(result: readme_examples.Result) -> None:
    assert "records.db" in result.created and "out.jsonl" in result.created
    for name in result.created:
        check = subprocess.run(["git", "check-ignore", "-q", "--no-index", name], cwd=ROOT)
        assert check.returncode == 0, f"{name} is not in .gitignore"


def test_commands_spanning_lines_are_parsed_whole() -> None:
    blocks = readme_examples.parse_blocks(
        "<!-- not run: a reason -->\n```console\n$ a\nout\n```\n\n```console\n"
        "$ sqlite3 x \"SELECT 1\n    FROM t\"\n1\n2\n$ echo $?\n0\n```\n")
    assert [b.skip_reason for b in blocks] == ["a reason", None]
    commands = blocks[1].commands
    assert [c.shell for c in commands] == ["sqlite3 x \"SELECT 1\n    FROM t\"", "echo $?"]
    assert [c.output for c in commands] == [["1", "2"], ["0"]]
    assert readme_examples.comparable(["3 inputs; 10.1 s, 4.46 inputs/s; 192 MiB  ", "progress: 1"]) == \
        ["3 inputs; <N> s, <N> inputs/s; <N> MiB"]
    assert readme_examples.comparable(["1.2 s, 0.5 inputs/s (start-up 1.0 s, then 2.1 inputs/s); x"]) == \
        ["<N> s, <N> inputs/s; x"]


def test_the_python_examples_run() -> None:
    blocks = readme_examples.python_blocks(readme_examples.README.read_text(encoding="utf-8"))
    assert len(blocks) >= 2
    proc = readme_examples.run_python_blocks()
    assert proc.returncode == 0, proc.stderr
    assert "samples/seed-wired-occupy.txt [('Twitter', 'suspend'), ('Twitter', 'suspend'), ('Facebook', " \
        "'suspend')]" in proc.stdout.splitlines()
