"""`subjectivity`: adjectives and adverbs that TextBlob's lexicon rates strongly subjective."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ... import nlp
from .base import NUMBER, STR_LIST, Context, Field, Matcher, require
from .words import CONTEXT_FIELDS, Conditions, inflections


class Subjectivity(Matcher):
    """Flags a word tagged with one of `pos` whose subjectivity is at least `threshold` and
    whose polarity is at least `min_polarity` away from 0, unless it is in `stoplist`.
    An -ly adverb missing from the lexicon is rated by its adjective (clearly -> clear)."""

    kind = "subjectivity"
    fallback = True
    fields = {
        "threshold": Field(NUMBER, default=0.8, help="lowest subjectivity (0..1) flagged"),
        "min_polarity": Field(NUMBER, default=0.0, help="lowest absolute polarity (0..1)"),
        "stoplist": Field(STR_LIST, help="frequent words that are not evaluative in news"),
        **{k: v for k, v in CONTEXT_FIELDS.items() if k not in ("inflect", "case_sensitive")},
    }

    def __init__(self, options: dict[str, Any]):
        super().__init__(options)
        self.threshold = float(options.get("threshold", 0.8))
        self.min_polarity = float(options.get("min_polarity", 0.0))
        require(0.0 <= self.threshold <= 1.0, "threshold", "must be between 0 and 1")
        require(0.0 <= self.min_polarity <= 1.0, "min_polarity", "must be between 0 and 1")
        self.pos = tuple(options.get("pos") or ("JJ", "RB"))
        self.stop = frozenset(
            f for w in options.get("stoplist") or () for f in inflections(w.lower())
        )
        self.conditions = Conditions({k: v for k, v in options.items() if k != "pos"})
        self._cache: dict[tuple[str, str, float], bool] = {}
        self._maybe: dict[float, dict[str, bool]] = {}

    def _subjective(self, word: str, tag: str, threshold: float) -> bool:
        key = (word, tag[:2], threshold)
        hit = self._cache.get(key)
        if hit is None:
            values = nlp.word_sentiment(word, tag[:2])
            if values is None and tag.startswith("RB") and word.endswith("ly") and len(word) > 4:
                for base in _adjective_of(word):
                    values = nlp.word_sentiment(base, "JJ")
                    if values is not None:
                        break
            hit = (
                values is not None
                and values[1] >= threshold
                and abs(values[0]) >= self.min_polarity
            )
            self._cache[key] = hit
        return hit

    def find(self, ctx: Context) -> Iterator[tuple[int, int]]:
        threshold = self.threshold
        override = getattr(ctx.settings, "subjectivity_threshold", None)
        if override is not None:
            threshold = float(override)
        maybe = self._maybe.setdefault(threshold, {})
        for sent in ctx.sentences:
            # Words that qualify under some tag; most sentences have none, so skip them whole.
            hits = set()
            for w in sent.wordset():
                ok = maybe.get(w)
                if ok is None:
                    ok = maybe[w] = w not in self.stop and any(
                        self._subjective(w, t, threshold) for t in self.pos
                    )
                if ok:
                    hits.add(w)
            if not hits:
                continue
            toks, words = sent.tokens, sent.words
            for i, tok in enumerate(toks):
                if words[i] not in hits or not tok.tag.startswith(self.pos):
                    continue
                if self._subjective(words[i], tok.tag, threshold) and self.conditions.ok(
                    sent, i, i + 1
                ):
                    yield tok.start, tok.end


def _adjective_of(adverb: str) -> list[str]:
    stem = adverb[:-2]
    out = [stem]
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")  # happily -> happy
    if adverb.endswith(("bly", "ply", "tly", "dly", "gly")):
        out.append(adverb[:-1] + "e")  # terribly -> terrible, simply -> simple
    if adverb.endswith("ally"):
        out.append(adverb[:-4])  # basically -> basic
    return out
