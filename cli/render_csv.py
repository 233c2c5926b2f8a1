"""CSV: one row per article (or per failed input), the same columns for every row."""

from __future__ import annotations

import csv
from typing import Any, TextIO

from . import categories

FIXED = (
    "path",
    "words",
    "sentences",
    "editorial_sentences",
    "attributed_sentences",
    "neutral_sentences",
    "editorial_findings",
)
TAIL = (
    "attributed_findings",
    "findings_per_100_words",
    "attributed_statements",
    "speakers",
    "anonymous_sources",
    "subjectivity_editorial",
    "subjectivity_attributed",
    "error",
)
# metrics.row() names a few figures differently from the CSV header.
_SOURCE = {
    "findings_per_100_words": "per_100_words",
    "attributed_statements": "statements",
    "subjectivity_editorial": "subjectivity",
}


def header() -> list[str]:
    """Column names: fixed figures, one `editorial:<category>` column per category, the rest."""
    cats = [f"editorial:{c}" for c in categories.names()] + ["editorial:other"]
    return [*FIXED, *cats, *TAIL]


class CsvWriter:
    """Writes the header once, then a row per outcome."""

    def __init__(self, out: TextIO):
        self.columns = header()
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(self.columns)
        self.out = out

    def add_row(self, figures: dict[str, Any]) -> None:
        self.writer.writerow([_cell(figures.get(_SOURCE.get(c, c))) for c in self.columns])

    def add_error(self, path: str, error: str) -> None:
        self.writer.writerow(
            [path if c == "path" else error if c == "error" else "" for c in self.columns]
        )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1 else f"{value:.2f}"
    return str(value)
