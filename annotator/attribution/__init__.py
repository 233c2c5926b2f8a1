"""Attribution: who says what. Quotes, reported speech, cue, source and resolved speaker."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace

from ..document import Document
from ..model import Attribution, Quote, Span, TextSpan
from . import quotes as quotes_mod
from .reported import Finder, _Para
from .speakers import Resolver


def find(doc: Document) -> tuple[list[Quote], list[Attribution], dict[str, int]]:
    """Quotes (scare ones flagged), attributions in text order, and statements per speaker."""
    text = doc.text
    paras = doc.body_paragraphs
    quotes = quotes_mod.find(text, paras)
    para_starts = [p.start for p in paras]
    para_of_quote: dict[int, int] = {}
    for qi, q in enumerate(quotes):
        pi = bisect.bisect_right(para_starts, q.start) - 1
        if pi >= 0 and q.start < paras[pi].end:
            para_of_quote[qi] = pi
    sents_of: dict[int, list[tuple[int, int]]] = {}
    for s in doc.sentences:
        sents_of.setdefault(s.paragraph, []).append((s.start, s.end))
    finder = Finder(text, quotes)
    tagged = []
    for p in paras:
        sents = sents_of.get(p.index, [])
        tagged.append(_Para(text, doc.tokens_in(p.start, p.end), sents))
    for pi, (p, tp) in enumerate(zip(paras, tagged, strict=True)):
        finder.attach_quotes(tp, pi, p)
    for pi, tp in enumerate(tagged):
        finder.reported(tp, pi)
    scare = finder.leftovers(paras, para_of_quote)
    quotes = [replace(q, scare=True) if i in scare else q for i, q in enumerate(quotes)]

    found = sorted(finder.found, key=lambda f: min(s for s, _ in f.parts))
    order = {id(f): i for i, f in enumerate(found)}
    resolver = Resolver(text)
    speakers_by_found: dict[int, tuple[str | None, bool]] = {}
    attributions: list[Attribution] = []
    for f in found:
        parts = sorted(f.parts)
        if f.speaker_hint is not None and id(finder.found[f.speaker_hint]) in order:
            speaker, anonymous = speakers_by_found.get(
                id(finder.found[f.speaker_hint]), (None, False)
            )
        elif f.source is not None:
            s, e = f.source
            speaker, anonymous = resolver.resolve(text[s:e], s)
        else:
            speaker, anonymous = None, False
        speakers_by_found[id(f)] = (speaker, anonymous)
        attributions.append(
            Attribution(
                id=len(attributions),
                kind=f.kind,
                content=Span(parts[0][0], max(e for _, e in parts)),
                parts=tuple(Span(s, e) for s, e in parts),
                cue=TextSpan(f.cue[0], f.cue[1], text[f.cue[0] : f.cue[1]]) if f.cue else None,
                source=TextSpan(f.source[0], f.source[1], text[f.source[0] : f.source[1]])
                if f.source
                else None,
                speaker=speaker,
                anonymous=anonymous,
            )
        )
    counts = Counter(a.speaker for a in attributions if a.speaker)
    return quotes, attributions, dict(counts.most_common())
