"""Paragraphs, sentences and tokens: half-open spans into the original text."""

from __future__ import annotations

import pytest

from annotator import segment


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in segment.sentence_spans(text, 0, len(text))]


def test_closing_quote_stays_with_its_sentence():
    text = 'He said, "We won the vote." Then he left the hall.'
    assert _sentences(text) == ['He said, "We won the vote."', "Then he left the hall."]


def test_curly_closing_quote_and_question_mark_stay_too():
    text = "\u201cIs it over?\u201d she asked. Nobody answered."
    assert _sentences(text) == ["\u201cIs it over?\u201d she asked.", "Nobody answered."]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith arrived late.",
        "The U.S. Army said nothing more.",
        "The vote is on Jan. 5 in the capital.",
        "John F. Kennedy spoke in Berlin.",
        "Growth slowed to 3.5 percent last year.",
        "Dr. Ana Pires and Gen. Tom Reyes met.",
    ],
)
def test_abbreviations_initials_and_decimals_do_not_split(text):
    assert _sentences(text) == [text]


def test_acronym_at_the_end_of_a_sentence_splits_before_an_opener():
    text = "The troops came home to the U.S. The war was over."
    assert _sentences(text) == ["The troops came home to the U.S.", "The war was over."]


def test_sentence_spans_are_offsets_into_the_paragraph_text():
    text = "Intro line.\n\nFirst one. Second one!"
    paras = segment.paragraphs(text)
    p = paras[1]
    spans = segment.sentence_spans(text, p.start, p.end)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!"]
    assert spans[0][0] == text.index("First")


def test_paragraphs_split_on_blank_lines_with_crlf_and_no_break_spaces():
    text = "Headline here\r\n\r\nFirst paragraph.\r\n\u00a0\r\nSecond paragraph."
    paras = segment.paragraphs(text)
    assert [text[p.start : p.end] for p in paras] == [
        "Headline here",
        "First paragraph.",
        "Second paragraph.",
    ]
    assert [p.index for p in paras] == [0, 1, 2]


def test_tokens_split_clitics_and_keep_typewriter_quotes_whole():
    text = "''Obama's plan won't work,'' he'd said."
    toks = [t.text for t in segment.tokenize(text)]
    assert toks == [
        "''",
        "Obama",
        "'s",
        "plan",
        "wo",
        "n't",
        "work",
        ",",
        "''",
        "he",
        "'d",
        "said",
        ".",
    ]


def test_tokens_keep_acronyms_numbers_and_inner_hyphens():
    text = "The U.S. spent $1,200.50 on a follow-up."
    toks = [t.text for t in segment.tokenize(text)]
    assert toks == ["The", "U.S.", "spent", "$", "1,200.50", "on", "a", "follow-up", "."]


def test_token_offsets_index_the_original_text():
    text = "\u00a0Curly \u2019quotes\u2019 and\u2026 dashes \u2014 ok"
    for t in segment.tokenize(text):
        assert text[t.start : t.end] == t.text
    found = segment.token_matches(text, 0, len(text))
    assert [(m.start(1), m.end(1), m.group(1)) for m in found] == [
        (t.start, t.end, t.text) for t in segment.tokenize(text)
    ]
