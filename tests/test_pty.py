"""`annotate` under a real pseudo-terminal: colour there, none when piped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "rt_russia_us_coalition.txt"


def _env() -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("NO_COLOR", "FORCE_COLOR", "ANNOTATE_CONFIG", "COLUMNS", "LINES")
    }
    env["TERM"] = "xterm-256color"
    return env


def test_colour_in_a_terminal_and_none_when_piped():
    child = pexpect.spawn(
        sys.executable,
        ["-m", "annotate_cli.app", str(SAMPLE)],
        env=_env(),
        dimensions=(50, 100),
        encoding="utf-8",
        timeout=60,
    )
    child.expect(pexpect.EOF)
    child.close()
    shown = child.before
    assert child.exitstatus == 0, shown[-500:]
    assert "\x1b[" in shown  # colour codes
    assert "Shoigu" in shown and "Outlet's own voice:" in shown
    assert "}<Shoigu>" not in shown  # colour, not the plain markers
    lines = [ln for ln in shown.replace("\r", "").split("\n")]
    from rich.text import Text

    assert max(len(Text.from_ansi(ln).plain) for ln in lines) <= 100  # the terminal's width

    piped = subprocess.run(
        [sys.executable, "-m", "annotate_cli.app", str(SAMPLE)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert piped.returncode == 0
    assert "\x1b" not in piped.stdout and "}<Shoigu>" in piped.stdout


def test_progress_bar_only_on_a_terminal(tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "annotate_cli.app", str(tmp_path), "-f", "jsonl", "--jobs", "1"],
        env=_env(),
        dimensions=(30, 120),
        encoding="utf-8",
        timeout=60,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "annotating" in child.before  # the bar was drawn (and then cleared)
    assert child.before.count('"schema_version"') == 3  # and every record shown above it


def test_results_still_go_to_stdout_while_the_bar_is_on_the_terminal(tmp_path):
    # stderr is the terminal (bar drawn), stdout a file: every record must land in the file.
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cmd = f"{sys.executable} -m annotate_cli.app {tmp_path} -f jsonl --jobs 1 > {out}"
    child = pexpect.spawn("sh", ["-c", cmd], env=_env(), encoding="utf-8", timeout=60)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert '"schema_version"' not in child.before  # no report went to the terminal
