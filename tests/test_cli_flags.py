"""The settings flags: one definition for the run and `config show`, mapped to Settings."""

from __future__ import annotations

import typer.main
from annotate_cli import app, cmd_config, flags

from annotator.settings import Settings


def _settings_params(command) -> dict:
    return {p.name: p for p in command.params if p.name in flags.FIELDS}


def _shape(param) -> tuple:
    # Everything that decides what the flag accepts and what a command receives; the help,
    # metavar and shown default are left out: `config show` points to the run's help.
    return (
        tuple(param.opts),
        tuple(param.secondary_opts),
        repr(param.type),
        param.multiple,
        param.nargs,
        param.default,
        param.required,
        param.is_flag,
    )


def test_run_and_config_show_take_the_same_settings_flags():
    run = _settings_params(typer.main.get_command(app.app))
    show = _settings_params(typer.main.get_command(cmd_config.app).commands["show"])
    assert set(run) == set(show) == set(flags.FIELDS)
    for name in flags.FIELDS:
        assert _shape(run[name]) == _shape(show[name]), name
        assert run[name].help and show[name].help == "As for a run.", name


def test_every_settings_flag_names_a_settings_field():
    known = set(Settings.__dataclass_fields__)
    assert set(flags.FIELDS.values()) <= known


def test_settings_flags_keeps_absent_flags_none_and_lists_as_tuples():
    got = flags.settings_flags({"max_bytes": 5, "category": ["a", "b"], "only": (), "paths": ["x"]})
    assert got == {
        "max_bytes": 5,
        "categories": ("a", "b"),
        "exclude_categories": None,
        "min_level": None,
        "rules_paths": None,
        "only": None,
        "disable": None,
    }
