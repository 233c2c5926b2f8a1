"""Token and tag helpers of the attribution finder: paragraph view, cue tests, found records."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Token
from . import lexicon as lx
from .words import _HEARSAY, _NOUN_CUES, _NOUN_PREP_CUES, _PROGRESSIVE, _VERB_LEADS


@dataclass
class Found:
    """An attribution as found, before speakers are resolved."""

    kind: str
    parts: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    quotes: list[int] = field(default_factory=list)  # indices of quotes used as content
    paragraph: int = 0
    speaker_hint: int | None = None  # index of another Found whose speaker this one shares
    # The writer's gloss on what a speaker meant ('..., referring to X'): no later quote with
    # no cue of its own continues it.
    gloss: bool = False


class _Para:
    """One paragraph's tagged tokens and lookup helpers."""

    def __init__(self, text: str, tokens: list[Token], sentences: list[tuple[int, int]]):
        self.text = text
        self.toks = tokens
        self.starts = [t.start for t in tokens]
        self.sentences = sentences
        self._sent_starts = [s for s, _ in sentences]

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after offset."""
        return bisect.bisect_left(self.starts, offset)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return self.sentences[i]
        return self.sentences[-1] if self.sentences else (offset, offset)


def _is_cue(tok: Token) -> tuple[str, str] | None:
    low = tok.text.lower()
    entry = lx.cue_forms().get(low)
    if entry is None:
        return None
    if low in ("said", "says", "told"):
        return entry  # the tagger sometimes calls these adjectives or nouns
    if not tok.tag.startswith("VB") or tok.text[0].isupper() and tok.text != tok.text.upper():
        # Capitalised mid-sentence ("Islamic State") is a name, not a verb; the sentence
        # start is handled by the caller passing lower-cased starts through the tagger.
        if not (tok.tag.startswith("VB") and tok.text[0].isupper()):
            return None
    return entry


def _verb_in_context(p: _Para, k: int, a: int, b: int) -> tuple[str, str] | None:
    """A cue form the tagger called a noun, used as a verb: a plural or proper subject
    before it and an object or clause after ('polls show Clinton ahead')."""
    t = p.toks[k]
    entry = lx.cue_forms().get(t.text.lower())
    if (
        entry is not None
        and k > a
        and t.text.endswith("ing")
        and p.toks[k - 1].text.lower() in _PROGRESSIVE
        and entry[1] in ("speech", "attitude", "naming")
    ):
        return entry  # 'Trump is promising to ...': a progressive the tagger calls JJ
    if entry is None or not t.tag.startswith("NN") or k == a or k + 1 >= b:
        return None
    if t.text[:1].isupper() or entry[1] == "quote":
        return None
    prev, nxt = p.toks[k - 1], p.toks[k + 1]
    object_next = nxt.tag in ("DT", "NNP", "PRP", "PRP$", "CD", "VBG") or nxt.text.lower() == "that"
    if prev.text.lower() in ("who", "that") and (object_next or nxt.tag == "NNS"):
        return entry  # 'respondents who support Sanders', 'cities that support the rules'
    if prev.text.lower() in _VERB_LEADS and object_next:
        return entry  # 'did support workers', 'to support Trump', 'would support deploying'
    if (
        prev.tag in ("RB", "EX")
        and k - 1 > a
        and p.toks[k - 2].tag in ("NNS", "NNP", "NNPS", "PRP")
    ):
        prev = p.toks[k - 2]  # 'voters overwhelmingly support the president'
    if prev.tag not in ("NNS", "NNP", "NNPS", "PRP") or prev.text.lower() in ("it", "its"):
        return None
    if object_next:
        return entry
    if entry[0] == "show" and prev.tag == "NNS" and nxt.tag == "NNS":
        return entry  # 'polls show voters rejecting him'
    if nxt.text in (".", ",") and t.text.lower() in lx.POSTPOSED and prev.tag != "NNP":
        return entry  # '..., fundraising documents show.'
    return None


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Every lower-cased word that can start an attribution in `reported`."""
    return (
        frozenset(lx.cue_forms())
        | _NOUN_CUES
        | {n for n, _ in _NOUN_PREP_CUES}
        | _HEARSAY
        | lx.STANCE_ADJECTIVES
        | {"according"}
    )


def _title_case(p: _Para, a: int, b: int) -> bool:
    """A headline-style sentence: most of its words capitalised."""
    words = [t.text for t in p.toks[a:b] if t.text[:1].isalpha()]
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.7 * len(words)


def _verb_tag(t: Token) -> bool:
    return t.tag.startswith("VB")


def _hyphenated(t: Token) -> bool:
    """A hyphenated word ('post-debate', 'anti-Trump'), which the tagger often calls a verb."""
    return "-" in t.text[1:-1] and t.text.replace("-", "").isalpha()


def _nounish(t: Token) -> bool:
    return t.tag.startswith("NN") or t.tag == "CD" or (t.text[:1].isupper() and t.text.isalpha())


def _span(p: _Para, a: int, b: int) -> tuple[int, int]:
    return p.toks[a].start, p.toks[b - 1].end


def _abbreviation(t: Token) -> bool:
    """A short capitalised word whose following dot abbreviates it ('J.', 'Sen.', 'U.S')."""
    return len(t.text) <= 4 and t.text[:1].isupper()
