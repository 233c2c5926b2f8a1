"""The default pack's parsed YAML is cached in the user's cache directory, and only that."""

from __future__ import annotations

import pytest

from annotator.engine import pack


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    pack.clear_cache()
    yield tmp_path / "annotate" / "rule-pack.marshal"
    pack.clear_cache()


def _summary(p: pack.Pack) -> list[tuple]:
    return [
        (r.id, r.kind, r.category, r.level, r.message, r.enabled, repr(r.options)) for r in p.rules
    ]


def test_second_load_needs_no_yaml_parse(cache_home, monkeypatch):
    first = _summary(pack.load())
    assert cache_home.is_file()
    pack.clear_cache()

    def no_parse(name, path):
        raise AssertionError(f"parsed {name} again")

    monkeypatch.setattr(pack, "_parse", no_parse)
    assert _summary(pack.load()) == first


def test_corrupt_cache_is_ignored_and_rewritten(cache_home):
    first = _summary(pack.load())
    cache_home.write_bytes(b"\x00not marshal")
    pack.clear_cache()
    assert _summary(pack.load()) == first
    assert cache_home.read_bytes() != b"\x00not marshal"


def test_user_packs_are_not_cached(cache_home, tmp_path, monkeypatch):
    rid = pack.load().rules[0].id
    before = cache_home.read_bytes()
    user = tmp_path / "mine.yaml"
    user.write_text(f"rules:\n  - {{id: {rid}, enabled: false}}\n", encoding="utf-8")
    pack.clear_cache()
    parsed: list[str] = []
    real = pack._parse

    def spy(name, path):
        parsed.append(name)
        return real(name, path)

    monkeypatch.setattr(pack, "_parse", spy)
    pack.load([str(user)])
    assert parsed == [str(user)]
    assert cache_home.read_bytes() == before


def test_unwritable_cache_is_silent(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    pack.clear_cache()
    try:
        assert pack.load().rules
    finally:
        pack.clear_cache()


def test_entries_of_other_installs_are_kept(cache_home):
    import marshal

    pack.load()
    other = cache_home.parent.parent / "other.yaml"
    other.write_text("rules: []\n", encoding="utf-8")
    entries = marshal.loads(cache_home.read_bytes())
    key = next(iter(entries))
    foreign = (key[0], key[1], str(other), 10, 1, 1, 1)
    entries[foreign] = marshal.dumps({"rules": []})
    gone = (key[0], key[1], str(other) + ".missing", 10, 1, 1, 1)
    entries[gone] = marshal.dumps({"rules": []})
    entries.pop(key)  # one of ours missing: the next load parses and saves again
    cache_home.write_bytes(marshal.dumps(entries))
    pack.clear_cache()
    pack.load()
    saved = marshal.loads(cache_home.read_bytes())
    assert key in saved and foreign in saved and gone not in saved


@pytest.mark.parametrize(
    "args",
    [
        ["a.txt", "--only", "mine-word"],  # the article view, with the up-front name check
        ["corpus", "-f", "jsonl", "-j", "1", "-o", "out"],  # a batch with --output-dir
    ],
)
def test_a_run_reads_and_parses_a_user_pack_once(cache_home, tmp_path, monkeypatch, args):
    # The up-front check (cli/app.py), the rule-name check and the engine share one load.
    from annotate_cli import app
    from typer.testing import CliRunner

    user = tmp_path / "mine.yaml"
    user.write_text(
        "rules:\n"
        "  - id: mine-word\n"
        "    kind: lexicon\n"
        "    category: evaluative\n"
        "    level: warning\n"
        "    message: 'mine: {match}'\n"
        "    description: a word of mine\n"
        "    source: this test\n"
        "    examples: {flag: [it was awful], pass: [it was fine], attributed: [she said awful]}\n"
        "    terms: [awful]\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("The plan was awful.\n", encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    for n in range(3):
        (tmp_path / "corpus" / f"{n}.txt").write_text("It was awful.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ANNOTATE_CONFIG", raising=False)
    reads: list[str] = []
    parses: list[str] = []
    real_read, real_parse = pack._read_file, pack._parse

    def read_spy(path, parsed=None):
        reads.append(str(path))
        return real_read(path, parsed)

    def parse_spy(name, path):
        parses.append(name)
        return real_parse(name, path)

    monkeypatch.setattr(pack, "_read_file", read_spy)
    monkeypatch.setattr(pack, "_parse", parse_spy)
    res = CliRunner().invoke(app.app, [*args, "--rules", str(user)])
    assert res.exit_code == 0, res.output
    assert reads.count(str(user)) == 1
    assert parses.count(str(user)) == 1
