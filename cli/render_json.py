"""JSON and JSON Lines renderers of reports."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


def dumps(record: dict[str, Any], *, indent: int | None = None) -> str:
    """One record as JSON (UTF-8 text, no ASCII escaping, stable key order)."""
    return json.dumps(record, ensure_ascii=False, indent=indent)


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    for rec in records:
        out.write(dumps(rec) + "\n")
        out.flush()


def write_json(records: list[dict[str, Any]], out: TextIO, *, single: bool) -> None:
    payload: Any = records[0] if single and len(records) == 1 else records
    out.write(dumps(payload, indent=2) + "\n")
