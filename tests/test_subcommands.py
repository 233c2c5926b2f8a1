"""`annotate rules ...`, `annotate config show` and `annotate eval` (issue 6)."""

from __future__ import annotations

import json
import textwrap

import pytest
from annotate_cli import cmd_config, cmd_eval, cmd_rules
from typer.testing import CliRunner

runner = CliRunner()

GOOD_PACK = """\
rules:
  - id: house-style-slammed
    kind: lexicon
    category: evaluative
    level: warning
    message: "loaded verb: '{match}'"
    description: Headline verbs that dramatise criticism.
    source: Our newsroom style guide.
    terms: [slammed]
    examples:
      flag: ["The senator slammed the plan on Monday."]
      pass: ["The senator criticised the plan on Monday."]
      attributed: ['"The senator slammed the plan," the aide said.']
"""

FAILING_PACK = GOOD_PACK.replace(
    'pass: ["The senator criticised the plan on Monday."]',
    'pass: ["The door slammed shut."]',
)


def _pack(tmp_path, body: str):
    d = tmp_path / "pack"
    d.mkdir()
    (d / "house.yaml").write_text(textwrap.dedent(body), encoding="utf-8")
    return d


def test_rules_list_shows_every_default_rule():
    from annotator.engine import rules

    res = runner.invoke(cmd_rules.app, ["list", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert {r["id"] for r in rows} == {r.id for r in rules()}
    assert {"id", "category", "kind", "level", "enabled", "source"} <= set(rows[0])


def test_rules_list_text_names_columns_and_counts():
    res = runner.invoke(cmd_rules.app, ["list"])
    assert res.exit_code == 0
    head = res.output.splitlines()[0].split()
    assert head == ["id", "category", "kind", "level", "enabled", "source"]
    assert res.output.rstrip().endswith("enabled")


def test_rules_show_prints_description_examples_and_source():
    from annotator.engine import rules

    rule = rules()[0]
    res = runner.invoke(cmd_rules.app, ["show", rule.id])
    assert res.exit_code == 0
    assert rule.source.split()[0] in res.output
    assert rule.examples.flag[0] in res.output
    assert rule.examples.attributed[0] in res.output


def test_rules_show_unknown_id_is_a_usage_error():
    res = runner.invoke(cmd_rules.app, ["show", "no-such-rule"])
    assert res.exit_code == 2


def test_rules_test_default_pack_passes():
    res = runner.invoke(cmd_rules.app, ["test"])
    assert res.exit_code == 0, res.output
    assert res.output.strip().endswith("0 failed")


def test_rules_test_user_pack_passes_and_reports_speed(tmp_path):
    res = runner.invoke(cmd_rules.app, ["test", str(_pack(tmp_path, GOOD_PACK))])
    assert res.exit_code == 0, res.output
    assert "3 passed, 0 failed" in res.output
    assert "speed:" in res.output


def test_rules_test_failure_exits_1_with_expected_and_found(tmp_path):
    res = runner.invoke(cmd_rules.app, ["test", str(_pack(tmp_path, FAILING_PACK))])
    assert res.exit_code == 1
    assert "FAIL house-style-slammed [pass] 'The door slammed shut.'" in res.output
    assert "expected  no finding" in res.output
    assert "found     " in res.output and "'slammed'" in res.output
    assert "2 passed, 1 failed" in res.output


def test_bad_user_pack_is_exit_2_naming_the_file(tmp_path):
    pack = _pack(tmp_path, GOOD_PACK.replace("level: warning", "level: loud"))
    res = runner.invoke(cmd_rules.app, ["list", "--rules", str(pack)])
    assert res.exit_code == 2
    assert "house.yaml" in res.output and "house-style-slammed" in res.output


def test_config_show_lists_values_and_origins(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("ANNOTATE_CONFIG", raising=False)
    (tmp_path / ".annotate.toml").write_text('min-level = "warning"\n', encoding="utf-8")
    res = runner.invoke(cmd_config.app, ["show", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["min_level"]["value"] == "warning"
    assert "project config" in data["min_level"]["from"]
    assert data["max_bytes"]["from"] == "default"


def test_config_show_bad_file_exit_2(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("nonsense = 1\n", encoding="utf-8")
    res = runner.invoke(cmd_config.app, ["show", "--config", str(bad)])
    assert res.exit_code == 2
    assert "unknown key 'nonsense'" in res.output


def _corpus(tmp_path):
    # Two hand-made documents: an editorial span the default pack flags ("illegal" in the
    # outlet's voice), and the same word inside a quote, labelled as attributed.
    docs = [
        {
            "id": "d1",
            "source_dataset": "mine",
            "text": "The airstrikes it conducts in Syria are illegal under international law.",
            "spans": [{"start": 40, "end": 47, "label": "slant", "extra": {}}],
            "meta": {},
        },
        {
            "id": "d2",
            "source_dataset": "mine",
            "text": '"The airstrikes are illegal," the minister said on Monday.',
            "spans": [{"start": 19, "end": 26, "label": "slant", "extra": {"quoted": "yes"}}],
            "meta": {},
        },
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_eval_with_label_map_scores_editorial_and_attributed(tmp_path):
    path = _corpus(tmp_path)
    assert path.read_text().count("illegal") == 2
    res = runner.invoke(
        cmd_eval.app,
        [str(path), "--label-map", "slant=editorial; slant[quoted=yes]=attributed", "-f", "json"],
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["documents"] == 2
    assert data["gold_spans"] == {"editorial": 1, "attributed": 1}
    assert data["editorial"]["recall"] == 1.0
    assert data["attributed_gold"]["flagged_editorial"] == 0.0
    assert data["attribution"] is None


@pytest.mark.parametrize("bad", ["slant", "slant=loud"])
def test_eval_bad_label_map_is_exit_2(tmp_path, bad):
    res = runner.invoke(cmd_eval.app, [str(_corpus(tmp_path)), "--label-map", bad])
    assert res.exit_code == 2


def test_eval_missing_corpus_is_exit_2(tmp_path):
    res = runner.invoke(cmd_eval.app, [str(tmp_path / "none.jsonl")])
    assert res.exit_code == 2
    assert "no such file" in res.output


def test_eval_reports_attribution_when_the_corpus_has_it(tmp_path):
    text = 'Officials met on Monday. "We will not back down," the mayor said.'
    start = text.index('"We')
    end = text.index(" the mayor")
    src = text.index("the mayor")
    doc = {
        "id": "a",
        "source_dataset": "mine",
        "text": text,
        "spans": [
            {"start": start, "end": end, "label": "Content", "extra": {"attribution": "E1"}},
            {"start": src, "end": src + 9, "label": "Source", "extra": {"attribution": "E1"}},
        ],
        "meta": {},
    }
    path = tmp_path / "attr.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    res = runner.invoke(cmd_eval.app, [str(path), "-f", "json"])
    assert res.exit_code == 0, res.output
    a = json.loads(res.output)["attribution"]
    assert a["gold"] == 1 and a["recall"] == 1.0 and a["source_accuracy"] == 1.0


@pytest.mark.parametrize(
    "line, reason",
    [
        (b"[1, 2]\n", "must be a JSON object, not list"),
        (b'"str"\n', "must be a JSON object, not str"),
        (b'{"id": "a", "text": 5}\n', "'text' must be a string"),
        (b'{"text": "abc"}\n', "'id' is missing"),
        (b'{"id": "a", "text": "abc", "spans": {}}\n', "'spans' must be a list"),
        (
            b'{"id": "a", "text": "abc", "spans": [{"start": "x", "end": 2, "label": "L"}]}\n',
            "must be whole numbers",
        ),
        (
            b'{"id": "a", "text": "abc", "spans": [{"start": 2, "end": 50, "label": "L"}]}\n',
            "2..50 is outside the text (0..3)",
        ),
        (
            b'{"id": "a", "text": "abc", "spans": [{"start": 2, "end": 1, "label": "L"}]}\n',
            "2..1 is outside the text",
        ),
        (
            b'{"id": "a", "text": "abc", "spans": '
            b'[{"start": 0, "end": 2, "label": "L", "extra": [1]}]}\n',
            "'extra' must be an object",
        ),
        (b"{not json\n", "not valid JSON"),
        (b"\xff\xfe{}\n", "not UTF-8"),
        (b"", "no documents"),
    ],
)
def test_eval_malformed_corpus_is_one_line_naming_the_file(tmp_path, line, reason):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(line)
    res = runner.invoke(cmd_eval.app, [str(path)])
    assert res.exit_code == 2, res.output
    assert reason in res.output
    assert str(path) in res.output
    assert "Traceback" not in res.output and len(res.output.strip().splitlines()) == 1


def test_config_show_takes_the_run_flags_and_names_the_command_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ANNOTATE_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    (tmp_path / ".annotate.toml").write_text("max-bytes = 100\n", encoding="utf-8")
    res = runner.invoke(
        cmd_config.app, ["show", "-f", "json", "--max-bytes", "5000", "--only", "evaluative"]
    )
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert rows["max_bytes"] == {"value": 5000, "from": "command line"}
    assert rows["only"] == {"value": ["evaluative"], "from": "command line"}
    assert rows["min_level"]["from"] == "default"


@pytest.mark.parametrize("app", [cmd_config.app, cmd_eval.app])
def test_unknown_format_is_exit_2(tmp_path, app):
    args = ["show"] if app is cmd_config.app else [str(_corpus(tmp_path))]
    res = runner.invoke(app, [*args, "-f", "bogus"])
    assert res.exit_code == 2
    assert "--format 'bogus': expected text or json" in res.output
