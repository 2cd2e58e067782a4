"""The JSON Schema of records: loading it and validating records against it."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jsonschema import Draft202012Validator

SCHEMA_NAME = "moderation-event.schema.json"
SCHEMA_VERSION = "1.2.0"


def schema_path() -> Path:
    """The schema file: in the source tree (``schemas/``) or, installed, inside the package."""
    in_tree = Path(__file__).resolve().parent.parent / "schemas" / SCHEMA_NAME
    if in_tree.is_file():
        return in_tree
    return Path(str(resources.files("extractor") / "schemas" / SCHEMA_NAME))


@lru_cache(maxsize=1)
def load_schema() -> dict:
    return json.loads(schema_path().read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@lru_cache(maxsize=1)
def handle_form() -> re.Pattern[str]:
    """The pattern a named account's ``handle`` must match in the schema (``^@\\w+$``), as the
    validator applies it (Python's ``re.search``)."""
    return re.compile(load_schema()["$defs"]["named_account"]["properties"]["handle"]["pattern"])


def field_path(error) -> str:
    """'events[0].targets[1].count' for a jsonschema error."""
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(record)"


def violations(record: dict) -> list[str]:
    """Every schema violation of a record as 'field.path: message', best match first."""
    errors = sorted(validator().iter_errors(record), key=lambda e: list(e.absolute_path))
    out = []
    for e in errors:
        # oneOf(record, error_record): report the branch the record meant
        if e.validator == "oneOf" and e.context:
            branch = 1 if isinstance(record, dict) and "error" in record else 0
            sub = [c for c in e.context if c.schema_path and c.schema_path[0] == branch] or e.context
            out.extend(f"{field_path(c)}: {c.message}" for c in sub)
        else:
            out.append(f"{field_path(e)}: {e.message}")
    return out


class RecordInvalid(ValueError):
    """A record that does not match the schema (a bug in the extractor, never written)."""
