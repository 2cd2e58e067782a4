"""The JSON Schema and validation: `extractor schema`, `extractor validate`, field paths of violations."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from extractor.record import RecordInvalid, checked, error_record
from extractor.schema import load_schema, violations
from tests.helpers import run_cli


def test_schema_command_prints_the_schema() -> None:
    result = run_cli("schema")
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("https://")
    Draft202012Validator.check_schema(schema)
    assert schema == load_schema()


def test_record_and_error_record_validate(seed_record: dict) -> None:
    assert violations(seed_record) == []
    assert violations(error_record({"path": "x.txt", "url": None}, "not_found", "x.txt: no such file")) == []


@pytest.mark.parametrize(("change", "expected"), [
    (lambda r: r["events"][0].__setitem__("action", "explode"), "events[0].action"),
    (lambda r: r["events"][1]["targets"][0].__setitem__("count", -3), "events[1].targets[0].count"),
    (lambda r: r["events"][0].__setitem__("confidence", 1.5), "events[0].confidence"),
    (lambda r: r["article"].__setitem__("published", "25 Oct 2018"), "article.published"),
    (lambda r: r["source"].__setitem__("extra", 1), "source"),
    (lambda r: r.pop("source"), "'source' is a required property"),
    (lambda r: r.__setitem__("schema_version", "2.0"), "schema_version"),
])
def test_violations_name_the_field(seed_record: dict, change, expected: str) -> None:
    record = copy.deepcopy(seed_record)
    change(record)
    problems = violations(record)
    assert problems, "the broken record passed validation"
    assert any(expected in p for p in problems), problems
    with pytest.raises(RecordInvalid):
        checked(record)


def test_error_record_violations_use_the_error_branch() -> None:
    record = error_record({"path": None, "url": "http://x.org"}, "fetch_error", "down")
    record["error"]["extra"] = True
    problems = violations(record)
    assert problems and all("error" in p for p in problems), problems
    assert not any("events" in p for p in problems)


@pytest.fixture(scope="module")
def jsonl_files(tmp_path_factory: pytest.TempPathFactory, seed_record: dict) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("validate")
    good_error = error_record({"path": "gone.txt", "url": None}, "not_found", "gone.txt: no such file")
    bad_action = copy.deepcopy(seed_record)
    bad_action["events"][0]["action"] = "explode"
    no_source = copy.deepcopy(seed_record)
    del no_source["source"]
    files = {"good": folder / "good.jsonl", "bad": folder / "bad.jsonl"}
    files["good"].write_text("\n".join(json.dumps(r) for r in (seed_record, good_error)) + "\n")
    files["bad"].write_bytes("\n".join([json.dumps(seed_record), json.dumps(bad_action), "",
                                        json.dumps(no_source), "{not json"]).encode() + b"\n\xff\xfe{}\n")
    return files


def test_validate_good_file(jsonl_files: dict[str, Path]) -> None:
    result = run_cli("validate", str(jsonl_files["good"]))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "0 with violations" in result.stderr


def test_validate_bad_file_names_line_and_field(jsonl_files: dict[str, Path]) -> None:
    result = run_cli("validate", str(jsonl_files["bad"]))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    bad = str(jsonl_files["bad"])
    assert any(line.startswith(f"{bad}:2: events[0].action") and "explode" in line for line in lines), lines
    assert any(line.startswith(f"{bad}:4:") and "'source' is a required property" in line for line in lines)
    assert any(line.startswith(f"{bad}:5: not JSON") for line in lines), lines
    assert any(line.startswith(f"{bad}:6: not UTF-8") for line in lines), lines
    assert not any(line.startswith((f"{bad}:1:", f"{bad}:3:")) for line in lines), lines
    assert "6 lines, 4 with violations" in result.stderr
