"""Sentences of the seed's kind that are not statements, or whose statement ends early."""

from __future__ import annotations

from test_attribution_more import _contents, _found


def test_feel_free_is_not_a_thought():
    got = _found("Officials said that the city would feel free to close the bridge at any time.")
    assert [cue for _, cue, _ in got] == ["said"]


def test_feel_that_is_still_a_thought():
    got = _found("Many drivers feel that the bridge is unsafe.")
    assert ("that the bridge is unsafe", "feel", "Many drivers") in got


def test_passive_with_particle_and_agent_does_not_make_the_subject_a_speaker():
    body = "The county, for its part, was called upon by the state to help repair the bridge."
    assert all(src is None or "county" not in src for _, _, src in _found(body))


def test_active_call_on_is_still_a_request():
    got = _found("The state called on the county to help repair the bridge.")
    assert any(cue.startswith("called on") and src == "The state" for _, cue, src in got)


def test_observe_as_keeping_a_rule_is_not_speech():
    body = "A truce declared in May is not observed by some of the drivers on the bridge."
    assert _contents(body) == []


def test_observe_that_is_speech():
    got = _found("The engineer observed that the cracks had grown since March.")
    assert ("that the cracks had grown since March", "observed", "The engineer") in got


def test_statement_in_a_relative_clause_ends_with_the_clause():
    body = (
        "Attacks on drivers and cyclists, who said they would avoid the bridge, "
        "happen every week in the city."
    )
    assert ("they would avoid the bridge", "said", "cyclists, who") in _found(body)
    assert not any("every week" in c for c in _contents(body))


def test_the_seed_has_none_of_these_false_statements(seed_report):
    # Checked by hand on the sample: Russia 'would feel free' (inside Shoigu's warning),
    # Moscow 'was called upon by' the Syrian government, a truce 'not observed by' groups.
    cues = [a.cue.text.lower() for a in seed_report.attributions if a.cue is not None]
    assert not {"feel", "called", "observed by", "observe"} & set(cues)
    assert not any(
        a.source and a.source.text.startswith("Moscow, for") for a in seed_report.attributions
    )
