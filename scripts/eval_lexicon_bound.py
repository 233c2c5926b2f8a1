"""What the editorial figures would be if every word of published lexicons were flagged.

Usage: python scripts/eval_lexicon_bound.py [--corpora DIR] [--reference FILE] [--limit N]
                                            LEXICON[:TYPE] [LEXICON[:TYPE] ...]

An upper-bound experiment, not a rule pack: beside the default pack's findings, every
single-word entry of the named lexicons in ../shared/reference/lexicons.jsonl (optionally only
entries whose `extra.type` is TYPE, e.g. mpqa_subjclues_wilson2005:strongsubj) counts as an
editorial finding wherever it occurs in the outlet's voice: outside every attribution's content
(as the engine assigns voice), outside quotation marks and outside boilerplate. Exact
lower-case word match, no inflection. It shows how far recall can go with lexicon matching
and what precision that costs, i.e. which aims of issue 3 can be met together.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import replace
from pathlib import Path

from annotator.document import Document
from annotator.engine.runner import Voices, sentence_views, speech_acts
from annotator.evaluation.corpus import read
from annotator.evaluation.editorial import BabeScore, BasilScore, MpqaScore, PtcScore
from annotator.model import Finding, Report
from annotator.pipeline import annotate
from annotator.settings import DEFAULT

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


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


def with_lexicon(text: str, report: Report, words: set[str]) -> Report:
    """The report with every lexicon word in the outlet's voice added as a finding."""
    doc = Document(text)
    attrs = list(report.attributions)
    voices = Voices(attrs, speech_acts(attrs, sentence_views(doc)), report.quotes)
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text) if m.group().lower() in words]
    voice = voices.of_many(spans)
    fenced = [(q.start, q.end) for q in report.quotes] + [
        (b.start, b.end) for b in report.boilerplate
    ]
    extra = [
        Finding("bound", "bound", "info", "editorial", s, e, text[s:e], "", None)
        for s, e in spans
        if voice[(s, e)] is None and not any(a <= s and e <= b for a, b in fenced)
    ]
    return replace(report, findings=tuple(report.findings) + tuple(extra))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lexicons", nargs="+", help="lexicon names, optionally name:type")
    ap.add_argument("--corpora", type=Path, default=SHARED / "corpora")
    ap.add_argument("--reference", type=Path, default=SHARED / "reference" / "lexicons.jsonl")
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus")
    args = ap.parse_args(argv)
    if not args.corpora.is_dir() or not args.reference.is_file():
        sys.stderr.write(
            f"eval_lexicon_bound: no corpora at {args.corpora} or no {args.reference}\n"
        )
        return 2
    words = lexicon_words(args.reference, args.lexicons)
    print(f"{len(words)} single words from {', '.join(args.lexicons)}")
    scores = {}
    for name, scorer in (
        ("basil", BasilScore),
        ("semeval2020_ptc", PtcScore),
        ("babe_sg2", BabeScore),
        ("mpqa3_subset", MpqaScore),
    ):
        path = args.corpora / f"{name}.dev.jsonl"
        s = scorer()
        for doc in read(path, args.limit):
            s.add(doc, with_lexicon(doc.text, annotate(doc.text, DEFAULT), words))
        scores[name] = s
    b, p, babe, m = (scores[k] for k in ("basil", "semeval2020_ptc", "babe_sg2", "mpqa3_subset"))
    print(f"BASIL outside {b.outside_share:.3f} (aim >= 0.60), inside {b.inside_share:.3f}")
    print(f"PTC precision {p.precision:.3f} (aim >= 0.45), loaded recall {p.recall:.3f}")
    print(f"BABE F1 {babe.f1:.3f} (aim >= 0.70), P {babe.precision:.3f}, R {babe.recall:.3f}")
    print(f"MPQA writer {m.writer_recall:.3f} (aim >= 0.50), other {m.other_share:.3f} (<= 0.05)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
