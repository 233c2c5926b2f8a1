"""Set operations on half-open (start, end) code-point spans."""

from __future__ import annotations

from collections.abc import Iterable


def merge(spans: Iterable[tuple[int, int]], *, touching: bool = True) -> list[tuple[int, int]]:
    """Union of spans as disjoint spans in order; touching ones join unless touching=False."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] if touching else start < out[-1][1]):
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
