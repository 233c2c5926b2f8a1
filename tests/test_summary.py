"""The per-article summary: counts by category and voice, density, sentiment by voice."""

from __future__ import annotations

import annotator
from annotator import summary

TEXT = (
    "The regime clearly failed to protect its people. "
    '"The regime is a disgusting failure," the opposition leader said. '
    "The vote is on Monday."
)


def test_summary_keeps_the_existing_keys(seed_report):
    s = seed_report.summary
    for key in ("words", "sentences", "sentence_share", "attributions"):
        assert key in s
    assert abs(sum(s["sentence_share"].values()) - 1) < 0.01


def test_counts_per_category_split_by_voice():
    r = annotator.annotate(TEXT)
    s = r.summary
    # Counted by hand: "regime" (editorial) and "clearly" outside; "regime" + "disgusting" inside.
    assert s["categories"]["loaded-label"] == {"editorial": 1, "attributed": 1}
    assert s["categories"]["intensifier"] == {"editorial": 1, "attributed": 0}
    assert s["categories"]["evaluative"] == {"editorial": 0, "attributed": 1}
    assert s["findings"] == {"editorial": 2, "attributed": 2}


def test_editorial_density_counts_outlet_words_only():
    s = annotator.annotate(TEXT).summary
    # Outlet voice: "The regime clearly failed to protect its people" (8 words), the cue
    # and source "the opposition leader said" (4) and "The vote is on Monday" (5) = 17.
    assert s["outlet_words"] == 17
    assert s["editorial_per_100_words"] == round(100 * 2 / 17, 2)


def test_sentiment_by_voice_and_top_terms():
    s = annotator.annotate(TEXT).summary
    assert set(s["sentiment"]) == {"outlet", "attributed"}
    # "disgusting" (-1.0) sits in the quote, "failed" (-0.5) outside: the quote is more negative.
    assert s["sentiment"]["attributed"]["polarity"] < s["sentiment"]["outlet"]["polarity"]
    terms = {t["term"] for t in s["top_terms"]}
    assert terms == {"regime", "clearly"}


def test_shortened_scoring_text_scores_the_same():
    from annotator import nlp

    words = (
        "It is not a very good plan , and the senators were n't happy : ( "
        "though some called it really brilliant ! The end"
    ).split()
    assert nlp.sentiment(summary._scored_words(words)) == nlp.sentiment(words)
