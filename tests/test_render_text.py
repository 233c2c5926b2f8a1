"""The terminal view, rendered through a recording rich console at a fixed width.

The reports here are made by hand (text, spans, findings), so the view is tested on its own,
whatever the engine finds today.
"""

from __future__ import annotations

import re

import pytest
from annotate_cli import categories, render_text, style
from annotate_cli.render_text import ViewOptions
from rich.cells import cell_len
from rich.color import Color
from rich.console import Console
from rich.text import Text

from annotator.model import (
    Attribution,
    Boilerplate,
    Finding,
    Paragraph,
    Report,
    SentenceReport,
    Span,
    TextSpan,
)

HEADLINE = "Army tightens grip on capital"
CHROME = "Home | World | Sport | Share"
P1 = (
    "The reckless government pushed the bill through on Monday. "
    "\u201cThis is a disgraceful day,\u201d opposition leader Jane Doe said."
)
P2 = "Officials said that the plan was working. Critics call it a power grab."
TEXT = f"{HEADLINE}\n\n{CHROME}\n\n{P1}\n\n{P2}\n"


def at(term: str, after: int = 0) -> tuple[int, int]:
    i = TEXT.index(term, after)
    return i, i + len(term)


def finding(
    term: str,
    category: str,
    voice: str = "editorial",
    level: str = "warning",
    attribution: int | None = None,
    message: str | None = None,
) -> Finding:
    s, e = at(term)
    return Finding(
        rule=f"{category}.{term.split()[0]}",
        category=category,
        level=level,
        voice=voice,
        start=s,
        end=e,
        text=term,
        message=message or f"{term!r} judges instead of reporting",
        attribution=attribution,
    )


def make_report(
    findings: tuple[Finding, ...] | None = None, text: str = TEXT, summary: dict | None = None
) -> Report:
    """The hand-made article: headline, a line of page chrome, two paragraphs."""
    paragraphs = []
    pos = 0
    for i, block in enumerate(text.split("\n\n")):
        start = text.index(block, pos)
        paragraphs.append(Paragraph(start, start + len(block.rstrip("\n")), i))
        pos = start + len(block)
    quote = at("\u201cThis is a disgraceful day,\u201d")
    said = at("said", at("Jane Doe")[1])
    indirect = at("the plan was working")
    attributions = (
        Attribution(
            1,
            "direct",
            Span(*quote),
            (Span(*quote),),
            TextSpan(*said, "said"),
            TextSpan(*at("opposition leader Jane Doe"), "opposition leader Jane Doe"),
            "Jane Doe",
            False,
        ),
        Attribution(
            2,
            "indirect",
            Span(*indirect),
            (Span(*indirect),),
            TextSpan(*at("said"), "said"),
            TextSpan(*at("Officials"), "Officials"),
            None,
            True,
        ),
    )
    sents = []
    for s in (
        HEADLINE,
        "The reckless government pushed the bill through on Monday.",
        "\u201cThis is a disgraceful day,\u201d opposition leader Jane Doe said.",
        "Officials said that the plan was working.",
        "Critics call it a power grab.",
    ):
        b, e = at(s)
        voice = "attributed" if ("Doe" in s or "Officials" in s) else "editorial"
        if s == HEADLINE:
            voice = "neutral"
        sents.append(SentenceReport(b, e, voice, headline=s == HEADLINE))
    chrome = at(CHROME)
    sents.append(SentenceReport(*chrome, "boilerplate"))
    sents.sort(key=lambda r: r.start)
    if findings is None:
        findings = (
            finding("reckless", "evaluative"),
            finding("disgraceful", "evaluative", voice="attributed", attribution=1),
            finding("power grab", "loaded-label", level="info"),
        )
    return Report(
        text=text,
        path="hand.txt",
        encoding="utf-8",
        sentences=tuple(sents),
        paragraphs=tuple(paragraphs),
        quotes=(),
        attributions=attributions,
        speakers={"Jane Doe": 1},
        findings=tuple(sorted(findings, key=lambda f: f.start)),
        boilerplate=(Boilerplate(*chrome, "page-chrome"),),
        summary=summary if summary is not None else {"words": 40},
        headline=TextSpan(*at(HEADLINE), HEADLINE),
    )


def recording(width: int = 80, colour: bool = True) -> Console:
    return Console(
        record=True,
        width=width,
        force_terminal=colour,
        no_color=not colour,
        color_system="truecolor" if colour else None,
        highlight=False,
        markup=False,
        emoji=False,
        _environ={},
        file=open("/dev/null", "w"),
    )  # noqa: SIM115


def view(report: Report, width: int = 80, colour: bool = True, **opts) -> tuple[str, Text]:
    """(plain exported text, the same text with its styles read back from the ANSI export)."""
    console = recording(width, colour)
    render_text.render(report, console, ViewOptions(colour=colour, **opts))
    ansi = console.export_text(styles=True, clear=False)
    plain = console.export_text(styles=False)
    return plain, Text.from_ansi(ansi)


def style_at(styled: Text, index: int):
    return styled.get_style_at_offset(Console(), index)


