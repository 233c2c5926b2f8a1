"""`lexicon`: words and phrases, case- and inflection-aware, with exceptions and context."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .base import STR_LIST, Batch, Context, Field, Matcher, require
from .words import CONTEXT_FIELDS, Conditions, PhraseIndex, phrase_forms

# A ceiling on one rule's list: the index lives in memory for the whole run.
MAX_TERMS = 20000


class Lexicon(Matcher):
    """Flags any of `terms` (a phrase matches its inflected forms) that meets the conditions."""

    kind = "lexicon"
    fields = {
        "terms": Field(STR_LIST, required=True, help="words and phrases to flag"),
        **CONTEXT_FIELDS,
    }

    def __init__(self, options: dict[str, Any]):
        super().__init__(options)
        terms = options["terms"]
        require(bool(terms), "terms", "needs at least one term")
        require(len(terms) <= MAX_TERMS, "terms", f"more than {MAX_TERMS} terms")
        self.inflect = options.get("inflect", True)
        self.case_sensitive = options.get("case_sensitive", False)
        self.forms: list[tuple[str, ...]] = []
        for t in terms:
            require(isinstance(t, str) and bool(t.strip()), "terms", f"empty term {t!r}")
            self.forms.extend(phrase_forms(t, self.inflect))
        self.conditions = Conditions(options)

    def accept(self, ctx: Context, sent: Any, i: int, j: int, form: tuple[str, ...]) -> bool:
        """Whether a raw match of tokens [i, j) stands; kinds built on lexicon add checks."""
        if self.case_sensitive:
            if tuple(t.text.replace("\u2019", "'") for t in sent.tokens[i:j]) != form:
                return False
        return self.conditions.ok(sent, i, j)

    def find(self, ctx: Context) -> Iterator[tuple[int, int]]:
        rule = _Solo(self)
        for _, s, e in LexiconBatch([rule]).find(ctx):
            yield s, e


class _Solo:
    """Lets a lone matcher run through the batch code."""

    def __init__(self, matcher: Lexicon):
        self.matcher = matcher


class LexiconBatch(Batch):
    """All rules of a phrase-list kind in one first-word index: one dictionary probe per token."""

    def __init__(self, rules: Any):
        super().__init__(rules)
        self.index = PhraseIndex()
        for rule in self.rules:
            for form in rule.matcher.forms:
                self.index.add(form, rule)

    def find(self, ctx: Context) -> Iterator[tuple[Any, int, int]]:
        for sent in ctx.sentences:
            hits = self.index.matches(sent.words)
            if not hits:
                continue
            # Longest match first at each start, then no overlapping matches of one rule.
            hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
            taken: dict[int, int] = {}
            toks = sent.tokens
            for i, j, form, rule in hits:
                key = id(rule)
                if taken.get(key, -1) > i:
                    continue
                if not rule.matcher.accept(ctx, sent, i, j, form):
                    continue
                taken[key] = j
                yield rule, toks[i].start, toks[j - 1].end


Lexicon.batch = LexiconBatch
