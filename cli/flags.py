"""The command-line flags that are settings: declared once for the run and `config show`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from copy import copy
from typing import Annotated, Any, get_args

import typer

# Each settings flag as a run declares it: its type and its option, for a typer parameter
# (`max_bytes: MaxBytes = None`). The parameter's name is the key `settings_flags` reads.
MaxBytes = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        min=0,
        show_default="20 MB, or the config file's",
        help="Largest input accepted, in bytes (0: no limit).",
    ),
]
Category = Annotated[
    list[str] | None, typer.Option("--category", help="Show only this category (repeatable).")
]
ExcludeCategory = Annotated[
    list[str] | None,
    typer.Option("--exclude-category", help="Hide this category (repeatable)."),
]
MinLevel = Annotated[
    str | None,
    typer.Option("--min-level", metavar="LEVEL", help="Hide findings below this level."),
]
Rules = Annotated[
    list[str] | None,
    typer.Option(
        "--rules",
        metavar="PATH",
        help="Add a user rule pack (a folder of YAML files, or one file); repeatable.",
    ),
]
Only = Annotated[
    list[str] | None,
    typer.Option("--only", metavar="ID|CATEGORY", help="Run only these rules (repeatable)."),
]
Disable = Annotated[
    list[str] | None,
    typer.Option("--disable", metavar="ID|CATEGORY", help="Turn these rules off (repeatable)."),
]


def _as_for_a_run(flag: Any) -> Any:
    # `config show` takes the run's settings flags to show what they change; its help points
    # to the run's, with the same placeholders and defaults.
    kind, option = get_args(flag)
    short = copy(option)
    short.help = "As for a run."
    return Annotated[kind, short]


# The same flags for `config show`.
ShowMaxBytes = _as_for_a_run(MaxBytes)
ShowCategory = _as_for_a_run(Category)
ShowExcludeCategory = _as_for_a_run(ExcludeCategory)
ShowMinLevel = _as_for_a_run(MinLevel)
ShowRules = _as_for_a_run(Rules)
ShowOnly = _as_for_a_run(Only)
ShowDisable = _as_for_a_run(Disable)

# Parameter name -> Settings field, for every settings flag.
FIELDS: dict[str, str] = {
    "max_bytes": "max_bytes",
    "category": "categories",
    "exclude_category": "exclude_categories",
    "min_level": "min_level",
    "rules": "rules_paths",
    "only": "only",
    "disable": "disable",
}


def _tuple(values: Sequence[str] | None) -> tuple[str, ...] | None:
    # An option not given stays None, so that a lower layer (a config file) keeps its value.
    return tuple(values) if values else None


def settings_flags(params: Mapping[str, Any]) -> dict[str, Any]:
    """Settings field name -> flag value (None where not given), from a command's `ctx.params`."""
    out: dict[str, Any] = {}
    for name, field in FIELDS.items():
        value = params.get(name)
        out[field] = _tuple(value) if isinstance(value, (list, tuple)) else value
    return out
