"""What the engine can tell about its rules, asked for defensively (for --explain).

The engine's rule pack API is still being built: this tries the likely ways to get at a
rule's description and source, and says nothing rather than fail when none is there.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


def rule_details(rule_id: str) -> dict[str, str]:
    """{'description': ..., 'source': ...} for a rule id; empty strings when unknown."""
    found = _all_rules().get(rule_id)
    if found is None:
        found = _one_rule(rule_id)
    return {
        "description": _field(found, "description", "why", "doc"),
        "source": _field(found, "source", "sources", "reference"),
    }


def _field(obj: Any, *names: str) -> str:
    for name in names:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if value:
            if isinstance(value, (list, tuple)):
                return "; ".join(str(v) for v in value)
            return " ".join(str(value).split())
    return ""


@lru_cache(maxsize=1)
def _all_rules() -> dict[str, Any]:
    try:
        from annotator import engine
    except Exception:  # noqa: BLE001
        return {}
    for name in ("rules", "load_rules", "default_rules", "rule_pack"):
        getter = getattr(engine, name, None)
        if not callable(getter):
            continue
        try:
            rules = getter()
        except Exception:  # noqa: BLE001
            continue
        if isinstance(rules, dict):
            return dict(rules)
        try:
            return {str(_field(r, "id")): r for r in rules if _field(r, "id")}
        except TypeError:
            continue
    return {}


def _one_rule(rule_id: str) -> Any:
    try:
        from annotator import engine
    except Exception:  # noqa: BLE001
        return None
    for name in ("rule", "get_rule", "describe", "rule_info"):
        getter = getattr(engine, name, None)
        if callable(getter):
            try:
                return getter(rule_id)
            except Exception:  # noqa: BLE001
                continue
    return None
