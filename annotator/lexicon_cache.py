"""TextBlob's English lexicons, parsed once and kept in the user's cache directory.

Parsing en-lexicon.txt (94,000 lines) and en-sentiment.xml takes ~0.3 s, most of a cold
start; reading the parsed form back takes ~0.04 s. The cache file lives in
$XDG_CACHE_HOME/annotate (default ~/.cache/annotate), is named by a key over the textblob
files' paths, sizes and modification times, is written atomically, and is only an
optimisation: when it is missing, stale, corrupt or cannot be written, the lexicons are
parsed from textblob's files as before, silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import marshal
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

from . import atomic

# Bump when the cached layout or the parsing below changes.
FORMAT = 3
_PREFIX = "textblob-lexicons-"


@dataclass(frozen=True)
class Lexicons:
    """The parsed English lexicons: word -> Penn tag, and the sentiment analyzer's data.

    The tag lexicon comes in buckets (see `bucketed`), decoded as texts need them: one
    article needs a fifth of its 94,000 words."""

    tag_buckets: dict[str, bytes]
    words: dict[str, dict[Any, list[float]]]
    labels: dict[str, str]
    synsets: dict[str, list[float]]
    language: str | None
    sentiment_path: str


@lru_cache(maxsize=1)
def textblob_dir() -> str:
    """The installed textblob package directory."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("textblob is not installed")
    return list(spec.submodule_search_locations)[0]


@lru_cache(maxsize=1)
def text_module() -> ModuleType:
    """textblob/_text.py, loaded on its own (without importing textblob, hence NLTK)."""
    path = os.path.join(textblob_dir(), "_text.py")
    spec = importlib.util.spec_from_file_location("annotator._textblob_text", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _paths() -> tuple[str, str, str]:
    base = textblob_dir()
    en = os.path.join(base, "en")
    return (
        os.path.join(base, "_text.py"),
        os.path.join(en, "en-lexicon.txt"),
        os.path.join(en, "en-sentiment.xml"),
    )


def cache_dir(env: Any = None) -> str:
    """$XDG_CACHE_HOME/annotate, or ~/.cache/annotate."""
    env = os.environ if env is None else env
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "annotate")


def _key(paths: tuple[str, ...]) -> str:
    parts: list[Any] = [FORMAT, marshal.version, sys.version_info[:2]]
    for p in paths:
        st = os.stat(p)
        parts.append((p, st.st_size, st.st_mtime_ns))
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:24]


def lexicons() -> Lexicons:
    """The lexicons, from the cache when it holds them, else parsed (and cached)."""
    paths = _paths()
    try:
        key = _key(paths)
    except OSError:
        key = None
    if key is not None:
        path = os.path.join(cache_dir(), _PREFIX + key + ".marshal")
        got = _read(path, key, paths[2])
        if got is not None:
            return got
    data = parse(paths[1], paths[2])
    if key is not None:
        _write(path, key, data)
    return data


def parse(lexicon_path: str, sentiment_path: str) -> Lexicons:
    """Parse textblob's lexicon and sentiment files as its Lexicon and Sentiment do."""
    m = text_module()
    sentiment = m.Sentiment(path=sentiment_path, synset="wordnet_id", language="en")
    sentiment.load()
    return Lexicons(
        tag_buckets=bucketed(read_tags(lexicon_path)),
        words=dict(sentiment.items()),
        labels=dict(sentiment.labeler),
        synsets=dict(sentiment._synsets),
        language=sentiment._language,
        sentiment_path=sentiment_path,
    )


def read_tags(path: str) -> dict[str, str]:
    """en-lexicon.txt as word -> tag: what textblob's Lexicon.load builds, read directly."""
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    out: dict[str, str] = {}
    # One string object per tag: the cache file then holds each tag once (and references),
    # which makes reading it back a third faster.
    same: dict[str, str] = {}
    for line in lines:
        line = line.strip()
        if line and not line.startswith(";;;"):
            word, tag = line.split(" ", 2)[:2]
            out[word] = same.setdefault(tag, tag)
    return out


BUCKET = 3  # a word's bucket: its first three characters


def bucketed(tags: dict[str, str]) -> dict[str, bytes]:
    """word -> tag split by bucket, each part marshalled."""
    groups: dict[str, dict[str, str]] = {}
    for word, tag in tags.items():
        groups.setdefault(word[:BUCKET], {})[word] = tag
    return {k: marshal.dumps(v) for k, v in groups.items()}


def tag_table(buckets: dict[str, bytes]) -> dict[str, str]:
    """All the buckets decoded into one word -> tag dict."""
    out: dict[str, str] = {}
    for blob in buckets.values():
        out.update(marshal.loads(blob))
    return out


def _read(path: str, key: str, sentiment_path: str) -> Lexicons | None:
    try:
        with open(path, "rb") as fh:
            payload = marshal.loads(fh.read())
        got_key, buckets, words, labels, synsets, language = payload
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if got_key != key or not isinstance(buckets, dict) or not isinstance(words, dict):
        return None
    return Lexicons(buckets, words, labels, synsets, language, sentiment_path)


def _write(path: str, key: str, data: Lexicons) -> None:
    payload = (key, data.tag_buckets, data.words, data.labels, data.synsets, data.language)
    try:
        blob = marshal.dumps(payload)
    except ValueError:
        return
    write_atomic(path, blob)


def write_atomic(path: str, blob: bytes) -> None:
    """Write a cache file whole or not at all; any failure (a read-only or missing home, a
    full disk) is ignored: the cache is only an optimisation."""
    with contextlib.suppress(OSError, ValueError):
        atomic.write_atomic(path, blob)
