"""Pathological inputs: time and peak memory per input size, to show (non-)linear growth.

Prints figures, asserts nothing (DEVELOPERS.md: speed targets are benchmarks, not tests).
Each measurement runs in a fresh child process so that its peak RSS is its own.

    python bench/bench_pathological.py                 # every case, sizes doubling to the target
    python bench/bench_pathological.py --case quotes   # one case
    python bench/bench_pathological.py --quick         # small sizes only (a smoke run)
    python bench/bench_pathological.py --profile quotes:10000   # top functions of one run

Cases (issue 7): a 20 MB file; one 1 MB line with no punctuation; 10,000 unbalanced quotation
marks; deeply nested quotes; a 100,000-word sentence. Cases found while fuzzing: a run of full
stops, one long word before a full stop, abbreviations or reporting clauses in one sentence,
a long run of white space (the tokenizer's scan must not give it back space by space).
A series stops at the first size that exceeds --timeout; "x2 size" shows how time grows when
the size doubles (2 = linear, 4 = quadratic).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_WORDS = (
    "the minister government officials said on Monday that forces would strike positions near "
    "city after talks in capital failed and critics warned new measures could be seen as "
    "escalation while spokesman told reporters plan was still under review by allies"
).split()


def _article(rng: random.Random, n_paras: int) -> str:
    """Article-like prose: quotes with attributions, reported speech, plain sentences."""
    paras = []
    for _ in range(n_paras):
        sents = []
        for _ in range(rng.randint(1, 4)):
            words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 22)))
            form = rng.random()
            if form < 0.25:
                sents.append(f"\u201c{words.capitalize()},\u201d Minister Sergey Shoigu said.")
            elif form < 0.4:
                sents.append(f"Pentagon spokesman John Kirby said that {words}.")
            elif form < 0.5:
                sents.append(f"According to officials, {words}.")
            else:
                sents.append(f"{words.capitalize()}.")
        paras.append(" ".join(sents))
    return "Russia proposes a coalition\n\n" + "\n\n".join(paras) + "\n"


def make(case: str, size: int) -> str:
    """The input text of one case at one size (size is in the case's own unit)."""
    rng = random.Random(size)
    if case == "file":  # size: bytes
        chunk = _article(rng, 200)
        reps = max(1, size // len(chunk.encode()))
        return chunk * reps
    if case == "line":  # size: bytes of one line, no punctuation at all
        words = []
        total = 0
        while total < size:
            w = rng.choice(_WORDS)
            words.append(w)
            total += len(w) + 1
        return " ".join(words)
    if case == "quotes":  # size: number of unbalanced quotation marks
        marks = ['"', "\u201c", "\u201d", "\u2018", "\u00ab"]
        return (
            " ".join(
                f"{rng.choice(marks)}{rng.choice(_WORDS)} {rng.choice(_WORDS)}" for _ in range(size)
            )
            + "."
        )
    if case == "nested":  # size: nesting depth
        opens = "".join(("\u201c" if i % 2 == 0 else "\u2018") + "he said " for i in range(size))
        closes = "".join("\u201d" if i % 2 == 0 else "\u2019" for i in reversed(range(size)))
        return "The minister spoke. " + opens + "no" + closes + " Kirby said.\n"
    if case == "sentence":  # size: words in one sentence
        return (
            "The "
            + " ".join(
                rng.choice(_WORDS) + ("," if rng.random() < 0.05 else "") for _ in range(size)
            )
            + ", officials said.\n"
        )
    # Found while fuzzing: short inputs that used to take seconds.
    if case == "dots":  # size: a run of full stops with no white space after it
        return "It ended" + "." * size + "x and went on.\n"
    if case == "word":  # size: one long word (a pasted hex digest or token), a short one, "."
        # The word is followed by a short one: the full stop's word lookup then backtracks
        # through the long one from every position.
        return "".join(rng.choice("0123456789abcdef") for _ in range(size)) + (
            " etc. The article goes on.\n"
        )
    if case == "abbrev":  # size: abbreviations in one sentence ("Mr. Mr. ...")
        return "Officials met " + "Mr. " * size + "Smith on Monday.\n"
    if case == "spaces":  # size: white space at the end of a paragraph and inside one
        run = " \t\u00a0" * (size // 3)
        return "It ended." + run + "\n\nIt went" + run + "on.\n"
    if case == "said":  # size: reporting clauses in one sentence
        return "it was, he said, " * size + "over.\n"
    raise SystemExit(f"unknown case {case}")


CASES = {
    # case: (sizes, unit, what)
    "file": (
        [1_250_000, 2_500_000, 5_000_000, 10_000_000, 20_000_000],
        "bytes",
        "a 20 MB file of article-like text",
    ),
    "line": ([125_000, 250_000, 500_000, 1_000_000], "bytes", "one 1 MB line with no punctuation"),
    "quotes": ([1_250, 2_500, 5_000, 10_000], "marks", "10,000 unbalanced quotation marks"),
    "nested": ([250, 500, 1_000, 2_000, 4_000], "levels", "deeply nested quotes"),
    "sentence": ([12_500, 25_000, 50_000, 100_000], "words", "a 100,000-word sentence"),
    "dots": ([10_000, 20_000, 40_000, 80_000], "stops", "a run of full stops (fuzzing)"),
    "word": ([10_000, 20_000, 40_000, 80_000], "chars", "a long word, a short one, a stop"),
    "abbrev": ([2_500, 5_000, 10_000, 20_000], "abbrevs", "abbreviations in one sentence"),
    "said": ([2_500, 5_000, 10_000, 20_000], "clauses", "reporting clauses in one sentence"),
    "spaces": ([125_000, 250_000, 500_000, 1_000_000], "chars", "a long run of white space"),
}
QUICK = {
    "file": [250_000, 500_000],
    "line": [31_250, 62_500],
    "quotes": [300, 600],
    "nested": [100, 200],
    "sentence": [3_000, 6_000],
    "dots": [2_000, 4_000],
    "word": [2_000, 4_000],
    "abbrev": [500, 1_000],
    "said": [500, 1_000],
    "spaces": [30_000, 60_000],
}


def _child(case: str, size: int) -> None:
    """Run one measurement in this (fresh) process and print it as JSON."""
    sys.path.insert(0, ROOT)
    import annotator
    from annotator import pipeline

    text = make(case, size)
    with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as fh:
        fh.write(text.encode("utf-8"))
        path = fh.name
    annotator.annotate("\u201cWarm up,\u201d he said.")  # load tagger and rules untimed
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # CPU time, not wall time: the figures should not depend on what else the machine runs.
    t0 = time.process_time()
    w0 = time.perf_counter()
    decode_s = 0.0
    try:
        text2, encoding = annotator.read_path(path)
        decode_s = time.process_time() - t0
        report = pipeline.annotate(text2, path=path, encoding=encoding)
        status = "ok"
        counts = (len(report.sentences), len(report.attributions), len(report.findings))
    except Exception as exc:  # a crash is a result here
        status = f"CRASH {type(exc).__name__}: {str(exc)[:120]}"
        counts = (0, 0, 0)
    elapsed = time.process_time() - t0
    wall = time.perf_counter() - w0
    os.unlink(path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "case": case,
                "size": size,
                "chars": len(text),
                "bytes": len(text.encode()),
                "seconds": elapsed,
                "wall": wall,
                "decode_s": decode_s,
                "peak_mb": peak / 1024,
                "delta_mb": (peak - base) / 1024,
                "status": status,
                "sentences": counts[0],
                "attributions": counts[1],
                "findings": counts[2],
            }
        )
    )


def _measure(case: str, size: int, timeout: float) -> dict:
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--child", f"{case}:{size}"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"case": case, "size": size, "status": f"TIMEOUT > {timeout:.0f} s"}
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        err = (out.stderr.strip().splitlines() or ["?"])[-1]
        return {"case": case, "size": size, "status": f"DIED rc={out.returncode}: {err[:100]}"}
    return json.loads(lines[-1])


def _profile(case: str, size: int) -> None:
    import cProfile
    import pstats

    sys.path.insert(0, ROOT)
    import annotator
    from annotator import nlp

    text = make(case, size)
    nlp.tag(["warm"])
    prof = cProfile.Profile()
    prof.enable()
    annotator.annotate(text)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(12)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", choices=sorted(CASES), action="append")
    ap.add_argument("--quick", action="store_true", help="small sizes only")
    ap.add_argument("--sizes", help="comma-separated sizes instead of the defaults")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per measurement")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--profile", metavar="CASE:SIZE", help="cProfile one run, top functions")
    args = ap.parse_args()
    if args.child:
        case, size = args.child.split(":")
        _child(case, int(size))
        return
    if args.profile:
        case, size = args.profile.split(":")
        _profile(case, int(size))
        return
    print(
        f"python {sys.version.split()[0]}, one core; cpu s = CPU seconds to read, decode and "
        "annotate (tagger and rule pack preloaded); decode = of which reading and decoding; "
        "peak = the child's max RSS, +MB = over its RSS before the run"
    )
    header = (
        f"{'case':9} {'size':>11} {'chars':>11} {'cpu s':>8} {'wall s':>7} {'decode':>7} "
        f"{'x2 size':>8} {'us/char':>8} {'peak MB':>8} {'+MB':>7}  status"
    )
    print(header)
    print("-" * len(header))
    for case in args.case or list(CASES):
        sizes, unit, what = CASES[case]
        if args.quick:
            sizes = QUICK[case]
        if args.sizes:
            sizes = [int(x) for x in args.sizes.split(",")]
        prev = None
        for size in sizes:
            r = _measure(case, size, args.timeout)
            if "seconds" not in r:
                print(
                    f"{case:9} {size:>11,} {'':>11} {'':>8} {'':>7} {'':>7} {'':>8} {'':>8} "
                    f"{'':>8} {'':>7}  {r['status']}"
                )
                break
            growth = f"{r['seconds'] / prev:8.2f}" if prev and prev > 0.01 else f"{'':>8}"
            prev = r["seconds"]
            print(
                f"{case:9} {size:>11,} {r['chars']:>11,} {r['seconds']:8.2f} {r['wall']:7.2f} "
                f"{r['decode_s']:7.2f} {growth} "
                f"{r['seconds'] / r['chars'] * 1e6:8.2f} {r['peak_mb']:8.0f} "
                f"{r['delta_mb']:7.0f}  {r['status']} ({unit}; {r['sentences']} sentences, "
                f"{r['attributions']} attributions)"
            )
        print(f"{'':9} ^ {what}")


if __name__ == "__main__":
    main()
