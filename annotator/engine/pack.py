"""Rule packs: YAML files loaded with safe_load, validated key by key, compiled once and cached.

A pack is a directory of YAML files (or single files). Each file holds an optional `category`
block (name, colour, description) and a list of `rules`. Packs given later (a user's) may
change a rule of an earlier pack (the default) by naming its id: the keys given replace the
earlier ones, so `{id: x, enabled: false}` turns rule x off.
"""

from __future__ import annotations

import marshal
import os
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .. import lexicon_cache
from .errors import FieldError, RulePackError
from .kinds import REGISTRY, Matcher
from .kinds.base import BOOL, STR, check_value

LEVELS = ("info", "warning")
_ID = re.compile(r"[a-z0-9][a-z0-9_.-]*\Z")
_COLOUR = re.compile(r"(#[0-9a-fA-F]{6}|[a-z][a-z0-9_ ]*)\Z")

# Keys every rule has, beside those its kind declares.
COMMON: dict[str, tuple[str, bool]] = {
    "id": (STR, True),
    "kind": (STR, True),
    "category": (STR, True),
    "level": (STR, True),
    "message": (STR, True),
    "description": (STR, True),
    "source": (STR, True),
    "examples": ("mapping", True),
    "enabled": (BOOL, False),
}
EXAMPLE_KEYS = ("flag", "pass", "attributed")
_FILE_KEYS = ("category", "rules")
# Rule files are untrusted input: a file this large is refused before YAML parses it.
MAX_FILE_BYTES = 2 * 1024 * 1024
_CATEGORY_KEYS = ("name", "colour", "description")


@dataclass(frozen=True)
class Category:
    """A category of findings and the colour the terminal view gives it."""

    name: str
    colour: str
    description: str
    path: str

    def to_dict(self) -> dict[str, str]:
        return {"colour": self.colour, "description": self.description}


@dataclass(frozen=True)
class Examples:
    """A rule's own test cases: texts that flag, texts that pass, attributed traps."""

    flag: tuple[str, ...]
    pass_: tuple[str, ...]
    attributed: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Rule:
    """One validated, compiled rule."""

    id: str
    kind: str
    category: str
    level: str
    message: str
    description: str
    source: str
    examples: Examples
    enabled: bool
    options: dict[str, Any]
    path: str
    matcher: Matcher = field(repr=False)

    def format_message(self, match: str) -> str:
        return self.message.format(match=match)


@dataclass(eq=False)
class Pack:
    """The rules and categories of the default pack plus any user packs, in load order."""

    rules: tuple[Rule, ...]
    categories: dict[str, Category]
    paths: tuple[str, ...] = ()
    _runnable: dict[Any, list[Any]] = field(default_factory=dict, repr=False)

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def select(self, settings: Any) -> list[Rule]:
        """The rules that run under these settings (enabled, --only, --disable, level...)."""
        only = set(getattr(settings, "only", ()) or ())
        disable = set(getattr(settings, "disable", ()) or ())
        cats = set(getattr(settings, "categories", ()) or ())
        no_cats = set(getattr(settings, "exclude_categories", ()) or ())
        min_level = getattr(settings, "min_level", "info") or "info"
        floor = LEVELS.index(min_level) if min_level in LEVELS else 0
        out = []
        for r in self.rules:
            named = r.id in only or r.category in only
            if only and not named:
                continue
            if not r.enabled and r.id not in only:
                continue
            if r.id in disable or r.category in disable or r.category in no_cats:
                continue
            if cats and r.category not in cats:
                continue
            if LEVELS.index(r.level) < floor:
                continue
            out.append(r)
        return out

    def batches(self, settings: Any) -> list[Any]:
        """Selected rules grouped by kind into batches, fallback kinds last; cached."""
        key = (
            tuple(getattr(settings, "only", ()) or ()),
            tuple(getattr(settings, "disable", ()) or ()),
            tuple(getattr(settings, "categories", ()) or ()),
            tuple(getattr(settings, "exclude_categories", ()) or ()),
            getattr(settings, "min_level", "info"),
        )
        got = self._runnable.get(key)
        if got is None:
            by_kind: dict[str, list[Rule]] = {}
            for r in self.select(settings):
                by_kind.setdefault(r.kind, []).append(r)
            got = []
            for kind, rules in sorted(by_kind.items(), key=lambda kv: REGISTRY[kv[0]].fallback):
                cls = REGISTRY[kind]
                got.append(cls.batch(rules))
            self._runnable[key] = got
        return got


