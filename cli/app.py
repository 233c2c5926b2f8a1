"""The typer application: `annotate PATH...`."""

from __future__ import annotations

import os
import sys
from enum import Enum

import typer

from .exitcodes import ExitCode
from .flags import (
    Category,
    Disable,
    ExcludeCategory,
    MaxBytes,
    MinLevel,
    Only,
    Rules,
    settings_flags,
)

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Annotate news articles: the outlet's own voice against what others said.",
)


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Colour(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def _err(message: str) -> None:
    sys.stderr.write(f"annotate: {message}\n")
    sys.stderr.flush()


def _default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _usage(message: str) -> typer.Exit:
    _err(message)
    return typer.Exit(int(ExitCode.BAD_INPUT))


@app.command()
def annotate(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(
        ...,
        help="Files, directories (searched recursively) or '-' for standard input.",
        show_default=False,
    ),
    fmt: Format = typer.Option(
        Format.text,
        "--format",
        "-f",
        help="text: the article view (one input) or a corpus table; json, jsonl or csv.",
    ),
    globs: list[str] | None = typer.Option(
        None,
        "--glob",
        show_default="*.txt, *.md",
        help="File pattern inside directories (repeatable).",
    ),
    excludes: list[str] | None = typer.Option(
        None, "--exclude", help="Skip files and directories matching this pattern (repeatable)."
    ),
    jobs: int = typer.Option(
        0, "--jobs", "-j", min=0, show_default="the number of cores", help="Processes to use."
    ),
    output_dir: str | None = typer.Option(
        None,
        "--output-dir",
        "-o",
        help="Write one JSON report per input here, mirroring the "
        "input tree; unchanged inputs are skipped.",
    ),
    force: bool = typer.Option(False, "--force", help="With --output-dir: redo every input."),
    sort: str | None = typer.Option(
        None, "--sort", help="Corpus table column to sort by (KEY, KEY:asc or KEY:desc)."
    ),
    fail_on: str | None = typer.Option(
        None,
        "--fail-on",
        metavar="LEVEL",
        help="Exit 1 when an own-voice finding is at or above LEVEL.",
    ),
    max_bytes: MaxBytes = None,
    summary_only: bool = typer.Option(False, "--summary-only", help="Only the summary report."),
    no_summary: bool = typer.Option(False, "--no-summary", help="Only the annotated article."),
    explain: bool = typer.Option(
        False, "--explain", help="Add each rule's description and source."
    ),
    width: int | None = typer.Option(None, "--width", min=20, help="Render at this many columns."),
    colour: Colour = typer.Option(
        Colour.auto,
        "--color",
        "--colour",
        help="Colour: auto (a terminal, unless NO_COLOR or "
        "TERM=dumb; FORCE_COLOR forces it), always or never.",
    ),
    pager: bool = typer.Option(False, "--pager", help="Page the article view."),
    category: Category = None,
    exclude_category: ExcludeCategory = None,
    min_level: MinLevel = None,
    rules: Rules = None,
    only: Only = None,
    disable: Disable = None,
    config: str | None = typer.Option(
        None,
        "--config",
        metavar="FILE",
        help="Settings file (TOML); flags win over it, it wins over $ANNOTATE_CONFIG, "
        ".annotate.toml and the user's config.",
    ),
) -> None:
    """Annotate articles: one shows the article; several give a corpus table or a stream."""
    from .style import levels

    known = levels()
    for flag, value in (("--fail-on", fail_on), ("--min-level", min_level)):
        if value is not None and value not in known:
            raise _usage(f"{flag} {value!r}: expected one of {', '.join(known)}")
    if summary_only and no_summary:
        raise _usage("--summary-only and --no-summary exclude each other")
    if sort is not None:
        from .render_table import SortError, parse_sort

        try:
            parse_sort(sort)
        except SortError as exc:
            raise _usage(str(exc)) from None

    from annotator.config import ConfigError, resolve

    from . import run as runner

    try:
        settings = resolve(settings_flags(ctx.params), config_file=config)
    except (ConfigError, OSError) as exc:
        raise _usage(str(exc)) from None
    problem = _rule_pack_problem(settings) or _unknown_names(settings)
    if problem:
        raise _usage(problem)
    request = runner.Request(
        paths=tuple(paths),
        fmt=fmt.value,
        globs=tuple(globs) if globs else (),
        excludes=tuple(excludes) if excludes else (),
        jobs=jobs or _default_jobs(),
        output_dir=output_dir,
        force=force,
        sort=sort,
        fail_on=fail_on,
        summary_only=summary_only,
        no_summary=no_summary,
        explain=explain,
        width=width,
        colour=colour.value,
        pager=pager,
        settings=settings,
    )
    _stop_on_sigterm()
    try:
        status = runner.execute(request)
    except KeyboardInterrupt:
        # typer would turn this into a silent 130; say why the run stopped.
        _err("interrupted")
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except BrokenPipeError:
        # The reader went away (| head); click would exit 1, which here means "findings".
        _silence_stdout()
        raise typer.Exit(int(ExitCode.OK)) from None
    except OSError as exc:
        # Input errors are reported per file inside the run: what reaches here is the output
        # failing (a full disk, a closed terminal).
        _silence_stdout()
        _err(f"cannot write the output ({exc.strerror or exc})")
        raise typer.Exit(int(ExitCode.BAD_INPUT)) from None
    raise typer.Exit(int(status))


def _rule_pack_problem(settings: object) -> str | None:
    # A broken user pack is one usage error up front, not the same error for every file.
    if not getattr(settings, "rules_paths", ()):
        return None
    try:
        from annotator.engine import RulePackError, load
    except ImportError:
        return None
    try:
        load(settings.rules_paths)  # type: ignore[attr-defined]
    except RulePackError as exc:
        return str(exc)
    return None


def _unknown_names(settings: object) -> str | None:
    # A mistyped rule id or category would silently select nothing: say so up front.
    asked = {
        "--only": getattr(settings, "only", ()),
        "--disable": getattr(settings, "disable", ()),
        "--category": getattr(settings, "categories", ()),
        "--exclude-category": getattr(settings, "exclude_categories", ()),
    }
    if not any(asked.values()):
        return None
    from annotator.engine import load

    pack = load(getattr(settings, "rules_paths", ()))
    cats = set(pack.categories) | {r.category for r in pack.rules}
    ids = {r.id for r in pack.rules}
    for flag, names in asked.items():
        allowed = cats if flag.endswith("category") else cats | ids
        for name in names:
            if name not in allowed:
                what = "category" if flag.endswith("category") else "rule id or category"
                listed = ", ".join(sorted(cats))
                return (
                    f"{flag} {name!r}: no such {what} "
                    f"(`annotate rules list` shows them; categories: {listed})"
                )
    return None


def _stop_on_sigterm() -> None:
    # A scheduler's SIGTERM ends a run the way Ctrl-C does: workers stopped, no partial
    # report left behind, exit 130.
    import signal

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGTERM, stop)
    except (ValueError, OSError):  # not the main thread (embedded use): leave it alone
        pass


