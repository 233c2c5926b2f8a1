"""One run of `annotate`: find the inputs, annotate them, send each result where it goes."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Any

from .exitcodes import ExitCode

# Article text in a terminal wider than this stays this wide (--width overrides it).
READABLE_WIDTH = 100


@dataclass(frozen=True)
class Request:
    """Everything the command line asked for, validated."""

    paths: tuple[str, ...]
    fmt: str = "text"
    globs: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    jobs: int = 1
    output_dir: str | None = None
    force: bool = False
    sort: str | None = None
    fail_on: str | None = None
    summary_only: bool = False
    no_summary: bool = False
    explain: bool = False
    width: int | None = None
    colour: str = "auto"
    pager: bool = False
    settings: Any = None


def _err(message: str) -> None:
    # One line per problem, even for a file name holding a newline.
    message = message.replace("\r", "\\r").replace("\n", "\\n")
    sys.stderr.write(f"annotate: {message}\n")
    sys.stderr.flush()


def execute(req: Request) -> ExitCode:
    """Run the request; returns the exit code (KeyboardInterrupt propagates)."""
    import gc

    from .discover import STDIN

    single = len(req.paths) == 1 and (req.paths[0] == STDIN or os.path.isfile(req.paths[0]))
    if not (single and gc.isenabled()):
        return _execute(req)
    # One article: the cyclic collector would only keep re-scanning the modules, rules and
    # lexicons just loaded (~0.03 s of a cold start); reference counting frees the rest.
    gc.disable()
    try:
        return _execute(req)
    finally:
        gc.enable()


def _execute(req: Request) -> ExitCode:
    from dataclasses import replace

    from . import batch, categories
    from .discover import DEFAULT_GLOBS, STDIN, discover, printable

    # The view's colours and legend come from the packs of this run, user packs included.
    categories.use(req.settings.rules_paths if req.settings is not None else ())
    items = discover(
        req.paths,
        req.globs or DEFAULT_GLOBS,
        req.excludes,
        skip_dirs=(req.output_dir,) if req.output_dir else (),
    )
    if not items:
        _err("no input files found (--glob: " + ", ".join(req.globs or DEFAULT_GLOBS) + ")")
        return ExitCode.BAD_INPUT
    one_file = (
        len(req.paths) == 1
        and len(items) == 1
        and (req.paths[0] == STDIN or not os.path.isdir(req.paths[0]))
    )
    article_view = req.fmt == "text" and one_file and not req.output_dir

    stdin_data = None
    if any(i.path == STDIN for i in items):
        # One byte past the limit is enough to tell "too large": never hold more than that.
        limit = req.settings.max_bytes
        stdin_data = sys.stdin.buffer.read(limit + 1) if limit else sys.stdin.buffer.read()

    manifest = None
    if req.output_dir:
        from . import outdir

        problem = outdir.prepare(req.output_dir)
        if problem:
            _err(f"{printable(req.output_dir)}: {problem}")
            return ExitCode.BAD_INPUT
        manifest = outdir.Manifest(req.output_dir)
        # Our own earlier reports are not inputs, even when --output-dir lies among the
        # inputs and --glob takes *.json.
        ours = {os.path.realpath(outdir.report_path(req.output_dir, r)) for r in manifest.entries}
        items = [i for i in items if i.path == STDIN or os.path.realpath(i.path) not in ours]
    fp = batch.fingerprint(req.settings) if manifest is not None else ""
    input_paths = {os.path.realpath(i.path) for i in items if i.path != STDIN}
    tasks = []
    for n, item in enumerate(items):
        out_path = None
        previous = None
        if manifest is not None:
            from .outdir import report_path

            out_path = report_path(req.output_dir, item.relative)
            if os.path.realpath(out_path) in input_paths:
                # Never write over an input, whatever the globs picked up.
                from dataclasses import replace

                item = replace(item, error=f"its report would overwrite an input ({out_path})")
            previous = None if req.force else manifest.get(item.relative)
        tasks.append(
            batch.Task(
                index=n,
                item=item,
                settings=req.settings,
                fingerprint=fp,
                data=stdin_data if item.path == STDIN else None,
                previous_key=previous,
                output_path=out_path,
                keep_report=article_view,
            )
        )
    _check_collisions(tasks)

    sink = _sink(req, article_view, one_file)
    wants = set(sink.wants)
    if manifest is not None:
        wants.add("pretty")
    tasks = [replace(t, wants=tuple(sorted(wants)), fail_on=req.fail_on) for t in tasks]
    status = ExitCode.OK
    failed = False
    findings_hit = False
    progress = None
    show_progress = len(tasks) > 1 and _stderr_is_tty()
    try:
        outcomes = batch.run(tasks, req.jobs, batch.use_pool(req.jobs, items))
        for outcome in outcomes:
            if progress is None and show_progress:
                # Started after the first result: the pool forks before any thread exists.
                progress = _Progress(len(tasks))
            task = tasks[outcome.index]
            if not outcome.error and manifest is not None and not outcome.skipped:
                from .outdir import write_atomic

                try:
                    write_atomic(task.output_path, outcome.pretty or "")
                except OSError as exc:
                    # The report cannot be written (full disk, read-only folder): this input
                    # failed like one that could not be read, and the others go on.
                    outcome = replace(
                        outcome, error=f"cannot write its report ({exc.strerror or exc})"
                    )
            if outcome.error:
                failed = True
                if manifest is not None and not task.item.error:
                    manifest.forget(task.item.relative)
                _err(f"{outcome.name}: {outcome.error}")
                sink.error(outcome)
            else:
                if manifest is not None and (not outcome.skipped or outcome.key):
                    manifest.set(task.item.relative, outcome.key or "")
                findings_hit = findings_hit or outcome.fails
                sink.report(outcome)
            if progress is not None:
                progress.advance(outcome.name)
    finally:
        if progress is not None:
            progress.stop()
        if manifest is not None:
            try:
                manifest.save()
            except OSError as exc:
                failed = True
                _err(f"{printable(manifest.path)}: cannot write ({exc.strerror or exc})")
    sink.close()
    if failed:
        status = ExitCode.BAD_INPUT
    elif findings_hit:
        status = ExitCode.FINDINGS
    return status


def _check_collisions(tasks: list) -> None:
    # Two inputs mirrored onto one report path (a.txt named twice from different roots):
    # the later one fails rather than silently overwriting the earlier one's report.
    seen: dict[str, str] = {}
    from dataclasses import replace

    for n, task in enumerate(tasks):
        if not task.output_path or task.item.error:
            continue
        key = os.path.normcase(os.path.abspath(task.output_path))
        if key in seen:
            item = replace(task.item, error=f"its report would overwrite that of {seen[key]}")
            tasks[n] = replace(task, item=item)
        else:
            seen[key] = task.item.name


def _fails(record: dict[str, Any] | None, level: str) -> bool:
    from .style import level_rank

    floor = level_rank(level)
    return any(
        f.get("voice") == "editorial" and level_rank(f.get("level")) >= floor
        for f in (record or {}).get("findings", [])
    )


def _stderr_is_tty() -> bool:
    return _is_tty(sys.stderr)


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class _Progress:
    """A rich progress bar on stderr; only made when stderr is a terminal."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("annotating"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.description}", style="dim"),
            console=Console(file=sys.stderr),
            transient=True,
            # Rich would send stdout through the bar's console, i.e. to stderr: right when
            # both are the terminal (results print above the bar), wrong when stdout is a
            # file or a pipe, which must get every byte.
            redirect_stdout=_is_tty(sys.stdout),
            redirect_stderr=False,
        )
        self.task = self.progress.add_task("", total=total)
        self.progress.start()

    def advance(self, name: str) -> None:
        self.progress.update(self.task, advance=1, description=os.path.basename(name)[:40])

    def stop(self) -> None:
        self.progress.stop()


