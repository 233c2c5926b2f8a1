"""Property-based tests over random and adversarial text and bytes (issue 7).

Deterministic by default (derandomize) so the suite stays green or red for a reason, with
modest example counts; set ANNOTATE_FUZZ_EXAMPLES=2000 for a longer, random fuzzing run.
"""

from __future__ import annotations

import codecs
import os

import pytest

hypothesis = pytest.importorskip("hypothesis")

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from test_schema import check_report  # noqa: E402

import annotator  # noqa: E402
from annotator.decode import ENCODINGS, InputError, decode_bytes  # noqa: E402

_LONG = int(os.environ.get("ANNOTATE_FUZZ_EXAMPLES", "0"))


def _settings(n: int):
    return settings(
        max_examples=_LONG or n,
        derandomize=not _LONG,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# --- strategies --------------------------------------------------------------------------

WORDS = (
    "the minister said that he told reporters according to officials critics say a source "
    "familiar with matter Sergey Shoigu Defense Minister Mr. U.S. Jan. 5 3.5 spokesman John "
    "Kirby warned insisted claimed it was illegal terrorists would be a great embarrassment "
    "responded without enthusiasm so-called regime they we I you"
).split()
QUOTES = [
    '"',
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "'",
    "\u00ab",
    "\u00bb",
    "\u201e",
    "\u2039",
    "\u203a",
    "``",
    "''",
]
PUNCT = [
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "...",
    "\u2026",
    "(",
    ")",
    "[",
    "]",
    "-",
    "\u2013",
    "\u2014",
    "--",
    "/",
    "*",
    "#",
    "6'2\"",
    '12"',
    "\u2022",
]
SPACES = [
    " ",
    " ",
    " ",
    "\u00a0",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    "\r\n\r\n",
    "\u2009",
    "\u202f",
    "\u3000",
    "\u200b",
    "\ufeff",
    "\x0c",
    "\x0b",
    "\r",
    "\u2028",
    "\u2029",
    "\x85",
]
ODD = [
    "\U0001f600",
    "\U0001f1fa\U0001f1f8",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "e\u0301",
    "\u0301",
    "a\u0308\u0304",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627",
    "\u200f",
    "\u200e",
    "\u202e",
    "\u202c",
    "\u2066",
    "\x00",
    "\x01",
    "\x1b[31m",
    "\x7f",
    "\ud800",
    "\udcff",
    "\ufffd",
    "\uffff",
    "I\u0307",
    "\u0130",
    "\u00df",
    "\ufb01",
    "\u2163",
    "\U0001d400",
    "\u0660\u0661",
    "\u00bd",
]

fragment = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTES),
    st.sampled_from(PUNCT),
    st.sampled_from(SPACES),
    st.sampled_from(ODD),
    st.text(max_size=4),
)
adversarial_text = st.lists(fragment, max_size=80).map("".join)
any_text = st.one_of(adversarial_text, st.text(max_size=200))

# Article-shaped text: a few paragraphs of sentences with quotes and attributions.
sentence = st.builds(
    lambda q1, words, q2, tail: f"{q1}{' '.join(words)}{q2}{tail}",
    st.sampled_from(["", "\u201c", '"', "\u2018", "'"]),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
    st.sampled_from(["", ",\u201d", ',"', "\u201d", '"', "\u2019", "'", ".\u201d"]),
    st.sampled_from([".", " he said.", ", he said.", " said Kirby.", "\u2026", "?", "", ":"]),
)
paragraph = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
article = st.builds(
    lambda paras, sep: sep.join(paras),
    st.lists(paragraph, min_size=1, max_size=6),
    st.sampled_from(["\n\n", "\r\n\r\n", "\n", "\n\u00a0\n"]),
)


# --- the engine over text ----------------------------------------------------------------


def _check(text: str) -> dict:
    report = annotator.annotate(text)
    d = report.to_dict()
    check_report(d, text)
    return d


def editorial_inside_content(d: dict) -> list[tuple[dict, dict]]:
    """(finding, attribution) pairs where an editorial finding lies inside a content part
    of somebody's statement (a paraphrase's content is in the reporter's words)."""
    out = []
    for f in d["findings"]:
        if f["voice"] != "editorial":
            continue
        for a in d["attributions"]:
            if a["paraphrase"]:
                continue
            if any(p["start"] <= f["start"] and f["end"] <= p["end"] for p in a["parts"]):
                out.append((f, a))
    return out


@_settings(150)
@given(any_text)
def test_any_text_gives_a_valid_report(text):
    _check(text)


@_settings(100)
@given(article)
def test_article_shaped_text_gives_a_valid_report(text):
    _check(text)


@_settings(40)
@given(st.one_of(adversarial_text, article))
def test_same_input_same_report(text):
    first = annotator.annotate(text).to_dict()
    # Interleave another text so that any state kept between calls would show.
    annotator.annotate("\u201cNo,\u201d he said. " + text[::-1])
    assert annotator.annotate(text).to_dict() == first


