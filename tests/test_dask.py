"""The README's Dask example runs as written, on Dask's local process scheduler."""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "samples" / "rt_russia_us_coalition.txt").read_text(encoding="utf-8")


def readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Large corpora on Dask") :]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_annotate_is_picklable_and_pure():
    import annotator

    fn = pickle.loads(pickle.dumps(annotator.annotate))
    a = fn(SAMPLE)
    b = pickle.loads(pickle.dumps(annotator.annotate(SAMPLE)))
    assert a == b and a.to_dict() == b.to_dict()


def test_readme_dask_example_runs_on_the_local_scheduler(tmp_path):
    pytest.importorskip("dask.bag")
    corpus = tmp_path / "corpus" / "sub"
    corpus.mkdir(parents=True)
    for n in range(5):
        (corpus / f"{n}.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "corpus" / "empty.txt").write_bytes(b"")
    (tmp_path / "example.py").write_text(readme_example(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "ANNOTATE_CONFIG"}
    proc = subprocess.run(
        [sys.executable, "example.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = [
        json.loads(line)
        for part in sorted((tmp_path / "reports").glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == 6
    errors = [r for r in records if "error" in r]
    assert [r["path"] for r in errors] == ["corpus/empty.txt"]
    import annotator

    expected = annotator.annotate_path(corpus / "0.txt").to_dict()
    good = [r for r in records if "error" not in r]
    assert all(r["speakers"] == expected["speakers"] for r in good)
    assert all(r["findings"] == expected["findings"] for r in good)
