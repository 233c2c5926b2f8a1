"""`attribution-verb`: loaded reporting verbs (claimed, admitted) where "said" would do."""

from __future__ import annotations

from typing import Any

from .base import STR_LIST, Context, Field, SentenceView
from .lexicon import Lexicon, LexiconBatch
from .words import CONTEXT_FIELDS

# After a reporting verb: its complement ("that ..."), a colon or a quotation.
_INTRODUCERS = frozenset({"that", "to", ":", '"', "\u201c", "\u201d", "'", "\u2018", ","})


class AttributionVerb(Lexicon):
    """Flags a verb of `verbs` used as a reporting cue: the cue of an attribution, or a verb
    followed by "that", a colon or a quotation mark."""

    kind = "attribution-verb"
    fields = {
        "verbs": Field(STR_LIST, required=True, help="reporting verbs, base form"),
        "cue_only": Field(
            "boolean", default=False, help="only verbs the attribution stage took as a cue"
        ),
        **CONTEXT_FIELDS,
    }

    def __init__(self, options: dict[str, Any]):
        super().__init__({**options, "terms": options["verbs"]})
        self.cue_only = options.get("cue_only", False)

    def accept(
        self, ctx: Context, sent: SentenceView, i: int, j: int, form: tuple[str, ...]
    ) -> bool:
        tok = sent.tokens[i]
        if not tok.tag.startswith("VB") or not super().accept(ctx, sent, i, j, form):
            return False
        if ctx.in_cue(tok.start, sent.tokens[j - 1].end):
            return True
        if self.cue_only:
            return False
        return j < len(sent.words) and sent.words[j] in _INTRODUCERS


AttributionVerb.batch = LexiconBatch
