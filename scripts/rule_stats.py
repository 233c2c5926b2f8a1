"""Per-rule and per-entry hit counts and precision of the default pack on the dev corpora.

Usage: python scripts/rule_stats.py [--corpora DIR] [--limit N] [--candidates FILE]
                                    [--json OUT] [--sort KEY] [--top N]

Without --candidates it reports every rule of the default pack and every entry of its
lexicon-like rules: how often it fires in the outlet's voice and how often that finding is
right, corpus by corpus:

  ptc      editorial hits on SemEval PTC; ok = overlapping a technique span (any technique)
  babe     sentences with an editorial hit; ok = the sentence is SENT:Biased; bw = the hit
           overlaps a biased_word span
  basil    editorial hits; ok = overlapping an outside-quote lexical_bias span; in = hits on an
           inside-quote lexical_bias span (should be 0)
  mpqa     editorial hits; ok = overlapping a writer expressive_subjectivity span; other =
           hits on another source's expressive span (should be 0)

With --candidates FILE (one word or phrase a line, '#' comments) it runs each candidate as a
bare lexicon rule (inflected, no conditions) beside the default pack and adds what the
candidate would bring that the pack does not already have: `new` = BABE sentences it would
newly flag (and how many of them are biased), PTC loaded spans outside quotes newly hit,
BASIL outside spans newly hit. Every count is also split by fold (even/odd document index),
so an entry can be required to hold on both halves rather than on one lucky document.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from annotator import attribution
from annotator.document import Document
from annotator.engine import load
from annotator.engine.kinds import REGISTRY
from annotator.engine.kinds.base import norm
from annotator.engine.kinds.words import phrase_forms, split_words
from annotator.engine.pack import Examples, Pack, Rule
from annotator.engine.runner import run
from annotator.evaluation.corpus import read
from annotator.evaluation.editorial import PTC_LOADED
from annotator.pipeline import _mark_paraphrases
from annotator.settings import DEFAULT

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
CORPORA = ("semeval2020_ptc", "babe_sg2", "basil", "mpqa3_subset")
SHORT = {"semeval2020_ptc": "ptc", "babe_sg2": "babe", "basil": "basil", "mpqa3_subset": "mpqa"}
LIST_FIELD = {"lexicon": "terms", "attribution-verb": "verbs", "vague-source": "phrases"}


def candidate_pack(terms: list[str]) -> Pack:
    """One bare lexicon rule per candidate, ids c0, c1...; the rules keep their term."""
    base = load()
    cat = next(iter(base.categories))
    rules = []
    ex = Examples(("x",), ("x",), ("x",))
    for n, t in enumerate(terms):
        matcher = REGISTRY["lexicon"]({"terms": [t]})
        rules.append(
            Rule(f"c{n}", "lexicon", cat, "info", "{match}", t, "", ex, True, {}, "", matcher)
        )
    return Pack(rules=tuple(rules), categories=base.categories)


def entry_maps(pack: Pack) -> dict[str, dict[tuple[str, ...], str]]:
    """rule id -> {normalised token tuple -> the entry it comes from}."""
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for r in pack.rules:
        key = LIST_FIELD.get(r.kind)
        terms = r.options.get(key) if key else None
        if not terms:
            continue
        m: dict[tuple[str, ...], str] = {}
        for t in terms:
            for form in phrase_forms(t, r.options.get("inflect", True)):
                m.setdefault(tuple(norm(w) for w in form), t)
        out[r.id] = m
    return out


def entry_of(rule: str, text: str, maps: dict[str, dict[tuple[str, ...], str]]) -> str | None:
    m = maps.get(rule)
    if m is None:
        return None
    words = tuple(norm(w) for w in split_words(text))
    got = m.get(words)
    if got is not None:
        return got
    # attribution-verb / vague-source matches may carry extra words: the longest entry inside.
    for k in range(len(words), 0, -1):
        for i in range(len(words) - k + 1):
            got = m.get(words[i : i + k])
            if got is not None:
                return got
    return "?"


def overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def collect(corpora: Path, limit: int | None, cand: Pack | None) -> dict[str, Any]:
    pack = load()
    maps = entry_maps(pack)
    # stats[key][corpus][fold][counter]
    stats: dict[str, Any] = defaultdict(
        lambda: defaultdict(lambda: [defaultdict(int), defaultdict(int)])
    )
    for corpus in CORPORA:
        path = corpora / f"{corpus}.dev.jsonl"
        if not path.exists():
            continue
        c = SHORT[corpus]
        for n, cd in enumerate(read(path, limit)):
            fold = n % 2
            doc = Document(cd.text)
            quotes, attrs, _ = attribution.find(doc)
            attrs = _mark_paraphrases(doc, attrs)
            base = [f for f in run(pack, doc, quotes, attrs, DEFAULT) if f.voice == "editorial"]
            extra = []
            if cand is not None:
                got = run(cand, doc, quotes, attrs, DEFAULT)
                extra = [f for f in got if f.voice == "editorial"]
            base_spans = [(f.start, f.end) for f in base]
            _score_doc(c, fold, cd, base, extra, base_spans, maps, cand, stats)
    return stats


def _keys(f: Any, maps: dict) -> list[str]:
    keys = [f.rule]
    e = entry_of(f.rule, f.text, maps)
    if e is not None:
        keys.append(f"{f.rule}:{e}")
    elif f.rule.startswith("evaluative-subjective"):
        keys.append(f"{f.rule}:{norm(f.text)}")
    return keys


def _score_doc(c, fold, cd, base, extra, base_spans, maps, cand, stats) -> None:
    spans = cd.spans
    terms = {r.id: r.description for r in cand.rules} if cand is not None else {}
    if c == "babe":
        labels = {s.label for s in spans}
        if "SENT:Biased" in labels:
            biased = True
        elif "SENT:Non-biased" in labels:
            biased = False
        else:
            return
        bw = [(s.start, s.end) for s in spans if s.label == "biased_word"]
        flagged = bool(base)
        seen: set[str] = set()
        for f, is_cand in [(f, False) for f in base] + [(f, True) for f in extra]:
            keys = ["+" + terms[f.rule]] if is_cand else _keys(f, maps)
            for k in keys:
                st = stats[k][c][fold]
                if k not in seen:
                    st["n"] += 1
                    st["ok"] += biased
                    if is_cand and not flagged:
                        st["new"] += 1
                        st["new_ok"] += biased
                    seen.add(k)
                st["bw"] += overlaps(f.start, f.end, bw)
        return
    if c == "ptc":
        gold = [(s.start, s.end) for s in spans]
        targets = [
            (s.start, s.end)
            for s in spans
            if s.label in PTC_LOADED and not s.extra.get("in_quotes_heuristic", False)
        ]
        bad = []
    elif c == "basil":
        gold = [
            (s.start, s.end)
            for s in spans
            if s.label == "lexical_bias" and s.extra.get("quote") == "no"
        ]
        targets = gold
        bad = [
            (s.start, s.end)
            for s in spans
            if s.label == "lexical_bias" and s.extra.get("quote") == "yes"
        ]
    else:
        es = [s for s in spans if s.label == "expressive_subjectivity"]
        gold = [(s.start, s.end) for s in es if s.extra.get("source_is_writer")]
        targets = gold
        bad = [(s.start, s.end) for s in es if not s.extra.get("source_is_writer")]
    open_targets = [t for t in targets if not overlaps(t[0], t[1], base_spans)]
    for f, is_cand in [(f, False) for f in base] + [(f, True) for f in extra]:
        keys = ["+" + terms[f.rule]] if is_cand else _keys(f, maps)
        ok = overlaps(f.start, f.end, gold)
        for k in keys:
            st = stats[k][c][fold]
            st["n"] += 1
            st["ok"] += ok
            st["bad"] += overlaps(f.start, f.end, bad)
            if is_cand:
                st["new"] += sum(1 for t in open_targets if t[0] < f.end and f.start < t[1])


def summarise(stats: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for key, by_corpus in stats.items():
        row: dict[str, Any] = {"key": key}
        for c in ("ptc", "babe", "basil", "mpqa"):
            folds = by_corpus.get(c)
            if not folds:
                continue
            for name in ("n", "ok", "bad", "new", "new_ok", "bw"):
                a, b = folds[0].get(name, 0), folds[1].get(name, 0)
                if a or b:
                    row[f"{c}_{name}"] = a + b
                    row[f"{c}_{name}_f"] = [a, b]
        rows.append(row)
    return rows


def show(rows: list[dict[str, Any]], sort: str, top: int | None) -> None:
    rows = sorted(rows, key=lambda r: -r.get(sort, 0))
    if top:
        rows = rows[:top]
    print(
        f"{'key':50} {'ptc ok/n':>10} {'babe ok/n':>10} {'new ok/n':>9} "
        f"{'bw':>4} {'basil':>7} {'in':>3} {'mpqa':>7} {'oth':>3} {'ptc new':>7}"
    )
    for r in rows:
        print(
            f"{r['key'][:50]:50} {r.get('ptc_ok', 0):>4}/{r.get('ptc_n', 0):<5} "
            f"{r.get('babe_ok', 0):>4}/{r.get('babe_n', 0):<5} "
            f"{r.get('babe_new_ok', 0):>3}/{r.get('babe_new', 0):<5} {r.get('babe_bw', 0):>4} "
            f"{r.get('basil_ok', 0):>3}/{r.get('basil_n', 0):<3} {r.get('basil_bad', 0):>3} "
            f"{r.get('mpqa_ok', 0):>3}/{r.get('mpqa_n', 0):<3} {r.get('mpqa_bad', 0):>3} "
            f"{r.get('ptc_new', 0):>7}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus")
    ap.add_argument("--candidates", type=Path, help="file of candidate terms, one a line")
    ap.add_argument("--json", type=Path, help="write the rows as JSON to this file")
    ap.add_argument("--sort", default="ptc_n", help="row field to sort by (default ptc_n)")
    ap.add_argument("--top", type=int, default=None)
    args = ap.parse_args(argv)
    if not args.corpora.is_dir():
        sys.stderr.write(f"rule_stats: no corpora at {args.corpora}\n")
        return 2
    cand = None
    if args.candidates:
        terms = []
        for line in args.candidates.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line and line not in terms:
                terms.append(line)
        cand = candidate_pack(terms)
    rows = summarise(collect(args.corpora, args.limit, cand))
    if cand is not None:
        rows = [r for r in rows if r["key"].startswith("+")]
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    show(rows, args.sort, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