def styles_of(styled: Text, pattern: str):
    """The style of every non-space character of the first match of a regex."""
    m = re.search(pattern, styled.plain)
    assert m, pattern
    return [style_at(styled, i) for i in range(m.start(), m.end()) if not styled.plain[i].isspace()]


def same(a: Color | None, b: Color | None) -> bool:
    """Colours compare by what they show: the ANSI round trip loses their names."""
    return a is not None and b is not None and a.get_truecolor() == b.get_truecolor()


def colour_of(category: str) -> Color:
    return Color.parse(categories.colour(category))


# --- the article --------------------------------------------------------------------------


def test_boilerplate_folded_into_one_dim_line_and_headline_set_apart():
    plain, styled = view(make_report())
    assert "Home | World" not in plain
    lines = plain.splitlines()
    folded = [ln for ln in lines if "set aside" in ln]
    assert folded == ["··· set aside: page chrome"]
    assert style_at(styled, styled.plain.index("set aside")).dim
    assert lines[0] == HEADLINE
    assert style_at(styled, 0).bold
    assert set(lines[1]) == {"━"}  # a rule under the headline
    assert lines[2] == ""


def test_each_category_has_its_colour_and_editorial_spans_are_bold():
    _, styled = view(make_report())
    for st in styles_of(styled, "reckless"):
        assert same(st.color, colour_of("evaluative")) and st.bold and not st.dim
    for st in styles_of(styled, r"power\s+grab"):
        assert same(st.color, colour_of("loaded-label")) and st.bold
    assert colour_of("evaluative") != colour_of("loaded-label")
    # Plain text around the spans is not coloured.
    assert style_at(styled, styled.plain.index("government")).color is None


def test_attributed_statement_is_italic_tinted_and_tagged_with_the_speaker():
    plain, styled = view(make_report())
    from rich.style import Style

    tint = Style.parse(style.ATTRIBUTED)
    for st in styles_of(styled, "This is a"):
        assert st.italic and same(st.color, tint.color)
    # The short name of the speaker, as a chip right after the statement.
    assert "day,\u201d Doe opposition" in plain
    chip = Style.parse(style.SPEAKER_TAG)
    for st in styles_of(styled, r"(?<=\u201d )Doe"):
        assert same(st.bgcolor, chip.bgcolor)
    # An anonymous source is tagged as such.
    assert "the plan was working. anonymous Critics" in plain


def test_findings_in_a_speakers_words_are_dim():
    _, styled = view(make_report())
    for st in styles_of(styled, "disgraceful"):
        assert st.dim and same(st.color, colour_of("evaluative"))


def test_numbered_notes_under_the_paragraph_in_colour_too():
    plain, _ = view(make_report())
    lines = plain.splitlines()
    i = next(n for n, ln in enumerate(lines) if ln.startswith("The reckless"))
    notes = [ln for ln in lines[i:] if ln.startswith("    ")][:2]
    assert notes[0].startswith("    ¹ evaluative \u201creckless\u201d")
    assert "(in Doe's words)" in " ".join(" ".join(lines[i:]).split())
    assert "reckless¹" in plain and "disgraceful²" in plain and "grab³" in plain


@pytest.mark.parametrize("width", [40, 52, 80, 133])
def test_a_span_keeps_its_colour_across_a_wrap(width):
    long = finding("pushed the bill through on Monday", "intensifier")
    plain, styled = view(make_report((long,)), width=width)
    assert all(cell_len(ln) <= width for ln in plain.splitlines())
    sts = styles_of(styled, r"pushed\s+the\s+bill\s+through\s+on\s+Monday")
    assert len(sts) == len("pushedthebillthroughonMonday")
    assert all(same(st.color, colour_of("intensifier")) and st.underline for st in sts)


def test_wide_characters_wrap_within_the_width_and_keep_their_colour():
    cjk = "政府は法案を強行採決した。" * 6
    text = f"{HEADLINE}\n\n{CHROME}\n\n{P1} {cjk}\n\n{P2}\n"
    i = text.index("強行採決")
    f = Finding("x.y", "evaluative", "warning", "editorial", i, i + 4, "強行採決", "m")
    report = make_report(findings=(), text=text)
    report = Report(
        **{**{k: getattr(report, k) for k in report.__dataclass_fields__}, "findings": (f,)}
    )
    for width in (30, 41, 80):
        plain, styled = view(report, width=width)
        assert all(cell_len(ln) <= width for ln in plain.splitlines()), width
        sts = styles_of(styled, "強行採決")
        assert all(same(st.color, colour_of("evaluative")) for st in sts)


# --- without colour ------------------------------------------------------------------------


def test_plain_markers_and_notes_without_colour():
    plain, _ = view(make_report(), colour=False, width=200)
    assert "The [reckless][1] government" in plain
    assert "{\u201cThis is a [disgraceful][2] day,\u201d}<Doe>" in plain
    assert "said that {the plan was working}.<anonymous>" in plain
    assert "Critics call it a [power grab][3]." in plain
    assert "    [1] evaluative: \"reckless\" - 'reckless' judges instead of reporting" in plain
    assert '[2] evaluative: "disgraceful"' in plain and "(in Doe's words)" in plain
    assert "[set aside: page chrome]" in plain


