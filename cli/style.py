"""Console set-up shared by the views: when to use colour, table boxes, finding filters."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

# Attributed statements: italic in a tint no category uses.
ATTRIBUTED = "italic light_steel_blue"
SPEAKER_TAG = "bold black on light_steel_blue"
BOILERPLATE = "dim"
HEADLINE = "bold"


def want_colour(choice: str, stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """--color always|never win; then FORCE_COLOR, NO_COLOR, TERM=dumb; then is it a terminal.

    NO_COLOR beats FORCE_COLOR when both are set: it is the reader's own preference.
    """
    env = os.environ if environ is None else environ
    if choice == "always":
        return True
    if choice == "never":
        return False
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def terminal_width(stream: TextIO, width: int | None) -> int:
    """--width, else the terminal's width, else $COLUMNS, else 80."""
    if width:
        return max(20, width)
    try:
        if stream.isatty():
            return max(20, shutil.get_terminal_size((80, 24)).columns)
    except (AttributeError, ValueError):
        pass
    cols = os.environ.get("COLUMNS", "")
    return max(20, int(cols)) if cols.isdigit() else 80


def make_console(
    stream: TextIO | None = None, *, colour: bool, width: int | None = None, record: bool = False
) -> Any:
    """A rich Console that emits colour exactly when `colour`, and no escape codes otherwise."""
    from rich.console import Console

    stream = stream or sys.stdout
    system = None
    if colour:
        system = "truecolor" if os.environ.get("COLORTERM") in ("truecolor", "24bit") else "256"
    console = Console(
        file=stream,
        width=terminal_width(stream, width),
        force_terminal=colour,
        no_color=not colour,
        color_system=system,
        highlight=False,
        emoji=False,
        markup=False,
        record=record,
        legacy_windows=False,
        soft_wrap=False,
        _environ={},  # our own reading of the environment above is the only one
    )
    # rich answers a closed pipe (| head) with exit 1, which here means "findings": hand it
    # back to the command, which exits 0 quietly.
    console.on_broken_pipe = _broken_pipe
    return console


def _broken_pipe() -> None:
    raise BrokenPipeError


def titled_table(title: str, colour: bool) -> Any:
    """A summary table: its title on the left, a bold header, the house box, no edge padding."""
    from rich.table import Table

    return Table(
        title=title,
        title_justify="left",
        box=table_box(colour),
        header_style="bold",
        pad_edge=False,
    )


def table_box(colour: bool) -> Any:
    """Box-drawing for tables: light rules with colour, plain ASCII without."""
    from rich import box

    if colour:
        return box.SIMPLE_HEAD
    return box.Box("    \n    \n -- \n    \n    \n -- \n    \n    \n", ascii=True)


@dataclass(frozen=True)
class FindingFilter:
    """--category, --exclude-category and --min-level, applied to what the view shows."""

    categories: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    min_level: str = ""

    def keep(self, finding: Any) -> bool:
        cat = _get(finding, "category")
        if self.categories and cat not in self.categories:
            return False
        if cat in self.exclude:
            return False
        return not self.min_level or level_rank(_get(finding, "level")) >= level_rank(
            self.min_level
        )

    def apply(self, findings: Iterable[Any]) -> list[Any]:
        return [f for f in findings if self.keep(f)]


def levels() -> tuple[str, ...]:
    """The engine's levels, lowest first."""
    try:
        from annotator.settings import LEVELS

        return tuple(LEVELS)
    except Exception:  # noqa: BLE001
        return ("info", "warning")


def level_rank(level: Any) -> int:
    lv = levels()
    return lv.index(level) if level in lv else 0


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