@_settings(30)
@given(adversarial_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_reports_on_decoded_files_keep_offsets(text, codec):
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return  # lone surrogates cannot be written to a file
    try:
        decoded, enc = decode_bytes(data)
    except InputError:
        return
    # Nothing normalised; only a leading U+FEFF reads as a byte-order mark in plain UTF-8.
    assert decoded == (text[1:] if codec == "utf-8" and text.startswith("\ufeff") else text)
    assert enc in ENCODINGS
    _check(decoded)


@settings(_settings(100), phases=[Phase.explicit, Phase.reuse, Phase.generate])  # no shrinking
@given(article)
def test_no_editorial_finding_inside_attributed_content(text):
    assert not editorial_inside_content(_check(text))


@pytest.mark.parametrize(
    "text",
    [
        "minister warned regime.",
        # The seed's second paragraph: 'issued' is a cue whose content is a paraphrase, so
        # the gold's editorial 'lukewarm response' stays editorial and the report says so.
        "Moscow suggests joint missions, the defense minister said. The US has issued a "
        "lukewarm response to the proposal.",
    ],
)
def test_no_editorial_finding_inside_attributed_content_examples(text):
    assert not editorial_inside_content(_check(text))


def test_no_editorial_finding_inside_attributed_content_on_the_seed(seed_report):
    assert not editorial_inside_content(seed_report.to_dict())


def test_editorial_inside_content_can_fail():
    d = {
        "findings": [{"voice": "editorial", "start": 3, "end": 5}],
        "attributions": [{"parts": [{"start": 0, "end": 9}], "paraphrase": False}],
    }
    assert editorial_inside_content(d)
    d["attributions"][0]["paraphrase"] = True
    assert not editorial_inside_content(d)
    d["attributions"][0]["paraphrase"] = False
    d["findings"][0]["voice"] = "attributed"
    assert not editorial_inside_content(d)


def test_strategy_covers_the_adversarial_alphabet():
    # The property tests are only as good as their alphabet: make sure the sharp edges are in it.
    joined = "".join(QUOTES + PUNCT + SPACES + ODD)
    for ch in "\u00a0\u2014\u2013\u2026\u201c\u201d\u2018\u2019\"'\u0301\u200f\u202e\x00\U0001f600":
        assert ch in joined, repr(ch)


# --- the decoder over bytes --------------------------------------------------------------


def _decode_or_input_error(data: bytes) -> str | None:
    try:
        text, enc = decode_bytes(data)
    except InputError as exc:
        assert exc.reason and "\n" not in exc.reason
        assert exc.kind in ("empty", "binary", "encoding")
        return None
    assert isinstance(text, str) and text.strip()
    assert enc in ENCODINGS
    return text


@_settings(300)
@given(st.binary(max_size=400))
def test_random_bytes_decode_or_fail_cleanly(data):
    _decode_or_input_error(data)


@_settings(200)
@given(
    st.sampled_from(
        [
            b"",
            codecs.BOM_UTF8,
            codecs.BOM_UTF16_LE,
            codecs.BOM_UTF16_BE,
            codecs.BOM_UTF32_LE,
            codecs.BOM_UTF32_BE,
        ]
    ),
    st.binary(max_size=200),
)
def test_random_bytes_after_a_bom(bom, data):
    _decode_or_input_error(bom + data)


@_settings(200)
@given(
    st.text(min_size=1, max_size=60),
    st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig"]),
    st.data(),
)
def test_truncated_multibyte_sequences(text, codec, data):
    try:
        encoded = text.encode(codec)
    except UnicodeEncodeError:
        return
    cut = data.draw(st.integers(0, len(encoded)), label="cut")
    decoded = _decode_or_input_error(encoded[:cut])
    if decoded is not None and cut == len(encoded):
        assert decoded == (text[1:] if codec == "utf-8" and text.startswith("\ufeff") else text)


@_settings(150)
@given(st.text(min_size=5, max_size=80).filter(lambda s: any(ord(c) > 127 for c in s)), st.data())
def test_damaged_utf8_is_never_silently_mojibake(text, data):
    encoded = bytearray(text.encode("utf-8"))
    i = data.draw(st.integers(0, len(encoded) - 1), label="position")
    encoded[i] = data.draw(st.integers(0x80, 0xFF), label="byte")
    decoded = _decode_or_input_error(bytes(encoded))
    if decoded is not None:
        # Either still valid UTF-8 (the byte fit) or, with no UTF-8 sequence left, cp1252.
        try:
            assert decoded == bytes(encoded).decode("utf-8")
        except UnicodeDecodeError:
            assert decoded == bytes(encoded).decode("cp1252")


@_settings(60)
@given(st.binary(min_size=1, max_size=300))
def test_decoded_bytes_annotate_cleanly(data):
    text = _decode_or_input_error(data)
    if text is not None:
        _check(text)
