"""A plain-text rendering of a report: the article with bracketed spans and notes."""

from __future__ import annotations

from annotator.model import Report


def render(report: Report) -> str:
    """The article paragraph by paragraph, attributed statements and findings marked."""
    text = report.text
    lines: list[str] = []
    boiler = {(b.start, b.end): b.kind for b in report.boilerplate}
    for p in report.paragraphs:
        kind = boiler.get((p.start, p.end))
        if kind:
            lines.append(f"  ({kind} set aside)")
            continue
        chunk = " ".join(text[p.start : p.end].split())
        if report.headline and p.start == report.headline.start:
            lines.append("# " + chunk)
        else:
            lines.append(chunk)
        notes = []
        for a in report.attributions:
            if p.start <= a.content.start < p.end or (a.cue and p.start <= a.cue.start < p.end):
                who = a.speaker or ("anonymous source" if a.anonymous else "unresolved source")
                cue = a.cue.text if a.cue else "-"
                snippet = " ".join(text[a.content.start : a.content.end].split())
                if len(snippet) > 70:
                    snippet = snippet[:67] + "..."
                notes.append(f"    [{a.kind} | {who} | cue: {cue}] {snippet}")
        for f in report.findings:
            if p.start <= f.start < p.end:
                notes.append(f"    <{f.category} | {f.voice}> {f.text}: {f.message}")
        lines.extend(notes)
        lines.append("")
    lines.append(f"Speakers: {', '.join(f'{k} ({v})' for k, v in report.speakers.items()) or 'none'}")
    return "\n".join(lines) + "\n"
