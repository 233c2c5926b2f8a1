"""The engine's voice lookup and overlap pruning against slow, obviously right versions."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.engine.runner import Voices, _longest_first

spans = st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1]))


def _slow_of(parts, start, end):
    """Smallest part holding most of [start, end); on a tie the later-starting one."""
    best = None
    for k, (s, e, aid) in enumerate(sorted(parts)):
        inside = min(e, end) - max(s, start)
        if inside > 0 and inside * 2 >= end - start:
            key = (e - s, -k)
            if best is None or key < best[0]:
                best = (key, aid)
    return best[1] if best else None


@settings(max_examples=300, deadline=None)
@given(st.lists(spans, max_size=12), st.lists(spans, min_size=1, max_size=12))
def test_voices_match_the_slow_definition(contents, queries):
    attributions = [
        SimpleNamespace(id=i, parts=[SimpleNamespace(start=s, end=e)])
        for i, (s, e) in enumerate(contents)
    ]
    parts = [(s, e, i) for i, (s, e) in enumerate(contents)]
    got = Voices(attributions).of_many(queries)
    for q in queries:
        assert got[q] == _slow_of(parts, *q), (contents, q)


def _slow_longest_first(found):
    kept = []
    for s, e in sorted(set(found), key=lambda sp: (-(sp[1] - sp[0]), sp[0])):
        if all(e <= ks or ke <= s for ks, ke in kept):
            kept.append((s, e))
    return sorted(kept)


@settings(max_examples=300, deadline=None)
@given(st.lists(spans, max_size=30))
def test_longest_first_matches_the_slow_definition(found):
    assert sorted(_longest_first(found)) == _slow_longest_first(found)


def test_one_long_content_over_many_short_ones():
    # The shape of a 100,000-word sentence full of reporting verbs: every content runs to the
    # end of the sentence, so each span lies in all the earlier ones; the innermost wins.
    n = 2000
    attributions = [
        SimpleNamespace(id=i, parts=[SimpleNamespace(start=10 * i, end=10 * n)]) for i in range(n)
    ]
    got = Voices(attributions).of_many([(10 * i + 2, 10 * i + 5) for i in range(n)])
    assert [got[(10 * i + 2, 10 * i + 5)] for i in range(n)] == list(range(n))


def test_a_skipped_content_keeps_only_its_quotes():
    # Content 0..40 is the outlet's own wording (skipped), but the quote at 10..20 inside it,
    # and one straddling its end (38..45), are still the speaker's words.
    attributions = [SimpleNamespace(id=7, parts=[SimpleNamespace(start=0, end=40)])]
    quotes = [
        SimpleNamespace(start=10, end=20),
        SimpleNamespace(start=38, end=45),
        SimpleNamespace(start=50, end=60),
    ]
    got = Voices(attributions, {7}, quotes).of_many([(2, 6), (12, 16), (39, 44), (52, 55)])
    assert got == {(2, 6): None, (12, 16): 7, (39, 44): 7, (52, 55): None}
    assert Voices(attributions, {7}).of((12, 16)[0], 16) is None
