"""TextBlob's PatternAnalyzer score of a token sequence, computed without its per-call overhead.

TextBlob scores a string by re-tokenising it (find_tokens), then walking the words
(Sentiment.assessments). Both are exact here but cheaper:

- find_tokens treats each space-separated word on its own, except for emoticons and the
  sarcasm mark "(!)", which may join neighbouring tokens, and the end-of-sentence marker. Each
  word's tokens are therefore memoised, and when the joined tokens hold none of those, they are
  the tokens TextBlob would find; otherwise TextBlob itself scores the text.
- assessments is reproduced below step for step (same order of float operations), with the
  emoticon table turned into one dict lookup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .memo import remember


class Scorer:
    """Scores token sequences exactly as `analyzer(" ".join(words))` would."""

    def __init__(self, module: Any, analyzer: Any):
        self.m = module
        self.analyzer = analyzer
        self.lexicon = dict.get.__get__(analyzer)  # the loaded word -> {pos: [p, s, i]} dict
        self.labels = analyzer.labeler
        self.negations = tuple(analyzer.negations)
        self.modifiers = tuple(analyzer.modifiers)
        self.modifier = analyzer.modifier
        self.tokenize = analyzer.tokenizer
        self.emoticons: dict[str, float] = {}
        for (_, p), forms in module.EMOTICONS.items():
            for form in forms:
                self.emoticons.setdefault(form.lower(), p)
        self.memo: dict[str, tuple[list[str], list[str]]] = {}

    def __call__(self, words: Sequence[str]) -> tuple[float, float]:
        """(polarity, subjectivity) of the words joined by spaces (curly apostrophes straight)."""
        tokens: list[str] = []
        lowered: list[str] = []
        memo = self.memo
        for w in words:
            got = memo.get(w)
            if got is None:
                got = self._tokens(w)
            tokens += got[0]
            lowered += got[1]
        joined = " ".join(tokens)
        m = self.m
        if m.EOS in joined or m.RE_SARCASM.search(joined) or m.RE_EMOTICONS.search(joined):
            text = " ".join(words).replace("\u2019", "'")
            score = self.analyzer(text)
            return float(score[0]), float(score[1])
        return self._score(lowered)

    def _tokens(self, word: str) -> tuple[list[str], list[str]]:
        tokens = " ".join(self.tokenize(word.replace("\u2019", "'"))).split()
        got = (tokens, [t.lower() for t in tokens])
        return remember(self.memo, word, got)

    def _score(self, words: list[str]) -> tuple[float, float]:
        """Sentiment.assessments over (word, None) pairs, then Sentiment.__call__'s averages."""
        lexicon, labels, negations = self.lexicon, self.labels, self.negations
        a: list[list[Any]] = []  # [words, p, s, i, n, label] as TextBlob's dicts w, p, s, i, n, x
        m: Any = None  # preceding modifier
        n: Any = None  # preceding negation
        for w in words:
            entry = lexicon(w)
            if entry is not None and None in entry:
                p, s, i = entry[None]
                if m is None:
                    a.append([[w], p, s, i, 1, labels.get(w)])
                else:
                    last = a[-1]
                    last[0].append(w)
                    last[1] = max(-1.0, min(p * last[3], +1.0))
                    last[2] = max(-1.0, min(s * last[3], +1.0))
                    last[3] = i
                    last[5] = labels.get(w)
                if n is not None:
                    last = a[-1]
                    last[0].insert(0, n)
                    last[3] = 1.0 / last[3]
                    last[4] = -1
                m = None
                n = None
                if any(map(entry.__contains__, self.modifiers)):  # pos is None here
                    m = (w, None)
                if w in negations:
                    n = w
            else:
                if w in negations:
                    n = w
                elif n and len(w.strip("'")) > 1:
                    n = None
                if (
                    n is not None
                    and m is not None
                    and (None in self.modifiers or self.modifier(m[0]))
                ):
                    a[-1][0].append(n)
                    a[-1][4] = -1
                    n = None
                elif m and len(w) > 2:
                    m = None
                if w == "!" and len(a) > 0:
                    a[-1][0].append("!")
                    a[-1][1] = max(-1.0, min(a[-1][1] * 1.25, +1.0))
                if w == "(!)":
                    a.append([[w], 0.0, 1.0, 1.0, 1, self.m.IRONY])
                if w.isalpha() is False and len(w) <= 5 and w not in self.m.PUNCTUATION:
                    mood = self.emoticons.get(w)
                    if mood is not None:
                        a.append([[w], mood, 1.0, 1.0, 1, self.m.MOOD])
        polarity: Any = 0
        subjectivity: Any = 0
        for _, p, s, _, neg, _ in a:
            polarity += 1 * (p * -0.5 if neg < 0 else p)
            subjectivity += 1 * s
        count = float(len(a) or 1)
        return float(polarity / count), float(subjectivity / count)
