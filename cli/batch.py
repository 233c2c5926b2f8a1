"""Annotating many inputs: one worker function, run in-process or over a pool of processes.

Results always come back in input order, whatever the number of processes, so every output
format is byte for byte the same for any --jobs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .discover import STDIN, Input

# Below this much input, starting processes costs more than it saves.
POOL_MIN_BYTES = 128 * 1024


@dataclass(frozen=True)
class Task:
    """What a worker needs for one input; everything in it pickles."""

    index: int
    item: Input
    settings: Any  # annotator.settings.Settings
    fingerprint: str  # engine + settings identity, part of the skip key
    data: bytes | None = None  # standard input, read by the parent
    previous_key: str | None = None  # the key recorded for this input's output last time
    output_path: str | None = None  # where its JSON lives under --output-dir
    keep_report: bool = False  # return the Report object (single-article view)
    # What the parent will need, made here so the parent's own work stays tiny: "compact"
    # (one-line JSON), "pretty" (indented JSON), "row" (figures for the table and CSV),
    # "record" (the report as a dict).
    wants: tuple[str, ...] = ("record",)
    fail_on: str | None = None  # --fail-on LEVEL: the worker says whether the report reaches it


@dataclass
class Outcome:
    """One input's result: a report (as its JSON dict), or the reason it failed."""

    index: int
    name: str
    record: dict[str, Any] | None = None
    error: str | None = None
    key: str | None = None
    skipped: bool = False
    report: Any = None  # annotator.Report when Task.keep_report
    compact: str | None = None
    pretty: str | None = None
    row: dict[str, Any] | None = None
    fails: bool = False

    def error_record(self) -> dict[str, str]:
        return {"path": self.name, "error": self.error or ""}


def work(task: Task) -> Outcome:
    """Annotate one input. Never raises for bad input or an engine failure on one file."""
    from annotator import InputError, decode_bytes, read_path
    from annotator.pipeline import annotate

    item = task.item
    out = Outcome(task.index, item.name)
    if item.error:
        out.error = item.error
        return out
    try:
        if task.data is not None or item.path == STDIN:
            data = task.data or b""
            limit = task.settings.max_bytes
            if limit and len(data) > limit:
                # Standard input is read only to one byte past the limit (cli/run.py).
                raise InputError(f"too large (more than {limit} bytes, the limit)")
            text, encoding = decode_bytes(data)
        else:
            text, encoding = read_path(item.path, task.settings.max_bytes)
    except InputError as exc:
        out.error = exc.reason
        return out
    except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop the batch
        out.error = f"cannot read ({type(exc).__name__}: {exc})"
        return out
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    digest.update(encoding.encode())
    digest.update(task.fingerprint.encode())
    out.key = digest.hexdigest()
    if (
        task.previous_key == out.key
        and task.output_path
        and not task.keep_report
        and os.path.isfile(task.output_path)
    ):
        try:
            with open(task.output_path, encoding="utf-8") as fh:
                pretty = fh.read()
            _finish(out, task, json.loads(pretty), pretty)
            out.skipped = True
            return out
        except (OSError, ValueError):
            pass  # unreadable previous report: annotate again
    try:
        report = annotate(text, task.settings, path=item.name, encoding=encoding)
    except Exception as exc:  # noqa: BLE001 - an engine bug on one article is that file's error
        out.error = f"internal error ({type(exc).__name__}: {exc})"
        return out
    if task.keep_report:
        out.report = report
    _finish(out, task, report.to_dict(), None)
    return out


def _finish(out: Outcome, task: Task, record: dict[str, Any], pretty: str | None) -> None:
    from .render_json import dumps

    if "record" in task.wants:
        out.record = record
    if "compact" in task.wants:
        out.compact = dumps(record)
    if "pretty" in task.wants:
        out.pretty = pretty if pretty is not None else dumps(record, indent=2) + "\n"
    if "row" in task.wants:
        from .metrics import row

        out.row = row(record)
    if task.fail_on:
        from .style import level_rank

        floor = level_rank(task.fail_on)
        out.fails = any(
            f.get("voice") == "editorial" and level_rank(f.get("level")) >= floor
            for f in record.get("findings", [])
        )


def work_many(tasks: list[Task]) -> list[Outcome]:
    """`work` over a chunk of consecutive tasks, in order."""
    return [work(task) for task in tasks]


def fingerprint(settings: Any) -> str:
    """What, besides the text, decides a report: engine version, rule packs, settings."""
    import annotator

    h = hashlib.sha256()
    h.update(f"{annotator.__version__}|{annotator.SCHEMA_VERSION}|".encode())
    h.update(json.dumps(settings.to_dict(), sort_keys=True, default=str).encode())
    for root in [_rules_dir(), *getattr(settings, "rules_paths", ())]:
        if not root or not os.path.exists(root):
            continue
        files = (
            [root]
            if os.path.isfile(root)
            else sorted(
                os.path.join(d, f)
                for d, _, fs in os.walk(root)
                for f in fs
                if f.endswith((".yaml", ".yml"))
            )
        )
        for f in files:
            try:
                with open(f, "rb") as fh:
                    h.update(hashlib.sha256(fh.read()).digest())
            except OSError:
                h.update(b"?")
    return h.hexdigest()


