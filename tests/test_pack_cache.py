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
