"""TextBlob's offline pattern tagger and sentiment lexicon, loaded lazily on first use.

This is the only module that touches textblob. It loads `textblob/_text.py` and the shipped
English lexicons directly: `import textblob` would import NLTK (~0.4 s) and its default
tokenizers need corpus downloads that are unreachable offline.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from types import ModuleType
from typing import Any

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _textblob_dir() -> str:
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("textblob is not installed")
    return list(spec.submodule_search_locations)[0]


@lru_cache(maxsize=1)
def _text_module() -> ModuleType:
    path = os.path.join(_textblob_dir(), "_text.py")
    spec = importlib.util.spec_from_file_location("annotator._textblob_text", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def _parser() -> Any:
    m = _text_module()
    en = os.path.join(_textblob_dir(), "en")
    lexicon = m.Lexicon(
        path=os.path.join(en, "en-lexicon.txt"),
        morphology=os.path.join(en, "en-morphology.txt"),
        context=os.path.join(en, "en-context.txt"),
        entities=os.path.join(en, "en-entities.txt"),
        language="en",
    )
    return m.Parser(lexicon=lexicon, default=("NN", "NNP", "CD"), language="en")


@lru_cache(maxsize=1)
def _sentiment() -> Any:
    m = _text_module()
    en = os.path.join(_textblob_dir(), "en")
    sentiment = m.Sentiment(
        path=os.path.join(en, "en-sentiment.xml"),
        synset="wordnet_id",
        negations=("no", "not", "n't", "never"),
        modifiers=("RB",),
        modifier=lambda w: w.endswith("ly"),
        tokenizer=_parser().find_tokens,
        language="en",
    )
    sentiment.load()
    return sentiment


def _identity(token: str, tag: str) -> tuple[str, str]:
    return token, tag


def tag(words: Sequence[str]) -> list[str]:
    """Penn Treebank tags for already tokenized words (one tag per word)."""
    if not words:
        return []
    with _lock:
        parser = _parser()
    # Curly apostrophes are unknown to the lexicon; the tagger sees straight ones.
    norm = [w.replace("\u2019", "'") for w in words]
    tags = [t for _, t in parser.find_tags(norm, map=_identity)]
    return _repair(norm, tags)


_CLITIC_HOSTS = frozenset("he she it that there what who here where how this".split())


def _repair(words: list[str], tags: list[str]) -> list[str]:
    """Fix two systematic slips of the lexicon tagger: "he's" read as a possessive, and a
    verb after a modal read as a noun ("would vote")."""
    for i in range(1, len(words)):
        prev = words[i - 1].lower()
        if words[i] == "'s" and prev in _CLITIC_HOSTS:
            tags[i] = "VBZ"
        elif tags[i] in ("NN", "NNS") and tags[i - 1] == "MD" and words[i].islower():
            tags[i] = "VB"
    return tags


def sentiment(words: Sequence[str]) -> tuple[float, float]:
    """(polarity, subjectivity) of a token sequence by TextBlob's PatternAnalyzer lexicon.

    Fed tokens, not a string, so that "isn't good" is scored as "is n't good" (negated)."""
    if not words:
        return 0.0, 0.0
    with _lock:
        analyzer = _sentiment()
    text = " ".join(w.replace("\u2019", "'") for w in words)
    polarity, subjectivity = analyzer(text)
    return float(polarity), float(subjectivity)


def word_sentiment(word: str, pos: str | None = None) -> tuple[float, float] | None:
    """(polarity, subjectivity) of one word from the lexicon, or None when unknown."""
    with _lock:
        analyzer = _sentiment()
    entry = analyzer.get(word.lower().replace("\u2019", "'"))
    if not entry:
        return None
    values = entry.get(pos) if pos else None
    if values is None:
        values = entry.get(None)
    if values is None:
        return None
    return float(values[0]), float(values[1])
