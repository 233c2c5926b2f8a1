"""Bounded memo tables: a cache of per-word results that cannot grow without limit."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

# Enough for the vocabulary of a large batch; emptied, not evicted one by one, because a
# batch of one kind of text refills it with the same words at once.
MEMO_LIMIT = 200_000


def remember(memo: dict[K, V], key: K, value: V) -> V:
    """Store key -> value in memo (emptied first once it holds MEMO_LIMIT entries); return value."""
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value
