"""The fast sentiment scorer gives exactly TextBlob's score of the joined words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import nlp

VOCAB = (
    "good bad very really not no never n't 's 'd ca wo is a the of xxx terrible brilliant "
    "happy sad extremely quite too hardly , . ! ? ( ) : ; - = < > 8 3 d p o ' \" `` '' "
    ":) :( ;) <3 (!) ! :-) x xD XD D 8) END-OF-SENTENCE don't isn't can\u2019t it\u2019s "
    "u.s. mr. etc. ... \u201c \u201d well-known 3,000 2.5 nice-ish ok okay wow lol"
).split()


def _textblob(words: list[str]) -> tuple[float, float]:
    analyzer = nlp._loaded()[1]
    p, s = analyzer(" ".join(words).replace("\u2019", "'"))
    return float(p), float(s)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=40))
def test_scores_equal_textblob(words):
    assert nlp.sentiment(words) == (_textblob(words) if words else (0.0, 0.0))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab:;()!8'-. \u2019XDn't", min_size=1, max_size=6), max_size=20))
def test_scores_equal_textblob_on_odd_tokens(words):
    assert nlp.sentiment(words) == (_textblob(words) if words else (0.0, 0.0))


def test_known_phrases():
    for text in ("not a very good plan", "really not good !", "it was : ( sad", "( ! ) great"):
        words = text.split()
        assert nlp.sentiment(words) == _textblob(words)


def test_words_by_voice_matches_a_token_by_token_partition(seed_text):
    import annotator
    from annotator import summary
    from annotator.document import Document
    from annotator.engine.runner import sentence_views

    report = annotator.annotate(seed_text)
    doc = Document(seed_text)
    parts = [(p.start, p.end) for a in report.attributions for p in a.parts]
    outlet, quoted = [], []
    for sent in sentence_views(doc):
        for tok, word in zip(sent.tokens, sent.words, strict=True):
            inside = any(s <= tok.start < e for s, e in parts)
            (quoted if inside else outlet).append(word)
    assert quoted
    assert summary._words_by_voice(report, doc) == (outlet, quoted)
