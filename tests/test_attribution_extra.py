"""Attribution patterns added for PolNeAR recall and precision (expected values by hand).

Each pattern has an example it must find, with its exact content, cue and source, and a
trap: a similar sentence it must leave alone."""

from __future__ import annotations

import annotator

HEAD = "City Hall Delays Bridge Repairs\n\n"


def _found(body: str) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, source) of every attribution in the body."""
    r = annotator.annotate(HEAD + body)
    return [
        (
            r.text[a.content.start : a.content.end],
            a.cue.text if a.cue else None,
            a.source.text if a.source else None,
        )
        for a in r.attributions
    ]


def _contents(body: str) -> list[str]:
    return [c for c, _, _ in _found(body)]


def test_talked_about_reports_its_object():
    got = _found("The mayor talked about the delays at length.")
    assert got == [("the delays at length", "talked about", "The mayor")]


def test_comment_on_reports_its_object():
    got = _found("The council did not comment on the report.")
    assert got == [("the report", "comment on", "The council")]


def test_talk_without_its_particle_is_not_a_statement():
    assert _contents("The mayor talked to reporters for an hour.") == []
    assert _contents("The talks about the toll plan collapsed.") == []
