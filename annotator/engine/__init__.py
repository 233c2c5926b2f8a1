"""The rule engine: loads rule packs (YAML data) and runs them over a document.

`run()` is what the pipeline calls; `load()`, `rules()` and `categories()` are for the views
and for `annotate rules ...` commands.
"""

from __future__ import annotations

from typing import Any

from ..document import Document
from ..model import Attribution, Finding, Quote
from ..settings import DEFAULT, Settings
from .errors import RulePackError
from .pack import Category, Pack, Rule, load

__all__ = ["run", "load", "rules", "categories", "RulePackError", "Pack", "Rule", "Category"]


def run(
    doc: Document, quotes: list[Quote], attributions: list[Attribution], settings: Settings
) -> list[Finding]:
    """Findings of the enabled rules, sorted by position, each with its voice. Wording in a
    content marked `paraphrase` (see `runner.speech_acts`) is the outlet's."""
    from .runner import run as _run

    return _run(load(settings.rules_paths), doc, quotes, attributions, settings)


def rules(settings: Settings | None = None) -> tuple[Rule, ...]:
    """Every rule of the packs the settings name (default pack first), enabled or not."""
    return load((settings or DEFAULT).rules_paths).rules


def categories(settings: Settings | None = None) -> dict[str, dict[str, Any]]:
    """Category name -> {colour, description}, for views and legends."""
    pack = load((settings or DEFAULT).rules_paths)
    return {name: c.to_dict() for name, c in pack.categories.items()}
