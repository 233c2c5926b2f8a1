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


_DOCS = [
    (
        "The strike caused collateral damage in the village, and the army said it would "
        "investigate.",
        ["collateral damage"],
    ),
    (
        "Officials described the program as enhanced interrogation. Critics called it torture.",
        ["enhanced interrogation"],
    ),
    ('"We had to neutralize the threat," the colonel said.', []),
    ("The chemists used a base to neutralize the acid before disposal.", []),
    ("The agency ran a rendition program for years, a former official said.", ["rendition"]),
]


def test_worked_example_measured_with_eval(tmp_path):
    """Step 4 of the worked example: the figures the doc quotes come out of `annotate eval`."""
    import json

    from annotate_cli import cmd_eval
    from typer.testing import CliRunner

    text = DOC.read_text(encoding="utf-8")
    m = re.search(r"`house/euphemism.yaml`:\n\n   ```yaml\n(.*?)   ```", text, re.S)
    house = tmp_path / "house"
    house.mkdir()
    body = "\n".join(line[3:] for line in m.group(1).splitlines()) + "\n"
    (house / "euphemism.yaml").write_text(body, encoding="utf-8")
    lines = []
    for i, (t, terms) in enumerate(_DOCS):
        spans = [
            {"start": t.index(w), "end": t.index(w) + len(w), "label": "euphemism", "extra": {}}
            for w in terms
        ]
        lines.append(json.dumps({"id": str(i), "text": t, "spans": spans}))
    corpus = tmp_path / "euphemism.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        res = CliRunner().invoke(
            cmd_eval.app,
            [
                str(corpus),
                "--rules",
                str(house),
                "--only",
                "euphemism",
                "--label-map",
                "euphemism=editorial",
                "-f",
                "json",
            ],
        )
    finally:
        pack.clear_cache()
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    # By hand: two of the three marked spans are in the outlet's voice and flagged; "rendition"
    # sits in what "a former official said"; "neutralize" is the colonel's and "neutralize the acid"
    # is excepted.
    assert data["documents"] == 5 and data["gold_spans"]["editorial"] == 3
    assert data["editorial"]["findings"] == 2
    assert data["editorial"]["precision"] == 1.0
    assert round(data["editorial"]["recall"], 3) == 0.667
    assert "precision 1.000, recall 0.667" in text
