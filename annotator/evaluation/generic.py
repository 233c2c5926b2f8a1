"""Scores a rule pack on any annotated corpus in the JSONL format, through a label map.

A label map says which gold labels count as `editorial` (the outlet's own loaded wording),
`attributed` (wording inside someone else's statement) or neither. An entry may carry a
condition on the span's `extra`: `lexical_bias[quote=yes]=attributed`. Conditional entries
win over plain ones. Findings are judged by overlap: an editorial finding is right when it
overlaps an editorial gold span; an editorial gold span is recalled when one overlaps it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model import Report
from . import attribution as attribution_eval
from .corpus import CorpusDoc, GoldSpan

ROLES = ("editorial", "attributed", "ignore")
_ENTRY = re.compile(
    r"^\s*(?P<label>[^\[=]+?)\s*(?:\[(?P<key>[\w.-]+)=(?P<value>[^\]]*)\])?\s*=\s*(?P<role>\w+)\s*$"
)

# Labels of the corpora in ../shared/corpora, so `annotate eval` works on them without a map.
DEFAULT_MAP = (
    "lexical_bias=editorial",
    "lexical_bias[quote=yes]=attributed",
    "Loaded_Language=editorial",
    "Name_Calling,Labeling=editorial",
    "Exaggeration,Minimisation=editorial",
    "expressive_subjectivity=attributed",
    "expressive_subjectivity[source_is_writer=True]=editorial",
    "biased_word=editorial",
)


class LabelMapError(ValueError):
    """A label-map entry that cannot be read."""


@dataclass(frozen=True)
class LabelMap:
    """Gold label (and optional extra condition) -> role."""

    plain: dict[str, str]
    conditional: tuple[tuple[str, str, str, str], ...]  # label, key, value, role

    @classmethod
    def parse(cls, entries: Iterable[str]) -> LabelMap:
        plain: dict[str, str] = {}
        cond: list[tuple[str, str, str, str]] = []
        for raw in entries:
            for entry in _split_entries(raw):
                m = _ENTRY.match(entry)
                if not m:
                    raise LabelMapError(
                        f"label map entry {entry!r}: expected LABEL[=KEY=VALUE]=ROLE"
                    )
                role = m.group("role").lower()
                if role not in ROLES:
                    raise LabelMapError(
                        f"label map entry {entry!r}: role {role!r} is not one of {', '.join(ROLES)}"
                    )
                if m.group("key"):
                    cond.append((m.group("label"), m.group("key"), m.group("value"), role))
                else:
                    plain[m.group("label")] = role
        return cls(plain, tuple(cond))

    def role(self, span: GoldSpan) -> str:
        for label, key, value, role in self.conditional:
            if span.label == label and str(span.extra.get(key)).lower() == value.lower():
                return role
        return self.plain.get(span.label, "ignore")


def _split_entries(raw: str) -> list[str]:
    # Entries are separated by ';' or new lines: labels may contain commas.
    return [
        p.strip() for p in re.split(r"[;\n]", raw) if p.strip() and not p.strip().startswith("#")
    ]


@dataclass
class _Counts:
    predicted: int = 0
    correct: int = 0
    recalled: int = 0

    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None


@dataclass
class EvalResult:
    """What `annotate eval` reports."""

    corpus: str
    documents: int = 0
    words: int = 0
    gold: dict[str, int] = field(default_factory=lambda: {"editorial": 0, "attributed": 0})
    editorial_recalled: int = 0
    attributed_flagged_editorial: int = 0
    attributed_flagged_attributed: int = 0
    per_rule: dict[str, _Counts] = field(default_factory=lambda: defaultdict(_Counts))
    per_category: dict[str, _Counts] = field(default_factory=lambda: defaultdict(_Counts))
    attribution: attribution_eval.AttributionScore | None = None

    def to_dict(self) -> dict[str, Any]:
        def rows(table: dict[str, _Counts]) -> list[dict[str, Any]]:
            out = []
            for name, c in sorted(table.items()):
                p = c.precision()
                out.append(
                    {
                        "name": name,
                        "editorial_findings": c.predicted,
                        "correct": c.correct,
                        "precision": None if p is None else round(p, 4),
                        "gold_recalled": c.recalled,
                        "recall": round(c.recalled / self.gold["editorial"], 4)
                        if self.gold["editorial"]
                        else None,
                    }
                )
            return out

        total = _Counts()
        for c in self.per_category.values():
            total.predicted += c.predicted
            total.correct += c.correct
        ge, ga = self.gold["editorial"], self.gold["attributed"]
        return {
            "corpus": self.corpus,
            "documents": self.documents,
            "words": self.words,
            "gold_spans": dict(self.gold),
            "editorial": {
                "findings": total.predicted,
                "precision": round(total.correct / total.predicted, 4) if total.predicted else None,
                "recall": round(self.editorial_recalled / ge, 4) if ge else None,
            },
            "attributed_gold": {
                "flagged_editorial": round(self.attributed_flagged_editorial / ga, 4)
                if ga
                else None,
                "flagged_attributed": round(self.attributed_flagged_attributed / ga, 4)
                if ga
                else None,
            },
            "per_category": rows(self.per_category),
            "per_rule": rows(self.per_rule),
            "attribution": self.attribution.to_dict() if self.attribution else None,
        }


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < ge and gs < e for gs, ge in spans)


def evaluate(
    docs: Iterable[CorpusDoc],
    annotate: Callable[[str], Report],
    label_map: LabelMap,
    corpus: str = "",
) -> EvalResult:
    """Run the annotator over every document and score it against the mapped gold spans."""
    result = EvalResult(corpus=corpus)
    attr = attribution_eval.AttributionScore()
    has_attr = False
    for doc in docs:
        report = annotate(doc.text)
        result.documents += 1
        result.words += len(doc.text.split())
        editorial_gold = [(s.start, s.end) for s in doc.spans if label_map.role(s) == "editorial"]
        attributed_gold = [(s.start, s.end) for s in doc.spans if label_map.role(s) == "attributed"]
        result.gold["editorial"] += len(editorial_gold)
        result.gold["attributed"] += len(attributed_gold)
        editorial = [f for f in report.findings if f.voice == "editorial"]
        attributed = [f for f in report.findings if f.voice == "attributed"]
        for f in editorial:
            right = _overlaps(f.start, f.end, editorial_gold)
            for table, key in ((result.per_rule, f.rule), (result.per_category, f.category)):
                table[key].predicted += 1
                table[key].correct += int(right)
        for gs, ge in editorial_gold:
            hits = [f for f in editorial if f.start < ge and gs < f.end]
            result.editorial_recalled += int(bool(hits))
            for key in {f.rule for f in hits}:
                result.per_rule[key].recalled += 1
            for key in {f.category for f in hits}:
                result.per_category[key].recalled += 1
        for gs, ge in attributed_gold:
            result.attributed_flagged_editorial += int(
                any(f.start < ge and gs < f.end for f in editorial)
            )
            result.attributed_flagged_attributed += int(
                any(f.start < ge and gs < f.end for f in attributed)
            )
        if any(s.label == "Content" for s in doc.spans):
            has_attr = True
            attribution_eval.score_doc(doc, report, attr)
    result.attribution = attr if has_attr else None
    return result
