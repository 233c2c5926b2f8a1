"""The editorial categories, their colours and descriptions, as the engine documents them.

The rule pack documents one colour per category and the engine exposes them through
`annotator.engine.categories()`. Until every engine has it, the defaults below stand in;
whatever the engine says wins, category by category.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

# Order is the order of the legend, the CSV columns and the categories table.
DEFAULTS: dict[str, dict[str, str]] = {
    "evaluative": {"colour": "red", "description": "judgement stated as fact"},
    "loaded-label": {"colour": "magenta", "description": "a loaded name for a group or act"},
    "intensifier": {"colour": "yellow", "description": "wording that inflates degree"},
    "speculation": {"colour": "cyan", "description": "guesswork stated by the outlet"},
    "characterisation": {"colour": "bright_red", "description": "a portrayal of someone's manner"},
    "loaded-attribution-verb": {
        "colour": "bright_magenta",
        "description": "a reporting verb that takes sides (admitted, claimed)",
    },
    "vague-source": {"colour": "bright_yellow", "description": "a source nobody can check"},
    "scare-quote": {"colour": "bright_cyan", "description": "quotation marks that distance"},
    "presupposition": {"colour": "bright_blue", "description": "a contested claim taken as given"},
}
FALLBACK_COLOUR = "bright_white"


# The user rule packs of this run (--rules): their categories' colours and descriptions
# belong in the view too. Set once per run by cli/run.py, before anything is rendered.
_rules_paths: tuple[str, ...] = ()


def use(rules_paths: tuple[str, ...]) -> None:
    """Take the categories from the default pack and these user packs from now on."""
    global _rules_paths
    _rules_paths = tuple(rules_paths)


def categories() -> dict[str, dict[str, str]]:
    """{name: {colour, description}}: the engine's view merged over the defaults."""
    return _merged(_rules_paths)


@lru_cache(maxsize=4)
def _merged(rules_paths: tuple[str, ...]) -> dict[str, dict[str, str]]:
    merged = {name: dict(info) for name, info in DEFAULTS.items()}
    for name, info in _from_engine(rules_paths).items():
        entry = merged.setdefault(str(name), {"colour": FALLBACK_COLOUR, "description": ""})
        if isinstance(info, dict):
            colour = info.get("colour") or info.get("color")
            if colour and _valid_colour(str(colour)):
                entry["colour"] = str(colour)
            if info.get("description"):
                entry["description"] = str(info["description"])
    return merged


def colour(category: str) -> str:
    """The colour of a category: a rich colour or style ("red", "#aa3300", "bold red")."""
    return categories().get(category, {}).get("colour", FALLBACK_COLOUR)


def names() -> list[str]:
    """Every known category, in legend order."""
    return list(categories())


def _from_engine(rules_paths: tuple[str, ...] = ()) -> dict[str, Any]:
    try:
        from annotator import engine
        from annotator.settings import DEFAULT
    except Exception:  # an engine mid-rewrite must not take the view down with it
        return {}
    getter = getattr(engine, "categories", None)
    if not callable(getter):
        return {}
    try:
        found = getter(replace(DEFAULT, rules_paths=rules_paths) if rules_paths else None)
    except Exception:
        return {}
    return found if isinstance(found, dict) else {}


def _valid_colour(name: str) -> bool:
    # A colour ("red", "#aa3300") or a style ("bold red"): whatever rich can parse.
    try:
        from rich.style import Style

        Style.parse(name)
    except Exception:
        return False
    return True
