"""Runs the selected rules over a document and gives each match its voice."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from ..document import Document
from ..model import Attribution, Finding, Quote
from .kinds.base import Context, SentenceView, norm
from .pack import Pack

_VIEWS: WeakKeyDictionary[Document, list[SentenceView]] = WeakKeyDictionary()


def sentence_views(doc: Document) -> list[SentenceView]:
    """The body sentences (headline included, boilerplate left out) with their tagged tokens,
    computed once per document (the rules and the summary both read them).

    Tokens are taken per paragraph, the unit the attribution stage tags and caches."""
    got = _VIEWS.get(doc)
    if got is None:
        got = _VIEWS[doc] = _sentence_views(doc)
    return got


def _sentence_views(doc: Document) -> list[SentenceView]:
    sentences = doc.sentences
    text = doc.text
    out: list[SentenceView] = []
    si = 0
    for p in doc.body_paragraphs:
        while si < len(sentences) and sentences[si].start < p.start:
            si += 1
        if si >= len(sentences) or sentences[si].start >= p.end:
            continue
        toks = doc.tokens_in(p.start, p.end)
        # Lower-case the paragraph once and slice words out of it (when lower-casing keeps
        # every offset, which it does for all but a few exotic letters).
        low = text[p.start : p.end].lower().replace("\u2019", "'")
        base = p.start if len(low) == p.end - p.start else None
        ti = 0
        while si < len(sentences) and sentences[si].start < p.end:
            s = sentences[si]
            while ti < len(toks) and toks[ti].start < s.start:
                ti += 1
            tj = ti
            while tj < len(toks) and toks[tj].end <= s.end:
                tj += 1
            chunk = toks[ti:tj]
            if base is not None:
                words = [low[t.start - base : t.end - base] for t in chunk]
            else:
                words = [norm(t.text) for t in chunk]
            out.append(SentenceView(s.start, s.end, chunk, words))
            ti = tj
            si += 1
    return out


# Penn tags of finite verbs: a reported clause has one, a noun phrase does not.
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def speech_acts(attributions: Sequence[Attribution], sentences: Sequence[SentenceView]) -> set[int]:
    """Ids of indirect attributions whose content is a noun phrase, not a reported clause
    ("issued [a lukewarm response to the proposal]", "proposes [a coalition to strike ...]").

    Such content names the statement in the reporter's own words; it does not report what
    the speaker said, so wording inside it stays in the outlet's voice."""
    starts = [s.start for s in sentences]
    # Per sentence, the starts of its finite verbs (built once, on first need): each part
    # then asks by bisection instead of scanning every token of its sentence.
    finite_starts: dict[int, list[int]] = {}
    out: set[int] = set()
    for a in attributions:
        if a.kind != "indirect" or not a.parts:
            continue
        finite = False
        for p in a.parts:
            k = max(0, bisect_right(starts, p.start) - 1)
            while k < len(sentences) and sentences[k].start < p.end and not finite:
                verbs = finite_starts.get(k)
                if verbs is None:
                    verbs = [t.start for t in sentences[k].tokens if t.tag in _FINITE]
                    finite_starts[k] = verbs
                i = bisect_left(verbs, p.start)
                finite = i < len(verbs) and verbs[i] < p.end
                k += 1
            if finite:
                break
        if not finite:
            out.add(a.id)
    return out


class Voices:
    """Which attribution (if any) a span sits in: the innermost content part covering it."""

    def __init__(self, attributions: Sequence[Attribution], skip: set[int] | None = None):
        skip = skip or set()
        parts = sorted(
            (p.start, p.end, a.id) for a in attributions if a.id not in skip for p in a.parts
        )
        self.parts = parts
        self.starts = [p[0] for p in parts]
        # reach[k]: the furthest end among parts[0..k]; the backward scan stops below `start`.
        self.reach: list[int] = []
        far = -1
        for _, e, _ in parts:
            far = max(far, e)
            self.reach.append(far)

    def of(self, start: int, end: int) -> int | None:
        """The id of the attribution whose content holds [start, end), else None.

        A span that straddles a content edge counts as inside when most of it is inside."""
        best: tuple[int, int] | None = None
        hi = bisect_right(self.starts, end)
        for k in range(hi - 1, -1, -1):
            if self.reach[k] <= start:
                break
            s, e, aid = self.parts[k]
            inside = min(e, end) - max(s, start)
            if inside <= 0:
                continue
            if inside * 2 >= end - start:
                size = e - s
                if best is None or size < best[0]:
                    best = (size, aid)
        return best[1] if best else None


def run(
    pack: Pack,
    doc: Document,
    quotes: Sequence[Quote],
    attributions: Sequence[Attribution],
    settings: object,
) -> list[Finding]:
    """Findings of the selected rules of `pack`, sorted by position."""
    batches = pack.batches(settings)
    if not batches:
        return []
    ctx = Context(doc.text, sentence_views(doc), quotes, attributions, settings)
    text = doc.text
    # (start, end, rule); one rule's overlapping matches collapse to the longest.
    found: dict[str, list[tuple[int, int]]] = {}
    rules = {}
    taken: list[tuple[int, int]] = []
    for batch in batches:
        fallback = (
            getattr(type(batch.rules[0].matcher), "fallback", False) if batch.rules else False
        )
        if fallback:
            taken = sorted(sp for spans in found.values() for sp in spans)
        for rule, s, e in batch.find(ctx):
            if fallback and _overlaps_any(taken, s, e):
                continue
            rules[rule.id] = rule
            found.setdefault(rule.id, []).append((s, e))
    voices = Voices(attributions, speech_acts(attributions, ctx.sentences))
    quoted = sorted((q.inner_start, q.inner_end) for q in quotes)
    out: list[Finding] = []
    for rid, spans in found.items():
        rule = rules[rid]
        for s, e in _longest_first(spans):
            aid = voices.of(s, e)
            if aid is None and rule.kind != "scare-quote" and _inside_any(quoted, s, e):
                # Quoted words with no speaker found are still someone's words: what the
                # outlet did is the quoting, which the scare-quote rule reports.
                continue
            match = text[s:e]
            out.append(
                Finding(
                    rule=rule.id,
                    category=rule.category,
                    level=rule.level,
                    voice="editorial" if aid is None else "attributed",
                    start=s,
                    end=e,
                    text=match,
                    message=rule.format_message(match),
                    attribution=aid,
                )
            )
    out.sort(key=lambda f: (f.start, -f.end, f.rule))
    return out


def _inside_any(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    k = bisect_right(spans, (s, 1 << 62))
    return any(spans[i][0] <= s and e <= spans[i][1] for i in range(max(0, k - 3), k))


def _overlaps_any(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    k = bisect_right(spans, (e, -1))
    for i in range(k - 1, max(-1, k - 8), -1):
        if spans[i][1] > s and spans[i][0] < e:
            return True
    return False


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda sp: (-(sp[1] - sp[0]), sp[0])):
        if all(e <= ks or ke <= s for ks, ke in kept):
            kept.append((s, e))
    return kept
