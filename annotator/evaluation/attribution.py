"""Scores attribution finding against a corpus with Source/Cue/Content spans (PolNeAR style).

A gold attribution is found when one predicted attribution's content covers at least half of
its content; a prediction is correct when at least half of it lies inside some gold content.
Source accuracy: of the gold attributions found that have a source, the share whose matched
prediction has a source overlapping it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import Report
from ..spans import merge
from .corpus import CorpusDoc


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


@dataclass
class AttributionScore:
    """Counts behind precision, recall, F1 and source accuracy."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    with_source: int = 0
    source_right: int = 0
    docs: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def source_accuracy(self) -> float:
        return self.source_right / self.with_source if self.with_source else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "documents": self.docs,
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "source_accuracy": round(self.source_accuracy, 4),
            "gold_with_source": self.with_source,
        }


def gold_attributions(doc: CorpusDoc) -> list[dict[str, list[tuple[int, int]]]]:
    """Group a document's Content/Source/Cue spans by their attribution id."""
    groups: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for s in doc.spans:
        if s.label in ("Content", "Source", "Cue") and "attribution" in s.extra:
            groups[str(s.extra["attribution"])][s.label].append((s.start, s.end))
    return [g for g in groups.values() if g.get("Content")]


def score_doc(
    doc: CorpusDoc, report: Report, score: AttributionScore, keep_examples: int = 0
) -> None:
    """Add one document's counts to score."""
    gold = gold_attributions(doc)
    all_gold_content = merge(s for g in gold for s in g["Content"])
    preds = [
        ([(p.start, p.end) for p in a.parts], (a.source.start, a.source.end) if a.source else None)
        for a in report.attributions
    ]
    score.docs += 1
    score.gold += len(gold)
    score.predicted += len(preds)
    for parts, _ in preds:
        size = sum(e - s for s, e in parts)
        if size and _overlap(parts, all_gold_content) * 2 >= size:
            score.correct += 1
        elif len(score.false_alarms) < keep_examples:
            score.false_alarms.append((doc.id, " | ".join(doc.text[s:e] for s, e in parts)[:300]))
    for g in gold:
        content = g["Content"]
        size = sum(e - s for s, e in content)
        best = None
        best_cov = 0
        for parts, src in preds:
            cov = _overlap(parts, content)
            if cov > best_cov:
                best, best_cov = (parts, src), cov
        if best is not None and best_cov * 2 >= size:
            score.found += 1
            if g.get("Source"):
                score.with_source += 1
                src = best[1]
                if src is not None and _overlap([src], g["Source"]) > 0:
                    score.source_right += 1
        elif len(score.misses) < keep_examples:
            score.misses.append((doc.id, " | ".join(doc.text[s:e] for s, e in content)[:300]))


def evaluate(
    docs: Iterable[CorpusDoc], annotate: Callable[[str], Report], keep_examples: int = 0
) -> AttributionScore:
    """Score every document of an attribution corpus."""
    score = AttributionScore()
    for doc in docs:
        score_doc(doc, annotate(doc.text), score, keep_examples)
    return score
