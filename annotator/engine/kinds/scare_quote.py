"""`scare-quote`: a short quoted phrase that nobody is said to have said."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from ...spans import merge
from .base import BOOL, INT, STR_LIST, Context, Field, Matcher, SentenceView, norm, require
from .words import inflections

# A short quotation nested inside a speaker's quote: the speaker's own scare quote.
# The look-behind keeps an apostrophe inside a word ("Patel's") from opening a match that
# would swallow the real opening mark further on. Each opening mark takes its own closing
# one, and a single closing mark must not be followed by a letter: in 'he "can't speak',
# the apostrophe of "can't" closes nothing.
_NESTED = re.compile(
    r"(?<!\w)(?:"
    r"\"([^\"\u201c\u201d\n]{1,60})\""
    r"|\u201c([^\"\u201c\u201d\n]{1,60})\u201d"
    r"|'([^'\u2018\u2019\n]{1,60})'(?!\w)"
    r"|\u2018([^'\u2018\u2019\n]{1,60})\u2019(?!\w)"
    r")"
)
_WORD = re.compile(r"[\w'\u2019-]+")


class ScareQuote(Matcher):
    """Flags quoted phrases of `min_words`..`max_words` words that the attribution stage found
    no speaker for (and short quotes nested inside a speaker's quote, which are attributed)."""

    kind = "scare-quote"
    fields = {
        "min_words": Field(INT, default=1, help="fewest words in the quoted phrase"),
        "max_words": Field(INT, default=4, help="most words in the quoted phrase"),
        "skip_titles": Field(BOOL, default=True, help="leave out Capitalised Titles Of Works"),
        "stoplist": Field(STR_LIST, help="quoted phrases never flagged (lower case)"),
        "nested": Field(BOOL, default=True, help="also look inside direct quotes"),
        "skip_with_cue": Field(
            BOOL, default=True, help="leave out quotes in a sentence that has a reporting cue"
        ),
        "skip_after": Field(
            STR_LIST, help="words that, up to 4 words before, make the quote a mention (called)"
        ),
    }

    def __init__(self, options: dict[str, Any]):
        super().__init__(options)
        self.min_words = options.get("min_words", 1)
        self.max_words = options.get("max_words", 4)
        require(1 <= self.min_words <= self.max_words, "max_words", "must be >= min_words >= 1")
        self.skip_titles = options.get("skip_titles", True)
        self.stop = frozenset(norm(s) for s in options.get("stoplist") or ())
        self.nested = options.get("nested", True)
        self.skip_with_cue = options.get("skip_with_cue", True)
        self.after = frozenset(
            f for w in options.get("skip_after") or () for f in inflections(norm(w))
        )

    def _mention(self, sent: SentenceView, start: int) -> bool:
        """True when a naming word (called, dubbed, the term) comes up to 4 words before."""
        # Bisection, not a walk from the sentence start: a sentence may hold thousands of quotes.
        i = bisect_right(sent.tokens, start, key=lambda t: t.end)
        before = [w for w in sent.words[max(0, i - 5) : i] if w[:1].isalnum()][-4:]
        return any(w in self.after for w in before)

    def _fits(self, inner: str) -> bool:
        words = _WORD.findall(inner)
        if not self.min_words <= len(words) <= self.max_words:
            return False
        if norm(inner.strip(" ,.")) in self.stop:
            return False
        if self.skip_titles and all(w[0].isupper() for w in words):
            return False
        return not inner.strip()[:1].isdigit()

    def find(self, ctx: Context) -> Iterator[tuple[int, int]]:
        text = ctx.text
        starts = [s.start for s in ctx.sentences]
        for q in ctx.quotes:
            if not q.scare or not self._fits(text[q.inner_start : q.inner_end]):
                continue
            k = bisect_right(starts, q.start) - 1
            if k < 0 or ctx.sentences[k].end <= q.start:
                continue  # not in a body sentence (boilerplate)
            sent = ctx.sentences[k]
            # A quote in a sentence with a reporting cue is most likely that speaker's words.
            if self.skip_with_cue and ctx.has_cue(sent.start, sent.end):
                continue
            if self.after and self._mention(sent, q.start):
                continue
            yield q.start, q.end
        if not self.nested:
            return
        # Overlapping parts joined, so that nested quotes are scanned once, not depth times.
        inner = (
            (p.start + 1, p.end - 1)  # inside the part's own outer marks
            for a in ctx.attributions
            if a.kind != "indirect"
            for p in a.parts
            if p.end - p.start > 2
        )
        for lo, hi in merge(inner, touching=False):
            for m in _NESTED.finditer(text, lo, hi):
                if m.start() > 0 and text[m.start() - 1].isalnum():
                    continue  # an apostrophe inside a word
                if self._fits(m.group(m.lastindex or 1)):
                    yield m.start(), m.end()
