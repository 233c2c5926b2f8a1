"""Any findings the engine may produce render without error, within the width, each noted once."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from test_render_text import TEXT, make_report, view

from annotator.model import Finding

PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))
CATEGORIES = ["evaluative", "loaded-label", "scare-quote", "not-a-known-category"]


@st.composite
def findings(draw):
    out = []
    for _ in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, len(TEXT) - 1))
        end = draw(st.integers(start + 1, min(len(TEXT), start + 40)))
        voice = draw(st.sampled_from(["editorial", "attributed"]))
        out.append(
            Finding(
                rule="r",
                category=draw(st.sampled_from(CATEGORIES)),
                level=draw(st.sampled_from(["info", "warning"])),
                voice=voice,
                start=start,
                end=end,
                text=TEXT[start:end],
                message=draw(st.text(PRINTABLE, max_size=30)),
                attribution=draw(st.sampled_from([None, 1, 2, 99]))
                if voice == "attributed"
                else None,
            )
        )
    return tuple(sorted(out, key=lambda f: (f.start, -f.end)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fs=findings(), width=st.integers(20, 140), colour=st.booleans())
def test_any_findings_render_within_the_width(fs, width, colour):
    plain, _ = view(make_report(fs), width=width, colour=colour)
    assert all(cell_len(line) <= width for line in plain.splitlines())
    if not colour:
        # Every finding that starts inside a shown paragraph has exactly one note, numbered in
        # order; findings in the folded page chrome keep their number but have no note.
        report = make_report(fs)
        chrome = report.boilerplate[0]
        shown_paras = [
            p for p in report.paragraphs if not (p.start >= chrome.start and p.end <= chrome.end)
        ]
        expected = [
            n for n, f in enumerate(fs, 1) if any(p.start <= f.start < p.end for p in shown_paras)
        ]
        numbers = [int(n) for n in re.findall(r"^\s+\[(\d+)\] ", plain, re.M)]
        assert numbers == expected
