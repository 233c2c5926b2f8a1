"""TextBlob's offline pattern tagger and sentiment lexicon, loaded lazily on first use.

This is the only module that touches textblob. It loads `textblob/_text.py` and the shipped
English lexicons directly: `import textblob` would import NLTK (~0.4 s) and its default
tokenizers need corpus downloads that are unreachable offline. The parsed lexicons are kept
in the user's cache directory (lexicon_cache), so a fresh process need not parse them.
"""

from __future__ import annotations

import marshal
import threading
from collections.abc import Sequence
from typing import Any

from . import lexicon_cache
from .memo import remember
from .scoring import Scorer

_lock = threading.Lock()
# Filled on first use: (the word -> tag lexicon, TextBlob's sentiment analyzer, its scorer).
_LOADED: list[tuple[_Tags, Any, Scorer]] = []
# Tags of words the lexicon lacks, and lexicon entries per (word, pos), as computed.
_GUESSED: dict[str, str] = {}
_WORDS: dict[tuple[str, str | None], tuple[float, float] | None] = {}


def _load() -> None:
    with _lock:
        if _LOADED:
            return
        m = lexicon_cache.text_module()
        data = lexicon_cache.lexicons()
        tags = _Tags(data.tag_buckets)
        parser = m.Parser(lexicon=tags.table, default=("NN", "NNP", "CD"), language="en")
        analyzer = _eager(m.Sentiment)(
            path=data.sentiment_path,
            synset="wordnet_id",
            negations=("no", "not", "n't", "never"),
            modifiers=("RB",),
            modifier=lambda w: w.endswith("ly"),
            tokenizer=parser.find_tokens,
            language="en",
        )
        dict.update(analyzer, data.words)
        analyzer.labeler.update(data.labels)
        analyzer._synsets.update(data.synsets)
        analyzer._language = data.language
        _LOADED.append((tags, analyzer, Scorer(m, analyzer)))


class _Tags:
    """The word -> tag lexicon, decoded bucket by bucket as words missing from it are looked up."""

    def __init__(self, buckets: dict[str, bytes]):
        self.buckets = dict(buckets)
        self.table: dict[str, str] = {}

    def fetch(self, word: str) -> str | None:
        """The tag of a word the table lacks, once its bucket is decoded (None: unknown)."""
        if self.buckets:
            with _lock:
                blob = self.buckets.pop(word[: lexicon_cache.BUCKET], None)
                if blob is not None:
                    self.table.update(marshal.loads(blob))
        return self.table.get(word)


def _eager(cls: type) -> type:
    """A subclass of a loaded textblob lazydict whose lookups are plain dict lookups."""
    names = (
        "__contains__",
        "__getitem__",
        "__iter__",
        "__len__",
        "__repr__",
        "get",
        "items",
        "keys",
        "values",
        "setdefault",
    )
    return type("Eager" + cls.__name__, (cls,), {n: getattr(dict, n) for n in names})


def _loaded() -> tuple[_Tags, Any, Scorer]:
    """(tag lexicon, sentiment analyzer, scorer), loaded on first use."""
    if not _LOADED:
        _load()
    return _LOADED[0]


def _guess(word: str) -> str:
    """TextBlob's tag for a word its lexicon lacks (find_tags without context rules)."""
    tag = _GUESSED.get(word)
    if tag is None:
        m = lexicon_cache.text_module()
        if word.istitle():
            tag = "NNP"
        elif m.CD.match(word) is not None:
            tag = "CD"
        else:
            tag = m._suffix_rules([word, "NN"])[1]
        remember(_GUESSED, word, tag)
    return tag


def tag(words: Sequence[str]) -> list[str]:
    """Penn Treebank tags for already tokenized words (one tag per word).

    The tags of TextBlob's PatternTagger (Parser.find_tags: the lexicon, then capitalised
    words NNP, numbers CD and suffix rules for the rest), computed here without its overhead."""
    if not words:
        return []
    lexicon = _loaded()[0]
    # Curly apostrophes are unknown to the lexicon; the tagger sees straight ones.
    if "\u2019" in "\x00".join(words):
        norm = [w.replace("\u2019", "'") for w in words]
    else:
        norm = list(words)
    tags: list[Any] = list(map(lexicon.table.get, norm))
    if None in tags:
        for i, t in enumerate(tags):
            if t is None:
                t = lexicon.fetch(norm[i])
                if t is None and i == 0:  # the first word is also looked up in lower case
                    t = lexicon.fetch(norm[0].lower())
                tags[i] = t if t is not None else _guess(norm[i])
    return _repair(norm, tags)


_CLITIC_HOSTS = frozenset("he she it that there what who here where how this".split())


def _repair(words: list[str], tags: list[str]) -> list[str]:
    """Fix two systematic slips of the lexicon tagger: "he's" read as a possessive, and a
    verb after a modal read as a noun ("would vote")."""
    # Only a "'s" or a word after a modal can change, and no change makes or unmakes either.
    at: list[int] = []
    if "'s" in words:
        at.extend(i for i, w in enumerate(words) if w == "'s" and i)
    if "MD" in tags:
        at.extend(i + 1 for i, t in enumerate(tags) if t == "MD" and i + 1 < len(tags))
    for i in sorted(set(at)):
        if words[i] == "'s" and words[i - 1].lower() in _CLITIC_HOSTS:
            tags[i] = "VBZ"
        elif tags[i] in ("NN", "NNS") and tags[i - 1] == "MD" and words[i].islower():
            tags[i] = "VB"
    return tags


def sentiment(words: Sequence[str]) -> tuple[float, float]:
    """(polarity, subjectivity) of a token sequence by TextBlob's PatternAnalyzer lexicon.

    Fed tokens, not a string, so that "isn't good" is scored as "is n't good" (negated)."""
    if not words:
        return 0.0, 0.0
    return _loaded()[2](words)


def word_sentiment(word: str, pos: str | None = None) -> tuple[float, float] | None:
    """(polarity, subjectivity) of one word from the lexicon, or None when unknown."""
    key = (word, pos)
    try:
        return _WORDS[key]
    except KeyError:
        pass
    analyzer = _loaded()[1]
    got: tuple[float, float] | None = None
    entry = analyzer.get(word.lower().replace("\u2019", "'"))
    if entry:
        values = entry.get(pos) if pos else None
        if values is None:
            values = entry.get(None)
        if values is not None:
            got = (float(values[0]), float(values[1]))
    return remember(_WORDS, key, got)
