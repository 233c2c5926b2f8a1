"""Scare quotes nested in a speaker's quote: found once, past possessive apostrophes."""

from __future__ import annotations

from annotator import annotate
from annotator.spans import merge


def test_overlapping_ranges_are_merged_and_disjoint_ones_kept():
    assert merge([(10, 20), (0, 5), (15, 30), (5, 8), (40, 41)], touching=False) == [
        (0, 5),
        (5, 8),
        (10, 30),
        (40, 41),
    ]
    assert merge([(0, 100), (10, 20), (30, 40)]) == [(0, 100)]  # nested: scanned once


def test_a_possessive_apostrophe_does_not_hide_a_nested_scare_quote():
    text = (
        "\"After Patel's arrest, they found his passport 'near' the motel,\" the prosecutor said."
    )
    found = [(f.text, f.voice) for f in annotate(text).findings if f.category == "scare-quote"]
    assert ("'near'", "attributed") in found
    assert not any("arrest" in t for t, _ in found)


def test_deeply_nested_quotes_give_each_nested_quote_once():
    depth = 40
    text = "".join(f'"level {k} ' for k in range(depth)) + "core" + '" ' * depth + "he said."
    report = annotate(text)
    spans = [(f.start, f.end) for f in report.findings if f.category == "scare-quote"]
    assert len(spans) == len(set(spans))


def test_an_apostrophe_inside_a_word_closes_no_nested_quote():
    # A mixed statement: the double quote opens a real quote; "can't" holds an apostrophe,
    # which must not close a one-word 'scare quote' '"can''.
    text = (
        "Burton said that he \"can't speak to the politics of what the Republicans are "
        'doing," but the president was not looking to make political hay.'
    )
    found = [f.text for f in annotate(text).findings if f.category == "scare-quote"]
    assert not any(t.startswith('"can') for t in found), found
    # A mismatched pair (double opening, single closing) is no quote either, while a
    # matched single pair after it still is.
    text = "\"He called it 'a sham' and left,\" she said."
    found = [f.text for f in annotate(text).findings if f.category == "scare-quote"]
    assert found == ["'a sham'"], found
