"""What the editorial figures would be if words of published lexicons were flagged too.

Usage: python scripts/eval_lexicon_bound.py [--corpora DIR] [--reference FILE] [--limit N]
                                            [--oracle basil|mpqa] LEXICON[:TYPE] ...

An upper-bound experiment, not a rule pack. Beside the default pack's findings, single-word
entries of the named lexicons in ../shared/reference/lexicons.jsonl (optionally only entries
whose `extra.type` is TYPE, e.g. mpqa_subjclues_wilson2005:strongsubj) count as editorial
findings wherever they occur in the outlet's voice: outside every attribution's content (as
the engine assigns voice, from the report's `paraphrase` marks), outside quotation marks and
outside boilerplate. Exact lower-case word match, no inflection.

It prints the figures of issue 3 with every such word flagged: how far lexicon matching can
go and what precision that costs. With --oracle TARGET it then picks words greedily, using
the corpora's own labels (so it cheats, and is optimistic), to raise the BASIL outside share
or the MPQA writer recall as far as it goes while PTC precision stays >= 0.45, MPQA
other-sourced <= 0.05 and BABE F1 >= 0.70: whether the aims can be met together at all.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from annotator.engine.runner import Voices
from annotator.evaluation.corpus import read
from annotator.evaluation.editorial import PTC_LOADED
from annotator.pipeline import annotate
from annotator.settings import DEFAULT

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
GOLD_SETS = ("basil", "ptc_loaded", "mpqa_writer", "mpqa_other", "babe")


def lexicon_words(path: Path, names: list[str]) -> set[str]:
    """Single-word entries of the named lexicons ('name' or 'name:type')."""
    wanted = [(n.partition(":")[0], n.partition(":")[2] or None) for n in names]
    words: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            entry = d["entry"].lower()
            if " " in entry:
                continue
            for name, typ in wanted:
                if d["lexicon"] == name and (typ is None or d["extra"].get("type") == typ):
                    words.add(entry)
    return words


@dataclass
class Hits:
    """What a set of findings hits: PTC findings and right ones, and gold items by set."""

    ptc_n: int = 0
    ptc_ok: int = 0
    gold: dict[str, set] = field(default_factory=lambda: {k: set() for k in GOLD_SETS})

    def add(self, other: Hits) -> None:
        self.ptc_n += other.ptc_n
        self.ptc_ok += other.ptc_ok
        for k in GOLD_SETS:
            self.gold[k] |= other.gold[k]


@dataclass
class Study:
    """The default pack's hits, each word's extra hits, and the sizes of the gold sets."""

    base: Hits = field(default_factory=Hits)
    words: dict[str, Hits] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GOLD_SETS, 0))
    babe_gold: dict[str, bool] = field(default_factory=dict)

    def figures(self, chosen: set[str] | frozenset[str]) -> dict[str, float]:
        h = Hits()
        h.add(self.base)
        for w in chosen:
            h.add(self.words[w])
        flagged = h.gold["babe"]
        tp = sum(1 for d, g in self.babe_gold.items() if g and d in flagged)
        fp = sum(1 for d, g in self.babe_gold.items() if not g and d in flagged)
        fn = sum(1 for d, g in self.babe_gold.items() if g and d not in flagged)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        share = {k: len(h.gold[k]) / self.sizes[k] if self.sizes[k] else 0.0 for k in GOLD_SETS}
        return {
            "basil_outside": share["basil"],
            "ptc_precision": h.ptc_ok / h.ptc_n if h.ptc_n else 0.0,
            "ptc_loaded_recall": share["ptc_loaded"],
            "babe_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "mpqa_writer": share["mpqa_writer"],
            "mpqa_other": share["mpqa_other"],
        }


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def study(corpora: Path, words: set[str], limit: int | None) -> Study:
    """One pass over the four corpora: the pack's own hits and every lexicon word's."""
    st = Study()
    for name in ("basil", "semeval2020_ptc", "babe_sg2", "mpqa3_subset"):
        for doc in read(corpora / f"{name}.dev.jsonl", limit):
            text = doc.text
            report = annotate(text, DEFAULT)
            attrs = list(report.attributions)
            voices = Voices(attrs, {a.id for a in attrs if a.paraphrase}, report.quotes)
            found = [(m.start(), m.end()) for m in _WORD.finditer(text)]
            found = [(s, e) for s, e in found if text[s:e].lower() in words]
            voice = voices.of_many(found)
            fenced = [(q.start, q.end) for q in report.quotes]
            fenced += [(b.start, b.end) for b in report.boilerplate]
            extra = [
                (s, e)
                for s, e in found
                if voice[(s, e)] is None and not any(a <= s and e <= b for a, b in fenced)
            ]
            own = [(f.start, f.end) for f in report.findings if f.voice == "editorial"]
            gold = _gold(name, doc)
            if name == "babe_sg2":
                if gold is None:
                    continue
                st.babe_gold[doc.id] = gold
                if own:
                    st.base.gold["babe"].add(doc.id)
                for s, e in extra:
                    st.words.setdefault(text[s:e].lower(), Hits()).gold["babe"].add(doc.id)
                continue
            if name == "semeval2020_ptc":
                every = [(g.start, g.end) for g in doc.spans]
                st.base.ptc_n += len(own)
                st.base.ptc_ok += sum(_overlaps(s, e, every) for s, e in own)
                for s, e in extra:
                    h = st.words.setdefault(text[s:e].lower(), Hits())
                    h.ptc_n += 1
                    h.ptc_ok += _overlaps(s, e, every)
            for kind, key, (gs, ge) in gold:
                st.sizes[kind] += 1
                if _overlaps(gs, ge, own):
                    st.base.gold[kind].add(key)
                for s, e in extra:
                    if s < ge and gs < e:
                        st.words.setdefault(text[s:e].lower(), Hits()).gold[kind].add(key)
    return st


def _gold(name: str, doc):
    """BABE: the sentence's label (None if unlabelled); else (set, key, span) of gold items."""
    if name == "babe_sg2":
        labels = {s.label for s in doc.spans}
        if "SENT:Biased" in labels:
            return True
        return False if "SENT:Non-biased" in labels else None
    out = []
    for k, s in enumerate(doc.spans):
        kind = None
        if name == "basil" and s.label == "lexical_bias" and s.extra.get("quote") == "no":
            kind = "basil"
        elif name == "semeval2020_ptc" and s.label in PTC_LOADED:
            kind = None if s.extra.get("in_quotes_heuristic", False) else "ptc_loaded"
        elif name == "mpqa3_subset" and s.label == "expressive_subjectivity":
            kind = "mpqa_writer" if s.extra.get("source_is_writer") else "mpqa_other"
        if kind:
            out.append((kind, (doc.id, k), (s.start, s.end)))
    return out


