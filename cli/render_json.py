"""JSON and JSON Lines renderers of reports."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


def dumps(record: dict[str, Any], *, indent: int | None = None) -> str:
    """One record as JSON (UTF-8 text, no ASCII escaping, stable key order)."""
    return json.dumps(record, ensure_ascii=False, indent=indent)


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """One record per line, flushed as it goes so a pipe sees each report as it completes."""
    for rec in records:
        out.write(dumps(rec) + "\n")
        out.flush()


def write_json(records: list[dict[str, Any]], out: TextIO, *, single: bool) -> None:
    """A list of records as one JSON array (one object when `single`)."""
    payload: Any = records[0] if single and len(records) == 1 else records
    out.write(dumps(payload, indent=2) + "\n")


class ArrayWriter:
    """Streams a JSON array item by item; the bytes equal json.dumps(items, indent=2).

    Items are written as they come, so a corpus never has to fit in memory at once.
    """

    def __init__(self, out: TextIO):
        self.out = out
        self.count = 0

    def add(self, record: dict[str, Any]) -> None:
        self.add_text(dumps(record, indent=2))

    def add_text(self, pretty: str) -> None:
        """Add one record already dumped with indent=2 (a trailing newline is ignored)."""
        # JSON strings never hold a raw newline, so indenting line by line is exact.
        body = "\n".join("  " + line for line in pretty.rstrip("\n").split("\n"))
        self.out.write(("[\n" if self.count == 0 else ",\n") + body)
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()
