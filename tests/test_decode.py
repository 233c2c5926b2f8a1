"""Decoding: encodings detected and reported, nothing normalised, every bad input an InputError."""

from __future__ import annotations

import codecs
import io
import os
import sys

import pytest

import annotator
from annotator.decode import ENCODINGS, InputError, decode_bytes, read_path, read_stream

# Every character the issue says must survive: CRLF, no-break space, curly and straight
# quotes, en and em dashes, the ellipsis character.
TRICKY = (
    "Headline \u2013 with a dash\r\n\r\n"
    "\u201cWe will not back down\u00a0\u2014 not now\u2026\u201d "
    "Defense Minister Sergey Shoigu said.\r\n"
    '"Straight," he said, \u2018single\u2019 and it\u2019s fine.\r\n'
)


# --- encodings ---------------------------------------------------------------------------


def test_plain_utf8():
    s = "caf\u00e9 \u201cok\u201d"
    assert decode_bytes(s.encode()) == (s, "utf-8")


def test_utf8_bom_is_not_part_of_the_text():
    text, enc = decode_bytes(codecs.BOM_UTF8 + b"Hello there")
    assert (text, enc) == ("Hello there", "utf-8-sig")


@pytest.mark.parametrize(
    "codec, bom, name",
    [
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32-be"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ],
)
def test_bom_encodings_round_trip_exactly(codec, bom, name):
    text, enc = decode_bytes(bom + TRICKY.encode(codec))
    assert enc == name
    assert text == TRICKY  # CRLF, NBSP, quotes, dashes, ellipsis untouched


def test_utf16_with_astral_characters():
    s = "Emoji \U0001f600 and more text"
    assert decode_bytes(s.encode("utf-16"))[0] == s


def test_cp1252_legacy_file():
    # 0x93/0x94 curly quotes, 0x96 en dash, 0x85 ellipsis, 0xA0 no-break space, 0xE9 e-acute.
    data = b"\x93Caf\xe9 talks failed\x85\x94 he said \x96 on\xa0Monday.\r\n"
    text, enc = decode_bytes(data)
    assert enc == "cp1252"
    assert text == "\u201cCaf\u00e9 talks failed\u2026\u201d he said \u2013 on\u00a0Monday.\r\n"


def test_ascii_is_reported_as_utf8():
    assert decode_bytes(b"plain old ascii\n")[1] == "utf-8"


def test_every_reported_encoding_is_in_the_documented_list():
    samples = [b"a", codecs.BOM_UTF8 + b"a", "a".encode("utf-16"), "a".encode("utf-32"), b"\xe9a"]
    for data in samples:
        assert decode_bytes(data)[1] in ENCODINGS


# --- bad bytes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, kind, words",
    [
        (b"", "empty", "empty file"),
        (b"  \r\n\t \n", "empty", "white space"),
        (codecs.BOM_UTF8, "empty", "byte-order mark"),
        (codecs.BOM_UTF16_LE, "empty", "byte-order mark"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", "binary"),
        (b"text with a \x00 NUL in it", "binary", "NUL"),
        (bytes(range(1, 9)) * 20 + b"some words", "binary", "control characters"),
        ("no byte-order mark at all".encode("utf-16-le"), "encoding", "UTF-16"),
        ("no byte-order mark at all".encode("utf-16-be"), "encoding", "UTF-16"),
        (b"\x81\x8d\x8f\x90\x9d", "encoding", "cp1252"),
        (codecs.BOM_UTF16_LE + b"a\x00\x00\xd8b\x00", "encoding", "UTF-16"),  # lone surrogate
        (codecs.BOM_UTF16_LE + b"a\x00b", "encoding", "UTF-16"),  # odd length
        (codecs.BOM_UTF8 + b"ok \xff", "encoding", "UTF-8"),
    ],
)
def test_bad_bytes_are_input_errors(data, kind, words):
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.kind == kind
    assert words.lower() in info.value.reason.lower()


def test_damaged_utf8_is_an_error_not_mojibake():
    # A UTF-8 file cut in the middle of its last character: falling back to cp1252 would turn
    # every curly quote into "â€œ". The error names the byte.
    data = "\u201cWe agree,\u201d he said \u2014 and left\u2026".encode()[:-1]
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.kind == "encoding"
    assert f"byte {len(data) - 2}" in info.value.reason


def test_utf8_with_one_stray_latin1_byte_is_an_error():
    data = "caf\u00e9 ".encode() + b"na\xefve"
    with pytest.raises(InputError, match="damaged or mixed"):
        decode_bytes(data)


def test_a_few_control_characters_are_text():
    # Scraped text often carries a stray form feed or escape; that is not a binary file.
    s = "Page one\x0cPage two \x1b[0m and a bell\x07."
    assert decode_bytes(s.encode())[0] == s


def test_input_error_names_the_file():
    err = InputError("empty file", "a/b.txt", kind="empty")
    assert str(err) == "a/b.txt: empty file"
    assert str(InputError("empty file")) == "empty file"
    named = InputError("x", kind="binary").named("f.txt")
    assert (named.path, named.kind, str(named)) == ("f.txt", "binary", "f.txt: x")


# --- files and streams -------------------------------------------------------------------


def test_read_path_reads_and_decodes(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(codecs.BOM_UTF8 + TRICKY.encode())
    assert read_path(f) == (TRICKY, "utf-8-sig")
    assert read_path(str(f)) == (TRICKY, "utf-8-sig")


def _error(path, **kw) -> InputError:
    with pytest.raises(InputError) as info:
        read_path(path, **kw)
    assert info.value.path == str(path)
    assert str(info.value).startswith(str(path) + ": ")
    return info.value


def test_missing_file(tmp_path):
    assert _error(tmp_path / "nope.txt").reason == "no such file"


def test_directory(tmp_path):
    err = _error(tmp_path)
    assert (err.kind, err.reason) == ("directory", "is a directory, not a file")


def test_path_under_a_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("hello world")
    assert _error(f / "b.txt").kind == "missing"


def test_nul_in_path(tmp_path):
    assert "invalid path" in _error(str(tmp_path) + "/a\x00b").reason


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    assert _error(f).reason == "empty file"


def test_too_large(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"word " * 100)
    err = _error(f, max_bytes=100)
    assert err.kind == "too-large" and "500 bytes" in err.reason
    assert read_path(f, max_bytes=500)[0] == "word " * 100
    assert read_path(f, max_bytes=0)[0] == "word " * 100  # 0: no limit


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_device_is_read_with_a_bound():
    # st_size is 0: only the bounded read stops this from eating all memory.
    with pytest.raises(InputError) as info:
        read_path("/dev/zero", max_bytes=1000)
    assert info.value.kind == "too-large"


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="permissions are not enforced for root",
)
def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text("hello world")
    f.chmod(0)
    try:
        assert _error(f).reason == "permission denied"
    finally:
        f.chmod(0o600)


def test_read_stream():
    assert read_stream(io.BytesIO(b"\xef\xbb\xbfhi there")) == ("hi there", "utf-8-sig")
    with pytest.raises(InputError) as info:
        read_stream(io.BytesIO(b"x" * 50), max_bytes=10)
    assert info.value.kind == "too-large" and info.value.path == "<stdin>"
    with pytest.raises(InputError) as info:
        read_stream(io.BytesIO(b""), name="-")
    assert str(info.value) == "-: empty file"


# --- end to end: offsets refer to the decoded original -----------------------------------


def _check_offsets(report) -> None:
    text = report.text
    d = report.to_dict()
    assert d["text_length"] == len(text)
    for a in d["attributions"]:
        for key in ("cue", "source"):
            if a[key]:
                assert text[a[key]["start"] : a[key]["end"]] == a[key]["text"]
    for q in d["scare_quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
    if d["headline"]:
        assert text[d["headline"]["start"] : d["headline"]["end"]] == d["headline"]["text"]


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"])
def test_same_statements_whatever_the_encoding(tmp_path, codec):
    f = tmp_path / f"article.{codec}.txt"
    f.write_bytes(TRICKY.encode(codec))
    report = annotator.annotate_path(f)
    _check_offsets(report)
    assert report.text == TRICKY
    expected = {
        "utf-8": "utf-8",
        "utf-8-sig": "utf-8-sig",
        "utf-16": "utf-16-le",
        "utf-32": "utf-32-le",
        "cp1252": "cp1252",
    }[codec]
    assert report.encoding == expected == report.to_dict()["encoding"]
    contents = [TRICKY[a.content.start : a.content.end] for a in report.attributions]
    # Hand-checked: the quote with its ellipsis and no-break space, and the straight quote.
    assert "\u201cWe will not back down\u00a0\u2014 not now\u2026\u201d" in contents
    assert any(c.startswith('"Straight,') for c in contents)
    shoigu = [a for a in report.attributions if a.speaker == "Sergey Shoigu"]
    assert shoigu and TRICKY[shoigu[0].source.start : shoigu[0].source.end] == (
        "Defense Minister Sergey Shoigu"
    )


def test_crlf_and_lf_give_the_same_statements():
    lf = TRICKY.replace("\r\n", "\n")
    a = annotator.annotate(TRICKY)
    b = annotator.annotate(lf)

    def contents(r):
        return [r.text[x.content.start : x.content.end] for x in r.attributions]

    assert contents(a) == contents(b)
    assert len(a.sentences) == len(b.sentences)


@pytest.mark.parametrize(
    "exc, reason",
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "cannot read (Input/output error)"),
    ],
)
def test_os_errors_become_input_errors(tmp_path, monkeypatch, exc, reason):
    # Also runs as root, where chmod 0 does not stop reading.
    import annotator.decode as decode

    def refuse(*args, **kwargs):
        raise exc

    f = tmp_path / "a.txt"
    f.write_text("hello world")
    monkeypatch.setattr(decode, "open", refuse, raising=False)
    assert _error(f).reason == reason
