"""The per-article summary: voice shares, counts per category, subjectivity by voice."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from .document import Document
from .model import Report


def with_summary(report: Report, doc: Document) -> Report:
    """The report with its `summary` filled in."""
    return replace(report, summary=summarise(report, doc))


def summarise(report: Report, doc: Document) -> dict[str, Any]:
    voices = Counter(s.voice for s in report.sentences if s.voice != "boilerplate")
    total = sum(voices.values()) or 1
    return {
        "words": doc.word_count,
        "sentences": sum(voices.values()),
        "sentence_share": {v: round(voices.get(v, 0) / total, 4)
                           for v in ("editorial", "attributed", "neutral")},
        "attributions": len(report.attributions),
    }
