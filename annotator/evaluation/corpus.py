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
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if limit is not None and n > limit:
                break
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                spans = tuple(
                    GoldSpan(int(s["start"]), int(s["end"]), str(s["label"]), s.get("extra") or {})
                    for s in d.get("spans", [])
                )
                yield CorpusDoc(
                    str(d["id"]),
                    str(d.get("source_dataset", "")),
                    d["text"],
                    spans,
                    d.get("meta") or {},
                )
            except (KeyError, TypeError, json.JSONDecodeError) as exc:
                raise ValueError(f"{path}:{n}: not a corpus document ({exc})") from None
