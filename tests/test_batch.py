"""Batch: discovering inputs, any --jobs giving the same bytes, formats, --output-dir, failures."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from annotate_cli import batch, discover, outdir, render_table
from annotate_cli.render_json import ArrayWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "samples" / "rt_russia_us_coalition.txt").read_text(encoding="utf-8")
GOOD = "\u201cWe will not back down,\u201d Defense Minister Sergey Shoigu said on Monday.\n"
OTHER = "Officials said the talks had failed. \u201cIt is over,\u201d Anna Berg told reporters.\n"


def run(args: list[str], cwd: Path, stdin: bytes = b"", env: dict | None = None, timeout=120):
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("ANNOTATE_CONFIG", "NO_COLOR", "FORCE_COLOR")
    }
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "annotate_cli.app", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        timeout=timeout,
        env=full_env,
    )


def make_tree(root: Path) -> None:
    (root / "corpus" / "b" / "deep").mkdir(parents=True)
    (root / "corpus" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "corpus" / "b" / "z.md").write_text(OTHER, encoding="utf-8")
    (root / "corpus" / "b" / "deep" / "c.txt").write_text(SAMPLE, encoding="utf-8")
    (root / "corpus" / "b" / "notes.rst").write_text(GOOD, encoding="utf-8")
    (root / "corpus" / "B.txt").write_text(OTHER, encoding="utf-8")


# --- discovery -----------------------------------------------------------------------------


def test_directories_are_walked_recursively_in_sorted_order(tmp_path):
    make_tree(tmp_path)
    os.chdir(tmp_path)
    found = [i.path for i in discover.discover(["corpus"])]
    assert found == ["corpus/B.txt", "corpus/a.txt", "corpus/b/deep/c.txt", "corpus/b/z.md"]
    rel = [i.relative for i in discover.discover(["corpus"])]
    assert rel == ["B.txt", "a.txt", "b/deep/c.txt", "b/z.md"]


def test_glob_and_exclude(tmp_path):
    make_tree(tmp_path)
    os.chdir(tmp_path)
    assert [i.path for i in discover.discover(["corpus"], globs=["*.rst"])] == [
        "corpus/b/notes.rst"
    ]
    assert [i.path for i in discover.discover(["corpus"], excludes=["deep"])] == [
        "corpus/B.txt",
        "corpus/a.txt",
        "corpus/b/z.md",
    ]
    assert [i.path for i in discover.discover(["corpus"], excludes=["b/*.md", "B.*"])] == [
        "corpus/a.txt",
        "corpus/b/deep/c.txt",
    ]


def test_a_file_named_directly_is_taken_whatever_its_extension(tmp_path):
    make_tree(tmp_path)
    os.chdir(tmp_path)
    assert [i.path for i in discover.discover(["corpus/b/notes.rst"])] == ["corpus/b/notes.rst"]


def test_symlink_loops_are_not_followed_twice(tmp_path):
    make_tree(tmp_path)
    os.chdir(tmp_path)
    os.symlink("..", "corpus/b/up")  # corpus/b/up -> corpus: a loop
    os.symlink("deep", "corpus/b/again")  # a second way into corpus/b/deep
    found = [i.path for i in discover.discover(["corpus"])]
    assert len(found) == len(set(map(os.path.realpath, found))) == 4


def test_hidden_entries_and_the_output_directory_are_passed_over(tmp_path):
    make_tree(tmp_path)
    os.chdir(tmp_path)
    (tmp_path / "corpus" / ".venv").mkdir()
    (tmp_path / "corpus" / ".venv" / "LICENSE.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "corpus" / ".draft.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "corpus" / "out").mkdir()
    (tmp_path / "corpus" / "out" / "x.txt").write_text(GOOD, encoding="utf-8")
    found = [i.path for i in discover.discover(["corpus"], skip_dirs=["corpus/out"])]
    assert found == ["corpus/B.txt", "corpus/a.txt", "corpus/b/deep/c.txt", "corpus/b/z.md"]
    # A hidden file named on the command line is still taken.
    assert [i.path for i in discover.discover(["corpus/.draft.txt"])] == ["corpus/.draft.txt"]


def test_each_file_once_even_when_named_twice(tmp_path):
    make_tree(tmp_path)
    os.chdir(tmp_path)
    found = [i.path for i in discover.discover(["corpus/a.txt", "corpus", "./corpus/a.txt"])]
    assert found == ["corpus/a.txt", "corpus/B.txt", "corpus/b/deep/c.txt", "corpus/b/z.md"]


def test_a_directory_without_matching_files_is_an_error_input(tmp_path):
    (tmp_path / "empty").mkdir()
    os.chdir(tmp_path)
    (item,) = discover.discover(["empty"])
    assert item.error and "directory" in item.error


# --- the same output whatever --jobs -----------------------------------------------------


def _tasks(paths, settings=None):
    from annotator.settings import DEFAULT

    settings = settings or DEFAULT
    items = discover.discover(paths)
    fp = batch.fingerprint(settings)
    return [batch.Task(n, it, settings, fp) for n, it in enumerate(items)]


def test_pool_gives_the_same_records_in_the_same_order(tmp_path):
    make_tree(tmp_path)
    os.chdir(tmp_path)
    (tmp_path / "corpus" / "bad.txt").write_bytes(b"\x00\x01\x02")
    tasks = _tasks(["corpus"])
    serial = [(o.name, o.record, o.error) for o in batch.run(tasks, 1, pool=False)]
    pooled = [(o.name, o.record, o.error) for o in batch.run(tasks, 3, pool=True)]
    assert serial == pooled
    assert [n for n, _, _ in serial][:2] == ["corpus/B.txt", "corpus/a.txt"]
    assert sum(1 for _, _, e in serial if e) == 1


def test_pool_is_used_only_when_it_pays(tmp_path):
    make_tree(tmp_path)
    os.chdir(tmp_path)
    items = discover.discover(["corpus"])
    assert not batch.use_pool(4, items)  # a few KB: one process is faster
    assert not batch.use_pool(1, items)
    big = tmp_path / "corpus" / "big.txt"
    big.write_text(SAMPLE * 40, encoding="utf-8")
    assert batch.use_pool(2, discover.discover(["corpus"]))


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "text"])
def test_cli_output_is_byte_identical_for_any_jobs(tmp_path, fmt):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Enough text that the process pool really is used (batch.POOL_MIN_BYTES).
    for n in range(16):
        body = SAMPLE * 4 if n % 3 else OTHER * (n + 1)
        (corpus / f"{n:02d}.txt").write_text(body, encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"")
    outs = {}
    assert batch.use_pool(3, discover.discover([str(corpus)]))
    for jobs in ("1", "3"):
        proc = run(["corpus", "--format", fmt, "--jobs", jobs, "--color", "never"], tmp_path)
        assert proc.returncode == 2  # the broken file
        outs[jobs] = proc.stdout
    assert outs["1"] == outs["3"]
    assert len(outs["1"]) > 1000


# --- formats -------------------------------------------------------------------------------


def test_jsonl_streams_records_and_error_records_in_input_order(tmp_path):
    make_tree(tmp_path)
    (tmp_path / "corpus" / "b" / "bad.txt").write_bytes(b"\xff\xfe\x00")
    proc = run(["corpus", "-f", "jsonl"], tmp_path)
    assert proc.returncode == 2
    recs = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [r["path"] for r in recs] == [
        "corpus/B.txt",
        "corpus/a.txt",
        "corpus/b/bad.txt",
        "corpus/b/deep/c.txt",
        "corpus/b/z.md",
    ]
    assert set(recs[2]) == {"path", "error"}
    assert recs[1]["speakers"] == {"Sergey Shoigu": 1}
    assert proc.stderr.decode().splitlines() == [f"annotate: corpus/b/bad.txt: {recs[2]['error']}"]


def test_json_is_one_array_for_several_inputs_and_one_object_for_one_file(tmp_path):
    make_tree(tmp_path)
    proc = run(["corpus", "-f", "json"], tmp_path)
    arr = json.loads(proc.stdout)
    assert isinstance(arr, list) and len(arr) == 4
    proc = run(["corpus/a.txt", "-f", "json"], tmp_path)
    assert json.loads(proc.stdout)["path"] == "corpus/a.txt"


def test_array_writer_matches_json_dumps():
    records = [{"a": [1, {"b": "x\ny"}], "c": None}, {"path": "p", "error": "e"}, {}]
    for n in range(4):
        buf = io.StringIO()
        w = ArrayWriter(buf)
        for r in records[:n]:
            w.add(r)
        w.close()
        assert buf.getvalue() == json.dumps(records[:n], indent=2, ensure_ascii=False) + "\n"


def test_csv_one_row_per_article_with_fixed_columns(tmp_path):
    make_tree(tmp_path)
    (tmp_path / "corpus" / "gone.txt").write_bytes(b"")
    proc = run(["corpus", "-f", "csv"], tmp_path)
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert [r["path"] for r in rows] == [
        "corpus/B.txt",
        "corpus/a.txt",
        "corpus/b/deep/c.txt",
        "corpus/b/z.md",
        "corpus/gone.txt",
    ]
    a = rows[1]
    assert a["attributed_statements"] == "1" and a["speakers"] == "1" and a["error"] == ""
    assert int(a["words"]) == 12 and int(a["sentences"]) == 1
    assert "editorial:evaluative" in a and "subjectivity_editorial" in a
    assert rows[4]["error"] == "empty file" and rows[4]["words"] == ""
    seed = rows[2]
    assert int(seed["attributed_sentences"]) + int(seed["editorial_sentences"]) + int(
        seed["neutral_sentences"]
    ) == int(seed["sentences"])


def test_corpus_table_with_totals_and_sort(tmp_path):
    make_tree(tmp_path)
    proc = run(["corpus", "--sort", "words", "--width", "120"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()
    assert lines[0].strip() == "in corpus/"  # paths shown relative to the common folder
    names = ("B.txt", "a.txt", "b/deep/c.txt", "b/z.md")
    body = [ln.split() for ln in lines if ln.strip().startswith(names)]
    assert len(body) == 4
    assert [r[0] for r in body][0] == "b/deep/c.txt"  # the longest first
    words = [int(r[1]) for r in body]
    assert words == sorted(words, reverse=True)
    total = next(ln.split() for ln in lines if ln.strip().startswith("total:"))
    assert total[1] == "4" and int(total[2]) == sum(words)
    proc = run(["corpus", "--sort", "path:desc", "--width", "120"], tmp_path)
    body = [
        ln.split()[0] for ln in proc.stdout.decode().splitlines() if ln.strip().startswith(names)
    ]
    assert body == ["b/z.md", "b/deep/c.txt", "a.txt", "B.txt"]


def test_bad_sort_key_is_a_usage_error(tmp_path):
    make_tree(tmp_path)
    proc = run(["corpus", "--sort", "colour"], tmp_path)
    assert proc.returncode == 2
    assert len(proc.stderr.decode().splitlines()) == 1 and "--sort" in proc.stderr.decode()


def test_sort_rows_keeps_ties_in_input_order():
    rows = [
        {"path": "a", "words": 1},
        {"path": "b", "words": 2},
        {"path": "c", "words": 1},
        {"path": "d", "words": None},
    ]
    assert [r["path"] for r in render_table.sort_rows(rows, "words")] == ["b", "a", "c", "d"]
    assert [r["path"] for r in render_table.sort_rows(rows, "wor:asc")] == ["a", "c", "b", "d"]
    with pytest.raises(render_table.SortError):
        render_table.parse_sort("s")  # ambiguous: sentences, speakers, statements...


# --- --output-dir ----------------------------------------------------------------------------


def _digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_output_dir_mirrors_the_tree_and_never_touches_inputs(tmp_path):
    make_tree(tmp_path)
    before = _digest(tmp_path / "corpus")
    proc = run(["corpus", "-o", "out", "-f", "jsonl"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    files = sorted(
        str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*") if p.is_file()
    )
    assert files == [
        ".annotate-manifest.json",
        "B.txt.json",
        "a.txt.json",
        "b/deep/c.txt.json",
        "b/z.md.json",
    ]
    report = json.loads((tmp_path / "out" / "b" / "deep" / "c.txt.json").read_text())
    assert report["path"] == "corpus/b/deep/c.txt"
    # The stream on stdout is the same reports.
    streamed = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert streamed[2] == report
    assert _digest(tmp_path / "corpus") == before


def test_rerun_skips_unchanged_inputs_unless_forced(tmp_path):
    make_tree(tmp_path)
    out = tmp_path / "out"
    run(["corpus", "-o", "out"], tmp_path)
    first = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    time.sleep(0.05)
    (tmp_path / "corpus" / "a.txt").write_text(GOOD + "He said it twice.\n", encoding="utf-8")
    proc = run(["corpus", "-o", "out", "-f", "jsonl"], tmp_path)
    assert proc.returncode == 0
    second = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    changed = {str(p.relative_to(out)) for p in first if first[p] != second[p]}
    assert changed == {"a.txt.json", ".annotate-manifest.json"}
    # Skipped inputs still appear in the stream, read back from their reports.
    assert len(proc.stdout.decode().splitlines()) == 4
    time.sleep(0.05)
    run(["corpus", "-o", "out", "--force"], tmp_path)
    third = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    assert all(third[p] != second[p] for p in second if p.name != ".annotate-manifest.json")


def test_changed_settings_redo_the_reports(tmp_path):
    make_tree(tmp_path)
    run(["corpus", "-o", "out"], tmp_path)
    out = tmp_path / "out"
    first = {p: p.stat().st_mtime_ns for p in out.rglob("*.txt.json")}
    time.sleep(0.05)
    run(["corpus", "-o", "out", "--min-level", "warning"], tmp_path)
    assert all(p.stat().st_mtime_ns != t for p, t in first.items())


def test_write_atomic_leaves_no_temporary_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "d" / "r.json"
    outdir.write_atomic(str(target), "old")

    def boom(*a):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        outdir.write_atomic(str(target), "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["r.json"]


def test_report_never_overwrites_an_input(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "c" / "a.txt.json").write_text(OTHER, encoding="utf-8")
    before = _digest(tmp_path / "c")
    proc = run(["c", "-o", "c", "--glob", "*"], tmp_path)
    assert proc.returncode == 2
    assert "would overwrite an input" in proc.stderr.decode()
    after = _digest(tmp_path / "c")
    assert {k: v for k, v in after.items() if k in before} == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("how", ["SIGINT to the group", "SIGTERM to the parent"])
def test_interrupt_exits_130_and_leaves_no_partial_file(tmp_path, how):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(1000):  # far more than can finish before the interrupt
        (corpus / f"{n:04d}.txt").write_text(SAMPLE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "ANNOTATE_CONFIG"}
    # stderr goes to a file: a pipe nobody reads while the test waits could fill and stall
    # the run.
    log = tmp_path / "stderr"
    with open(log, "wb") as err_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "annotate_cli.app", "corpus", "-o", "out", "--jobs", "2"],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=err_file,
            env=env,
            start_new_session=True,
        )
    # Interrupt mid-run: once five reports are there (however long a loaded machine takes),
    # never after a fixed delay. The run cannot end first: it has 1,000 files to do.
    while len(list((tmp_path / "out").glob("*.txt.json"))) < 5:
        if proc.poll() is not None:
            pytest.fail(f"the run ended before the interrupt: {log.read_text()}")
        time.sleep(0.05)
    if how == "SIGINT to the group":
        os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group
    else:
        os.kill(proc.pid, signal.SIGTERM)  # as a job scheduler does
    try:
        proc.wait(timeout=300)  # only a guard against a hang
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # leave no stuck run (or its workers) behind
        proc.wait()
        pytest.fail(f"the run did not end within 300 s of the interrupt: {log.read_text()}")
    err = log.read_text()
    assert proc.returncode == 130, err
    assert "Traceback" not in err, err
    assert err.strip().splitlines()[-1] == "annotate: interrupted", err
    left = [p.name for p in (tmp_path / "out").iterdir()]
    assert not [n for n in left if n.endswith(".tmp")]
    written = [p for p in (tmp_path / "out").glob("*.txt.json")]
    assert 0 < len(written) < 1000
    for p in written:
        json.loads(p.read_text())  # every report that is there is whole
    manifest = json.loads((tmp_path / "out" / outdir.MANIFEST).read_text())
    assert set(manifest["reports"]) <= {p.name[:-5] for p in written}


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_stop_leaves_the_pool_thread_finished():
    # The exit hook of concurrent.futures writes to the pool thread's wake-up pipe unless it
    # is closed; the thread closes it as it ends. Were it still running at exit, the two
    # could meet and print a traceback after "annotate: interrupted".
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(
        max_workers=2, mp_context=batch._context(), initializer=batch._ignore_sigint
    )
    executor.submit(time.sleep, 600)
    thread = executor._executor_manager_thread
    wakeup = executor._executor_manager_thread_wakeup
    batch._stop(executor)
    assert not thread.is_alive()
    assert wakeup._closed


# Set before the pool forks, so that its workers inherit them.
_RESULT_FD = -1
_MARKER = ""


def _half_sent_result() -> None:
    # What a worker ended while sending its result leaves in the result pipe: a message
    # header and the first part of the message.
    os.write(_RESULT_FD, struct.pack("!i", 1 << 20) + b"x" * 100)
    Path(_MARKER).touch()
    time.sleep(600)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_stop_ends_even_when_a_worker_was_ended_while_sending_its_result(tmp_path):
    # A chunk's results are bigger than a pipe holds, so a worker writes them in pieces; one
    # interrupted in between left the executor's manager thread waiting for the rest of the
    # message, and _stop, which joins that thread, waited with it: the run never ended.
    from concurrent.futures import ProcessPoolExecutor

    global _RESULT_FD, _MARKER
    if batch._context().get_start_method() != "fork":
        pytest.skip("the workers must inherit the pipe")
    executor = ProcessPoolExecutor(
        max_workers=2, mp_context=batch._context(), initializer=batch._ignore_sigint
    )
    writer = executor._result_queue._writer
    _RESULT_FD = writer.fileno()
    _MARKER = str(tmp_path / "sent")
    executor.submit(_half_sent_result)
    deadline = time.monotonic() + 60
    while not os.path.exists(_MARKER) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert os.path.exists(_MARKER)
    thread = executor._executor_manager_thread
    stopper = threading.Thread(target=batch._stop, args=(executor,), daemon=True)
    stopper.start()
    stopper.join(60)
    if stopper.is_alive():
        writer.close()  # let the stuck threads end, so the session can still exit
        stopper.join(10)
        pytest.fail("_stop never returned: the manager thread waits for the rest of a result")
    assert not thread.is_alive()


# --- failures and exit codes ------------------------------------------------------------------


def test_max_bytes_failure_is_reported_and_the_run_goes_on(tmp_path):
    make_tree(tmp_path)
    proc = run(["corpus", "-f", "jsonl", "--max-bytes", "1000"], tmp_path)
    assert proc.returncode == 2
    recs = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    bad = [r for r in recs if "error" in r]
    assert [r["path"] for r in bad] == ["corpus/b/deep/c.txt"]
    assert "too large" in bad[0]["error"]
    assert len(recs) == 4


def test_no_progress_or_other_noise_on_stderr_when_it_is_not_a_terminal(tmp_path):
    make_tree(tmp_path)
    proc = run(["corpus", "-f", "jsonl"], tmp_path)
    assert proc.returncode == 0 and proc.stderr == b""


def test_fail_on(tmp_path):
    from annotate_cli.run import _fails

    rec = {
        "findings": [
            {"voice": "attributed", "level": "warning"},
            {"voice": "editorial", "level": "info"},
        ]
    }
    assert _fails(rec, "info") and not _fails(rec, "warning")
    assert not _fails({"findings": []}, "info")
    make_tree(tmp_path)
    assert run(["corpus", "--fail-on", "nonsense"], tmp_path).returncode == 2
    proc = run(["corpus/a.txt", "-f", "json", "--fail-on", "info"], tmp_path)
    own = [f for f in json.loads(proc.stdout)["findings"] if f["voice"] == "editorial"]
    assert proc.returncode == (1 if own else 0)


def test_stdin_in_a_batch(tmp_path):
    make_tree(tmp_path)
    proc = run(["-", "corpus/a.txt", "-f", "jsonl"], tmp_path, stdin=OTHER.encode())
    recs = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [r["path"] for r in recs] == ["<stdin>", "corpus/a.txt"]
