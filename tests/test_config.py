"""Settings resolution: defaults < user < project < $ANNOTATE_CONFIG < --config < flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.config import ConfigError, resolve


def _write(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def test_defaults_when_nothing_is_configured(tmp_path):
    s = resolve(cwd=tmp_path, env={"HOME": str(tmp_path / "home")})
    assert s.min_level == "info"
    assert s.sources["min_level"] == "default"


def test_layers_apply_in_order_and_flags_win(tmp_path):
    home = tmp_path / "home"
    _write(home / ".config/annotate/config.toml", 'min-level = "warning"\ndisable = ["a"]\n')
    proj = tmp_path / "proj"
    _write(proj / ".annotate.toml", 'disable = ["b"]\n')
    env_cfg = _write(tmp_path / "env.toml", 'only = ["c"]\n')
    explicit = _write(tmp_path / "explicit.toml", 'only = ["d"]\n')
    sub = proj / "deep" / "er"
    sub.mkdir(parents=True)
    env = {"HOME": str(home), "ANNOTATE_CONFIG": str(env_cfg)}

    s = resolve(cwd=sub, env=env)
    assert s.min_level == "warning" and "user config" in s.sources["min_level"]
    assert s.disable == ("b",) and "project config" in s.sources["disable"]
    assert s.only == ("c",) and "$ANNOTATE_CONFIG" in s.sources["only"]

    s = resolve(cwd=sub, env=env, config_file=str(explicit))
    assert s.only == ("d",) and "--config" in s.sources["only"]

    s = resolve({"only": ("e",), "min_level": "info"}, cwd=sub, env=env, config_file=str(explicit))
    assert s.only == ("e",) and s.sources["only"] == "command line"
    assert s.min_level == "info"


def test_pyproject_tool_table_is_found_walking_up(tmp_path):
    _write(
        tmp_path / "pyproject.toml", '[project]\nname="x"\n[tool.annotate]\nmin-level = "warning"\n'
    )
    (tmp_path / "a" / "b").mkdir(parents=True)
    s = resolve(cwd=tmp_path / "a" / "b", env={"HOME": str(tmp_path / "h")})
    assert s.min_level == "warning"
    assert "pyproject.toml" in s.sources["min_level"]


def test_pyproject_without_tool_table_is_skipped(tmp_path):
    _write(tmp_path / "pyproject.toml", '[project]\nname="x"\n')
    s = resolve(cwd=tmp_path, env={"HOME": str(tmp_path / "h")})
    assert s.sources["min_level"] == "default"


def test_rule_paths_are_relative_to_the_config_file(tmp_path):
    cfg = _write(tmp_path / "cfg" / "c.toml", 'rules-paths = ["mypack"]\n')
    s = resolve(cwd=tmp_path, env={"HOME": str(tmp_path / "h")}, config_file=str(cfg))
    assert s.rules_paths == (str((tmp_path / "cfg" / "mypack").resolve()),)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("colour = 3\n", "unknown key 'colour'"),
        ("min-level = 3\n", "key 'min-level'"),
        ('min-level = "loud"\n', "min-level"),
        ("only = [1, 2]\n", "key 'only'"),
        ("max-bytes = true\n", "key 'max-bytes'"),
        ("not toml at all = = =\n", "not valid TOML"),
        ("max-bytes = -5\n", "key 'max-bytes': expected 0 (no limit) or more, got -5"),
        ("subjectivity-threshold = 5.0\n", "key 'subjectivity-threshold': expected 0 to 1"),
        ("subjectivity-threshold = -0.1\n", "key 'subjectivity-threshold'"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path, body, needle):
    cfg = _write(tmp_path / "bad.toml", body)
    with pytest.raises(ConfigError) as exc:
        resolve(cwd=tmp_path, env={"HOME": str(tmp_path / "h")}, config_file=str(cfg))
    assert str(cfg) in str(exc.value)
    assert needle in str(exc.value)


def test_missing_explicit_config_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        resolve(cwd=tmp_path, env={}, config_file=str(tmp_path / "nope.toml"))


def test_flags_out_of_range_are_errors(tmp_path):
    with pytest.raises(ConfigError, match="command line: option 'max-bytes'"):
        resolve({"max_bytes": -1}, cwd=tmp_path, env={})
