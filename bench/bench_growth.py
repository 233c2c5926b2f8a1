"""Growth with size: a 5 MB input against ten times a 500 KB one (aim: at most 11x as long).

Times annotator.annotate() in one process, after a warm-up, on one synthetic article of each
size built from the bundled samples, and through the command (`--format jsonl`). Prints
figures; asserts nothing.

    python bench/bench_growth.py
    python bench/bench_growth.py --small-kb 100      # quicker: 100 KB against 1 MB
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import annotate_cmd, article  # noqa: E402


def text_of(size: int, seed: int) -> str:
    """One long 'article': many generated articles' paragraphs run together, `size` bytes."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        piece = article(rng)
        parts.append(piece)
        total += len(piece.encode()) + 1
    return "\n".join(parts)[:size]


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small-kb", type=int, default=500)
    ap.add_argument("--factor", type=int, default=10)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    import annotator

    small = text_of(args.small_kb * 1000, 1)
    large = text_of(args.small_kb * 1000 * args.factor, 2)
    annotator.annotate(small[:5000])  # load everything outside the timing
    t_small = best_of(args.runs, lambda: annotator.annotate(small))
    t_large = best_of(max(1, args.runs - 1), lambda: annotator.annotate(large))
    ratio = t_large / t_small
    print(
        f"in process: {len(small) / 1e3:.0f} KB in {t_small:.2f} s; "
        f"{len(large) / 1e6:.1f} MB in {t_large:.2f} s: {ratio:.1f}x for {args.factor}x the"
        f" size (aim <= {args.factor + 1}x)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, text in (("small.txt", small), ("large.txt", large)):
            p = Path(tmp) / name
            p.write_text(text, encoding="utf-8")
            paths.append(p)
        cmd = [*annotate_cmd(), "--format", "jsonl"]
        c_small = best_of(
            args.runs,
            lambda: subprocess.run([*cmd, str(paths[0])], check=True, stdout=subprocess.DEVNULL),
        )
        c_large = best_of(
            1, lambda: subprocess.run([*cmd, str(paths[1])], check=True, stdout=subprocess.DEVNULL)
        )
        print(
            f"whole command: {c_small:.2f} s against {c_large:.2f} s: {c_large / c_small:.1f}x"
            f" (start-up included)"
        )


if __name__ == "__main__":
    main()
