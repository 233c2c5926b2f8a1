"""The rule engine: loads rule packs and runs them over a document."""

from __future__ import annotations

from ..document import Document
from ..model import Attribution, Finding, Quote
from ..settings import Settings


def run(doc: Document, quotes: list[Quote], attributions: list[Attribution],
        settings: Settings) -> list[Finding]:
    """Findings of the enabled rules, sorted by position; none until the default pack exists."""
    return []