def default_pack_files() -> list[Path]:
    """The YAML files of the default pack, installed as the package `annotator.rules`."""
    root = resources.files("annotator.rules")
    return sorted(
        (Path(str(p)) for p in root.iterdir() if p.name.endswith((".yaml", ".yml"))),
        key=lambda p: p.name,
    )


def _pack_files(path: str) -> list[Path]:
    p = Path(path)
    if p.is_dir():
        files = sorted(x for x in p.iterdir() if x.suffix in (".yaml", ".yml"))
        if not files:
            raise RulePackError(path, "no .yaml rule files in this directory")
        return files
    if p.is_file():
        return [p]
    raise RulePackError(path, "no such rule file or directory")


def load(paths: Iterable[str] = ()) -> Pack:
    """The default pack with the user packs at `paths` layered on top, compiled and cached."""
    paths = tuple(str(p) for p in paths)
    if not paths:
        return _load_cached(())
    stamp = []
    for path in paths:
        for f in _pack_files(path):
            try:
                stamp.append((str(f), f.stat().st_mtime_ns))
            except OSError as exc:
                raise RulePackError(str(f), exc.strerror or "cannot read") from None
    return _load_cached(paths, tuple(stamp))


@lru_cache(maxsize=16)
def _load_cached(paths: tuple[str, ...], stamp: tuple[Any, ...] = ()) -> Pack:
    groups = [default_pack_files()] + [_pack_files(p) for p in paths]
    return build(groups, paths, cache_first=True)


def build(groups: list[list[Path]], paths: tuple[str, ...] = (), cache_first: bool = False) -> Pack:
    """A pack from groups of files, each group a pack layered over the ones before it.

    With `cache_first`, the first group's files (the installed default pack) are parsed once
    and kept in the user's cache directory (see _ParsedCache); other packs are always parsed."""
    raw: dict[str, dict[str, Any]] = {}
    where: dict[str, str] = {}
    order: list[str] = []
    categories: dict[str, Category] = {}
    for n, group in enumerate(groups):
        parsed = _ParsedCache() if cache_first and n == 0 else None
        seen_here: dict[str, str] = {}
        for f in group:
            cat, rules = _read_file(f, parsed)
            if cat is not None:
                categories[cat.name] = cat
            for rid, entry in rules:
                if rid in seen_here:
                    raise RulePackError(
                        str(f), f"duplicate rule id (also in {seen_here[rid]})", rid, "id"
                    )
                seen_here[rid] = str(f)
                if rid in raw:
                    raw[rid] = {**raw[rid], **entry}
                else:
                    raw[rid] = entry
                    order.append(rid)
                where[rid] = str(f)
        if parsed is not None:
            parsed.save()
    compiled = tuple(_compile(raw[rid], where[rid], categories) for rid in order)
    return Pack(rules=compiled, categories=categories, paths=paths)


