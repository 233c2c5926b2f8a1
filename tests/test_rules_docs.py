"""The worked example in docs/rules.md loads and passes its own examples."""

from __future__ import annotations

import re
from pathlib import Path

from annotator import engine
from annotator.engine import pack
from annotator.engine.examples import check_rule
from annotator.settings import Settings

DOC = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_worked_example_pack_works(tmp_path):
    text = DOC.read_text(encoding="utf-8")
    m = re.search(r"`house/euphemism.yaml`:\n\n   ```yaml\n(.*?)   ```", text, re.S)
    assert m, "the worked example moved; update this test"
    body = "\n".join(line[3:] for line in m.group(1).splitlines()) + "\n"
    (tmp_path / "euphemism.yaml").write_text(body, encoding="utf-8")
    settings = Settings(rules_paths=(str(tmp_path),))
    try:
        rule = next(r for r in engine.rules(settings) if r.id == "euphemism-war")
        results = check_rule(rule, settings)
        assert [r.expect for r in results] == ["flag", "pass", "attributed"]
        assert all(r.ok for r in results), [r.problem for r in results]
        assert engine.categories(settings)["euphemism"]["colour"] == "#d7875f"
    finally:
        pack.clear_cache()
