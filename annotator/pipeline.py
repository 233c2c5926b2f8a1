"""The flow from text to Report: segment, set boilerplate aside, attribute, run rules, sum up."""

from __future__ import annotations

from . import attribution, engine, summary
from .document import Document
from .model import Attribution, Finding, Report, SentenceReport, TextSpan
from .settings import DEFAULT, Settings


def annotate(
    text: str, settings: Settings | None = None, *, path: str | None = None, encoding: str = "utf-8"
) -> Report:
    """Annotate one decoded text. Pure: same text and settings, same report."""
    settings = settings or DEFAULT
    doc = Document(text)
    quotes, attributions, speakers = attribution.find(doc)
    findings = engine.run(doc, quotes, attributions, settings)
    sentences = tuple(_voice_sentences(doc, attributions, findings))
    head = doc.headline
    report = Report(
        text=text,
        path=path,
        encoding=encoding,
        sentences=sentences,
        paragraphs=tuple(doc.paragraphs),
        quotes=tuple(quotes),
        attributions=tuple(attributions),
        speakers=speakers,
        findings=tuple(findings),
        boilerplate=tuple(doc.boilerplate),
        headline=TextSpan(head.start, head.end, text[head.start : head.end]) if head else None,
    )
    return summary.with_summary(report, doc)


def _voice_sentences(
    doc: Document, attributions: list[Attribution], findings: list[Finding]
) -> list[SentenceReport]:
    parts = sorted((p.start, p.end) for a in attributions for p in a.parts)
    cues = sorted((a.cue.start, a.cue.end) for a in attributions if a.cue)
    editorial = sorted(f.start for f in findings if f.voice == "editorial")
    out: list[SentenceReport] = []
    for s in doc.sentences:
        if any(s.start <= f < s.end for f in editorial):
            voice = "editorial"
        else:
            covered = sum(max(0, min(e, s.end) - max(b, s.start)) for b, e in parts)
            has_cue = any(s.start <= c < s.end for c, _ in cues)
            voice = (
                "attributed"
                if covered * 2 >= (s.end - s.start) or (has_cue and covered)
                else "neutral"
            )
        out.append(SentenceReport(s.start, s.end, voice, s.headline))
    for b in doc.boilerplate:
        out.append(SentenceReport(b.start, b.end, "boilerplate"))
    out.sort(key=lambda r: r.start)
    return out
