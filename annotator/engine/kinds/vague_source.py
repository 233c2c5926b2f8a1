"""`vague-source`: unnamed sources doing the saying ("critics say", "it is widely believed")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .base import INT, STR_LIST, Context, Field, Matcher, require
from .words import CONTEXT_FIELDS, Conditions, PhraseIndex, WordSet, phrase_forms


class VagueSource(Matcher):
    """Flags a source noun of `sources` followed within `max_gap` words by a verb of `verbs`,
    and any of the fixed `phrases`; conditions apply to the source word."""

    kind = "vague-source"
    fields = {
        "sources": Field(STR_LIST, help="vague source words (critics, experts, observers)"),
        "verbs": Field(STR_LIST, help="verbs of saying and thinking that follow the source"),
        "max_gap": Field(INT, default=2, help="words allowed between source and verb"),
        "phrases": Field(STR_LIST, help="fixed phrases flagged as they are"),
        **CONTEXT_FIELDS,
    }

    def __init__(self, options: dict[str, Any]):
        super().__init__(options)
        inflect = options.get("inflect", True)
        self.sources = WordSet.parse("sources", options.get("sources") or [], inflect)
        self.verbs = WordSet.parse("verbs", options.get("verbs") or [], inflect)
        require(
            bool(self.sources.words) == bool(self.verbs.words),
            "verbs",
            "`sources` and `verbs` go together",
        )
        self.max_gap = options.get("max_gap", 2)
        require(0 <= self.max_gap <= 6, "max_gap", "must be between 0 and 6")
        self.phrases = PhraseIndex()
        for ph in options.get("phrases") or ():
            for form in phrase_forms(ph, inflect):
                self.phrases.add(form, None)
        require(
            bool(self.sources.words) or bool(self.phrases),
            "sources",
            "needs `sources` and `verbs`, or `phrases`",
        )
        self.conditions = Conditions(options)

    def find(self, ctx: Context) -> Iterator[tuple[int, int]]:
        for sent in ctx.sentences:
            toks, words = sent.tokens, sent.words
            n = len(words)
            if self.sources.words and not self.sources.words.isdisjoint(sent.wordset()):
                for i, w in enumerate(words):
                    if w not in self.sources.words or not self.conditions.ok(sent, i, i + 1):
                        continue
                    for k in range(i + 1, min(n, i + 2 + self.max_gap)):
                        if words[k] in self.verbs.words and toks[k].tag.startswith("VB"):
                            yield toks[i].start, toks[k].end
                            break
                        if not words[k][0].isalnum():
                            break  # the clause ends before a verb of saying
            if self.phrases:
                for i, j, _, _ in self.phrases.matches(words):
                    yield toks[i].start, toks[j - 1].end
