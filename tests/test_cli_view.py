"""The article view through the real command: colour on and off, widths, options."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "rt_russia_us_coalition.txt"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full = {
        k: v
        for k, v in os.environ.items()
        if k not in ("NO_COLOR", "FORCE_COLOR", "ANNOTATE_CONFIG", "COLUMNS")
    }
    full["TERM"] = "xterm-256color"
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "annotate_cli.app", *args],
        capture_output=True,
        timeout=120,
        env=full,
        text=True,
    )


def test_piped_output_has_no_colour_and_uses_plain_markers():
    proc = run(str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout
    assert "{\u201cTaking such a step" in proc.stdout and "}<Shoigu>" in proc.stdout
    assert "[set aside: page chrome, dateline]" in proc.stdout
    assert "Outlet's own voice:" in proc.stdout


@pytest.mark.parametrize("env", [{"FORCE_COLOR": "1"}, {}])
def test_color_always_and_force_color_turn_it_on(env):
    args = [str(SAMPLE)] + ([] if env else ["--color", "always"])
    proc = run(*args, env=env)
    assert "\x1b[" in proc.stdout
    assert "{\u201cTaking" not in proc.stdout  # colour replaces the plain markers


@pytest.mark.parametrize(
    "env, args",
    [
        ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, []),
        ({"TERM": "dumb"}, []),
        ({"FORCE_COLOR": "1"}, ["--color", "never"]),
    ],
)
def test_no_color_dumb_terminal_and_never(env, args):
    proc = run(str(SAMPLE), *args, env=env)
    assert "\x1b" not in proc.stdout and "}<Shoigu>" in proc.stdout


@pytest.mark.parametrize("width", [40, 80, 160])
def test_width(width):
    proc = run(str(SAMPLE), "--width", str(width))
    lines = proc.stdout.splitlines()
    assert max(cell_len(ln) for ln in lines) <= width
    assert max(cell_len(ln) for ln in lines) > width - 10


def test_columns_from_the_environment_when_piped():
    proc = run(str(SAMPLE), env={"COLUMNS": "90"})
    assert max(cell_len(ln) for ln in proc.stdout.splitlines()) == 90


def test_article_text_keeps_a_readable_width_in_a_wide_terminal():
    proc = run(str(SAMPLE), "--no-summary", env={"COLUMNS": "200"})
    assert 90 < max(cell_len(ln) for ln in proc.stdout.splitlines()) <= 100
    proc = run(str(SAMPLE), "--no-summary", "--width", "200")  # asked for: granted
    assert max(cell_len(ln) for ln in proc.stdout.splitlines()) > 150


def test_summary_only_and_no_summary():
    only = run(str(SAMPLE), "--summary-only").stdout
    assert only.startswith("Legend") and "Taking such a step" not in only
    assert "Who speaks" in only and "Sergey Shoigu" in only
    none = run(str(SAMPLE), "--no-summary").stdout
    assert "Taking such a step" in none and "Outlet's own voice:" not in none
    both = run(str(SAMPLE), "--no-summary", "--summary-only")
    assert both.returncode == 2 and "exclude each other" in both.stderr


def test_category_filters_through_the_command():
    out = run(str(SAMPLE), "--summary-only", "--category", "characterisation", "--width", "120")
    rows = [ln.split()[0] for ln in out.stdout.splitlines() if ln.startswith(" ") and ln.strip()]
    cats = {"evaluative", "loaded-label", "intensifier", "speculation", "characterisation"}
    assert {r for r in rows if r in cats} <= {"characterisation"}
    out = run(str(SAMPLE), "--summary-only", "--exclude-category", "characterisation")
    assert "characterisation" not in out.stdout


def test_bad_level_is_a_one_line_usage_error():
    proc = run(str(SAMPLE), "--min-level", "loud")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "annotate: --min-level 'loud': expected one of info, warning"
    ]


def test_pager_is_ignored_when_not_a_terminal():
    proc = run(str(SAMPLE), "--pager", "--no-summary")
    assert proc.returncode == 0 and "Taking such a step" in proc.stdout


def test_explain_lists_the_rules_that_fired():
    proc = run(str(SAMPLE), "--summary-only", "--explain", "--width", "120")
    assert proc.returncode == 0
    # The seed has own-voice findings, and every rule of the pack names its source.
    assert "Flagged terms" in proc.stdout and "Rules that fired" in proc.stdout
    assert "    source: " in proc.stdout
    assert "Rules that fired" not in run(str(SAMPLE), "--summary-only").stdout


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_a_reader_that_goes_away_is_not_an_error(tmp_path, fmt):
    # More output than a pipe buffer holds, so the writer really meets the closed pipe.
    big = tmp_path / "big.txt"
    big.write_text(SAMPLE.read_text(encoding="utf-8") * 40, encoding="utf-8")
    args = [str(big)] if fmt == "text" else [str(big), str(SAMPLE), "-f", fmt]
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "annotate_cli.app", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert err == b""


def test_headline_rule_is_cropped_not_wrapped_in_a_narrow_view():
    proc = run(str(SAMPLE), "--width", "40", "--no-summary", "--color", "never")
    lines = proc.stdout.splitlines()
    rules = [i for i, ln in enumerate(lines) if ln and set(ln) == {"="}]
    assert len(rules) == 1, lines[:8]
    assert len(lines[rules[0]]) == 40  # and no wrapped remainder of "=" on the next line


@pytest.mark.parametrize(
    ("flag", "value", "what"),
    [
        ("--only", "bogus", "no such rule id or category"),
        ("--disable", "evaluative-legitimcy", "no such rule id or category"),
        ("--category", "evaluativ", "no such category"),
        ("--exclude-category", "evaluative-legitimacy", "no such category"),
    ],
)
def test_unknown_rule_ids_and_categories_are_usage_errors(flag, value, what):
    proc = run(str(SAMPLE), flag, value)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{flag} {value!r}: {what}" in lines[0]
    assert "evaluative" in lines[0]  # the categories are listed
    assert proc.stdout == ""


def test_known_rule_ids_and_categories_are_accepted():
    proc = run(
        str(SAMPLE),
        "--only",
        "evaluative",
        "--disable",
        "evaluative-legitimacy",
        "--exclude-category",
        "intensifier",
        "-f",
        "json",
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert '"findings"' in proc.stdout


USER_PACK = """\
category:
  name: house-style
  colour: green
  description: Words our newsroom's style guide asks us to avoid.
rules:
  - id: house-council
    kind: lexicon
    category: house-style
    level: warning
    message: "house style: '{match}'"
    description: A word the style guide lists.
    source: Our newsroom style guide.
    terms: [council]
    examples:
      flag: ["The council met on Monday."]
      pass: ["The board met on Monday."]
      attributed: ['"The council met," the aide said.']
"""


def test_a_user_packs_category_colour_reaches_the_view(tmp_path):
    pack = tmp_path / "house.yaml"
    pack.write_text(USER_PACK, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday to discuss the budget.\n", encoding="utf-8")
    proc = run(str(article), "--rules", str(pack), "--color", "always", "--width", "100")
    assert proc.returncode == 0, proc.stderr
    # The legend's square for the pack's own category is in the pack's colour (green, SGR 32),
    # not the fallback for unknown categories (bright white, SGR 97).
    assert re.search("\x1b\\[(?:\\d+;)*32m\u25a0", proc.stdout), proc.stdout
    assert not re.search("\x1b\\[(?:\\d+;)*97m\u25a0", proc.stdout)
