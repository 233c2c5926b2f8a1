"""Throughput and cold start of the annotator. Prints figures, asserts nothing.

    python bench/bench_speed.py [--corpus PATH] [--limit N] [--runs N]

1. Words per second of the whole `annotator.annotate` over the PolNeAR dev texts
   (../shared/corpora/polnear.dev.jsonl), in this one process on one core, after a warm-up
   call that loads the tagger. Skipped, with a note, when ../shared is missing.
2. Cold start: the median wall time of several fresh `annotate samples/rt_russia_us_coalition.txt`
   processes (the installed console script next to this Python, or `python -m cli.app`).

Both also give CPU time (this process's, the children's user+sys), which other work on a
shared machine disturbs far less than wall time. The first cold run fills the OS file cache
and the user cache (parsed lexicons and rule pack, see annotator/lexicon_cache.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "polnear.dev.jsonl"
SAMPLE = ROOT / "samples" / "rt_russia_us_coalition.txt"


def _pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
            return "pinned to one core"
        except OSError:
            pass
    return "not pinned (no sched_setaffinity)"


def throughput(corpus: Path, limit: int | None) -> dict[str, float] | None:
    """Words per second of annotator.annotate over the corpus texts, or None without it."""
    if not corpus.is_file():
        return None
    from annotator import annotate

    texts: list[str] = []
    with open(corpus, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            if line.strip():
                texts.append(json.loads(line)["text"])
    annotate("Warm up. He said it was fine.")
    words = sum(len(t.split()) for t in texts)
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        annotate(t)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return {
        "documents": len(texts),
        "words": words,
        "seconds": elapsed,
        "words_per_second": words / elapsed,
        "words_per_cpu_second": words / cpu if cpu else 0.0,
    }


def _command() -> list[str]:
    exe = Path(sys.executable).with_name("annotate")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("annotate")
    return [found] if found else [sys.executable, "-m", "cli.app"]


def _children_cpu() -> float:
    """User+sys CPU seconds of the finished child processes (0 where unknown)."""
    try:
        import resource
    except ImportError:  # not POSIX
        return 0.0
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def cold_start(runs: int) -> dict[str, float | str]:
    """Median and best wall time of fresh `annotate SAMPLE` processes."""
    cmd = _command() + [str(SAMPLE)]
    subprocess.run(cmd, capture_output=True, cwd=ROOT)  # fill the OS file cache once
    times = []
    cpu = []
    for _ in range(runs):
        c0 = _children_cpu()
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
        cpu.append(_children_cpu() - c0)
        if proc.returncode != 0:
            return {"command": " ".join(cmd), "error": f"exit code {proc.returncode}"}
    return {
        "command": " ".join(cmd),
        "runs": runs,
        "median_s": statistics.median(times),
        "best_s": min(times),
        "median_cpu_s": statistics.median(cpu),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS), help="PolNeAR-style JSONL corpus")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--runs", type=int, default=7, help="cold-start runs (median reported)")
    args = ap.parse_args(argv)

    print(f"cpu: {_pin_one_core()}")
    tp = throughput(Path(args.corpus), args.limit)
    if tp is None:
        print(f"throughput: skipped, {args.corpus} is missing")
    else:
        print(
            f"throughput: {tp['words_per_second']:,.0f} words/s "
            f"({tp['words_per_cpu_second']:,.0f} per CPU second; "
            f"{tp['words']:,} words in {tp['documents']} documents, {tp['seconds']:.2f} s)"
        )
    cs = cold_start(args.runs)
    if "error" in cs:
        print(f"cold start: {cs['command']}: {cs['error']}")
    else:
        print(
            f"cold start: median {cs['median_s']:.3f} s, best {cs['best_s']:.3f} s, "
            f"median CPU {cs['median_cpu_s']:.3f} s over {cs['runs']} runs of `{cs['command']}`"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
