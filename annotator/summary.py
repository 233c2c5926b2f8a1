"""The per-article summary: voice shares, counts per category, subjectivity by voice."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from operator import itemgetter
from typing import Any

from . import nlp
from .document import Document
from .memo import remember
from .model import Report
from .spans import merge

TOP_TERMS = 10
# TextBlob's negations: kept when the text is shortened for scoring (see _scored_words).
_NEGATIONS = frozenset({"no", "not", "n't", "never"})
_START = itemgetter(0)  # a Token's start


def with_summary(report: Report, doc: Document) -> Report:
    """The report with its `summary` filled in."""
    return replace(report, summary=summarise(report, doc))


def summarise(report: Report, doc: Document) -> dict[str, Any]:
    """Counts and shares for one article; outlet voice = body text outside every attribution."""
    voices = Counter(s.voice for s in report.sentences if s.voice != "boilerplate")
    total = sum(voices.values()) or 1
    outlet, quoted = _words_by_voice(report, doc)
    editorial = [f for f in report.findings if f.voice == "editorial"]
    per_cat: dict[str, dict[str, int]] = {}
    for f in report.findings:
        per_cat.setdefault(f.category, {"editorial": 0, "attributed": 0})[f.voice] += 1
    terms = Counter((f.text.lower(), f.category) for f in editorial)
    n_outlet = sum(map(_counted.__getitem__, outlet))
    n_quoted = sum(map(_counted.__getitem__, quoted))
    return {
        "words": doc.word_count,
        "sentences": sum(voices.values()),
        "sentence_share": {
            v: round(voices.get(v, 0) / total, 4) for v in ("editorial", "attributed", "neutral")
        },
        "attributions": len(report.attributions),
        "findings": {
            "editorial": len(editorial),
            "attributed": len(report.findings) - len(editorial),
        },
        "categories": {c: per_cat[c] for c in sorted(per_cat)},
        "outlet_words": n_outlet,
        "attributed_words": n_quoted,
        "editorial_per_100_words": round(100 * len(editorial) / n_outlet, 2) if n_outlet else 0.0,
        "sentiment": {"outlet": _sentiment(outlet), "attributed": _sentiment(quoted)},
        "top_terms": [
            {"term": t, "category": c, "count": n}
            for (t, c), n in sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]
        ],
    }


def _words_by_voice(report: Report, doc: Document) -> tuple[list[str], list[str]]:
    """Lower-cased tokens of the body outside every attribution's content, and those inside."""
    from .engine.runner import sentence_views

    parts = merge((p.start, p.end) for a in report.attributions for p in a.parts)
    outlet: list[str] = []
    quoted: list[str] = []
    k = 0
    for sent in sentence_views(doc):
        while k < len(parts) and parts[k][1] <= sent.start:
            k += 1
        if k >= len(parts) or parts[k][0] >= sent.end:
            outlet.extend(sent.words)  # no content part touches this sentence
            continue
        # A token is inside when it starts within a (merged, disjoint) part: each part
        # overlapping the sentence takes the run of tokens starting in it, found by bisection.
        toks, words = sent.tokens, sent.words
        done = 0
        kk = k
        while kk < len(parts) and parts[kk][0] < sent.end:
            start, end = parts[kk]
            a = bisect_left(toks, start, done, key=_START)
            b = bisect_left(toks, end, a, key=_START)
            outlet.extend(words[done:a])
            quoted.extend(words[a:b])
            done = b
            kk += 1
        outlet.extend(words[done:])
    return outlet, quoted


class _Counted(dict):
    """word -> 1 when it counts as a word (starts with a letter or digit), else 0; memoised."""

    def __missing__(self, word: str) -> int:
        return remember(self, word, 1 if word[:1].isalnum() else 0)


_counted = _Counted()


# Punctuation TextBlob's scorer passes over without effect once no modifier or negation is
# pending. Not "!" (it boosts the previous word), nor marks that can form an emoticon with
# their neighbours once the scorer re-tokenises the text (":" "/" becomes ":/").
_INERT = frozenset(',."\u2013\u2014\u201c\u201d')


def _scored_words(words: list[str]) -> list[str]:
    """The (lower-case) words TextBlob's scorer can react to, in order, with every run of other
    words cut to one stand-in. The scorer treats a long unknown word only as a reset of its pending
    modifier and negation, and short words and plain punctuation do nothing once that state
    is reset, so the score is unchanged (checked on news text) and the work is a fraction.
    The stand-in also keeps apart marks that would otherwise read as an emoticon (": (")."""
    out: list[str] = []
    idle = True  # no modifier or negation can be pending
    get = _roles.get
    for low in words:
        role = get(low)
        if role is None:
            role = _role(low)
        if role == _SCORED:
            out.append(low)
            idle = False
        elif role == _RESET or (role == _IDLE and idle):
            if not out or out[-1] != "xxx":
                out.append("xxx")
            idle = True
        else:
            out.append(low)
    return out


# What a word does in _scored_words: scored (known or a negation), a reset (a long unknown
# word), a no-op once idle (short word, inert punctuation), or kept as it is.
_SCORED, _RESET, _IDLE, _KEPT = range(4)
_roles: dict[str, int] = {}


def _role(low: str) -> int:
    if nlp.word_sentiment(low) is not None or low in _NEGATIONS:
        role = _SCORED
    elif len(low) > 2 and low.isalpha():
        role = _RESET
    elif low.isalnum() or low in _INERT:
        role = _IDLE
    else:
        role = _KEPT
    return remember(_roles, low, role)


def _sentiment(words: list[str]) -> dict[str, float]:
    polarity, subjectivity = nlp.sentiment(_scored_words(words)) if words else (0.0, 0.0)
    return {"polarity": round(polarity, 4), "subjectivity": round(subjectivity, 4)}
