"""The legend and summary report under the article view.

A verdict line, then tables: categories (own voice against attributed), speakers, the two
voices' subjectivity and polarity, and the flagged terms with their rule messages.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from . import categories, engine_info, style
from .metrics import source_label, voice_metric, word_count


def render(
    report: Any, findings: Sequence[Any], numbers: dict[int, int], console: Any, options: Any
) -> None:
    """Legend, verdict and tables for one report."""
    from rich.text import Text

    colour = options.colour
    speakers = speaker_rows(report)  # for the verdict and the speakers table alike
    console.print(legend(findings, colour))
    console.print()
    console.print(Text(verdict(report, findings, speakers), style="bold"))
    console.print()
    for block in (
        categories_table(findings, colour),
        speakers_table(report, colour, speakers),
        voices_table(report, findings, colour),
        terms_table(findings, colour),
    ):
        if block is not None:
            console.print(block)
            if getattr(block, "caption", None):
                console.print()
    if options.explain:
        for line in explanations(findings):
            console.print(line)


def legend(findings: Sequence[Any], colour: bool) -> Any:
    """What the colours and markers mean, for the categories present."""
    from rich.text import Text

    present = list(dict.fromkeys(f.category for f in findings))
    out = Text("Legend: ", style="bold")
    if colour:
        for cat in present:
            out.append("■ ", style=categories.colour(cat))
            out.append(cat + "  ")
        out.append("attributed statement", style=style.ATTRIBUTED)
        out.append(" ")
        out.append("Speaker", style=style.SPEAKER_TAG)
        out.append("  ")
        out.append("dim = in a speaker's words", style="dim")
    else:
        out.append(
            "[span][n] a finding, note n under the paragraph; "
            "{statement}<Speaker> what others said; "
            'notes "in X\'s words" are in attributed voice.'
        )
    return out


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def verdict(report: Any, findings: Sequence[Any], speakers: Sequence[tuple] | None = None) -> str:
    """'Outlet's own voice: N editorial findings in K of M sentences; A attributed statements...'"""
    from bisect import bisect_right

    sentences = sorted(
        (s for s in report.sentences if s.voice != "boilerplate"), key=lambda s: s.start
    )
    editorial = [f for f in findings if f.voice == "editorial"]
    starts = [s.start for s in sentences]
    flagged = set()
    for f in editorial:  # the sentence each finding starts in, by bisection
        i = bisect_right(starts, f.start) - 1
        if i >= 0 and f.start < sentences[i].end:
            flagged.add(i)
    # Who the statements come from, in the groups of the speakers table: every statement
    # is in exactly one of them, so the counts add up to the statements.
    if speakers is None:  # `render` passes the rows it made for the speakers table too
        speakers = speaker_rows(report)
    rows = {who: n for who, n, *_ in speakers}
    groups = Counter(_pooled(who) for who in rows)
    parts = [_plural(groups[0], "speaker")]
    if groups[1]:
        parts.append(_plural(groups[1], "unnamed source"))
    if "anonymous sources" in rows:
        parts.append(_plural(rows["anonymous sources"], "anonymous source"))
    if "unresolved" in rows:
        parts.append(f"{rows['unresolved']} with no source found")
    who = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return (
        f"Outlet's own voice: {_plural(len(editorial), 'editorial finding')} in "
        f"{len(flagged)} of {_plural(len(sentences), 'sentence')}; "
        f"{_plural(len(report.attributions), 'attributed statement')} from {who}"
    )


def categories_table(findings: Sequence[Any], colour: bool) -> Any:
    """Category | own voice | attributed | examples."""
    from rich.text import Text

    if not findings:
        return Text("No findings in the categories shown.", style="dim")
    by_cat: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        by_cat[f.category][f.voice] += 1
        term = " ".join(f.text.split()).lower()
        if term not in examples[f.category]:
            examples[f.category].append(term)
    order = [c for c in categories.names() if c in by_cat] + sorted(
        c for c in by_cat if c not in categories.names()
    )
    table = style.titled_table("Findings by category", colour)
    table.add_column("Category", no_wrap=True)
    table.add_column("Own voice", justify="right")
    table.add_column("Attributed", justify="right")
    table.add_column("Examples", overflow="fold", ratio=1)
    for cat in order:
        n_ed = by_cat[cat]["editorial"]
        n_at = sum(by_cat[cat].values()) - n_ed
        ex = ", ".join(f"“{t}”" if colour else f'"{t}"' for t in examples[cat][:3])
        if len(examples[cat]) > 3:
            ex += ", …" if colour else ", ..."
        table.add_row(
            Text(cat, style=categories.colour(cat) if colour else ""), str(n_ed), str(n_at), ex
        )
    return table


def speaker_rows(report: Any) -> list[tuple[str, int, int, int, int, float]]:
    """(speaker, statements, direct, indirect, mixed, share of attributed words), busiest first.

    Anonymous statements are pooled as "anonymous sources"; a source the engine did not resolve
    to a name is listed by what the article calls it, marked "(unnamed)".
    """
    text = report.text
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for a in report.attributions:
        who = a.speaker or ("anonymous sources" if a.anonymous else None)
        if who is None:  # a source the engine did not resolve to a name: say what it is
            label = source_label(a.source.text if a.source is not None else None)
            who = f"{label} (unnamed)" if label else "unresolved"
        row = stats[who]
        row[0] += 1
        row[{"direct": 1, "indirect": 2}.get(a.kind, 3)] += 1
        row[4] += sum(word_count(text[p.start : p.end]) for p in a.parts)
    total = sum(r[4] for r in stats.values()) or 1
    rows = [(who, r[0], r[1], r[2], r[3], r[4] / total) for who, r in stats.items()]
    rows.sort(key=lambda r: (_pooled(r[0]), -r[1], r[0]))
    return rows


