"""Scores editorial findings against annotated corpora (BASIL, SemEval PTC, BABE, MPQA).

Each scorer takes (corpus document, report) pairs and counts; the figures are properties.
What counts as a hit is documented on each scorer; a span is "overlapped" when a finding
shares at least one character with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..model import Finding, Report
from ..spans import merge
from .corpus import CorpusDoc

PTC_LOADED = ("Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation")


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _editorial(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.voice == "editorial"]


def _hit(start: int, end: int, findings: Sequence[Finding]) -> bool:
    return any(f.start < end and start < f.end for f in findings)


@dataclass
class SpanF1:
    """SemEval-2020 Task 11 span identification (SI) metric, summed over articles.

    For predicted spans S and gold spans T of an article, with |s ∩ t| the characters they
    share: P = Σ_s Σ_t |s ∩ t| / |s| over all s, divided by the number of predicted spans;
    R = Σ_s Σ_t |s ∩ t| / |t|, divided by the number of gold spans. Overlapping spans of one
    side are merged first (the official scorer refuses overlapping predictions, and the SI
    gold has no technique labels, so overlapping technique spans form one span)."""

    p_num: float = 0.0
    p_den: int = 0
    r_num: float = 0.0
    r_den: int = 0

    def add(self, predicted: Iterable[tuple[int, int]], gold: Iterable[tuple[int, int]]) -> None:
        pred = [s for s in merge(predicted) if s[1] > s[0]]
        gold_m = [s for s in merge(gold) if s[1] > s[0]]
        self.p_den += len(pred)
        self.r_den += len(gold_m)
        for s0, s1 in pred:
            for t0, t1 in gold_m:
                inter = min(s1, t1) - max(s0, t0)
                if inter > 0:
                    self.p_num += inter / (s1 - s0)
                    self.r_num += inter / (t1 - t0)

    @property
    def precision(self) -> float:
        return _ratio(self.p_num, self.p_den)

    @property
    def recall(self) -> float:
        return _ratio(self.r_num, self.r_den)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass
class BasilScore:
    """BASIL lexical_bias spans overlapped by an editorial finding, outside quotes and inside."""

    outside: int = 0
    outside_hit: int = 0
    inside: int = 0
    inside_hit: int = 0
    docs: int = 0

    def add(self, doc: CorpusDoc, report: Report) -> None:
        ed = _editorial(report)
        self.docs += 1
        for s in doc.spans:
            if s.label != "lexical_bias":
                continue
            hit = _hit(s.start, s.end, ed)
            if s.extra.get("quote") == "yes":
                self.inside += 1
                self.inside_hit += hit
            elif s.extra.get("quote") == "no":
                self.outside += 1
                self.outside_hit += hit

    @property
    def outside_share(self) -> float:
        return _ratio(self.outside_hit, self.outside)

    @property
    def inside_share(self) -> float:
        return _ratio(self.inside_hit, self.inside)


@dataclass
class PtcScore:
    """SemEval PTC: precision of editorial findings (one overlapping any technique span is
    right), recall of loaded-language spans outside quotation marks, and the SI metric."""

    findings: int = 0
    correct: int = 0
    targets: int = 0
    targets_hit: int = 0
    docs: int = 0
    si_editorial: SpanF1 = field(default_factory=SpanF1)
    si_all: SpanF1 = field(default_factory=SpanF1)

    def add(self, doc: CorpusDoc, report: Report) -> None:
        ed = _editorial(report)
        self.docs += 1
        gold = [(s.start, s.end) for s in doc.spans]
        for f in ed:
            self.findings += 1
            self.correct += any(f.start < e and s < f.end for s, e in gold)
        for s in doc.spans:
            if s.label in PTC_LOADED and not s.extra.get("in_quotes_heuristic", False):
                self.targets += 1
                self.targets_hit += _hit(s.start, s.end, ed)
        self.si_editorial.add(((f.start, f.end) for f in ed), gold)
        self.si_all.add(((f.start, f.end) for f in report.findings), gold)

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.findings)

    @property
    def recall(self) -> float:
        return _ratio(self.targets_hit, self.targets)


@dataclass
class BabeScore:
    """BABE: "the sentence has an editorial finding" against the SENT:Biased label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, doc: CorpusDoc, report: Report) -> None:
        labels = {s.label for s in doc.spans}
        if "SENT:Biased" in labels:
            gold = True
        elif "SENT:Non-biased" in labels:
            gold = False
        else:
            return
        pred = bool(_editorial(report))
        if pred and gold:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def macro_f1(self) -> float:
        neg = _f1(_ratio(self.tn, self.tn + self.fn), _ratio(self.tn, self.tn + self.fp))
        return (self.f1 + neg) / 2


@dataclass
class MpqaScore:
    """MPQA expressive subjectivity: writer-sourced ones overlapped by an editorial finding
    (recall) and other-sourced ones overlapped by one (should be near zero)."""

    writer: int = 0
    writer_hit: int = 0
    other: int = 0
    other_hit: int = 0
    docs: int = 0

    def add(self, doc: CorpusDoc, report: Report) -> None:
        ed = _editorial(report)
        self.docs += 1
        for s in doc.spans:
            if s.label != "expressive_subjectivity":
                continue
            hit = _hit(s.start, s.end, ed)
            if s.extra.get("source_is_writer"):
                self.writer += 1
                self.writer_hit += hit
            else:
                self.other += 1
                self.other_hit += hit

    @property
    def writer_recall(self) -> float:
        return _ratio(self.writer_hit, self.writer)

    @property
    def other_share(self) -> float:
        return _ratio(self.other_hit, self.other)


SCORERS = {
    "basil": BasilScore,
    "semeval2020_ptc": PtcScore,
    "babe_sg2": BabeScore,
    "mpqa3_subset": MpqaScore,
}


def scorer_for(path_name: str) -> type | None:
    """The scorer class for a corpus file name such as 'basil.dev.jsonl'."""
    stem = path_name.split(".", 1)[0]
    return SCORERS.get(stem)
