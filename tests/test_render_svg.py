"""docs/seed-view.svg is the program's current view of the seed (scripts/render_svg.py)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("render_svg", ROOT / "scripts" / "render_svg.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _engine_has_uncommitted_changes() -> bool:
    # Work in progress in the engine changes the view before anyone could regenerate the
    # picture; the picture must match committed code, so only a clean engine is checked.
    if not shutil.which("git") or not (ROOT / ".git").exists():
        return False
    proc = subprocess.run(
        ["git", "status", "--porcelain", "--", "annotator", "rules"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return proc.returncode == 0 and bool(proc.stdout.strip())


def test_the_svg_is_well_formed_and_shows_the_article():
    svg = _script().render_svg()
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "Russia&#160;proposes" in svg or "Russia proposes" in svg
    assert "Shoigu" in svg


def test_the_svg_in_docs_is_current():
    if _engine_has_uncommitted_changes():
        pytest.skip("engine has uncommitted changes; the SVG is checked against committed code")
    assert _script().main(["--check"]) == 0, (
        "docs/seed-view.svg is stale: run `python scripts/render_svg.py` and commit it"
    )
