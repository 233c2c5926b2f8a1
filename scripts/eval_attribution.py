"""Scores attribution finding (who says what) on a PolNeAR-style corpus.

Usage: python scripts/eval_attribution.py [CORPUS] [--limit N] [--json] [-v [K]]

CORPUS defaults to ../shared/corpora/polnear.dev.jsonl relative to the repository (never part
of the repository). Every document is annotated with the whole pipeline (`annotator.annotate`);
the measure is defined in annotator/evaluation/attribution.py: a gold attribution is found when
one predicted content covers at least half of its content, a prediction is correct when at least
half of it lies inside some gold content, and source accuracy is the share of found gold
attributions with a source whose matched prediction has an overlapping source. -v prints K
misses and K false alarms to study.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from annotator import annotate
from annotator.evaluation.attribution import AttributionScore, score_doc
from annotator.evaluation.corpus import read

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "polnear.dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="corpus JSONL file")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument(
        "-v",
        "--verbose",
        nargs="?",
        type=int,
        const=30,
        default=0,
        metavar="K",
        help="also print K misses and K false alarms",
    )
    args = ap.parse_args(argv)

    path = Path(args.corpus)
    if not path.is_file():
        print(f"eval_attribution: {path}: no such corpus file", file=sys.stderr)
        return 2
    try:
        docs = list(read(path, args.limit))
    except ValueError as exc:
        print(f"eval_attribution: {exc}", file=sys.stderr)
        return 2

    annotate("Warm up. He said it was fine.")  # load the tagger outside the timing
    score = AttributionScore()
    words = sum(len(d.text.split()) for d in docs)
    elapsed = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        report = annotate(doc.text)
        elapsed += time.perf_counter() - t0
        score_doc(doc, report, score, keep_examples=args.verbose)

    figures = score.to_dict()
    figures["words"] = words
    figures["words_per_second"] = round(words / elapsed) if elapsed else 0
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"corpus            {path.name} ({score.docs} documents, {words} words)")
        print(f"gold / predicted  {score.gold} / {score.predicted}")
        print(f"precision         {score.precision:.3f}")
        print(f"recall            {score.recall:.3f}")
        print(f"F1                {score.f1:.3f}")
        print(
            f"source accuracy   {score.source_accuracy:.3f} (of {score.with_source} found "
            "gold attributions with a source)"
        )
        print(f"words/s           {figures['words_per_second']} (whole pipeline, one process)")
    if args.verbose:
        print("\nMISSES (gold content not found)")
        for doc_id, text in score.misses:
            print(f"  {doc_id}: {text}")
        print("\nFALSE ALARMS (predicted content mostly outside gold content)")
        for doc_id, text in score.false_alarms:
            print(f"  {doc_id}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
