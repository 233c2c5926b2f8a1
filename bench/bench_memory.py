"""Peak memory of `annotate` with --jobs 1: a corpus streamed as JSONL, and one large file.

Prints figures; asserts nothing. Aim (issue 5): at most 250 MB with --jobs 1.

    python bench/bench_memory.py                      # 1,000 articles and a 5 MB file
    python bench/bench_memory.py --articles 200 --mb 2
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import random  # noqa: E402

from bench_batch import annotate_cmd, article, build_corpus  # noqa: E402


def peak_rss_mb(args: list[str]) -> tuple[float, float]:
    """(peak resident memory in MB, wall seconds) of one command run in a fresh process.

    The command runs under a tiny Python wrapper so that RUSAGE_CHILDREN holds only it.
    """
    wrapper = (
        "import resource, subprocess, sys;"
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL);"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(r.ru_maxrss, p.returncode)"
    )
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", wrapper, *args], capture_output=True, text=True, check=True
    ).stdout.split()
    elapsed = time.perf_counter() - t
    if int(out[1]) not in (0, 1):
        raise SystemExit(f"annotate failed with {out[1]}")
    kb = int(out[0])  # Linux reports kilobytes (macOS bytes)
    return (kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024), elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--mb", type=float, default=5.0, help="size of the single large file")
    args = ap.parse_args()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"(this benchmark's own Python: {base / 1024:.0f} MB, not counted)")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        build_corpus(corpus, args.articles)
        for fmt in ("jsonl", "json", "text"):
            mb, secs = peak_rss_mb([*annotate_cmd(), str(corpus), "--format", fmt, "--jobs", "1"])
            print(
                f"{args.articles} articles, --format {fmt}, --jobs 1: peak {mb:.0f} MB"
                f" ({secs:.1f} s) (aim <= 250 MB)"
            )
        out = Path(tmp) / "out"
        mb, secs = peak_rss_mb([*annotate_cmd(), str(corpus), "-o", str(out), "--jobs", "1"])
        print(f"{args.articles} articles, --output-dir, --jobs 1: peak {mb:.0f} MB ({secs:.1f} s)")

        rng = random.Random(7)
        big = Path(tmp) / "big.txt"
        parts = []
        size = 0
        while size < args.mb * 1e6:
            text = article(rng)
            parts.append(text)
            size += len(text.encode())
        big.write_text("\n".join(parts), encoding="utf-8")
        mb, secs = peak_rss_mb([*annotate_cmd(), str(big), "--format", "json"])
        print(f"one {size / 1e6:.1f} MB file, --format json: peak {mb:.0f} MB ({secs:.1f} s)")
        sample = Path(__file__).resolve().parent.parent / "samples" / "rt_russia_us_coalition.txt"
        mb, _ = peak_rss_mb([*annotate_cmd(), str(sample)])
        print(f"the sample, terminal view: peak {mb:.0f} MB")
    print(f"cores: {os.cpu_count()}")


if __name__ == "__main__":
    main()
