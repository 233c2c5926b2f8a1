"""Scores the default rule pack's editorial findings on the annotated dev corpora.

Usage: python scripts/eval_editorial.py [--corpora DIR] [--limit N] [--json] [--speed]

Reads ../shared/corpora/*.dev.jsonl (never part of the repository), annotates every document
with the full pipeline and prints the figures of issue 3. --speed also times the engine's own
share (rules + summary) apart from the rest of the pipeline on the PolNeAR texts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from annotator.evaluation.corpus import read
from annotator.evaluation.editorial import BabeScore, BasilScore, MpqaScore, PtcScore
from annotator.pipeline import annotate
from annotator.settings import DEFAULT

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"


def score(path: Path, scorer, limit: int | None):
    s = scorer()
    for doc in read(path, limit):
        s.add(doc, annotate(doc.text, DEFAULT))
    return s


def speed(path: Path, limit: int | None) -> dict[str, float]:
    """Words per second of the whole pipeline, and the engine's and summary's own cost, in
    CPU time of this process (wall time on a shared machine measures the neighbours too)."""
    from annotator import attribution, engine, summary
    from annotator.document import Document
    from annotator.model import Report
    from annotator.pipeline import _mark_paraphrases, _voice_sentences

    docs = [d.text for d in read(path, limit)]
    annotate("Warm up. He said it was fine.", DEFAULT)
    words = sum(len(t.split()) for t in docs)
    t0 = time.process_time()
    for t in docs:
        annotate(t, DEFAULT)
    whole = time.process_time() - t0
    t_engine = t_summary = 0.0
    for t in docs:
        doc = Document(t)
        quotes, attrs, speakers = attribution.find(doc)
        attrs = _mark_paraphrases(doc, attrs)
        t1 = time.process_time()
        findings = engine.run(doc, quotes, attrs, DEFAULT)
        t2 = time.process_time()
        report = Report(
            t,
            None,
            "utf-8",
            tuple(_voice_sentences(doc, attrs, findings)),
            (),
            tuple(quotes),
            tuple(attrs),
            speakers,
            tuple(findings),
            (),
        )
        t3 = time.process_time()
        summary.summarise(report, doc)
        t4 = time.process_time()
        t_engine += t2 - t1
        t_summary += t4 - t3
    return {
        "words": words,
        "pipeline_words_per_s": round(words / whole),
        "engine_us_per_word": round(t_engine / words * 1e6, 2),
        "summary_us_per_word": round(t_summary / words * 1e6, 2),
        "engine_and_summary_share": round((t_engine + t_summary) / whole, 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--speed", action="store_true", help="also time the engine on PolNeAR")
    args = ap.parse_args(argv)
    if not args.corpora.is_dir():
        sys.stderr.write(f"eval_editorial: no corpora at {args.corpora}\n")
        return 2
    out: dict[str, dict[str, float]] = {}
    c = args.corpora
    if (c / "basil.dev.jsonl").exists():
        b = score(c / "basil.dev.jsonl", BasilScore, args.limit)
        out["basil"] = {
            "lexical_bias_outside_quotes_flagged": round(b.outside_share, 3),
            "lexical_bias_inside_quotes_flagged": round(b.inside_share, 3),
            "outside_spans": b.outside,
            "inside_spans": b.inside,
        }
    if (c / "semeval2020_ptc.dev.jsonl").exists():
        p = score(c / "semeval2020_ptc.dev.jsonl", PtcScore, args.limit)
        out["semeval_ptc"] = {
            "editorial_precision": round(p.precision, 3),
            "loaded_outside_quotes_recall": round(p.recall, 3),
            "si_f1_editorial": round(p.si_editorial.f1, 4),
            "si_precision_editorial": round(p.si_editorial.precision, 4),
            "si_recall_editorial": round(p.si_editorial.recall, 4),
            "si_f1_all_findings": round(p.si_all.f1, 4),
            "editorial_findings": p.findings,
            "loaded_spans": p.targets,
        }
    if (c / "babe_sg2.dev.jsonl").exists():
        s = score(c / "babe_sg2.dev.jsonl", BabeScore, args.limit)
        out["babe"] = {
            "f1_biased": round(s.f1, 3),
            "precision": round(s.precision, 3),
            "recall": round(s.recall, 3),
            "macro_f1": round(s.macro_f1, 3),
        }
    if (c / "mpqa3_subset.dev.jsonl").exists():
        m = score(c / "mpqa3_subset.dev.jsonl", MpqaScore, args.limit)
        out["mpqa"] = {
            "writer_expressive_recall": round(m.writer_recall, 3),
            "other_expressive_flagged_editorial": round(m.other_share, 3),
            "writer_spans": m.writer,
            "other_spans": m.other,
        }
    if args.speed and (c / "polnear.dev.jsonl").exists():
        out["speed"] = speed(c / "polnear.dev.jsonl", args.limit or 200)
    if args.json:
        json.dump(out, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for corpus, figures in out.items():
            print(corpus)
            for k, v in figures.items():
                print(f"  {k:40} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
