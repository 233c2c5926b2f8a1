"""The command resolves its settings through annotator.config: files below, flags on top."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "rt_russia_us_coalition.txt"


def run(args: list[str], cwd: Path, env: dict | None = None):
    full = {k: v for k, v in os.environ.items() if k not in ("ANNOTATE_CONFIG",)}
    full["XDG_CONFIG_HOME"] = str(cwd / "no-user-config")
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "annotate_cli.app", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=full,
    )


def test_project_config_applies_and_flags_win(tmp_path):
    (tmp_path / ".annotate.toml").write_text("max_bytes = 100\n", encoding="utf-8")
    proc = run([str(SAMPLE), "-f", "json"], tmp_path)
    assert proc.returncode == 2 and "limit is 100" in json.loads(proc.stdout)["error"]
    proc = run([str(SAMPLE), "-f", "json", "--max-bytes", "0"], tmp_path)
    assert proc.returncode == 0 and "error" not in json.loads(proc.stdout)


def test_config_flag_and_environment(tmp_path):
    (tmp_path / "c.toml").write_text("max_bytes = 50\n", encoding="utf-8")
    proc = run([str(SAMPLE), "-f", "jsonl", "--config", "c.toml"], tmp_path)
    assert "limit is 50" in proc.stdout
    proc = run([str(SAMPLE), "-f", "jsonl"], tmp_path, env={"ANNOTATE_CONFIG": "c.toml"})
    assert "limit is 50" in proc.stdout


def test_bad_config_is_one_line_and_exit_2(tmp_path):
    (tmp_path / ".annotate.toml").write_text('max_bytes = "lots"\n', encoding="utf-8")
    proc = run([str(SAMPLE)], tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert ".annotate.toml" in line and "max_bytes" in line
    (tmp_path / ".annotate.toml").unlink()
    proc = run([str(SAMPLE), "--config", "missing.toml"], tmp_path)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    assert "missing.toml" in proc.stderr


def test_a_registered_subcommand_runs_and_everything_else_is_a_path(monkeypatch, capsys):
    import pytest
    import typer
    from annotate_cli import app as cli

    sub = typer.Typer()

    @sub.command()
    def show(name: str) -> None:
        print(f"shown {name}")

    @sub.command()
    def other() -> None:  # two commands: `rules show X`, as issue 6 will need
        pass

    monkeypatch.setitem(cli.SUBCOMMANDS, "rules", "tests_rules_stub:app")
    import types

    monkeypatch.setitem(sys.modules, "tests_rules_stub", types.SimpleNamespace(app=sub))
    with pytest.raises(SystemExit) as exit_:
        cli.main(["rules", "show", "x"])
    assert exit_.value.code == 0 and capsys.readouterr().out == "shown x\n"
    with pytest.raises(SystemExit) as exit_:
        cli.main(["./rules-missing", "-f", "json"])  # not a subcommand: a path
    assert exit_.value.code == 2
    assert "no such file" in capsys.readouterr().err


def test_the_issue_6_subcommands_are_reached_through_the_command(tmp_path):
    proc = run(["rules", "list"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].split()[:2] == ["id", "category"]
    assert run(["config", "show"], tmp_path).returncode == 0


def test_a_broken_user_pack_is_one_usage_error_before_any_file(tmp_path):
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "a.yaml").write_text("rules: [ {id: x} ]\n", encoding="utf-8")
    proc = run([str(SAMPLE), str(SAMPLE), "--rules", "pack", "-f", "jsonl"], tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert "a.yaml" in line


def test_only_and_disable_reach_the_engine(tmp_path):
    def categories(*flags):
        proc = run([str(SAMPLE), "-f", "json", *flags], tmp_path)
        return {f["category"] for f in json.loads(proc.stdout)["findings"]}

    everything = categories()
    assert len(everything) > 1
    assert categories("--only", "evaluative") == {"evaluative"}
    assert "evaluative" not in categories("--disable", "evaluative")
