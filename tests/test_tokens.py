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
