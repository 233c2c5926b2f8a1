"""The tagger and lexicons: the same as TextBlob's own code computes, cached or not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator import lexicon_cache, nlp, segment

ROOT = Path(__file__).resolve().parent.parent

TEXT = (
    "He's sure they would vote, and that's what Mr. Smith's 3,000 backers wouldn\u2019t do. "
    "Unknownish gizmos zorbled quickly; Xylophonic 42.5% of the time. It's theirs."
)


def _textblob_lexicon() -> dict[str, str]:
    m = lexicon_cache.text_module()
    lex = m.Lexicon(path=os.path.join(lexicon_cache.textblob_dir(), "en", "en-lexicon.txt"))
    lex.load()
    return dict(lex)


def _textblob_tags(words: list[str]) -> list[str]:
    m = lexicon_cache.text_module()
    parser = m.Parser(lexicon=_textblob_lexicon(), default=("NN", "NNP", "CD"), language="en")
    norm = [w.replace("\u2019", "'") for w in words]
    tags = [t for _, t in parser.find_tags(norm, map=lambda w, t: (w, t))]
    return nlp._repair(norm, tags)


def test_direct_lexicon_reader_matches_textblob():
    path = os.path.join(lexicon_cache.textblob_dir(), "en", "en-lexicon.txt")
    assert list(lexicon_cache.read_tags(path).items()) == list(_textblob_lexicon().items())


def test_tags_match_textblob_find_tags():
    texts = [TEXT] + [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("samples/*.txt"))]
    for text in texts:
        words = [t.text for t in segment.tokenize(text)]
        assert nlp.tag(words) == _textblob_tags(words)
        lowered_first = ["the"] + words[1:]  # the first word is also looked up in lower case
        assert nlp.tag(lowered_first) == _textblob_tags(lowered_first)


def test_cache_is_written_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = lexicon_cache.lexicons()
    files = list((tmp_path / "annotate").iterdir())
    assert len(files) == 1 and files[0].name.endswith(".marshal")
    again = lexicon_cache.lexicons()
    paths = lexicon_cache._paths()
    fresh = lexicon_cache.parse(paths[1], paths[2])
    for got in (again, fresh):
        assert lexicon_cache.tag_table(got.tag_buckets) == lexicon_cache.tag_table(
            first.tag_buckets
        )
        assert (got.words, got.labels, got.synsets) == (first.words, first.labels, first.synsets)
    assert lexicon_cache.tag_table(first.tag_buckets) == lexicon_cache.read_tags(paths[1])


def test_corrupt_cache_is_parsed_again_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    good = lexicon_cache.lexicons()
    (cached,) = (tmp_path / "annotate").iterdir()
    cached.write_bytes(b"\x00garbage")
    assert lexicon_cache.lexicons().words == good.words
    assert cached.read_bytes() != b"\x00garbage"


@pytest.mark.skipif(os.name != "posix", reason="a file standing where the folder should be")
def test_unwritable_cache_falls_back_silently(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    got = lexicon_cache.lexicons()
    assert lexicon_cache.tag_table(got.tag_buckets)["the"] == "DT"
    assert capsys.readouterr() == ("", "")


def test_word_sentiment_is_memoised_consistently():
    assert nlp.word_sentiment("good") == nlp.word_sentiment("Good")
    assert nlp.word_sentiment("good", "JJ") is not None
    assert nlp.word_sentiment("zorbled") is None
    assert nlp.sentiment(["not", "good"])[0] < 0


def test_tag_buckets_cover_every_word_looked_up():
    path = os.path.join(lexicon_cache.textblob_dir(), "en", "en-lexicon.txt")
    full = lexicon_cache.read_tags(path)
    tags = nlp._Tags(lexicon_cache.bucketed(full))
    for text in [TEXT, "Xylophonic zebras. The end", "The"]:
        words = [t.text for t in segment.tokenize(text)]
        for w in words + [words[0].lower()]:
            assert (tags.table.get(w) or tags.fetch(w)) == full.get(w)
    assert len(tags.table) < len(full)
