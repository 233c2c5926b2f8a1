"""Reads the annotated-corpus JSONL format: one document a line with labelled spans."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class GoldSpan:
    """One labelled span of a corpus document."""

    start: int
    end: int
    label: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CorpusDoc:
    """One corpus document: id, text and its gold spans."""

    id: str
    dataset: str
    text: str
    spans: tuple[GoldSpan, ...]
    meta: dict[str, Any] = field(default_factory=dict)


def read(path: str | Path, limit: int | None = None) -> Iterator[CorpusDoc]:
    """Yield the documents of a JSONL corpus file; a malformed line raises ValueError."""
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if limit is not None and n > limit:
                    break
                if not line.strip():
                    continue
                try:
                    yield _doc(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
                except _Malformed as exc:
                    raise ValueError(f"{path}:{n}: not a corpus document ({exc})") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 (byte {exc.start})") from None


class _Malformed(Exception):
    """A line that is JSON but not a corpus document."""


def _doc(d: Any) -> CorpusDoc:
    """One document from its decoded JSON, checked field by field."""
    if not isinstance(d, dict):
        raise _Malformed(f"a line must be a JSON object, not {type(d).__name__}")
    text = d.get("text")
    if not isinstance(text, str):
        raise _Malformed("'text' must be a string")
    if "id" not in d:
        raise _Malformed("'id' is missing")
    spans = d.get("spans", [])
    if not isinstance(spans, list):
        raise _Malformed("'spans' must be a list")
    meta = d.get("meta") or {}
    if not isinstance(meta, dict):
        raise _Malformed("'meta' must be an object")
    return CorpusDoc(
        str(d["id"]),
        str(d.get("source_dataset", "")),
        text,
        tuple(_span(s, i, len(text)) for i, s in enumerate(spans)),
        meta,
    )


def _span(s: Any, i: int, length: int) -> GoldSpan:
    """One gold span, with its offsets checked against the text."""
    if not isinstance(s, dict):
        raise _Malformed(f"span {i} must be an object")
    start, end, label = s.get("start"), s.get("end"), s.get("label")
    # bool is an int subclass: true/false are not offsets.
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise _Malformed(f"span {i}: 'start' and 'end' must be whole numbers")
    if not 0 <= start <= end <= length:
        raise _Malformed(f"span {i}: {start}..{end} is outside the text (0..{length})")
    if not isinstance(label, str):
        raise _Malformed(f"span {i}: 'label' must be a string")
    extra = s.get("extra") or {}
    if not isinstance(extra, dict):
        raise _Malformed(f"span {i}: 'extra' must be an object")
    return GoldSpan(start, end, label, extra)
