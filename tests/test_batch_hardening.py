"""Batch edge cases from the robustness review: special files, output directory and stdout
failures are one-line errors, never tracebacks or hangs, and nothing else is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from annotate_cli import run as run_mod

GOOD = "\u201cWe will not back down,\u201d Defense Minister Sergey Shoigu said on Monday.\n"


def run(args: list[str], cwd: Path, timeout: int = 60, stdout=subprocess.PIPE):
    env = {k: v for k, v in os.environ.items() if k not in ("ANNOTATE_CONFIG",)}
    return subprocess.run(
        [sys.executable, "-m", "annotate_cli.app", *args],
        cwd=cwd,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=timeout,
        env=env,
    )


def _no_traceback(proc) -> str:
    err = proc.stderr.decode()
    assert "Traceback" not in err, err
    return err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_a_folder_is_an_error_not_a_hang(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "c" / "b.txt")  # nobody ever writes to it: reading would block
    proc = run(["c", "-f", "jsonl"], tmp_path, timeout=60)
    err = _no_traceback(proc)
    assert proc.returncode == 2
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["path"] for r in records] == ["c/a.txt", "c/b.txt"]
    assert "speakers" in records[0]
    assert "not a regular file (a named pipe)" in records[1]["error"]
    assert err.count("\n") == 1 and "c/b.txt" in err


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("afile", "afile: --output-dir is not a directory"),
        ("afile/sub", "afile/sub: cannot create the output directory (Not a directory)"),
    ],
)
def test_unusable_output_dir_is_one_line_exit_2(tmp_path, target, message):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    proc = run(["a.txt", "-o", target], tmp_path)
    err = _no_traceback(proc)
    assert proc.returncode == 2
    assert err == f"annotate: {message}\n"
    assert (tmp_path / "afile").read_text() == "x"


def test_a_report_that_cannot_be_written_fails_that_input_only(tmp_path, monkeypatch, capsys):
    from annotate_cli import outdir

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    real = outdir.write_atomic

    def flaky(path, text):
        if path.endswith("a.txt.json"):
            raise OSError(28, "No space left on device")
        return real(path, text)

    monkeypatch.setattr(outdir, "write_atomic", flaky)
    from annotator.settings import DEFAULT

    req = run_mod.Request(
        paths=(str(tmp_path / "a.txt"), str(tmp_path / "b.txt")),
        fmt="jsonl",
        output_dir=str(tmp_path / "out"),
        jobs=1,
        settings=DEFAULT,
    )
    status = run_mod.execute(req)
    out, err = capsys.readouterr()
    assert int(status) == 2
    assert "a.txt: cannot write its report (No space left on device)" in err
    records = [json.loads(line) for line in out.splitlines()]
    assert "cannot write its report" in records[0]["error"] and "speakers" in records[1]
    assert (tmp_path / "out" / "b.txt.json").exists()
    assert not (tmp_path / "out" / "a.txt.json").exists()
    manifest = json.loads((tmp_path / "out" / ".annotate-manifest.json").read_text())
    assert list(manifest["reports"]) == ["b.txt"]  # a.txt is redone next time


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("fmt", ["jsonl", "json", "text", "csv"])
def test_a_full_disk_on_stdout_is_one_line_exit_2(tmp_path, fmt):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        proc = run(["a.txt", "-f", fmt], tmp_path, stdout=full)
    err = _no_traceback(proc)
    assert proc.returncode == 2
    assert err == "annotate: cannot write the output (No space left on device)\n"


def test_earlier_reports_are_not_inputs_when_the_output_dir_is_the_input_folder(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(GOOD, encoding="utf-8")
    for _ in range(2):
        proc = run(["c", "-o", "c", "--glob", "*", "-f", "jsonl"], tmp_path)
        _no_traceback(proc)
        assert proc.returncode == 0, proc.stderr
        paths = [json.loads(line)["path"] for line in proc.stdout.decode().splitlines()]
        assert paths == ["c/a.txt"]
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == [
        ".annotate-manifest.json",
        "a.txt",
        "a.txt.json",
    ]
