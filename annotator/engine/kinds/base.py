"""What every rule kind shares: declared fields, the matching context, the matcher interface."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ...model import Attribution, Quote, Token
from ..errors import FieldError

# Field types a kind can declare; the pack validates rule values against them.
STR, BOOL, INT, NUMBER, STR_LIST, LISTS = (
    "string",
    "boolean",
    "integer",
    "number",
    "list of strings",
    "mapping of name to list of strings",
)


@dataclass(frozen=True)
class Field:
    """One kind-specific key of a rule: its type, whether it is required, its default."""

    type: str
    required: bool = False
    default: Any = None
    help: str = ""


def check_value(key: str, value: Any, ftype: str) -> Any:
    """The value if it has the declared type (ints accepted as numbers), else FieldError."""
    ok: bool
    if ftype == STR:
        ok = isinstance(value, str)
    elif ftype == BOOL:
        ok = isinstance(value, bool)
    elif ftype == INT:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif ftype == NUMBER:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif ftype == STR_LIST:
        ok = isinstance(value, list)
        if ok:
            for v in value:
                if not isinstance(v, str):
                    # YAML reads yes, no, true, 12 as non-strings: say which item to quote.
                    raise FieldError(
                        key, f"item {v!r} is a {type(v).__name__}, not a string (quote it)"
                    )
    elif ftype == LISTS:
        ok = isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v)
            for k, v in value.items()
        )
    else:  # pragma: no cover - a kind declared a type that does not exist
        raise AssertionError(ftype)
    if not ok:
        raise FieldError(key, f"expected a {ftype}, got {type(value).__name__}")
    return value


def norm(word: str) -> str:
    """The form words are compared in: lower case, curly apostrophes straightened."""
    return word.lower().replace("\u2019", "'")


@dataclass
class SentenceView:
    """One sentence's tagged tokens, with their normalised forms."""

    start: int
    end: int
    tokens: Sequence[Token]
    words: list[str]
    _encoded: tuple[str, list[int]] | None = field(default=None, repr=False)
    # Per-sentence results that rules compute once and share (e.g. exception matches).
    memo: dict[Any, Any] = field(default_factory=dict, repr=False)

    def encoded(self) -> tuple[str, list[int]]:
        """The tokens as 'word\\x1ftag\\x1e...' and the offset of each token in that string."""
        if self._encoded is None:
            offs: list[int] = []
            pos = 0
            parts: list[str] = []
            for w, t in zip(self.words, self.tokens, strict=True):
                offs.append(pos)
                piece = f"{w}\x1f{t.tag}\x1e"
                parts.append(piece)
                pos += len(piece)
            self._encoded = ("".join(parts), offs)
        return self._encoded

    def wordset(self) -> frozenset[str]:
        """The sentence's distinct words, for quick "is any of these here" tests."""
        got = self.memo.get("wordset")
        if got is None:
            got = self.memo["wordset"] = frozenset(self.words)
        return got

    def token_at(self, offset: int) -> int:
        """Index of the token whose encoded piece contains `offset`."""
        return bisect_right(self.encoded()[1], offset) - 1


@dataclass
class Context:
    """Everything a matcher may look at: text, sentences, quotes, attributions."""

    text: str
    sentences: list[SentenceView]
    quotes: Sequence[Quote]
    attributions: Sequence[Attribution]
    settings: Any
    cue_spans: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cue_spans = sorted((a.cue.start, a.cue.end) for a in self.attributions if a.cue)

    def has_cue(self, start: int, end: int) -> bool:
        """True when some attribution's cue starts inside [start, end)."""
        i = bisect_right(self.cue_spans, (start, -1))
        return i < len(self.cue_spans) and self.cue_spans[i][0] < end

    def in_cue(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside the cue of some attribution."""
        i = bisect_right(self.cue_spans, (start, 1 << 62)) - 1
        while i >= 0:
            s, e = self.cue_spans[i]
            if s <= start and end <= e:
                return True
            if e < start and s < start - 200:
                break
            i -= 1
        return False


class Matcher:
    """A compiled rule of one kind; `find` yields (start, end) spans of its matches."""

    kind: ClassVar[str] = ""
    fields: ClassVar[dict[str, Field]] = {}
    # A fallback kind only reports where no other rule matched (it catches what lists miss).
    fallback: ClassVar[bool] = False
    # How the rules of this kind run together (set below; phrase-list kinds share an index).
    batch: ClassVar[type[Batch]]

    def __init__(self, options: dict[str, Any]):
        self.options = options

    def find(self, ctx: Context) -> Iterator[tuple[int, int]]:  # pragma: no cover - interface
        raise NotImplementedError


class Batch:
    """Runs a group of rules of one kind; kinds may override it to share work across rules."""

    def __init__(self, rules: Iterable[Any]):
        self.rules = list(rules)

    def find(self, ctx: Context) -> Iterator[tuple[Any, int, int]]:
        for rule in self.rules:
            for s, e in rule.matcher.find(ctx):
                yield rule, s, e


Matcher.batch = Batch


def require(cond: bool, key: str, problem: str) -> None:
    """Raise FieldError(key, problem) unless cond holds."""
    if not cond:
        raise FieldError(key, problem)