def _silence_stdout() -> None:
    # Point stdout at /dev/null so the interpreter's final flush cannot fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# Subcommands (`annotate rules list`, `annotate config show`...): name -> "module:attribute"
# of a typer app, imported only when used so that `annotate PATH` starts no slower. A first
# argument naming one runs it; anything else is a path (write ./rules for a file so named).
SUBCOMMANDS: dict[str, str] = {
    "rules": ".cmd_rules:app",
    "config": ".cmd_config:app",
    "eval": ".cmd_eval:app",
}


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: never a traceback, documented exit codes."""
    args = sys.argv[1:] if argv is None else argv
    try:
        if args and args[0] in SUBCOMMANDS:
            import importlib

            module, _, attr = SUBCOMMANDS[args[0]].partition(":")
            sub = getattr(importlib.import_module(module, __package__), attr)
            sub(args=args[1:], prog_name=f"annotate {args[0]}")
        else:
            app(args=args, prog_name="annotate")
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(int(ExitCode.INTERRUPTED))
    except BrokenPipeError:
        # The reader went away (| head): exit quietly, without a second error at shutdown.
        _silence_stdout()
        sys.exit(0)
    except OSError as exc:
        # Writing the output failed in a subcommand or at the final flush (a full disk).
        _silence_stdout()
        _err(f"cannot write the output ({exc.strerror or exc})")
        sys.exit(int(ExitCode.BAD_INPUT))


if __name__ == "__main__":  # pragma: no cover
    main()
