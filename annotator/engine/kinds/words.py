"""Shared word machinery: inflected phrase forms, a first-word phrase index, context conditions."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ...model import Token
from ...segment import tokenize
from .base import BOOL, INT, STR_LIST, Field, SentenceView, norm, require

# Words never inflected: inflecting them makes real words ("a" -> "as", "on" -> "ons").
FUNCTION_WORDS = frozenset(
    """a an the of on in to for with without by at as from into onto over under about and or
    but nor not no be is are was were been being am it its this that these those than then so
    very too more most less least much many some any all each every such own same other up down
    out off if he she they we you i me him her them us my his their our your who whom whose which
    what when where why how has have had do does did will would shall should can could may might
    must""".split()
)
_VOWELS = "aeiou"
# Irregular forms of verbs that loaded wording often uses; other verbs inflect by rule.
_IRREGULAR = {
    "fight": ("fights", "fought", "fighting"),
    "lie": ("lies", "lied", "lying"),
    "slay": ("slays", "slew", "slain", "slaying"),
    "spin": ("spins", "spun", "spinning"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "tear": ("tears", "tore", "torn", "tearing"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "blow": ("blows", "blew", "blown", "blowing"),
    "fall": ("falls", "fell", "fallen", "falling"),
    "say": ("says", "said", "saying"),
    "see": ("sees", "saw", "seen", "seeing"),
    "think": ("thinks", "thought", "thinking"),
    "hold": ("holds", "held", "holding"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "take": ("takes", "took", "taken", "taking"),
    "give": ("gives", "gave", "given", "giving"),
    "run": ("runs", "ran", "running"),
    "shake": ("shakes", "shook", "shaken", "shaking"),
    "strike": ("strikes", "struck", "striking"),
    "sink": ("sinks", "sank", "sunk", "sinking"),
    "shrink": ("shrinks", "shrank", "shrunk", "shrinking"),
    "steal": ("steals", "stole", "stolen", "stealing"),
    "bite": ("bites", "bit", "bitten", "biting"),
    "weep": ("weeps", "wept", "weeping"),
    "tell": ("tells", "told", "telling"),
    "feel": ("feels", "felt", "feeling"),
    "keep": ("keeps", "kept", "keeping"),
    "leave": ("leaves", "left", "leaving"),
    "man": ("men",),
    "woman": ("women",),
    "child": ("children",),
}


def inflections(word: str) -> set[str]:
    """The word and its regular inflections (-s, -ed, -ing, plurals); over-generation is harmless
    because forms that are not words never occur in text. '=word' stands for the word alone."""
    if word.startswith("="):
        return {word[1:]}
    out = {word}
    low = word.lower()
    if low in FUNCTION_WORDS or len(low) < 3 or not low.replace("-", "").isalpha():
        return out
    if low in _IRREGULAR:
        return out | {_same_case(word, f) for f in _IRREGULAR[low]}
    if low.endswith(("s", "x", "z", "ch", "sh")):
        forms = [low + "es", low + "ed", low + "ing"]
    elif low.endswith("y") and low[-2] not in _VOWELS:
        forms = [low[:-1] + "ies", low[:-1] + "ied", low + "ing"]
    elif low.endswith("ie"):
        forms = [low + "s", low + "d", low[:-2] + "ying"]
    elif low.endswith("e"):
        forms = [low + "s", low + "d", low[:-1] + "ing"]
    else:
        forms = [low + "s", low + "ed", low + "ing"]
        if (
            len(low) >= 3
            and low[-1] not in _VOWELS + "wxy"
            and low[-2] in _VOWELS
            and low[-3] not in _VOWELS
        ):
            forms += [low + low[-1] + "ed", low + low[-1] + "ing"]
    if word == low:  # the usual case: the forms are already in the word's (lower) case
        return out.union(forms)
    return out | {_same_case(word, f) for f in forms}


def _same_case(model: str, form: str) -> str:
    if model.isupper() and len(model) > 1:
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def split_words(phrase: str) -> list[str]:
    """The phrase cut into tokens exactly as the segmenter cuts text."""
    if phrase.isalpha():
        return [phrase]  # one token; most terms are plain words (start-up cost)
    return [t.text.replace("\u2019", "'") for t in tokenize(phrase)]


def phrase_forms(phrase: str, inflect: bool, cap: int = 256) -> list[tuple[str, ...]]:
    """Every token sequence the phrase stands for (each content word inflected when asked)."""
    words = phrase.split()
    require(bool(words), "terms", "an empty phrase")
    pieces: list[list[str]] = []
    for w in words:
        exact = w.startswith("=")
        raw = w[1:] if exact else w
        toks = split_words(raw)
        if not toks:
            continue
        if inflect and not exact and len(toks) == 1:
            pieces.append([(f,) for f in sorted(inflections(toks[0]))])  # type: ignore[misc]
        else:
            pieces.append([tuple(toks)])  # type: ignore[list-item]
    if len(pieces) == 1:  # a one-word term: its forms as they are
        return list(pieces[0][:cap])  # type: ignore[arg-type]
    chain = itertools.chain.from_iterable
    return [tuple(chain(combo)) for combo in itertools.islice(itertools.product(*pieces), cap)]


class PhraseIndex:
    """Phrases by an anchor word (their first content word): one set test per sentence, then
    a look at the few places where an anchor occurs. Anchoring on "fact" rather than "the"
    keeps "the fact that" from being tried at every "the"."""

    def __init__(self) -> None:
        self._by_anchor: dict[str, list[tuple[int, tuple[str, ...], tuple[str, ...], Any]]] = {}
        self._keys: frozenset[str] = frozenset()

    def add(self, form: tuple[str, ...], payload: Any) -> None:
        key = tuple(map(norm, form))
        k = 0
        if len(key) > 1:  # most terms are one word: their anchor is that word
            k = next((i for i, w in enumerate(key) if w not in FUNCTION_WORDS and len(w) > 2), 0)
        self._by_anchor.setdefault(key[k], []).append((k, key, form, payload))
        self._keys = frozenset()

    def __bool__(self) -> bool:
        return bool(self._by_anchor)

    def matches(self, words: Sequence[str]) -> list[tuple[int, int, tuple[str, ...], Any]]:
        """(first token, end token, original form, payload) of every phrase in `words`."""
        if not self._keys:
            self._keys = frozenset(self._by_anchor)
        # Most sentences hold no anchor at all: a set intersection (C speed) says so.
        if self._keys.isdisjoint(words):
            return []
        keys = self._keys
        by_anchor = self._by_anchor
        n = len(words)
        out = []
        for a in [i for i, w in enumerate(words) if w in keys]:
            for k, key, form, payload in by_anchor[words[a]]:
                i = a - k
                j = i + len(key)
                if i >= 0 and j <= n and (len(key) == 1 or tuple(words[i:j]) == key):
                    out.append((i, j, form, payload))
        return out


_TAG_ITEM = re.compile(r"@[A-Z$]+\Z")


@dataclass
class WordSet:
    """Words (inflected) and '@TAG' part-of-speech prefixes a neighbouring token may match."""

    words: frozenset[str]
    tags: tuple[str, ...]

    @classmethod
    def parse(cls, key: str, items: Iterable[str], inflect: bool = True) -> WordSet:
        words: set[str] = set()
        tags: list[str] = []
        for item in items:
            if item.startswith("@"):
                require(bool(_TAG_ITEM.match(item)), key, f"bad part-of-speech item {item!r}")
                tags.append(item[1:])
            else:
                require(
                    bool(item.strip()) and " " not in item.strip(),
                    key,
                    f"{item!r}: one word per item",
                )
                forms = inflections(norm(item)) if inflect else {norm(item.lstrip("="))}
                words |= {norm(f) for f in forms}
        return cls(frozenset(words), tuple(tags))

    def hit(self, word: str, tok: Token) -> bool:
        return word in self.words or (bool(self.tags) and tok.tag.startswith(self.tags))


CONTEXT_FIELDS = {
    "pos": Field(STR_LIST, help="part-of-speech tag prefixes a one-word match must have"),
    "preceded_by": Field(STR_LIST, help="a token within `window` before must be one of these"),
    "not_preceded_by": Field(STR_LIST, help="no token within `window` before may be one of these"),
    "followed_by": Field(STR_LIST, help="a token within `window` after must be one of these"),
    "not_followed_by": Field(STR_LIST, help="no token within `window` after may be one of these"),
    "window": Field(INT, default=1, help="how many tokens the four conditions above look at"),
    "exceptions": Field(STR_LIST, help="phrases that contain the match and cancel it"),
    "inflect": Field(BOOL, default=True, help="match inflected forms (-s, -ed, -ing)"),
    "case_sensitive": Field(BOOL, default=False, help="match the letter case as written"),
}


class Conditions:
    """The context conditions of one rule, compiled."""

    def __init__(self, options: dict[str, Any]):
        inflect = options.get("inflect", True)
        self.window = options.get("window", 1)
        require(1 <= self.window <= 10, "window", "must be between 1 and 10")
        self.pos = tuple(options.get("pos") or ())
        for p in self.pos:
            require(bool(re.fullmatch(r"[A-Z$]+", p)), "pos", f"bad part-of-speech tag {p!r}")
        sets = {}
        for key in ("preceded_by", "not_preceded_by", "followed_by", "not_followed_by"):
            items = options.get(key)
            sets[key] = WordSet.parse(key, items, inflect) if items else None
        self.before, self.not_before = sets["preceded_by"], sets["not_preceded_by"]
        self.after, self.not_after = sets["followed_by"], sets["not_followed_by"]
        self.exceptions = PhraseIndex()
        for ph in options.get("exceptions") or ():
            for form in phrase_forms(ph, inflect):
                self.exceptions.add(form, None)

    def ok(self, sent: SentenceView, i: int, j: int) -> bool:
        """True when the match of tokens [i, j) of the sentence meets every condition."""
        toks, words = sent.tokens, sent.words
        if self.pos and j - i == 1 and not toks[i].tag.startswith(self.pos):
            return False
        w = self.window
        lo, hi = max(0, i - w), min(len(words), j + w)
        if self.before and not any(self.before.hit(words[k], toks[k]) for k in range(lo, i)):
            return False
        if self.not_before and any(self.not_before.hit(words[k], toks[k]) for k in range(lo, i)):
            return False
        if self.after and not any(self.after.hit(words[k], toks[k]) for k in range(j, hi)):
            return False
        if self.not_after and any(self.not_after.hit(words[k], toks[k]) for k in range(j, hi)):
            return False
        if self.exceptions:
            spans = sent.memo.get(id(self))
            if spans is None:
                spans = [(a, b) for a, b, _, _ in self.exceptions.matches(words)]
                sent.memo[id(self)] = spans
            if any(a < j and i < b for a, b in spans):
                return False
        return True
