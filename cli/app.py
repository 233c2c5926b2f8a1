"""The typer application: `annotate PATH...` and its subcommands."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from .exitcodes import ExitCode

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


def _err(message: str) -> None:
    sys.stderr.write(f"annotate: {message}\n")
    sys.stderr.flush()


@app.command()
def annotate(
    paths: list[str] = typer.Argument(..., help="Files to annotate; '-' reads standard input."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", help="Largest input accepted."),
) -> None:
    """Annotate articles and print a report for each."""
    from annotator import InputError, decode_bytes, read_path
    from annotator.pipeline import annotate as run
    from annotator.settings import DEFAULT

    from . import render_json, render_plain

    settings = DEFAULT.with_values("command line", max_bytes=max_bytes)
    status = ExitCode.OK
    records = []
    out = sys.stdout
    for path in paths:
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
                if max_bytes and len(data) > max_bytes:
                    raise InputError(f"too large ({len(data)} bytes; the limit is {max_bytes})", "-")
                try:
                    text, encoding = decode_bytes(data)
                except InputError as exc:
                    raise InputError(exc.reason, "<stdin>") from None
                name = "<stdin>"
            else:
                text, encoding = read_path(Path(path), max_bytes)
                name = path
        except InputError as exc:
            _err(str(exc))
            status = ExitCode.BAD_INPUT
            if fmt is Format.jsonl:
                render_json.write_jsonl([{"path": path, "error": exc.reason}], out)
            elif fmt is Format.json:
                records.append({"path": path, "error": exc.reason})
            continue
        report = run(text, settings, path=name, encoding=encoding)
        if fmt is Format.jsonl:
            render_json.write_jsonl([report.to_dict()], out)
        elif fmt is Format.json:
            records.append(report.to_dict())
        else:
            out.write(render_plain.render(report))
    if fmt is Format.json and records:
        render_json.write_json(records, out, single=len(paths) == 1)
    raise typer.Exit(int(status))


def main() -> None:
    """Console-script entry point: never a traceback, documented exit codes."""
    try:
        app(prog_name="annotate")
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(int(ExitCode.INTERRUPTED))
    except BrokenPipeError:
        # The reader went away (| head): exit quietly.
        sys.stderr.close()
        sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    main()