class _Sink:
    """Where results go; one subclass per output format."""

    wants: tuple[str, ...] = ()  # what each worker should prepare for this sink

    def report(self, outcome: Any) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def error(self, outcome: Any) -> None:
        pass

    def close(self) -> None:
        pass


class _JsonlSink(_Sink):
    wants = ("compact",)

    def __init__(self) -> None:
        from .render_json import dumps

        self.dumps = dumps

    def report(self, outcome: Any) -> None:
        sys.stdout.write(outcome.compact + "\n")
        sys.stdout.flush()

    def error(self, outcome: Any) -> None:
        sys.stdout.write(self.dumps(outcome.error_record()) + "\n")
        sys.stdout.flush()


class _JsonSink(_Sink):
    wants = ("pretty",)

    def __init__(self, single: bool) -> None:
        from .render_json import ArrayWriter, dumps

        self.single = single
        self.dumps = dumps
        self.writer = None if single else ArrayWriter(sys.stdout)

    def report(self, outcome: Any) -> None:
        self._add(outcome.pretty)

    def error(self, outcome: Any) -> None:
        self._add(self.dumps(outcome.error_record(), indent=2) + "\n")

    def _add(self, pretty: str) -> None:
        if self.writer is None:  # one input named: its report is the document
            sys.stdout.write(pretty)
        else:
            self.writer.add_text(pretty)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


