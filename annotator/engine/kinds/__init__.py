"""The rule kinds: one matcher class per kind, registered by the name rules use in `kind`."""

from __future__ import annotations

from .attribution_verb import AttributionVerb
from .base import Batch, Context, Field, Matcher, SentenceView
from .lexicon import Lexicon
from .scare_quote import ScareQuote
from .sequence import Sequence
from .subjectivity import Subjectivity
from .vague_source import VagueSource

REGISTRY: dict[str, type[Matcher]] = {
    cls.kind: cls
    for cls in (Lexicon, Sequence, Subjectivity, ScareQuote, AttributionVerb, VagueSource)
}

__all__ = ["REGISTRY", "Batch", "Context", "Field", "Matcher", "SentenceView"]
