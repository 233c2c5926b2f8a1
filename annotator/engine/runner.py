"""Runs the selected rules over a document and gives each match its voice."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from operator import itemgetter
from weakref import WeakKeyDictionary

from ..attribution.lexicon import cue_forms
from ..document import Document
from ..model import Attribution, Finding, Quote
from .kinds.base import Context, SentenceView
from .pack import Pack

_START, _END, _TEXT = itemgetter(0), itemgetter(1), itemgetter(2)  # Token fields
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
        # Normalised words and token bounds built by C-level maps over the paragraph, each
        # sentence then slices its share (found by bisection) out of them.
        low = list(map(str.lower, map(_TEXT, toks)))
        if "\u2019" in text[p.start : p.end]:
            low = [w.replace("\u2019", "'") for w in low]
        starts = list(map(_START, toks))
        ends = list(map(_END, toks))
        ti = 0
        while si < len(sentences) and sentences[si].start < p.end:
            s = sentences[si]
            ti = bisect_left(starts, s.start, ti)
            tj = bisect_right(ends, s.end, ti)
            out.append(SentenceView(s.start, s.end, toks[ti:tj], low[ti:tj]))
            ti = tj
            si += 1
    return out


# Penn tags of finite verbs: a reported clause has one, a noun phrase does not.
_FINITE = ("VBD", "VBZ", "VBP", "MD")
# Factive and semi-factive cues (Kiparsky & Kiparsky 1970; Hooper 1975): "investigators
# found that ...", "she knew that ...", "he pointed out that ...". The outlet presents the
# reported clause as true and words it itself, so its wording is the outlet's voice.
_FACTIVE_CUES = frozenset(
    """know knows knew known knowing realize realizes realized realise realises realised
    find finds found discover discovers discovered learn learns learned learnt notice
    notices noticed point points pointed note notes noted recall recalls recalled
    acknowledge acknowledges acknowledged recognize recognizes recognized recognise
    recognises recognised""".split()
)
# Sources that are the writer (or the writer's address to the reader) outside quotes.
_WRITER = frozenset(("i", "we", "you"))
# Cues whose clause is the outlet's: factives, and evidentials ("the plan seems doomed",
# "it appears that ..."), where the writer reports an appearance with no other source.
_OUTLET_CUES = _FACTIVE_CUES | frozenset(
    "seem seems seemed appear appears appeared seemingly apparently clear".split()
)


def _outlets_own(a: Attribution) -> bool:
    """True when an indirect attribution's wording is the outlet's by its source or cue."""
    if a.source is not None and a.source.text.lower() in _WRITER:
        # 'I think ...' outside quotation marks: the writer's own opinion. Inside a
        # speaker's quote the quote's attribution holds it, so it stays the speaker's.
        return True
    if a.source is None:
        # 'Patrick reportedly bristled at ...', 'allegations that X dangled ...': hearsay
        # with nobody named, so no speaker owns the wording; the outlet chose it.
        return True
    if a.cue is None:
        return False
    first = a.cue.text.split(" ", 1)[0].lower()
    if first in _OUTLET_CUES:
        return True
    # 'polls show [...]', 'X blasted [...]': a stance, aim or finding (the lexicon's
    # attitude class) whose object the reporter describes in its own words.
    got = cue_forms().get(first)
    return got is not None and got[1] == "attitude"


def speech_acts(attributions: Sequence[Attribution], sentences: Sequence[SentenceView]) -> set[int]:
    """Ids of indirect attributions whose content is a noun phrase, not a reported clause
    ("issued [a lukewarm response to the proposal]", "proposes [a coalition to strike ...]"),
    or the clause of a factive or evidential cue ("found that [...]", "seems [...]"), or
    the complement of a stance cue ("polls show [...]"), or the writer's own "I think".

    Such content names the statement in the reporter's own words; it does not report what
    the speaker said, so wording inside it stays in the outlet's voice."""
    starts = [s.start for s in sentences]
    # Per sentence, the starts of its finite verbs (built once, on first need): each part
    # then asks by bisection instead of scanning every token of its sentence.
    finite_starts: dict[int, list[int]] = {}
    out: set[int] = set()
    for a in attributions:
        if a.kind == "direct" or not a.parts:
            continue  # quoted words stay the speaker's
        if _outlets_own(a):
            # In a mixed content ('found that the plan was "reckless" and wasteful') only
            # the unquoted words are the outlet's: `Voices` keeps the quoted ones the speaker's.
            out.add(a.id)
            continue
        if a.kind != "indirect":
            continue  # a mixed content's words, quoted or not, stay the speaker's
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

    def __init__(
        self,
        attributions: Sequence[Attribution],
        skip: set[int] | None = None,
        quotes: Sequence[Quote] = (),
    ):
        """Contents of `attributions` but those in `skip`, of which only the quoted
        stretches (from `quotes`) are kept: words the speaker was quoted saying."""
        skip = skip or set()
        parts = [(p.start, p.end, a.id) for a in attributions if a.id not in skip for p in a.parts]
        held = [(p.start, p.end, a.id) for a in attributions if a.id in skip for p in a.parts]
        if held and quotes:
            spans = sorted((q.start, q.end) for q in quotes)
            qstarts = [q[0] for q in spans]
            for s0, e0, aid in held:
                # Quotes overlapping the part, whole: a content edge may fall on either
                # side of a quotation mark.
                k = max(0, bisect_left(qstarts, s0) - 1)
                while k < len(spans) and spans[k][0] < e0:
                    if spans[k][1] > s0:
                        parts.append((spans[k][0], spans[k][1], aid))
                    k += 1
        self.parts = sorted(parts)
        self.starts = [p[0] for p in self.parts]
        by_end = sorted((e, k) for k, (_, e, _) in enumerate(self.parts))
        self.ends = [e for e, _ in by_end]
        self.end_order = [k for _, k in by_end]
        self.end_rank = [0] * len(self.parts)
        for r, k in enumerate(self.end_order):
            self.end_rank[k] = r

    def of(self, start: int, end: int) -> int | None:
        """The id of the attribution whose content holds [start, end), else None."""
        return self.of_many([(start, end)])[(start, end)]

    def of_many(self, spans: Iterable[tuple[int, int]]) -> dict[tuple[int, int], int | None]:
        """`of` for many spans at once, in time n log n however the contents overlap.

        The innermost part is the smallest one that holds most of the span (a span that
        straddles a content edge counts as inside when most of it is inside); on a tie, the
        part that starts later. Parts that hold the whole span are found by a sweep over the
        starts with a minimum tree over the ends; the few that hold only part of it start or
        end inside the span, and are found by bisection."""
        parts, starts, ends = self.parts, self.starts, self.ends
        tree = _MinTree(len(parts))
        answers: dict[tuple[int, int], int | None] = {}
        j = 0
        for s0, e0 in sorted(set(spans)):
            while j < len(parts) and parts[j][0] <= s0:
                s, e, _ = parts[j]
                tree.lower(self.end_rank[j], (e - s, -j))
                j += 1
            if e0 <= s0:
                answers[(s0, e0)] = None  # an empty span lies inside nothing
                continue
            best = tree.min_from(bisect_left(ends, e0))  # parts holding the whole span
            straddling = list(range(bisect_right(starts, s0), bisect_left(starts, e0)))
            straddling += [
                self.end_order[r]
                for r in range(bisect_right(ends, s0), bisect_left(ends, e0))
                if parts[self.end_order[r]][0] <= s0
            ]
            for k in straddling:
                s, e, _ = parts[k]
                inside = min(e, e0) - max(s, s0)
                if inside > 0 and inside * 2 >= e0 - s0:
                    key = (e - s, -k)
                    if best is None or key < best:
                        best = key
            answers[(s0, e0)] = parts[-best[1]][2] if best is not None else None
        return answers


