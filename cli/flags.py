"""The command-line flags that are settings, as the mapping `annotator.config.resolve` takes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def _tuple(values: Sequence[str] | None) -> tuple[str, ...] | None:
    # An option not given stays None, so that a lower layer (a config file) keeps its value.
    return tuple(values) if values else None


def settings_flags(
    *,
    max_bytes: int | None = None,
    category: Sequence[str] | None = None,
    exclude_category: Sequence[str] | None = None,
    min_level: str | None = None,
    rules: Sequence[str] | None = None,
    only: Sequence[str] | None = None,
    disable: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Settings field name -> flag value (None where the flag was not given)."""
    return {
        "max_bytes": max_bytes,
        "categories": _tuple(category),
        "exclude_categories": _tuple(exclude_category),
        "min_level": min_level,
        "rules_paths": _tuple(rules),
        "only": _tuple(only),
        "disable": _tuple(disable),
    }
