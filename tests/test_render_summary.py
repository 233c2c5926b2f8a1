"""The legend and summary report under the view; figures checked by hand on the made report."""

from __future__ import annotations

import re
from dataclasses import replace

from annotate_cli import engine_info, metrics, render_summary
from test_render_text import finding, make_report, view


def summary_text(report, **opts) -> str:
    plain, _ = view(report, width=100, colour=False, article=False, **opts)
    return plain


def table_rows(plain: str, title: str) -> list[list[str]]:
    """Rows of the table under `title`, split on runs of 2+ spaces."""
    lines = plain.splitlines()
    i = lines.index(next(ln for ln in lines if ln.strip() == title))
    i = next(n for n in range(i, len(lines)) if set(lines[n].strip()) == {"-"})
    rows = []
    for ln in lines[i + 1 :]:
        if not ln.strip():
            break
        rows.append(re.split(r"\s{2,}", ln.strip()))
    return rows


def test_verdict_line():
    # 2 own-voice findings (reckless, power grab) in 2 of the 5 sentences (headline counted,
    # page chrome not); 2 statements: Jane Doe's quote and the anonymous officials.
    assert render_summary.verdict(make_report(), make_report().findings) == (
        "Outlet's own voice: 2 editorial findings in 2 of 5 sentences; 2 attributed statements "
        "from 1 speaker and 1 anonymous source"
    )


def test_verdict_counts_only_what_the_filters_leave():
    report = make_report()
    only_attr = [f for f in report.findings if f.voice != "editorial"]
    assert render_summary.verdict(report, only_attr).startswith(
        "Outlet's own voice: 0 editorial findings in 0 of 5 sentences;"
    )


def test_categories_table():
    rows = table_rows(summary_text(make_report()), "Findings by category")
    assert rows == [
        ["evaluative", "1", "1", '"reckless", "disgraceful"'],
        ["loaded-label", "1", "0", '"power grab"'],
    ]


def test_speakers_table_with_shares_and_anonymous_sources():
    # Jane Doe's quote holds 5 words, the officials' clause 4: 56% and 44%.
    rows = table_rows(summary_text(make_report()), "Who speaks")
    assert rows == [["Jane Doe", "1", "1", "0", "56%"], ["anonymous sources", "1", "0", "1", "44%"]]


def test_voices_table_reads_subjectivity_from_the_summary():
    report = make_report(
        summary={
            "words": 40,
            "subjectivity": {"editorial": 0.6, "attributed": 0.25},
            "polarity": {"editorial": -0.4, "attributed": 0.1},
        }
    )
    rows = table_rows(summary_text(report), "Outlet's voice against attributed text")
    assert rows == [
        ["Outlet's own voice", "-", "3", "2", "0.60", "-0.40"],
        ["Attributed", "-", "2", "1", "0.25", "+0.10"],
    ]


def test_voices_table_with_the_engines_summary_shape():
    report = make_report(
        summary={
            "words": 40,
            "outlet_words": 31,
            "attributed_words": 9,
            "sentiment": {
                "outlet": {"polarity": -0.0259, "subjectivity": 0.387},
                "attributed": {"polarity": 0.0471, "subjectivity": 0.2938},
            },
        }
    )
    rows = table_rows(summary_text(report), "Outlet's voice against attributed text")
    assert rows == [
        ["Outlet's own voice", "31", "3", "2", "0.39", "-0.03"],
        ["Attributed", "9", "2", "1", "0.29", "+0.05"],
    ]


def test_voices_table_without_subjectivity_shows_dashes():
    rows = table_rows(summary_text(make_report()), "Outlet's voice against attributed text")
    assert rows[0][-2:] == ["-", "-"]


def test_flagged_terms_own_voice_first_with_messages():
    rows = table_rows(summary_text(make_report()), "Flagged terms")
    assert [r[:4] for r in rows] == [
        ["reckless", "evaluative", "own", "1"],
        ["power grab", "loaded-label", "own", "1"],
        ["disgraceful", "evaluative", "attributed", "1"],
    ]
    assert rows[0][4] == "'reckless' judges instead of reporting"


def test_no_findings():
    plain = summary_text(make_report(findings=()))
    assert "No findings in the categories shown." in plain
    assert "Flagged terms" not in plain


