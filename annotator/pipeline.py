"""The flow from text to Report: segment, set boilerplate aside, attribute, run rules, sum up."""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from dataclasses import replace

from . import attribution, engine, summary
from .document import Document
from .model import Attribution, Finding, Report, SentenceReport, TextSpan
from .settings import DEFAULT, Settings
from .spans import merge


def annotate(
    text: str, settings: Settings | None = None, *, path: str | None = None, encoding: str = "utf-8"
) -> Report:
    """Annotate one decoded text. Pure: same text and settings, same report."""
    # The pipeline allocates a tuple per token and other short-lived records, and leaves no
    # reference cycles (tests/test_pipeline_gc.py checks): the cyclic collector would run
    # hundreds of times per megabyte and find nothing, about 5 % of the time. It is paused
    # for the call and left as the caller had it.
    if not gc.isenabled():
        return _annotate(text, settings or DEFAULT, path, encoding)
    gc.disable()
    try:
        return _annotate(text, settings or DEFAULT, path, encoding)
    finally:
        gc.enable()


def _annotate(text: str, settings: Settings, path: str | None, encoding: str) -> Report:
    doc = Document(text)
    quotes, attributions, speakers = attribution.find(doc)
    attributions = _mark_paraphrases(doc, attributions)
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


def _mark_paraphrases(doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """Flag indirect attributions whose content is only a noun phrase in the reporter's
    words: the engine keeps wording inside them in the outlet's voice."""
    from .engine.runner import sentence_views, speech_acts

    noun_only = speech_acts(attributions, sentence_views(doc))
    if not noun_only:
        return attributions
    return [replace(a, paraphrase=True) if a.id in noun_only else a for a in attributions]


def _voice_sentences(
    doc: Document, attributions: list[Attribution], findings: list[Finding]
) -> list[SentenceReport]:
    # Sorted starts and merged content intervals: each sentence looks up only what it
    # overlaps (bisect), so the pass is linear-logarithmic, not sentences x attributions.
    merged = merge((p.start, p.end) for a in attributions for p in a.parts)
    merged_starts = [b for b, _ in merged]
    cues = sorted(a.cue.start for a in attributions if a.cue)
    editorial = sorted(f.start for f in findings if f.voice == "editorial")
    out: list[SentenceReport] = []
    for s in doc.sentences:
        if _any_in(editorial, s.start, s.end):
            voice = "editorial"
        else:
            covered = 0
            i = max(0, bisect_right(merged_starts, s.start) - 1)
            while i < len(merged) and merged[i][0] < s.end:
                b, e = merged[i]
                covered += max(0, min(e, s.end) - max(b, s.start))
                i += 1
            has_cue = _any_in(cues, s.start, s.end)
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


def _any_in(sorted_offsets: list[int], start: int, end: int) -> bool:
    """True when some offset lies in [start, end)."""
    i = bisect_left(sorted_offsets, start)
    return i < len(sorted_offsets) and sorted_offsets[i] < end
