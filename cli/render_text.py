"""The terminal view of one article: colour-coded spans, speakers tagged, boilerplate folded.

With colour, each editorial category has its colour, attributed statements are italic in a
tint with the speaker's short name in a chip, and findings in a speaker's words are dim.
Without colour the same view reads with plain markers: [span][n] for a finding (note n below
the paragraph says its category and message) and {statement}<Speaker> for what others said.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from . import categories, style
from .metrics import statement_tag

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPACE = re.compile(r"\s+")
# Closing punctuation a speaker tag goes after.
_TRAILING = frozenset(".,;:!?”’\"')»")


class _Spans:
    """Things with a start and an end, sorted, for range queries that cost O(log n + k)."""

    def __init__(self, items: Sequence[Any], bounds: Callable[[Any], tuple[int, int]]):
        self.items = sorted(items, key=bounds)
        self.bounds = [bounds(it) for it in self.items]
        self.starts = [b[0] for b in self.bounds]
        self.longest = max((e - s for s, e in self.bounds), default=0)

    def starting_in(self, start: int, end: int) -> list[Any]:
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def overlapping(self, start: int, end: int) -> list[Any]:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [
            it
            for it, (s, e) in zip(self.items[lo:hi], self.bounds[lo:hi], strict=True)
            if e > start and s < end
        ]


class _Index:
    """One report's findings, statement parts and boilerplate, indexed by position.

    A view of a long text asks, paragraph by paragraph, what lies inside it: scanning every
    list each time would make the view quadratic in the size of the article.
    """

    def __init__(self, report: Any, findings: Sequence[Any]):
        self.findings = _Spans(findings, lambda f: (f.start, f.end))
        self.parts = _Spans(
            [(p.start, p.end, a) for a in report.attributions for p in a.parts],
            lambda t: (t[0], t[1]),
        )
        self.boiler = _Spans(report.boilerplate, lambda b: (b.start, b.end))
        self.by_id = {a.id: a for a in report.attributions}

    def findings_in(self, start: int, end: int) -> list[Any]:
        lo = bisect_left(self.findings.starts, start)
        hi = bisect_left(self.findings.starts, end)
        return self.findings.items[lo:hi]


@dataclass(frozen=True)
class ViewOptions:
    """What to show and how."""

    colour: bool = True
    article: bool = True
    summary: bool = True
    explain: bool = False
    filter: style.FindingFilter = style.FindingFilter()
    # Longest line of article text; None: the console's width. Long lines are hard to read,
    # so a wide terminal gets a readable column of text while the tables may use it all.
    text_width: int | None = None


def render(report: Any, console: Any, options: ViewOptions = ViewOptions()) -> None:
    """Print the article view (and the summary report) of `report` to a rich console."""
    findings = sorted(options.filter.apply(report.findings), key=lambda f: (f.start, -f.end))
    numbers = {id(f): i for i, f in enumerate(findings, 1)}
    if options.article:
        width = min(console.width, options.text_width or console.width)
        for block in article_blocks(report, findings, numbers, options.colour):
            console.print(block, width=width, crop=True, no_wrap=getattr(block, "no_wrap", None))
    if options.summary:
        from . import render_summary

        render_summary.render(report, findings, numbers, console, options)


def article_blocks(
    report: Any, findings: Sequence[Any], numbers: dict[int, int], colour: bool
) -> list[Any]:
    """The article as a list of renderables: folded boilerplate, headline, paragraphs + notes."""
    from rich.text import Text

    text = report.text
    blocks: list[Any] = []
    folded: list[str] = []
    ix = _Index(report, findings)

    def flush_folded() -> None:
        if folded:
            kinds = list(dict.fromkeys(k.replace("-", " ") for k in folded))
            line = ("··· set aside: " if colour else "[set aside: ") + ", ".join(kinds)
            blocks.append(Text(line if colour else line + "]", style=style.BOILERPLATE))
            blocks.append(Text(""))
            folded.clear()

    head = report.headline
    for para in report.paragraphs:
        body = text[para.start : para.end]
        if not body.strip():
            continue
        kinds = _covering_boilerplate(
            ix.boiler.overlapping(para.start, para.end), para.start, para.end, text
        )
        if kinds:
            folded.extend(kinds)
            continue
        flush_folded()
        if head is not None and para.start <= head.start < para.end:
            # The headline keeps its findings and notes, in bold, set apart by a rule.
            line, notes = paragraph(report, ix, numbers, head.start, head.end, colour)
            line.style = style.HEADLINE
            blocks.append(line)
            blocks.append(_rule(line.plain, colour))
            blocks.extend(notes)
            blocks.append(Text(""))
            rest = (head.end, para.end)
            if text[rest[0] : rest[1]].strip():
                para_text, notes = paragraph(report, ix, numbers, rest[0], rest[1], colour)
                blocks.append(para_text)
                blocks.extend(notes)
                blocks.append(Text(""))
            continue
        para_text, notes = paragraph(report, ix, numbers, para.start, para.end, colour)
        blocks.append(para_text)
        blocks.extend(notes)
        blocks.append(Text(""))
    flush_folded()
    return blocks


def _rule(headline: str, colour: bool) -> Any:
    from rich.cells import cell_len
    from rich.text import Text

    # Cropped, never wrapped, in a console narrower than the rule.
    return Text(
        ("━" if colour else "=") * min(cell_len(headline), 72),
        style="dim",
        no_wrap=True,
        overflow="crop",
    )


def _covering_boilerplate(boiler: Sequence[Any], start: int, end: int, text: str) -> list[str]:
    """Kinds of the boilerplate spans that together cover every visible character of a span."""
    kinds = []
    covered = start
    for b in boiler:
        if b.end <= start or b.start >= end:
            continue
        if text[covered : b.start].strip():
            return []
        kinds.append(b.kind)
        covered = max(covered, b.end)
    if not kinds or text[covered:end].strip():
        return []
    return kinds


def paragraph(
    report: Any, ix: _Index, numbers: dict[int, int], start: int, end: int, colour: bool
) -> tuple[Any, list[Any]]:
    """One paragraph as styled text, and its numbered notes."""
    from rich.text import Text

    text = report.text
    para_findings = sorted(ix.findings_in(start, end), key=lambda f: (f.start, -f.end))
    # (start, end, attribution) of every statement part in the paragraph, clipped to it.
    parts = [(max(s, start), min(e, end), a) for s, e, a in ix.parts.overlapping(start, end)]
    boiler = ix.boiler.overlapping(start, end)

    # Where a tag or marker goes: after the last piece of a statement in this paragraph (past
    # any closing punctuation, so a tag never splits a word from its full stop), after each
    # finding.
    tag_after: dict[int, list[Any]] = {}
    for a in {id(a): a for _, _, a in parts}.values():
        last = max(e for s, e, aa in parts if aa is a)
        while last < end and text[last] in _TRAILING:
            last += 1
        tag_after.setdefault(last, []).append(a)
    opens: dict[int, int] = {}
    closes: dict[int, list[Any]] = {}
    for f in para_findings:
        opens[f.start] = opens.get(f.start, 0) + 1
        closes.setdefault(min(f.end, end), []).append(f)
    part_opens: dict[int, int] = {}
    part_closes: dict[int, int] = {}
    for s, e, _ in parts:
        part_opens[s] = part_opens.get(s, 0) + 1
        part_closes[e] = part_closes.get(e, 0) + 1

    cuts = {start, end, *tag_after, *opens, *closes, *part_opens, *part_closes}
    for b in boiler:
        cuts.update((max(b.start, start), min(b.end, end)))
    points = sorted(c for c in cuts if start <= c <= end)

    out = Text(justify="left", no_wrap=False, overflow="fold")
    last_space = True  # drop leading white space of the paragraph

    def emit(piece: str, st: Any = None) -> None:
        nonlocal last_space
        piece = _SPACE.sub(" ", piece)
        if last_space:
            piece = piece.lstrip(" ")
        if not piece:
            return
        out.append(piece, style=st)
        last_space = piece.endswith(" ")

    def mark(piece: str, st: Any = None) -> None:
        nonlocal last_space
        out.append(piece, style=st)
        last_space = False

    for i, pos in enumerate(points):
        # Closing marks first (findings, then statements), then the tag, then opening marks.
        for f in sorted(closes.get(pos, []), key=lambda f: -f.start):
            n = numbers[id(f)]
            if colour:
                mark(str(n).translate(_SUPERSCRIPT), _finding_style(f, marker=True))
            else:
                mark(f"][{n}]")
        if not colour:
            for _ in range(part_closes.get(pos, 0)):
                mark("}")
        for a in tag_after.get(pos, []):
            name = statement_tag(a)
            if colour:
                out.append(" ")
                mark(name, style.SPEAKER_TAG)
            else:
                mark(f"<{name}>")
        if i + 1 == len(points):
            break
        nxt = points[i + 1]
        seg = text[pos:nxt]
        if not colour:
            if part_opens.get(pos) or opens.get(pos):
                if tag_after.get(pos) and not last_space:
                    out.append(" ")
                    last_space = True
                for _ in range(part_opens.get(pos, 0)):
                    mark("{")
                for _ in range(opens.get(pos, 0)):
                    mark("[")
            emit(seg)
            continue
        if tag_after.get(pos) and seg[:1] not in (" ", "\n", "\r", "\t", ""):
            out.append(" ")
            last_space = True
        emit(seg, _segment_style(pos, nxt, parts, para_findings, boiler))
    out.rstrip()
    notes = [_note(f, numbers[id(f)], ix, colour) for f in para_findings]
    return out, notes


def _segment_style(s: int, e: int, parts: list, findings: Sequence[Any], boiler: list) -> Any:
    from rich.style import Style

    st = Style()
    if any(b.start <= s and e <= b.end for b in boiler):
        st += Style(dim=True)
    if any(ps <= s and e <= pe for ps, pe, _ in parts):
        st += Style.parse(style.ATTRIBUTED)
    covering = [f for f in findings if f.start <= s and e <= f.end]
    if covering:
        # Nested findings: the innermost (shortest) decides the colour.
        f = min(covering, key=lambda f: (f.end - f.start, f.start))
        st += _finding_style(f)
    return st


def _finding_style(f: Any, marker: bool = False) -> Any:
    from rich.style import Style

    base = Style.parse(categories.colour(f.category))
    if f.voice == "editorial":
        return base + Style(bold=True, underline=not marker)
    # In a speaker's words: the colour says what it is, dimness says it is not the outlet's.
    return base + Style(dim=True, underline=not marker, italic=True)


def _note(f: Any, n: int, ix: _Index, colour: bool) -> Any:
    from rich.padding import Padding
    from rich.text import Text

    whose = ""
    if f.voice != "editorial":
        a = _attribution(ix, f)
        who = statement_tag(a) if a is not None else "?"
        named = who not in ("?", "anonymous")
        whose = f" (in {who}'s words)" if named else " (in a source's words)"
    term = " ".join(f.text.split())
    line = Text()
    if colour:
        line.append(str(n).translate(_SUPERSCRIPT) + " ", style=_finding_style(f, marker=True))
        line.append(f.category, style=_finding_style(f, marker=True))
        line.append(
            f" “{term}” – {f.message}{whose}", style="dim" if f.voice != "editorial" else None
        )
    else:
        line.append(f'[{n}] {f.category}: "{term}" - {f.message}{whose}')
    # Wrapped note lines keep the indent, so a note never reads as article text.
    return Padding(line, (0, 0, 0, 4), expand=False)


def _attribution(ix: _Index, f: Any) -> Any:
    if f.attribution is not None and f.attribution in ix.by_id:
        return ix.by_id[f.attribution]
    for s, e, a in ix.parts.overlapping(f.start, f.end):
        if s <= f.start and f.end <= e:
            return a
    return None
