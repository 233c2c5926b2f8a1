"""Hostile rule packs found by the robustness review: each is refused on load, quickly."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.engine import RulePackError, pack

RULE = """\
category:
  name: house
  colour: "#ff8800"
  description: Our house style.
rules:
  - id: r1
    kind: lexicon
    category: house
    level: warning
    message: MESSAGE
    description: Flags awesome.
    source: House style guide.
    terms: TERMS
    examples:
      flag: "The plan is awesome."
      pass: "The plan is new."
      attributed: "\\"The plan is awesome,\\" he said."
"""


def _error(tmp_path: Path, message: str = '"{match}"', terms: str = "[awesome]") -> RulePackError:
    d = tmp_path / "pack"
    d.mkdir()
    body = RULE.replace("MESSAGE", message).replace("TERMS", terms)
    (d / "house.yaml").write_text(body, encoding="utf-8")
    try:
        with pytest.raises(RulePackError) as info:
            pack.load([str(d)])
    finally:
        pack.clear_cache()
    return info.value


@pytest.mark.parametrize(
    "message",
    [
        '"{match:>99999999}"',  # a format width: gigabytes of padding per finding
        '"{match!r}"',
        '"{match.__class__}"',
        '"{match[0]}"',
        '"{}"',
        '"{0}"',
        '"{match"',
    ],
)
def test_message_templates_other_than_a_bare_match_are_refused(tmp_path, message):
    err = _error(tmp_path, message=message)
    assert err.key == "message" and err.rule == "r1"
    assert "house.yaml" in err.path


def test_a_plain_message_and_escaped_braces_are_fine(tmp_path):
    d = tmp_path / "pack"
    d.mkdir()
    body = RULE.replace("MESSAGE", '"{{house}} bans {match}"').replace("TERMS", "[awesome]")
    (d / "house.yaml").write_text(body, encoding="utf-8")
    try:
        rule = pack.load([str(d)]).rule("r1")
    finally:
        pack.clear_cache()
    assert rule.format_message("awesome") == "{house} bans awesome"


def test_alias_bomb_is_refused_before_it_expands(tmp_path):
    # A billion laughs inside the rule: 9 levels of 9 aliases would be 387 million terms.
    levels = ['&l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for k in range(1, 9):
        levels.append(f"&l{k} [" + ", ".join([f"*l{k - 1}"] * 9) + "]")
    terms = "[" + ", ".join(levels) + "]"
    err = _error(tmp_path, terms=terms)
    assert "anchors and aliases are not allowed" in err.problem


def test_a_single_alias_is_refused_too(tmp_path):
    err = _error(tmp_path, terms="&t [awesome]\n    exceptions: *t")
    assert "aliases" in err.problem
