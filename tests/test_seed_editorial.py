"""Editorial findings on the seed article against its hand-made reference annotation."""

from __future__ import annotations


def _overlaps(f, span) -> bool:
    return f.start < span["end"] and span["start"] < f.end


def test_at_least_eight_of_nine_editorial_spans_flagged_editorial(seed_report, seed_gold):
    spans = [e["span"] for e in seed_gold["editorial"]]
    assert len(spans) == 9
    editorial = [f for f in seed_report.findings if f.voice == "editorial"]
    missed = [s["text"] for s in spans if not any(_overlaps(f, s) for f in editorial)]
    assert len(missed) <= 1, missed


def test_nothing_inside_an_attribution_is_flagged_editorial(seed_report, seed_gold):
    for span in seed_gold["inside_attribution"]:
        bad = [
            f.text for f in seed_report.findings if f.voice == "editorial" and _overlaps(f, span)
        ]
        assert not bad, (span["text"], bad)


def test_loaded_words_in_quotes_come_out_attributed(seed_report, seed_gold):
    # "Assad Regime" sits in a spokesman's quote: flagged, but as his words.
    regime = next(s for s in seed_gold["inside_attribution"] if s["text"] == "Assad Regime")
    found = [f for f in seed_report.findings if _overlaps(f, regime)]
    assert found and all(f.voice == "attributed" and f.attribution is not None for f in found)


def test_no_finding_in_boilerplate(seed_report, seed_gold):
    for b in seed_gold["boilerplate"]:
        inside = [f.text for f in seed_report.findings if _overlaps(f, b)]
        assert not inside, (b["kind"], inside)


def test_no_editorial_finding_in_neutral_sentences(seed_report, seed_gold):
    assert len(seed_gold["neutral"]) == 2
    for span in seed_gold["neutral"]:
        bad = [
            f.text for f in seed_report.findings if f.voice == "editorial" and _overlaps(f, span)
        ]
        assert not bad, (span["text"][:50], bad)


def test_findings_text_and_order(seed_report, seed_text):
    starts = [f.start for f in seed_report.findings]
    assert starts == sorted(starts)
    for f in seed_report.findings:
        assert seed_text[f.start : f.end] == f.text
        assert f.voice in ("editorial", "attributed")
        assert (f.attribution is None) == (f.voice == "editorial")
