"""`annotate config show`: the resolved settings and where each value came from."""

from __future__ import annotations

import json
import sys

import typer

from .exitcodes import ExitCode

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
    config: str | None = typer.Option(None, "--config", metavar="FILE", help="Settings file."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    max_bytes: int | None = typer.Option(None, "--max-bytes", min=0, help="As for a run."),
    category: list[str] | None = typer.Option(None, "--category", help="As for a run."),
    exclude_category: list[str] | None = typer.Option(
        None, "--exclude-category", help="As for a run."
    ),
    min_level: str | None = typer.Option(None, "--min-level", help="As for a run."),
    rules: list[str] | None = typer.Option(None, "--rules", help="As for a run."),
    only: list[str] | None = typer.Option(None, "--only", help="As for a run."),
    disable: list[str] | None = typer.Option(None, "--disable", help="As for a run."),
) -> None:
    """Every setting, its value, and the layer it came from (default, user, project, ...,
    command line: give the same flags as for a run to see what they change)."""
    from annotator.config import ConfigError, resolve

    if fmt not in ("text", "json"):
        sys.stderr.write(f"annotate: --format {fmt!r}: expected text or json\n")
        raise typer.Exit(int(ExitCode.BAD_INPUT))
    from .flags import settings_flags

    flags = settings_flags(
        max_bytes=max_bytes,
        category=category,
        exclude_category=exclude_category,
        min_level=min_level,
        rules=rules,
        only=only,
        disable=disable,
    )
    try:
        settings = resolve(flags, config_file=config)
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