class _ParsedCache:
    """Parsed YAML of the default pack's files, kept in $XDG_CACHE_HOME/annotate: a fresh
    process then needs neither PyYAML (~0.03 s to import) nor a parse. An entry is keyed by
    the file's path, size, times and inode and by PyYAML's own files; the cache is only an
    optimisation and any problem with it means parsing, as without it."""

    FORMAT = 1

    def __init__(self) -> None:
        self.path = os.path.join(lexicon_cache.cache_dir(), "rule-pack.marshal")
        self.entries: dict[Any, bytes] = {}
        self.used: dict[Any, bytes] = {}
        self.changed = False
        self.version: Any = None
        try:
            self.version = _yaml_stamp()
            with open(self.path, "rb") as fh:
                got = marshal.loads(fh.read())
            if isinstance(got, dict):
                self.entries = got
        except (OSError, EOFError, ValueError, TypeError):
            pass

    def key(self, path: Path, st: os.stat_result) -> Any:
        return (
            self.FORMAT,
            self.version,
            str(path),
            st.st_size,
            st.st_mtime_ns,
            st.st_ctime_ns,
            st.st_ino,
        )

    def get(self, key: Any) -> Any:
        blob = self.entries.get(key)
        if not isinstance(blob, bytes):
            return _MISSING
        try:
            data = marshal.loads(blob)
        except (EOFError, ValueError, TypeError):
            return _MISSING
        self.used[key] = blob
        return data

    def put(self, key: Any, data: Any) -> None:
        try:
            self.used[key] = marshal.dumps(data)
        except ValueError:  # a YAML value marshal cannot hold (a date): parse it each time
            return
        self.changed = True

    def save(self) -> None:
        """Write the entries used now, and keep other installs' entries (other paths) that
        still exist, up to a bound: two installs do not keep replacing each other's."""
        if not self.changed:
            return
        keep = dict(self.used)
        paths = {k[2] for k in keep}
        for k, blob in self.entries.items():
            if len(keep) >= 256:
                break
            if isinstance(k, tuple) and len(k) == 7 and k[2] not in paths:
                if k[0] == self.FORMAT and os.path.exists(k[2]):
                    keep[k] = blob
        lexicon_cache.write_atomic(self.path, marshal.dumps(keep))


_MISSING = object()


def _yaml_stamp() -> Any:
    import importlib.util

    spec = importlib.util.find_spec("yaml")
    origin = spec.origin if spec is not None else None
    if not origin:
        return None
    st = os.stat(origin)
    return (origin, st.st_size, st.st_mtime_ns)


def _refuse_aliases(name: str, source: str) -> None:
    """Rule files need no anchors or aliases, and an alias bomb (a billion laughs) would
    expand into billions of items as soon as a rule's terms are walked: refuse them."""
    import yaml

    for event in yaml.parse(source, Loader=_safe_loader()):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            mark = event.start_mark
            raise RulePackError(
                name, f"YAML anchors and aliases are not allowed (line {mark.line + 1})"
            )


