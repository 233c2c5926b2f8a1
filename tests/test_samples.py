"""The two hand-written sample articles: expected speakers, counts and kinds written by hand
from the article text (samples/harbor_bridge_repairs.txt, samples/school_bus_cuts.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

import annotator

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def bridge():
    return annotator.annotate_path(SAMPLES / "harbor_bridge_repairs.txt")


@pytest.fixture(scope="module")
def school():
    return annotator.annotate_path(SAMPLES / "school_bus_cuts.txt")


def _owner(report, needle: str):
    """The one attribution whose content holds the first occurrence of needle."""
    at = report.text.index(needle)
    owners = [a for a in report.attributions if any(p.start <= at < p.end for p in a.parts)]
    assert len(owners) == 1, (needle, len(owners))
    return owners[0]


# Harbor bridge: colon quote, "according to", split quote, anonymous sources, "he" -----------


def test_bridge_speakers_and_counts(bridge):
    assert bridge.speakers == {"Raul Ortega": 2, "Dana Whitfield": 1}
    assert len(bridge.attributions) == 6
    assert sum(a.anonymous for a in bridge.attributions) == 2


def test_bridge_colon_introduced_quote(bridge):
    a = _owner(bridge, "This bridge carries")
    assert (a.kind, a.speaker, a.source.text) == (
        "direct",
        "Dana Whitfield",
        "Mayor Dana Whitfield",
    )


def test_bridge_according_to(bridge):
    a = _owner(bridge, "closed to trucks")
    assert a.cue.text == "according to"
    assert a.source.text == "the state transportation department"
    assert bridge.text[a.content.start : a.content.end] == (
        "The bridge has been closed to trucks since March"
    )


def test_bridge_quote_split_around_its_attribution(bridge):
    a = _owner(bridge, "We looked at every option")
    assert a.speaker == "Raul Ortega"
    assert len(a.parts) == 2
    assert a is _owner(bridge, "Replacing the bridge")


def test_bridge_anonymous_sources(bridge):
    assert _owner(bridge, "the repairs will only buy").anonymous
    engineer = _owner(bridge, "the steel beams")
    assert engineer.anonymous and engineer.speaker is None
    assert engineer.source.text.startswith("A city engineer")


def test_bridge_pronoun_and_nested_say_stay_with_the_outer_speaker(bridge):
    # "they say the beams are sound" is inside Ortega's quote: no statement of its own.
    a = _owner(bridge, "The inspection reports")
    assert (a.source.text, a.speaker) == ("he", "Raul Ortega")


def test_bridge_byline_is_boilerplate(bridge):
    assert [(bridge.text[b.start : b.end], b.kind) for b in bridge.boilerplate] == [
        ("By Maria Chen", "byline")
    ]


# School buses: multi-paragraph quote, colon quote, according to, anonymous, told reporters --


def test_school_speakers_and_counts(school):
    assert school.speakers == {"Karen Osei": 2, "Lena Brooks": 1, "Alan Reyes": 1}
    assert len(school.attributions) == 6
    assert [a.anonymous for a in school.attributions].count(True) == 1


def test_school_multi_paragraph_quote(school):
    a = _owner(school, "Nobody on this board")
    assert a is _owner(school, "But the state money")
    assert (a.kind, a.speaker, len(a.parts)) == ("direct", "Karen Osei", 2)


def test_school_colon_quote_after_an_appositive(school):
    a = _owner(school, "You are asking")
    assert a.kind == "direct" and a.speaker == "Lena Brooks"


def test_school_according_to_an_office(school):
    a = _owner(school, "faces a shortfall")
    assert a.source.text == "the district's budget office"
    assert a.speaker is None and not a.anonymous


def test_school_anonymous_teachers_and_told_reporters(school):
    assert _owner(school, "the reading program had done more").anonymous
    a = _owner(school, "she would meet")
    assert (a.cue.text, a.speaker) == ("told reporters", "Karen Osei")


def test_school_partial_quote_is_mixed(school):
    a = _owner(school, "the board would")
    assert (a.kind, a.speaker) == ("mixed", "Alan Reyes")
    assert school.text[a.content.start : a.content.end] == (
        "the board would \u201clisten to every family\u201d before the vote"
    )