def _fits(f: dict[str, float]) -> bool:
    return f["ptc_precision"] >= 0.45 and f["mpqa_other"] <= 0.05 and f["babe_f1"] >= 0.70


def oracle(st: Study, target: str) -> tuple[list[str], dict[str, float]]:
    """Words chosen greedily by gold items gained per wrong PTC finding (and other-sourced
    MPQA hit), each kept only while the precision aims hold."""
    kind = {"basil": "basil", "mpqa": "mpqa_writer"}[target]
    covered = set(st.base.gold[kind])
    chosen: list[str] = []
    left = {w for w, h in st.words.items() if h.gold[kind]}
    best_figures = st.figures(set())
    while True:
        best, best_score = None, 0.0
        for w in left:
            h = st.words[w]
            gain = len(h.gold[kind] - covered)
            cost = (h.ptc_n - h.ptc_ok) + 5 * len(h.gold["mpqa_other"]) + 1
            if gain and gain / cost > best_score:
                best, best_score = w, gain / cost
        if best is None:
            return chosen, best_figures
        left.discard(best)
        figures = st.figures(set(chosen) | {best})
        if _fits(figures):
            chosen.append(best)
            covered |= st.words[best].gold[kind]
            best_figures = figures


def _show(label: str, f: dict[str, float]) -> None:
    print(
        f"{label}: BASIL outside {f['basil_outside']:.3f} (aim >= 0.60); "
        f"PTC precision {f['ptc_precision']:.3f} (>= 0.45), loaded recall "
        f"{f['ptc_loaded_recall']:.3f}; BABE F1 {f['babe_f1']:.3f} (>= 0.70); "
        f"MPQA writer {f['mpqa_writer']:.3f} (>= 0.50), other {f['mpqa_other']:.3f} (<= 0.05)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lexicons", nargs="+", help="lexicon names, optionally name:type")
    ap.add_argument("--corpora", type=Path, default=SHARED / "corpora")
    ap.add_argument("--reference", type=Path, default=SHARED / "reference" / "lexicons.jsonl")
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus")
    ap.add_argument("--oracle", choices=("basil", "mpqa"), help="greedy choice with the labels")
    args = ap.parse_args(argv)
    if not args.corpora.is_dir() or not args.reference.is_file():
        sys.stderr.write(f"eval_lexicon_bound: no {args.corpora} or no {args.reference}\n")
        return 2
    words = lexicon_words(args.reference, args.lexicons)
    print(f"{len(words)} single words from {', '.join(args.lexicons)}")
    st = study(args.corpora, words, args.limit)
    _show("default pack", st.figures(set()))
    _show("every word", st.figures(set(st.words)))
    if args.oracle:
        chosen, figures = oracle(st, args.oracle)
        _show(f"oracle for {args.oracle}, {len(chosen)} words", figures)
        print("words, in the order chosen:", " ".join(chosen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