def _safe_loader() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(name: str, path: Path) -> Any:
    import yaml

    try:
        # libyaml's safe loader when PyYAML has it: the same safe constructs, 10x faster
        # (0.01 s instead of 0.1 s for the default pack: most of the cold start's parsing).
        source = path.read_text(encoding="utf-8")
        _refuse_aliases(name, source)
        return yaml.load(source, Loader=_safe_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "malformed"
        raise RulePackError(name, f"not valid YAML{at}: {problem}") from None


def _read_file(
    path: Path, parsed: _ParsedCache | None = None
) -> tuple[Category | None, list[tuple[str, dict[str, Any]]]]:
    name = str(path)
    try:
        st = path.stat()
        size = st.st_size
        if size > MAX_FILE_BYTES:
            raise RulePackError(
                name, f"too large ({size} bytes; a rule file may have at most {MAX_FILE_BYTES})"
            )
        key = parsed.key(path, st) if parsed is not None else None
        data = parsed.get(key) if parsed is not None else _MISSING
        if data is _MISSING:
            data = _parse(name, path)
            if parsed is not None:
                parsed.put(key, data)
    except OSError as exc:
        raise RulePackError(name, exc.strerror or "cannot read") from None
    except UnicodeDecodeError:
        raise RulePackError(name, "not UTF-8 text") from None
    if data is None:
        return None, []
    if not isinstance(data, dict):
        raise RulePackError(name, "expected a mapping with `category` and `rules`")
    for key in data:
        if key not in _FILE_KEYS:
            raise RulePackError(
                name, f"unknown key (expected one of {', '.join(_FILE_KEYS)})", key=str(key)
            )
    cat = None
    if "category" in data:
        cat = _read_category(name, data["category"])
    rules = data.get("rules") or []
    if not isinstance(rules, list):
        raise RulePackError(name, "expected a list of rules", key="rules")
    out = []
    for n, entry in enumerate(rules, 1):
        if not isinstance(entry, dict):
            raise RulePackError(name, f"rule #{n} is not a mapping", key="rules")
        rid = entry.get("id")
        if not isinstance(rid, str) or not _ID.match(rid):
            raise RulePackError(
                name,
                f"rule #{n}: `id` must be lower-case letters, digits, '-', '_' or '.'",
                key="id",
            )
        out.append((rid, entry))
    return cat, out


def _read_category(name: str, block: Any) -> Category:
    if not isinstance(block, dict):
        raise RulePackError(name, "expected a mapping (name, colour, description)", key="category")
    for key in block:
        if key not in _CATEGORY_KEYS:
            raise RulePackError(name, "unknown key in the category block", key=f"category.{key}")
    for key in _CATEGORY_KEYS:
        if not isinstance(block.get(key), str) or not block[key].strip():
            raise RulePackError(name, "missing or not a string", key=f"category.{key}")
    if not _COLOUR.match(block["colour"]):
        raise RulePackError(
            name, "a colour name (red, bright_blue) or #rrggbb", key="category.colour"
        )
    return Category(block["name"], block["colour"], block["description"].strip(), name)


def _compile(entry: dict[str, Any], path: str, categories: dict[str, Category]) -> Rule:
    rid = entry["id"]

    def fail(key: str, problem: str) -> RulePackError:
        return RulePackError(path, problem, rid, key)

    kind = entry.get("kind")
    if not isinstance(kind, str):
        raise fail("kind", "missing or not a string")
    cls = REGISTRY.get(kind)
    if cls is None:
        raise fail("kind", f"unknown kind {kind!r} (known: {', '.join(sorted(REGISTRY))})")
    for key, value in entry.items():
        if key in COMMON:
            ftype, _ = COMMON[key]
            if ftype == "mapping":
                if not isinstance(value, dict):
                    raise fail(key, f"expected a mapping, got {type(value).__name__}")
                continue
            try:
                check_value(key, value, ftype)
            except FieldError as exc:
                raise fail(key, exc.problem) from None
        elif key in cls.fields:
            try:
                check_value(key, value, cls.fields[key].type)
            except FieldError as exc:
                raise fail(key, exc.problem) from None
        else:
            raise fail(str(key), f"unknown key for a {kind} rule")
    for key, (_, required) in COMMON.items():
        if required and key not in entry:
            raise fail(key, "missing")
    for key, spec in cls.fields.items():
        if spec.required and key not in entry:
            raise fail(key, "missing")
    if entry["level"] not in LEVELS:
        raise fail("level", f"must be one of {', '.join(LEVELS)}")
    if entry["category"] not in categories:
        raise fail("category", f"unknown category {entry['category']!r} (no file declares it)")
    _check_message(entry["message"], fail)
    examples = _examples(entry["examples"], fail)
    options = {k: v for k, v in entry.items() if k in cls.fields}
    try:
        matcher = cls(options)
    except FieldError as exc:
        raise fail(exc.key, exc.problem) from None
    return Rule(
        id=rid,
        kind=kind,
        category=entry["category"],
        level=entry["level"],
        message=entry["message"],
        description=entry["description"].strip(),
        source=entry["source"].strip(),
        examples=examples,
        enabled=entry.get("enabled", True),
        options=options,
        path=path,
        matcher=matcher,
    )


def _check_message(message: str, fail: Any) -> None:
    """Only a bare `{match}` may be filled in: a format spec such as `{match:>99999999}` or a
    field like `{match.__class__}` would let a rule file blow up memory or reach objects."""
    try:
        parts = list(string.Formatter().parse(message))
    except ValueError as exc:
        raise fail("message", f"not a valid message template ({exc})") from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name != "match" or spec or conversion:
            raise fail("message", "only a bare {match} may be filled in") from None


def _examples(block: dict[str, Any], fail: Any) -> Examples:
    for key in block:
        if key not in EXAMPLE_KEYS:
            raise fail(f"examples.{key}", f"unknown key (expected {', '.join(EXAMPLE_KEYS)})")
    got: dict[str, tuple[str, ...]] = {}
    for key in EXAMPLE_KEYS:
        value = block.get(key)
        if isinstance(value, str):
            value = [value]
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            raise fail(f"examples.{key}", "missing, or not a text or a list of texts")
        got[key] = tuple(value)
    return Examples(got["flag"], got["pass"], got["attributed"])


def clear_cache() -> None:
    """Forget compiled packs (tests that write rule files use it)."""
    _load_cached.cache_clear()