class _CsvSink(_Sink):
    wants = ("row",)

    def __init__(self) -> None:
        from .render_csv import CsvWriter

        self.writer = CsvWriter(sys.stdout)

    def report(self, outcome: Any) -> None:
        self.writer.add_row(outcome.row)

    def error(self, outcome: Any) -> None:
        self.writer.add_error(outcome.name, outcome.error or "")


class _TableSink(_Sink):
    wants = ("row",)

    def __init__(self, req: Request) -> None:
        self.req = req
        self.rows: list[dict[str, Any]] = []
        self.failed: list[dict[str, str]] = []

    def report(self, outcome: Any) -> None:
        self.rows.append(outcome.row)

    def error(self, outcome: Any) -> None:
        self.failed.append(outcome.error_record())

    def close(self) -> None:
        from .render_table import render
        from .style import make_console, want_colour

        colour = want_colour(self.req.colour, sys.stdout)
        console = make_console(sys.stdout, colour=colour, width=self.req.width)
        render(self.rows, self.failed, console, self.req.sort, colour=colour)


class _ArticleSink(_Sink):
    wants = ()

    def __init__(self, req: Request) -> None:
        self.req = req

    def report(self, outcome: Any) -> None:
        from .render_text import ViewOptions, render
        from .style import FindingFilter, make_console, want_colour

        req = self.req
        s = req.settings
        colour = want_colour(req.colour, sys.stdout)
        options = ViewOptions(
            colour=colour,
            article=not req.summary_only,
            summary=not req.no_summary,
            explain=req.explain,
            filter=FindingFilter(tuple(s.categories), tuple(s.exclude_categories), s.min_level),
            text_width=None if req.width else READABLE_WIDTH,
        )
        console = make_console(sys.stdout, colour=colour, width=req.width)
        if req.pager and sys.stdout.isatty():
            # less shows colour only with -R; keep the user's own LESS if they have one.
            os.environ.setdefault("LESS", "-R")
            with console.pager(styles=colour):
                render(outcome.report, console, options)
        else:
            render(outcome.report, console, options)


def _sink(req: Request, article_view: bool, one_file: bool) -> _Sink:
    if req.fmt == "jsonl":
        return _JsonlSink()
    if req.fmt == "json":
        return _JsonSink(single=one_file)
    if req.fmt == "csv":
        return _CsvSink()
    if article_view:
        return _ArticleSink(req)
    return _TableSink(req)
