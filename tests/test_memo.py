"""Bounded memo tables: they stay under their limit and keep answering right."""

from __future__ import annotations

from annotator import memo, summary


def test_remember_stores_and_returns_the_value():
    table: dict[str, int] = {}
    assert memo.remember(table, "a", 1) == 1
    assert table == {"a": 1}


def test_a_full_table_is_emptied_before_the_next_entry(monkeypatch):
    monkeypatch.setattr(memo, "MEMO_LIMIT", 3)
    table: dict[int, int] = {}
    for k in range(3):
        memo.remember(table, k, k)
    assert len(table) == 3
    memo.remember(table, 3, 30)
    assert table == {3: 30}


def test_summary_word_counts_stay_right_across_a_flush(monkeypatch):
    monkeypatch.setattr(memo, "MEMO_LIMIT", 2)
    counted = summary._Counted()
    words = ["alpha", ",", "7", "--", "beta", "alpha", "\u201c"]
    assert [counted[w] for w in words] == [1, 0, 1, 0, 1, 1, 0]
    assert len(counted) <= 2
