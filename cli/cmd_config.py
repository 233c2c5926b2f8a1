"""`annotate config show`: the resolved settings and where each value came from."""

from __future__ import annotations

import json
import sys

import typer

from .exitcodes import ExitCode
from .flags import (
    ShowCategory,
    ShowDisable,
    ShowExcludeCategory,
    ShowMaxBytes,
    ShowMinLevel,
    ShowOnly,
    ShowRules,
    settings_flags,
)

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Show the configuration in force.",
)


@app.callback()
def _group() -> None:
    """Show the configuration in force."""


@app.command("show")
def show(
    ctx: typer.Context,
    config: str | None = typer.Option(None, "--config", metavar="FILE", help="Settings file."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    max_bytes: ShowMaxBytes = None,
    category: ShowCategory = None,
    exclude_category: ShowExcludeCategory = None,
    min_level: ShowMinLevel = None,
    rules: ShowRules = None,
    only: ShowOnly = None,
    disable: ShowDisable = None,
) -> None:
    """Every setting, its value, and the layer it came from (default, user, project, ...,
    command line: give the same flags as for a run to see what they change)."""
    from annotator.config import ConfigError, resolve

    if fmt not in ("text", "json"):
        sys.stderr.write(f"annotate: --format {fmt!r}: expected text or json\n")
        raise typer.Exit(int(ExitCode.BAD_INPUT))
    try:
        settings = resolve(settings_flags(ctx.params), config_file=config)
    except ConfigError as exc:
        sys.stderr.write(f"annotate: {exc}\n")
        raise typer.Exit(int(ExitCode.BAD_INPUT)) from None
    values = settings.to_dict()
    if fmt == "json":
        rows = {
            k: {"value": v, "from": settings.sources.get(k, "default")} for k, v in values.items()
        }
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=list) + "\n")
        return
    width = max(len(k) for k in values)
    for key, value in values.items():
        shown = ", ".join(value) if isinstance(value, tuple) else value
        if shown in ("", None):
            shown = "-"
        name = key.replace("_", "-")
        sys.stdout.write(f"{name:<{width}}  {shown}  ({settings.sources.get(key, 'default')})\n")
