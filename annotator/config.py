"""Resolves the settings once: defaults < user config < project config < $ANNOTATE_CONFIG <
--config FILE < command-line flags, remembering where each value came from."""

from __future__ import annotations

import os
import sys
import types
import typing
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any

from .settings import DEFAULT, Settings

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

PROJECT_FILE = ".annotate.toml"
ENV_VAR = "ANNOTATE_CONFIG"


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


def _field_types() -> dict[str, Any]:
    hints = typing.get_type_hints(Settings)
    return {f.name: hints[f.name] for f in fields(Settings) if f.name != "sources"}


def _coerce(value: Any, hint: Any, where: str) -> Any:
    """Check a TOML value against a settings field's type; lists become tuples."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _coerce(value, inner[0], where)
    if origin is tuple:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
        return tuple(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: expected a whole number, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{where}: expected a string, got {value!r}")
        return value
    return value


def validate(table: Mapping[str, Any], origin: str) -> dict[str, Any]:
    """Settings values from one config table; unknown keys and wrong types are errors."""
    types_ = _field_types()
    out: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in types_:
            known = ", ".join(sorted(k.replace("_", "-") for k in types_))
            raise ConfigError(f"{origin}: unknown key '{key}' (known: {known})")
        out[name] = _coerce(value, types_[name], f"{origin}: key '{key}'")
    _check_ranges(out, origin, "key")
    return out


def _check_ranges(values: Mapping[str, Any], origin: str, what: str) -> None:
    """Values of the right type but outside what the program can use are errors too."""
    if values.get("min_level") not in (None, "info", "warning"):
        raise ConfigError(f"{origin}: {what} 'min-level': expected 'info' or 'warning'")
    max_bytes = values.get("max_bytes")
    if max_bytes is not None and max_bytes < 0:
        raise ConfigError(
            f"{origin}: {what} 'max-bytes': expected 0 (no limit) or more, got {max_bytes}"
        )
    threshold = values.get("subjectivity_threshold")
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise ConfigError(
            f"{origin}: {what} 'subjectivity-threshold': expected 0 to 1, got {threshold}"
        )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise ConfigError(f"{path}: permission denied") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None


def load_file(path: Path) -> dict[str, Any]:
    """Settings values from a config file: `.annotate.toml`-style (top level or an
    [annotate] table) or a pyproject.toml's [tool.annotate] table."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("annotate", {})
    else:
        table = data.get("annotate", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: the annotate table is not a table")
    values = validate(table, str(path))
    # Rule-pack paths in a config file are relative to that file.
    if "rules_paths" in values:
        values["rules_paths"] = tuple(
            str((path.parent / p).resolve()) if not os.path.isabs(p) else p
            for p in values["rules_paths"]
        )
    return values


def project_config(cwd: Path) -> Path | None:
    """The nearest .annotate.toml, or pyproject.toml with [tool.annotate], walking up."""
    for folder in [cwd, *cwd.parents]:
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = _read_toml(pyproject)
            except ConfigError:
                continue
            if "annotate" in data.get("tool", {}):
                return pyproject
    return None


def user_config(env: Mapping[str, str]) -> Path | None:
    """The user's config file ($XDG_CONFIG_HOME/annotate/config.toml), if it exists."""
    base = env.get("XDG_CONFIG_HOME") or os.path.join(env.get("HOME", "~"), ".config")
    candidate = Path(os.path.expanduser(base)) / "annotate" / "config.toml"
    return candidate if candidate.is_file() else None


def resolve(
    flags: Mapping[str, Any] | None = None,
    *,
    config_file: str | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """The settings in force: every layer applied in order, flags last."""
    env = os.environ if env is None else env
    cwd = Path.cwd() if cwd is None else cwd
    settings = DEFAULT.with_values(
        "default",
        **{f.name: getattr(DEFAULT, f.name) for f in fields(Settings) if f.name != "sources"},
    )
    layers: list[tuple[str, Path]] = []
    user = user_config(env)
    if user is not None:
        layers.append(("user config", user))
    project = project_config(cwd)
    if project is not None:
        layers.append(("project config", project))
    if env.get(ENV_VAR):
        layers.append((f"${ENV_VAR}", Path(env[ENV_VAR])))
    if config_file:
        layers.append(("--config", Path(config_file)))
    for label, path in layers:
        settings = settings.with_values(f"{label} {path}", **load_file(path))
    if flags:
        given = {k: v for k, v in flags.items() if v not in (None, ())}
        _check_ranges(given, "command line", "option")
        settings = settings.with_values("command line", **given)
    return settings
