"""The tokenizer's shortcut branch changes no token; tokens are immutable named tuples."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import segment
from annotator.document import Document
from annotator.model import Token

# The token pattern without its leading shortcut branch: the reference.
_REFERENCE = re.compile(segment._TOKEN.pattern.split("|", 1)[1])

_ALPHABET = "aAnNtTsSdDlLmMvVrReEU1209_.,:;'\u2019`\"-()!? \n\u00e9\u00df"


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.data())
def test_shortcut_branch_gives_the_reference_tokens(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _spans(segment._TOKEN, text, start, end) == _spans(_REFERENCE, text, start, end)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\t\u00a0\u2003", max_size=60), st.data())
def test_matches_with_their_leading_space_give_the_same_tokens(text, data):
    # token_matches takes the whitespace before each token into its match (group 1 is the
    # token): the tokens must be exactly those of the plain pattern, over any range.
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    got = [m.span(1) for m in segment.token_matches(text, start, end)]
    assert got == _spans(segment._TOKEN, text, start, end)


def test_the_scan_ends_at_the_last_non_space():
    # The leading \s* would give back a trailing run of spaces one at a time, trying every
    # token branch at each (quadratic: 20,000 spaces took two minutes), so token_matches
    # ends the scan at the last non-space character.
    text = "a word" + " \n\t" * 1000
    found = segment.token_matches(text, 0, len(text))
    assert [m.group(1) for m in found] == ["a", "word"]
    assert {m.endpos for m in found} == {len("a word")}


@pytest.mark.parametrize(
    "text",
    ["don't won\u2019t U.S. 3,000.5 well-known he's 'tis ``x'' A.B. n't a.m., 10:30 x-"],
)
def test_shortcut_branch_on_known_cases(text):
    assert _spans(segment._TOKEN, text, 0, len(text)) == _spans(_REFERENCE, text, 0, len(text))


def test_document_tokens_are_tagged_named_tuples():
    doc = Document("He said it would rain.")
    toks = doc.tokens_in(0, len(doc.text))
    assert [t.text for t in toks] == ["He", "said", "it", "would", "rain", "."]
    assert all(type(t) is Token and doc.text[t.start : t.end] == t.text for t in toks)
    assert toks[0].tag == "PRP"
    with pytest.raises(AttributeError):
        toks[0].tag = "NN"  # type: ignore[misc]