def test_note_lines_wrap_with_their_indent():
    msg = "a deliberately long message that has to wrap onto a second and a third line here"
    f = finding("reckless", "evaluative", message=msg)
    plain, _ = view(make_report((f,)), width=50, colour=False)
    lines = plain.splitlines()
    i = next(n for n, ln in enumerate(lines) if ln.startswith("    [1]"))
    assert lines[i + 1].startswith("    ") and lines[i + 1].strip()


# --- options -------------------------------------------------------------------------------


def test_category_and_level_filters():
    report = make_report()
    plain, _ = view(
        report, colour=False, width=200, filter=style.FindingFilter(categories=("loaded-label",))
    )
    assert "[power grab][1]" in plain and "[reckless]" not in plain
    plain, _ = view(
        report, colour=False, width=200, filter=style.FindingFilter(exclude=("evaluative",))
    )
    assert "[reckless]" not in plain and "[power grab][1]" in plain
    plain, _ = view(
        report, colour=False, width=200, filter=style.FindingFilter(min_level="warning")
    )
    assert "[power grab]" not in plain and "[reckless][1]" in plain


def test_summary_only_and_no_summary():
    plain, _ = view(make_report(), article=False)
    assert "reckless government" not in plain and plain.startswith("Legend")
    plain, _ = view(make_report(), summary=False)
    assert "reckless" in plain and "Outlet's own voice" not in plain and "Legend" not in plain


def test_engine_colours_win_and_bad_ones_are_ignored(monkeypatch):
    import annotator.engine as engine

    monkeypatch.setattr(
        engine,
        "categories",
        lambda *a: {
            "evaluative": {"colour": "#123456", "description": "judgement"},
            "loaded-label": {"colour": "not a colour!", "description": "labels"},
            "brand-new": {"colour": "green", "description": "new"},
        },
        raising=False,
    )
    categories._merged.cache_clear()
    try:
        assert categories.colour("evaluative") == "#123456"
        assert categories.colour("loaded-label") == categories.DEFAULTS["loaded-label"]["colour"]
        assert categories.names()[-1] == "brand-new" and categories.colour("brand-new") == "green"
        _, styled = view(make_report())
        assert same(styles_of(styled, "reckless")[0].color, Color.parse("#123456"))
    finally:
        categories._merged.cache_clear()


def test_a_broken_engine_falls_back_to_the_default_colours(monkeypatch):
    import annotator.engine as engine

    def boom(*a):
        raise RuntimeError("pack mid-rewrite")

    monkeypatch.setattr(engine, "categories", boom, raising=False)
    categories._merged.cache_clear()
    try:
        assert categories.colour("evaluative") == categories.DEFAULTS["evaluative"]["colour"]
    finally:
        categories._merged.cache_clear()


@pytest.mark.parametrize(
    "choice, env, tty, expected",
    [
        ("auto", {}, True, True),
        ("auto", {}, False, False),
        ("auto", {"NO_COLOR": "1"}, True, False),
        ("auto", {"TERM": "dumb"}, True, False),
        ("auto", {"FORCE_COLOR": "1"}, False, True),
        ("auto", {"FORCE_COLOR": "1", "TERM": "dumb"}, False, True),
        ("auto", {"FORCE_COLOR": "1", "NO_COLOR": "1"}, True, False),
        ("always", {"NO_COLOR": "1", "TERM": "dumb"}, False, True),
        ("never", {"FORCE_COLOR": "1"}, True, False),
        ("auto", {"NO_COLOR": ""}, True, True),  # set but empty: not a request
    ],
)
def test_when_colour_is_used(choice, env, tty, expected):
    class Stream:
        def isatty(self):
            return tty

    assert style.want_colour(choice, Stream(), env) is expected


def test_make_console_emits_no_escape_codes_without_colour(tmp_path):
    with open(tmp_path / "out", "w") as fh:
        c = style.make_console(fh, colour=False, width=60)
        render_text.render(make_report(), c, ViewOptions(colour=False))
    data = (tmp_path / "out").read_text()
    assert "\x1b" not in data and "[reckless][1]" in data
    with open(tmp_path / "out", "w") as fh:
        c = style.make_console(fh, colour=True, width=60)
        render_text.render(make_report(), c, ViewOptions(colour=True))
    assert "\x1b[" in (tmp_path / "out").read_text()


def test_a_finding_in_the_headline_is_marked_there():
    f = finding("tightens grip", "loaded-label")
    plain, _ = view(make_report((f,)), colour=False)
    lines = plain.splitlines()
    assert lines[0] == "Army [tightens grip][1] on capital"
    assert set(lines[1]) == {"="}
    assert lines[2].startswith('    [1] loaded-label: "tightens grip"')
    _, styled = view(make_report((f,)))
    assert all(st.bold for st in styles_of(styled, "Army"))
    assert all(same(st.color, colour_of("loaded-label")) for st in styles_of(styled, "grip"))