def _pooled(who: str) -> int:
    # Named speakers first, then unnamed sources, then the anonymous and the unresolved.
    if who in ("anonymous sources", "unresolved"):
        return 2
    return 1 if who.endswith("(unnamed)") else 0


def speakers_table(report: Any, colour: bool, speakers: Sequence[tuple] | None = None) -> Any:
    """Speaker | statements | direct | indirect | (mixed) | share of attributed words."""
    from rich.text import Text

    # `render` passes the rows it made for the verdict too.
    rows = speaker_rows(report) if speakers is None else speakers
    if not rows:
        return Text("No attributed statements.", style="dim")
    mixed = any(r[4] for r in rows)
    table = style.titled_table("Who speaks", colour)
    table.add_column("Speaker", overflow="fold")
    table.add_column("Statements", justify="right")
    table.add_column("Direct", justify="right")
    table.add_column("Indirect", justify="right")
    if mixed:
        table.add_column("Mixed", justify="right")
    table.add_column("Word share", justify="right")
    table.caption = "Word share: of all the words in attributed statements."
    table.caption_justify = "left"
    for who, n, d, i, m, share in rows:
        cells = [who, str(n), str(d), str(i)] + ([str(m)] if mixed else []) + [f"{share:.0%}"]
        table.add_row(*cells)
    return table


def voices_table(report: Any, findings: Sequence[Any], colour: bool) -> Any:
    """The outlet's own voice against attributed text: sentences, findings, tone."""

    summary = report.summary or {}
    sentences = Counter(s.voice for s in report.sentences if s.voice != "boilerplate")
    table = style.titled_table("Outlet's voice against attributed text", colour)
    table.add_column("Voice")
    table.add_column("Words", justify="right")
    table.add_column("Sentences", justify="right")
    table.add_column("Findings", justify="right")
    table.add_column("Subjectivity", justify="right")
    table.add_column("Polarity", justify="right")
    for voice, label in (("editorial", "Outlet's own voice"), ("attributed", "Attributed")):
        n_find = sum(1 for f in findings if (f.voice == "editorial") == (voice == "editorial"))
        subj = voice_metric(summary, "subjectivity", voice)
        pol = voice_metric(summary, "polarity", voice)
        n_sent = sentences.get(voice, 0)
        if voice == "editorial":
            n_sent += sentences.get("neutral", 0)  # neutral sentences are the outlet's too
        words = summary.get("outlet_words" if voice == "editorial" else "attributed_words")
        table.add_row(
            label,
            str(words) if isinstance(words, int) else "-",
            str(n_sent),
            str(n_find),
            _num(subj),
            _num(pol, signed=True),
        )
    return table


def _num(v: float | None, signed: bool = False) -> str:
    if v is None:
        return "-"
    return f"{v:+.2f}" if signed else f"{v:.2f}"


def terms_table(findings: Sequence[Any], colour: bool) -> Any:
    """Each flagged term once, with category, voice, count and the rule's message."""
    from rich.text import Text

    if not findings:
        return None
    groups: dict[tuple, int] = {}
    for f in findings:
        key = (" ".join(f.text.split()).lower(), f.category, f.voice, f.message)
        groups[key] = groups.get(key, 0) + 1
    order = {c: i for i, c in enumerate(categories.names())}
    table = style.titled_table("Flagged terms", colour)
    table.add_column("Term", overflow="fold", min_width=12, max_width=28)
    table.add_column("Category", no_wrap=True)
    table.add_column("Voice", no_wrap=True)
    table.add_column("n", justify="right")
    table.add_column("Message", overflow="fold", ratio=1)
    keys = sorted(groups, key=lambda k: (k[2] != "editorial", order.get(k[1], len(order)), k[0]))
    for term, cat, voice, message in keys:
        table.add_row(
            Text(term, style=categories.colour(cat) if colour else ""),
            cat,
            "own" if voice == "editorial" else "attributed",
            str(groups[(term, cat, voice, message)]),
            message,
        )
    return table


def explanations(findings: Sequence[Any]) -> list[Any]:
    """--explain: each rule that fired, its description and its source."""
    from rich.padding import Padding
    from rich.text import Text

    terms: dict[str, list[str]] = {}
    for f in findings:
        term = " ".join(f.text.split()).lower()
        if term not in terms.setdefault(f.rule, []):
            terms[f.rule].append(term)
    if not terms:
        return []
    out = [Text("Rules that fired", style="bold")]
    for rule, words in terms.items():
        info = engine_info.rule_details(rule)
        out.append(Text(f"  {rule} ({', '.join(words[:5])})", style="bold"))
        desc = info.get("description") or "no description available"
        out.append(Padding(Text(desc), (0, 0, 0, 4), expand=False))
        if info.get("source"):
            out.append(
                Padding(Text(f"source: {info['source']}", style="dim"), (0, 0, 0, 4), expand=False)
            )
    return out
