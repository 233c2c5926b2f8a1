"""Issue 7: a batch of 1,000 files with 50 broken ones: every good file reported, every bad one
listed with its reason, exit code 2, nothing lost or half-written in --output-dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ARTICLE = (
    "The city council met on Tuesday. \u201cWe will fix the bridge by spring,\u201d Mayor Ana "
    "Ruiz said. Critics say the plan is a reckless waste of money. Article {n}.\n"
)


def _broken(corpus: Path) -> dict[str, str]:
    """Fifty bad inputs among the good ones: name -> what the error must say."""
    bad: dict[str, str] = {}
    root = os.geteuid() == 0 if hasattr(os, "geteuid") else True
    for k in range(10):
        name = f"bad/binary_{k:02}.txt"
        (corpus / name).write_bytes(b"\x7fELF\x00\x01\x02" * 50)
        bad[name] = "binary file"
        name = f"bad/empty_{k:02}.txt"
        (corpus / name).write_bytes(b"")
        bad[name] = "empty file"
        name = f"bad/utf8_{k:02}.txt"
        damaged = "caf\u00e9 \u201cquoted\u201d ".encode() * 5 + b"\xc3(" + b" end"
        (corpus / name).write_bytes(damaged)
        bad[name] = "invalid UTF-8"
        name = f"bad/large_{k:02}.txt"
        (corpus / name).write_text(ARTICLE.format(n=k) * 200, encoding="utf-8")
        bad[name] = "too large"
        name = f"bad/locked_{k:02}.txt"
        if root:  # root reads any file: a UTF-16 file without its byte-order mark instead
            (corpus / name).write_bytes(ARTICLE.format(n=k).encode("utf-16-le"))
            bad[name] = "UTF-16 without a byte-order mark"
        else:
            (corpus / name).write_text(ARTICLE.format(n=k), encoding="utf-8")
            (corpus / name).chmod(0)
            bad[name] = "permission denied"
    return bad


def test_thousand_files_with_fifty_broken(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "good").mkdir(parents=True)
    (corpus / "bad").mkdir()
    good = []
    for n in range(950):
        name = f"good/a{n:04}.txt"
        (corpus / name).write_text(ARTICLE.format(n=n), encoding="utf-8")
        good.append(name)
    bad = _broken(corpus)
    assert len(good) + len(bad) == 1000 and len(bad) == 50
    out = tmp_path / "reports"
    env = {k: v for k, v in os.environ.items() if k != "ANNOTATE_CONFIG"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "annotate_cli.app",
            "corpus",
            "-f",
            "jsonl",
            "-o",
            str(out),
            "--jobs",
            "2",
            "--max-bytes",
            "5000",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    # Every input has exactly one record on stdout, in sorted input order.
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    names = [r["path"].removeprefix("corpus/") for r in records]
    assert names == sorted(bad) + good
    by_name = dict(zip(names, records, strict=True))
    # Every bad file: one stderr line naming it with its reason, and an error record.
    err_lines = proc.stderr.strip().splitlines()
    assert len(err_lines) == 50
    for name, reason in bad.items():
        assert reason in by_name[name]["error"], (name, by_name[name])
        assert any(f"corpus/{name}: " in ln and reason in ln for ln in err_lines), name
        assert not (out / f"{name}.json").exists()
    # Every good file: a full report on stdout and the same report, whole, in --output-dir.
    for name in good:
        assert "error" not in by_name[name]
        written = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert written == by_name[name]
        assert written["speakers"] == {"Ana Ruiz": 1}
    leftovers = [p for p in out.rglob("*") if p.is_file() and not p.name.endswith(".json")]
    assert leftovers == []  # no temporary or half-written file
    manifest = json.loads((out / ".annotate-manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["reports"]) == good
