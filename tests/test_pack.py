"""Rule pack loading and validation: every error names the file, the rule and the key."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from annotator.engine import RulePackError, pack

CATEGORY = """\
category:
  name: house
  colour: "#ff8800"
  description: Our house style.
"""

GOOD_RULE = """\
  - id: house-awesome
    kind: lexicon
    category: house
    level: warning
    message: "'{match}' is house-banned"
    description: Flags awesome.
    source: House style guide.
    terms: [awesome]
    examples:
      flag: "The plan is awesome."
      pass: "The plan is new."
      attributed: "\\"The plan is awesome,\\" he said."
    enabled: true
"""


def _write(tmp_path: Path, body: str, name: str = "house.yaml") -> Path:
    d = tmp_path / "pack"
    d.mkdir(exist_ok=True)
    (d / name).write_text(body, encoding="utf-8")
    return d


def _load(tmp_path: Path, body: str) -> pack.Pack:
    return pack.load([str(_write(tmp_path, body))])


def _error(tmp_path: Path, body: str) -> RulePackError:
    with pytest.raises(RulePackError) as info:
        _load(tmp_path, body)
    return info.value


def test_a_good_user_pack_adds_its_rule_and_category(tmp_path):
    p = _load(tmp_path, CATEGORY + "rules:\n" + GOOD_RULE)
    rule = p.rule("house-awesome")
    assert rule is not None and rule.category == "house"
    assert p.categories["house"].colour == "#ff8800"
    assert p.rule("evaluative-legitimacy") is not None  # the default pack is still there


def test_unknown_key_names_file_rule_and_key(tmp_path):
    err = _error(tmp_path, CATEGORY + "rules:\n" + GOOD_RULE + "    colour: red\n")
    assert err.path.endswith("house.yaml")
    assert err.rule == "house-awesome"
    assert err.key == "colour"
    assert "house.yaml" in str(err) and "house-awesome" in str(err) and "colour" in str(err)


def test_wrong_type_is_reported_with_its_key(tmp_path):
    err = _error(
        tmp_path, CATEGORY + "rules:\n" + GOOD_RULE.replace("terms: [awesome]", "terms: awesome")
    )
    assert (err.rule, err.key) == ("house-awesome", "terms")
    assert "list of strings" in err.problem


def test_yaml_booleans_in_a_word_list_are_caught(tmp_path):
    err = _error(
        tmp_path,
        CATEGORY + "rules:\n" + GOOD_RULE.replace("terms: [awesome]", "terms: [awesome, no]"),
    )
    assert err.key == "terms" and "quote it" in err.problem


def test_bad_sequence_pattern_is_reported(tmp_path):
    rule = GOOD_RULE.replace("kind: lexicon", "kind: sequence").replace(
        "terms: [awesome]", 'patterns: ["@MD be $missing"]'
    )
    err = _error(tmp_path, CATEGORY + "rules:\n" + rule)
    assert (err.rule, err.key) == ("house-awesome", "patterns")
    assert "missing" in err.problem


@pytest.mark.parametrize("pattern", ["@md be", "be{1,9} x", "[ be", "be ]", "(be|x)"])
def test_malformed_patterns_are_rejected(tmp_path, pattern):
    rule = GOOD_RULE.replace("kind: lexicon", "kind: sequence").replace(
        "terms: [awesome]", f'patterns: ["{pattern}"]'
    )
    err = _error(tmp_path, CATEGORY + "rules:\n" + rule)
    assert err.key == "patterns"


def test_missing_required_key(tmp_path):
    err = _error(
        tmp_path, CATEGORY + "rules:\n" + GOOD_RULE.replace("    source: House style guide.\n", "")
    )
    assert (err.rule, err.key) == ("house-awesome", "source")


def test_unknown_kind_level_and_category(tmp_path):
    assert (
        _error(
            tmp_path, CATEGORY + "rules:\n" + GOOD_RULE.replace("kind: lexicon", "kind: regex")
        ).key
        == "kind"
    )
    assert (
        _error(
            tmp_path, CATEGORY + "rules:\n" + GOOD_RULE.replace("level: warning", "level: fatal")
        ).key
        == "level"
    )
    assert _error(tmp_path, "rules:\n" + GOOD_RULE).key == "category"


def test_examples_must_have_all_three_kinds(tmp_path):
    body = GOOD_RULE.replace('      attributed: "\\"The plan is awesome,\\" he said."\n', "")
    err = _error(tmp_path, CATEGORY + "rules:\n" + body)
    assert err.key == "examples.attributed"


def test_message_may_only_use_match(tmp_path):
    err = _error(tmp_path, CATEGORY + "rules:\n" + GOOD_RULE.replace("{match}", "{word}"))
    assert err.key == "message"


def test_malformed_yaml_names_the_line(tmp_path):
    err = _error(tmp_path, "rules:\n  - id: x\n   kind: [unclosed\n")
    assert "line" in err.problem and err.path.endswith("house.yaml")


def test_yaml_is_loaded_safely(tmp_path):
    err = _error(tmp_path, "rules: !!python/object/apply:os.system ['echo hacked']\n")
    assert "YAML" in err.problem


def test_duplicate_ids_in_one_pack(tmp_path):
    err = _error(tmp_path, CATEGORY + "rules:\n" + GOOD_RULE + GOOD_RULE)
    assert err.rule == "house-awesome" and err.key == "id"


def test_unknown_top_level_and_category_keys(tmp_path):
    assert _error(tmp_path, CATEGORY + "rulez: []\n").key == "rulez"
    bad = CATEGORY.replace("colour:", "color:")
    assert _error(tmp_path, bad).key == "category.color"


def test_a_user_pack_can_disable_or_change_a_default_rule(tmp_path):
    body = textwrap.dedent("""\
        rules:
          - id: label-regime
            enabled: false
          - id: evaluative-legitimacy
            level: info
        """)
    p = _load(tmp_path, body)
    assert p.rule("label-regime").enabled is False
    assert p.rule("evaluative-legitimacy").level == "info"
    assert p.rule("evaluative-legitimacy").kind == "lexicon"


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(RulePackError) as info:
        pack.load([str(tmp_path / "nowhere")])
    assert "nowhere" in str(info.value)


def test_packs_are_compiled_once():
    assert pack.load(()) is pack.load(())


def test_default_pack_files_ship_inside_the_package():
    names = {p.name for p in pack.default_pack_files()}
    assert "evaluative.yaml" in names and len(names) >= 9


def test_patterns_that_could_backtrack_badly_are_refused(tmp_path):
    # Consecutive wide wildcards split a run of tokens in very many ways when what follows
    # fails: four of them are refused, three still load (and run fast).
    rule = GOOD_RULE.replace("kind: lexicon", "kind: sequence").replace(
        "terms: [awesome]", 'patterns: ["*{0,6} *{0,6} *{0,6} *{0,6} @ZZZ"]'
    )
    err = _error(tmp_path, CATEGORY + "rules:\n" + rule)
    assert err.key == "patterns" and "too many ways" in err.problem
    from annotator.engine.kinds.sequence import Sequence

    Sequence({"patterns": ["*{0,6} *{0,6} *{0,6} @ZZZ"]})


def test_oversized_rule_files_are_refused(tmp_path):
    d = tmp_path / "pack"
    d.mkdir()
    (d / "huge.yaml").write_text("# " + "x" * (pack.MAX_FILE_BYTES + 10) + "\n", encoding="utf-8")
    with pytest.raises(RulePackError) as info:
        pack.load([str(d)])
    assert "too large" in info.value.problem


def test_no_word_form_belongs_to_two_lexicon_rules():
    # One word flagged by two rules would be one piece of evidence counted twice (in the
    # summary and in every figure of scripts/eval_editorial.py).
    from annotator.engine.kinds.base import norm
    from annotator.engine.kinds.words import phrase_forms

    owner: dict[tuple[str, ...], str] = {}
    clashes = []
    for r in pack.load(()).rules:
        if r.kind != "lexicon":
            continue
        for t in r.options["terms"]:
            for f in phrase_forms(t, r.options.get("inflect", True)):
                key = tuple(norm(w) for w in f)
                other = owner.setdefault(key, r.id)
                if other != r.id:
                    clashes.append((" ".join(key), other, r.id))
    assert not clashes, clashes
