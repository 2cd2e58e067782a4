"""The command line as people use it (issue 15): help and version, one-line errors with their exit
codes before any input is read, plurals, `validate -`, `--published` messages, the API's checks.

In process (Typer's runner, the same app object as the console script) where no model is needed;
the runs that need the model are in tests/test_cli_runs.py."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import extractor
from extractor.cli import app
from extractor.progress import Tally
from tests.helpers import ARTICLE_TEXT, SEED


def invoke(*args: str, input: str | None = None):  # noqa: A002 (CliRunner's name)
    return CliRunner().invoke(app, list(args), input=input, env={"COLUMNS": "100"})


# ------------------------------------------------------------------ help and version (item 14)

@pytest.mark.parametrize("command", [[], ["extract"], ["batch"], ["validate"], ["schema"], ["db"],
                                     ["db", "stats"]])
def test_h_is_help_and_flags_render_as_flags(command: list[str]) -> None:
    long, short = invoke(*command, "--help"), invoke(*command, "-h")
    assert long.exit_code == short.exit_code == 0, long.output
    assert long.stdout == short.stdout
    assert "Example: extractor" in long.stdout  # every command has an example
    assert "<bool>" not in long.stdout  # typer 0.29 wrote `--quiet -q <bool>`: a flag takes no value
    assert "BOOLEAN" not in long.stdout


def test_extract_help_lists_the_flags_without_a_value() -> None:
    out = invoke("extract", "--help").stdout
    # plain click help (no rich boxes: `extractor --help` stays fast), one option per line
    lines = {m.group(1): line for line in out.splitlines()
             if (m := re.match(r"\s+(?:-\w, )?(--[\w-]+)", line))}
    for flag in ("--quiet", "--resume", "--no-screen", "--with-text", "--allow-private-urls"):
        assert flag in lines, out
        after = lines[flag].split(flag, 1)[1]
        assert not re.match(r"\s*<", after), lines[flag]  # no value placeholder
    assert re.search(r"--published\s+YYYY-MM-DD", out)
    assert re.search(r"-q, --quiet\s", out)
    assert "https://example.org" not in out  # an example that always failed
    assert "extractor extract samples/seed-wired-occupy.txt samples/youtube-channels.html" in out


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    version, schema = extractor.__version__, extractor.SCHEMA_VERSION
    assert result.stdout == f"extractor {version} (records: schema {schema})\n"


def test_pinned_typer_renders_flags_as_flags() -> None:
    from importlib.metadata import version

    major, minor = (int(x) for x in version("typer").split(".")[:2])
    assert (major, minor) < (0, 29)  # pyproject.toml: typer>=0.16,<0.29


# ------------------------------------------------------------------ one-line errors (items 3, 8, 12, 16)

def one_error_line(result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize("command", ["extract", "batch"])
def test_an_output_that_cannot_be_written_is_a_usage_error(command: str, tmp_path: Path) -> None:
    source = str(SEED) if command == "extract" else str(SEED.parent)
    line = one_error_line(invoke(command, source, "-o", "/proc/nope.jsonl"), 2)
    assert line.startswith("error: -o /proc/nope.jsonl: cannot write there (")
    line = one_error_line(invoke(command, source, "-o", str(tmp_path)), 2)
    assert line == f"error: -o {tmp_path}: is a folder, not a file"
    assert list(tmp_path.iterdir()) == []


def test_the_output_check_leaves_no_file_behind(tmp_path: Path) -> None:
    out = tmp_path / "new" / "records.jsonl"
    result = invoke("extract", "--db", "mysql://u@127.0.0.1/db", "-o", str(out), "x.txt")
    assert result.exit_code == 2
    assert not out.exists()


def test_db_stats_on_what_is_not_a_database(tmp_path: Path, dead_port: int) -> None:
    readme = Path(__file__).resolve().parent.parent / "README.md"
    line = one_error_line(invoke("db", "stats", str(readme)), 2)
    assert line == (f"error: {readme}: cannot read it as a database written by --db "
                    "(file is not a database)")
    url = f"postgresql://postgres@127.0.0.1:{dead_port}/x"
    line = one_error_line(invoke("db", "stats", url), 2)
    assert line.startswith(f"error: {url}: cannot read it as a database written by --db (connection failed")
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.close()
    line = one_error_line(invoke("db", "stats", str(other)), 2)
    assert "not written by extractor --db" in line


def test_an_empty_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("not an article")
    line = one_error_line(invoke("batch", str(tmp_path), "-o", str(tmp_path / "out.jsonl")), 1)
    assert line == f"error: no article files under {tmp_path}"
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(("value", "cause"), [
    ("2018-02-30", "'2018-02-30' is not a date: day is out of range for month"),
    ("2018-13-01", "'2018-13-01' is not a date: month must be in 1..12"),
    ("yesterday", "'yesterday' is not a date of the form YYYY-MM-DD"),
])
def test_published_says_what_is_wrong(value: str, cause: str) -> None:
    result = invoke("extract", str(SEED), "--published", value)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert cause in " ".join(result.stderr.replace("│", " ").split())


def test_validate_reads_standard_input_and_counts_in_the_singular(seed_record: dict) -> None:
    bad = dict(seed_record, screen="maybe")
    result = invoke("validate", "-", input=json.dumps(bad) + "\n")
    assert result.exit_code == 1
    assert result.stdout == "-:1: screen: 'maybe' is not one of ['passed', " \
        "'no_platform_near_moderation_wording', 'no_event_in_candidate_lines', 'off']\n"
    assert result.stderr == "-: 1 line, 1 with violations\n"
    good = invoke("validate", "-", input=json.dumps(seed_record) + "\n" + json.dumps(seed_record) + "\n")
    assert good.exit_code == 0
    assert good.stderr == "-: 2 lines, 0 with violations\n"


def test_validate_of_a_missing_file_is_a_usage_error() -> None:
    result = invoke("validate", "/no/such/file.jsonl")
    assert result.exit_code == 2
    assert "/no/such/file.jsonl: no such file" in result.stderr


def test_the_summary_counts_in_the_singular() -> None:
    tally = Tally()
    tally.add({"events": [{}], "quotes": [{}]})
    summary = tally.summary()
    assert summary.startswith("1 input: 1 article, 0 errors; 1 event, 1 quote; ")
    tally.add({"error": {}})
    assert tally.summary().startswith("2 inputs: 1 article, 1 error; 1 event, 1 quote; ")
    assert tally.progress_line(10).startswith("progress: 2 of 10 inputs, 1 error, ")


# ------------------------------------------------------------------ the Python API (item 7)

def test_the_api_exports_its_errors() -> None:
    assert issubclass(extractor.ArticleError, ValueError)
    assert issubclass(extractor.RecordInvalid, ValueError)
    with pytest.raises(extractor.ArticleError, match="empty"):
        extractor.extract("   ")


@pytest.mark.parametrize(("value", "cause"), [
    ("2024-02-30", "published: '2024-02-30' is not a date: day is out of range for month"),
    ("yesterday", "published: 'yesterday' is not a date of the form YYYY-MM-DD"),
])
def test_the_api_checks_published_before_reading(value: str, cause: str) -> None:
    with pytest.raises(ValueError, match=re.escape(cause)) as raised:
        extractor.extract(ARTICLE_TEXT, published=value)
    assert not isinstance(raised.value, extractor.RecordInvalid)


def test_the_api_takes_a_date_for_published() -> None:
    from datetime import date

    record = extractor.extract(ARTICLE_TEXT, published=date(2018, 10, 25))
    assert record["article"]["published"] == "2018-10-25"


# ------------------------------------------------------------------ --with-text (item 15)

def test_with_text_carries_the_text_the_offsets_point_into() -> None:
    content = SEED.read_text(encoding="utf-8")
    plain = extractor.extract(content)
    record = extractor.extract(content, with_text=True)
    assert "text" not in plain  # off by default
    assert extractor.violations(record) == []
    text = record.pop("text")
    assert record == plain  # nothing else changes
    import hashlib

    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == plain["article"]["text_sha256"]
    assert len(text) == plain["article"]["text_length"]
    spans = [e["evidence"] for e in plain["events"]] + [[t["evidence"] for t in e["targets"]]
                                                         for e in plain["events"]]
    spans = [s for group in spans for s in group]
    spans += [{"text": q["text"], "start": q["start"], "end": q["end"]} for q in plain["quotes"]]
    assert len(spans) > 10
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
    same = extractor.extract(content, settings=extractor.Settings(with_text=True))
    assert same == dict(plain, text=text)