def test_explain_adds_rule_descriptions_and_sources(monkeypatch):
    monkeypatch.setattr(
        engine_info,
        "rule_details",
        lambda rule: {"description": f"Flags {rule} wording.", "source": "Recasens et al. 2013"},
    )
    plain = summary_text(make_report(), explain=True)
    assert "Rules that fired" in plain
    assert "evaluative.reckless (reckless)" in plain
    assert "Flags evaluative.reckless wording." in plain
    assert "source: Recasens et al. 2013" in plain
    assert "Rules that fired" not in summary_text(make_report())


def test_engine_info_reads_rule_objects(monkeypatch):
    import annotator.engine as engine

    class Rule:
        def __init__(self, id, description, source):
            self.id, self.description, self.source = id, description, source

    monkeypatch.setattr(
        engine, "rules", lambda *a: (Rule("x.y", "Why  it\nflags", "A book"),), raising=False
    )
    engine_info._all_rules.cache_clear()
    try:
        assert engine_info.rule_details("x.y") == {
            "description": "Why it flags",
            "source": "A book",
        }
        assert engine_info.rule_details("nope") == {"description": "", "source": ""}
    finally:
        engine_info._all_rules.cache_clear()


def test_short_names():
    assert metrics.short_name("Sergey Shoigu") == "Shoigu"
    assert metrics.short_name("Moscow") == "Moscow"
    # An institution has no surname: 'White House', not 'House'.
    assert metrics.short_name("White House") == "White House"
    assert metrics.short_name("State Department") == "State Department"
    assert metrics.short_name(None, anonymous=True) == "anonymous"
    assert metrics.short_name(None) == "?"


def test_legend_lists_the_categories_present():
    plain, _ = view(make_report(), width=120, colour=True, article=False)
    legend = plain.splitlines()[0]
    assert legend.startswith("Legend: ■ evaluative  ■ loaded-label  attributed statement")
    assert "intensifier" not in legend


def test_attributed_only_finding_uses_its_attribution():
    f = finding("disgraceful", "evaluative", voice="attributed", attribution=None)
    plain, _ = view(make_report((f,)), colour=False, width=200)
    assert "(in Doe's words)" in plain  # found through the statement that covers it


def test_an_unnamed_source_is_labelled_by_what_the_article_calls_it():
    import dataclasses

    from annotator.model import TextSpan

    report = make_report()
    officials = dataclasses.replace(
        report.attributions[1], anonymous=False, source=TextSpan(0, 0, "the state transport office")
    )
    report = dataclasses.replace(report, attributions=(report.attributions[0], officials))
    assert metrics.statement_tag(officials) == "state transport office"
    plain, _ = view(report, colour=False, width=200)
    assert "{the plan was working}.<state transport office>" in plain
    rows = table_rows(summary_text(report), "Who speaks")
    assert rows[1][0] == "state transport office (unnamed)"
    assert metrics.source_label("the") is None and metrics.source_label(None) is None
    assert metrics.source_label("a spokesman for the very large ministry") == (
        "the very large ministry"
    )
    # A relative pronoun at the end stands for the source before it.
    assert metrics.source_label("the raucous crowd, which") == "raucous crowd"
    assert metrics.source_label("a boy who") == "boy"
    assert metrics.source_label("that") is None


def test_verdict_counts_every_statement_once_unnamed_and_sourceless_ones_too():
    # Jane Doe's quote left unresolved to a name (an unnamed source), the officials' statement
    # with no source at all: the line still accounts for both statements.
    report = make_report()
    named, officials = report.attributions
    unnamed = replace(named, speaker=None)
    sourceless = replace(officials, source=None, anonymous=False)
    report = replace(report, attributions=(unnamed, sourceless))
    assert render_summary.verdict(report, report.findings).endswith(
        "2 attributed statements from 0 speakers, 1 unnamed source and 1 with no source found"
    )


def test_speaker_rows_are_made_once_per_report(monkeypatch):
    # The verdict and the speakers table read the same rows: one pass over the statements.
    calls = []
    real = render_summary.speaker_rows

    def counting(report):
        calls.append(report)
        return real(report)

    monkeypatch.setattr(render_summary, "speaker_rows", counting)
    plain = summary_text(make_report())
    assert len(calls) == 1
    assert "from 1 speaker and 1 anonymous source" in " ".join(plain.split())
    assert table_rows(plain, "Who speaks")[0] == ["Jane Doe", "1", "1", "0", "56%"]