def _rules_dir() -> str | None:
    import importlib.util

    try:
        spec = importlib.util.find_spec("annotator.rules")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def _warm_up(settings: Any) -> None:
    # Load the tagger, lexicons and rule packs once, before forking: every worker then starts
    # with them in (copy-on-write) memory instead of each loading its own.
    from annotator.pipeline import annotate

    try:
        annotate("Warm-up. “It works,” she said.", settings)
    except Exception:  # noqa: BLE001 - a worker will meet (and report) the same failure
        pass


def _ignore_sigint() -> None:
    # Workers leave Ctrl-C to the parent, which stops them and cleans up; otherwise every
    # worker would print its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent's SIGTERM handler came along with fork; a worker just ends on SIGTERM.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _context():
    import multiprocessing as mp

    # fork starts a worker in milliseconds and shares the loaded lexicons; elsewhere spawn.
    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods():
        return mp.get_context("fork")
    return mp.get_context("spawn")


def use_pool(jobs: int, items: Sequence[Input]) -> bool:
    """Processes pay off only for several inputs with enough text between them."""
    if jobs <= 1 or len(items) <= 1:
        return False
    total = 0
    for item in items:
        if item.path == STDIN or item.error:
            continue
        try:
            total += os.path.getsize(item.path)
        except OSError:
            continue
        if total >= POOL_MIN_BYTES:
            return True
    return False


def run(tasks: Sequence[Task], jobs: int, pool: bool) -> Iterator[Outcome]:
    """Outcomes in task order; with `pool`, computed by up to `jobs` processes."""
    if not pool or jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield work(task)
        return
    from concurrent.futures import ProcessPoolExecutor

    workers = min(jobs, len(tasks))
    ctx = _context()
    if ctx.get_start_method() == "fork":
        _warm_up(tasks[0].settings)
        import gc

        # Keep the collector off the inherited objects, so workers do not copy every page of
        # the lexicons just to touch reference counts and GC flags.
        gc.freeze()
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_ignore_sigint)
    # A few articles per round trip: less pickling and waking per article, while chunks stay
    # small enough to share the work out evenly and stream results early.
    size = 4 if len(tasks) >= workers * 16 else 1
    chunks = iter([list(tasks[i : i + size]) for i in range(0, len(tasks), size)])
    window = workers * 3  # bounded look-ahead: memory stays flat on huge corpora
    pending: deque = deque()
    try:
        for chunk in chunks:
            pending.append(executor.submit(work_many, chunk))
            if len(pending) >= window:
                break
        while pending:
            outcomes = pending.popleft().result()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(executor.submit(work_many, nxt))
            yield from outcomes
    except BaseException:
        _stop(executor)
        raise
    executor.shutdown(wait=True)


def _stop(executor: Any) -> None:
    # Futures are not cancelled: the executor's own thread marks them failed once it sees
    # its workers gone, and on 3.11 it dies with InvalidStateError on a cancelled one.
    # Interrupted: end the workers now rather than wait for their current article. Each is
    # joined with a deadline and killed if it lingers, and the executor is shut down without
    # waiting: the interrupt may have landed inside one of its own calls. Only its manager
    # thread is waited for, below, once the workers are gone.
    procs = list(getattr(executor, "_processes", {}).values())
    # Taken now: shutdown() drops the executor's references to them.
    manager = getattr(executor, "_executor_manager_thread", None)
    results = getattr(executor, "_result_queue", None)
    for proc in procs:
        with contextlib.suppress(Exception):
            proc.terminate()
    for proc in procs:
        with contextlib.suppress(Exception):
            proc.join(2)
            if proc.is_alive():
                proc.kill()
                proc.join(2)
    # A worker ended while sending its result (a chunk's reports are ~90 KB, more than a pipe
    # holds, so it writes in pieces) leaves the manager thread reading the rest of a message
    # that never comes: the parent's own copy of the pipe's write end keeps it from seeing
    # end-of-file, and the join below waited forever. The parent never writes to that pipe;
    # with it closed and the workers gone, the read ends (EOFError) and the thread marks the
    # pool broken and finishes as it does when it sees a worker die.
    writer = getattr(results, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.close()
    with contextlib.suppress(Exception):
        executor.shutdown(wait=False)
    # With its workers gone, the executor's manager thread marks the pool broken and closes
    # its wake-up pipe. At exit, concurrent.futures' own hook wakes that thread without the
    # lock the close holds (CPython 3.11): if the two meet, the hook writes to the closed
    # pipe and prints "OSError: Bad file descriptor" after "annotate: interrupted". Waiting
    # for the thread here means the pipe is closed before the hook looks at it. This adds no
    # hang the exit would not have: the hook joins the same thread, without a deadline.
    if manager is not None:
        with contextlib.suppress(Exception):
            manager.join()