class _MinTree:
    """Point 'lower to' updates and suffix minima over n slots: a bottom-up segment tree."""

    def __init__(self, n: int):
        size = 1
        while size < max(n, 1):
            size *= 2
        self.size = size
        self.tree: list[tuple[int, int] | None] = [None] * (2 * size)

    def lower(self, i: int, value: tuple[int, int]) -> None:
        i += self.size
        tree = self.tree
        while i:
            cur = tree[i]
            if cur is not None and cur <= value:
                return  # every ancestor already holds something at least as small
            tree[i] = value
            i //= 2

    def min_from(self, lo: int) -> tuple[int, int] | None:
        """The smallest value in slots lo..n-1, or None."""
        best = None
        tree = self.tree
        lo += self.size
        hi = 2 * self.size
        while lo < hi:
            if lo & 1:
                v = tree[lo]
                if v is not None and (best is None or v < best):
                    best = v
                lo += 1
            if hi & 1:
                hi -= 1
                v = tree[hi]
                if v is not None and (best is None or v < best):
                    best = v
            lo //= 2
            hi //= 2
        return best


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
    # Which contents are in the outlet's words was decided once, by the pipeline
    # (`speech_acts`), and marked on the attributions.
    voices = Voices(attributions, {a.id for a in attributions if a.paraphrase}, quotes)
    quoted = sorted((q.inner_start, q.inner_end) for q in quotes)
    kept = {rid: _longest_first(spans) for rid, spans in found.items()}
    voice_of = voices.of_many(sp for spans in kept.values() for sp in spans)
    out: list[Finding] = []
    for rid, spans in kept.items():
        rule = rules[rid]
        for s, e in spans:
            aid = voice_of[(s, e)]
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
    # Longest first, each kept only if it overlaps none kept before; the kept spans never
    # overlap, so a bisection among them (sorted by start) answers that in log time.
    kept: list[tuple[int, int]] = []
    starts: list[int] = []
    empty: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda sp: (-(sp[1] - sp[0]), sp[0])):
        if s == e:
            # Empty spans come last and block nothing; one is dropped only strictly inside.
            k = bisect_left(starts, s)
            if not (k and kept[k - 1][1] > s):
                empty.append((s, e))
            continue
        k = bisect_right(starts, s)
        if k and kept[k - 1][1] > s:
            continue  # overlaps the kept span that starts at or before it
        if k < len(kept) and kept[k][0] < e:
            continue  # overlaps the kept span that starts after it
        kept.insert(k, (s, e))
        starts.insert(k, s)
    return kept + empty
