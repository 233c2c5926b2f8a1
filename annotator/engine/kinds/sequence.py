"""`sequence`: token and part-of-speech patterns ("would be a great embarrassment").

A pattern is a line of elements separated by spaces; each element stands for one token:
  word          that word (inflected forms too, unless `inflect: false` or written =word)
  @TAG          any token whose Penn tag starts with TAG (@JJ, @NN, @MD, @VB)
  $name         any word of the rule's `lists` entry `name`
  *             any token
  a|@RB|$x      any of the alternatives
followed by an optional quantifier: ? (optional) or {m,n} (m to n times, n <= 6).
`[` and `]` (separate elements) mark the part of the match that is flagged.
Patterns compile to a regular expression over the encoded tokens. Every element matches whole
tokens, but consecutive variable elements (`* {0,6} * {0,6} ...`) can still split a run of
tokens in many ways, and the regex engine tries them all when the rest fails. So a pattern's
number of such ways, the product over its elements of (repeat choices x overlapping
alternatives), is capped at MAX_CHOICES: a pattern above it is refused when the pack loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .base import LISTS, STR_LIST, Context, Field, FieldError, Matcher, norm, require
from .words import CONTEXT_FIELDS, Conditions, inflections

_ANY = r"[^\x1e]*\x1e"
_QUANT = re.compile(r"(.+?)(\?|\{(\d+)(?:,(\d+))?\})?\Z")
_LITERAL = re.compile(r"=?[\w'\u2019.&-]+\Z")
_TAG = re.compile(r"@[A-Z$]+\Z")
_NAME = re.compile(r"\$[A-Za-z_][\w-]*\Z")
MAX_ELEMENTS = 16
# Ceiling on the ways a pattern can match one stretch of tokens (see the module docstring):
# 512 is 3 fully free wildcards of {0,6}, far above what real patterns need (the default
# pack's largest is 24).
MAX_CHOICES = 512


class Sequence(Matcher):
    """Flags token sequences that match any of `patterns`."""

    kind = "sequence"
    fields = {
        "patterns": Field(STR_LIST, required=True, help="token/part-of-speech patterns"),
        "lists": Field(LISTS, help="named word lists a pattern refers to as $name"),
        **{k: v for k, v in CONTEXT_FIELDS.items() if k not in ("pos", "case_sensitive")},
    }

    def __init__(self, options: dict[str, Any]):
        super().__init__(options)
        self.inflect = options.get("inflect", True)
        self.lists = {k: [norm(w) for w in v] for k, v in (options.get("lists") or {}).items()}
        pats = options["patterns"]
        require(bool(pats), "patterns", "needs at least one pattern")
        # Each pattern with the word sets of its mandatory literal elements: a sentence that
        # lacks every word of one of them is skipped before the regex runs.
        self.regexes: list[tuple[re.Pattern[str], list[frozenset[str]]]] = []
        for p in pats:
            self._required: list[frozenset[str]] = []
            rx = self._compile(p)
            self.regexes.append((rx, self._required))
        self.conditions = Conditions(options)

    def _forms(self, words: list[str]) -> set[str]:
        forms: set[str] = set()
        for w in words:
            forms |= inflections(w) if self.inflect else {w.lstrip("=")}
        return {norm(f) for f in forms}

    def _literal_forms(self, body: str) -> set[str] | None:
        """All forms an element accepts when it has literal words and lists only."""
        forms: set[str] = set()
        for a in body.split("|"):
            if _NAME.match(a) and a[1:] in self.lists:
                forms |= self._forms(self.lists[a[1:]])
            elif _LITERAL.match(a):
                forms |= self._forms([a if a.startswith("=") else a.lower()])
            else:
                return None
        return forms

    def _words_re(self, words: list[str]) -> str:
        forms = self._forms(words)
        return (
            "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f))) + ")"
        )

    def _atom(self, atom: str, pattern: str) -> str:
        if atom == "*":
            return _ANY
        if _TAG.match(atom):
            return r"[^\x1f\x1e]*\x1f(?:" + re.escape(atom[1:]) + r")[^\x1e]*\x1e"
        if _NAME.match(atom):
            name = atom[1:]
            if name not in self.lists:
                raise FieldError("patterns", f"{pattern!r}: no list named {name!r} in `lists`")
            return self._words_re(self.lists[name]) + r"\x1f[^\x1e]*\x1e"
        if _LITERAL.match(atom):
            return (
                self._words_re([atom if atom.startswith("=") else atom.lower()])
                + r"\x1f[^\x1e]*\x1e"
            )
        raise FieldError("patterns", f"{pattern!r}: cannot read element {atom!r}")

    def _compile(self, pattern: str) -> re.Pattern[str]:
        elements = pattern.split()
        require(bool(elements), "patterns", "an empty pattern")
        require(
            len(elements) <= MAX_ELEMENTS,
            "patterns",
            f"{pattern!r}: more than {MAX_ELEMENTS} elements",
        )
        out: list[str] = []
        choices = 1
        opened = closed = 0
        for el in elements:
            if el == "[":
                require(opened == 0, "patterns", f"{pattern!r}: a second '['")
                opened += 1
                out.append("(?P<hl>")
                continue
            if el == "]":
                require(opened == 1 and closed == 0, "patterns", f"{pattern!r}: ']' without '['")
                closed += 1
                out.append(")")
                continue
            m = _QUANT.match(el)
            assert m is not None
            body, quant, lo, hi = m.groups()
            alts = [self._atom(a, pattern) for a in body.split("|") if a]
            if not quant or (quant.startswith("{") and int(lo) > 0):
                lit = self._literal_forms(body)
                if lit:
                    self._required.append(frozenset(lit))
            require(bool(alts), "patterns", f"{pattern!r}: empty element {el!r}")
            piece = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
            # Words exclude one another; a tag, a list or `*` may overlap with the others.
            parts_ = [a for a in body.split("|") if a]
            loose = sum(1 for a in parts_ if not _LITERAL.match(a))
            overlap = max(1, loose + (1 if loose < len(parts_) else 0)) if loose else 1
            span = 1
            if quant == "?":
                piece = f"(?:{piece})?"
                span = 2
            elif quant:
                low = int(lo)
                high = int(hi) if hi is not None else low
                require(
                    low <= high <= 6,
                    "patterns",
                    f"{pattern!r}: {quant} must be {{m,n}} with m <= n <= 6",
                )
                piece = f"(?:{piece}){{{low},{high}}}"
                span = high - low + 1
            choices *= span * overlap ** max(1, span - 1)
            require(
                choices <= MAX_CHOICES,
                "patterns",
                f"{pattern!r}: too many ways to match (over {MAX_CHOICES}); use fewer or "
                "narrower wildcards and repeats, which could make matching very slow",
            )
            out.append(piece)
        require(opened == closed, "patterns", f"{pattern!r}: '[' without ']'")
        try:
            return re.compile(r"(?:(?<=\x1e)|^)" + "".join(out))
        except re.error as exc:  # pragma: no cover - the pieces above are always valid
            raise FieldError("patterns", f"{pattern!r}: {exc}") from None

    def find(self, ctx: Context) -> Iterator[tuple[int, int]]:
        for sent in ctx.sentences:
            toks = sent.tokens
            if not toks:
                continue
            ws = None
            for rx, required in self.regexes:
                if required:
                    if ws is None:
                        ws = sent.wordset()
                    # A plain loop, not any(<generator>): this runs per sentence and regex.
                    missing = False
                    for r in required:
                        if r.isdisjoint(ws):
                            missing = True
                            break
                    if missing:
                        continue
                enc, _ = sent.encoded()
                hl = "hl" in rx.groupindex
                for m in rx.finditer(enc):
                    s, e = m.span("hl") if hl else m.span()
                    if e <= s:
                        continue
                    i, j = sent.token_at(s), sent.token_at(e - 1) + 1
                    if not self.conditions.ok(sent, i, j):
                        continue
                    yield toks[i].start, toks[j - 1].end
