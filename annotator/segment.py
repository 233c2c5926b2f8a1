"""Paragraphs, sentences and tokens as half-open code-point spans into the original text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Paragraph, Token

# A blank line (spaces, tabs and no-break spaces allowed) separates paragraphs.
_BLANK = re.compile(r"\n[ \t\u00a0\r\f\v]*\n\s*")
_LINE = re.compile(r"[^\n]+")
_SPACE = (
    " \t\r\n\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\ufeff"
)

# Sentence-final punctuation, optional closing quotes and brackets, then white space.
# Matched only at the start of a run of stops, and the run taken whole (an atomic group by
# the lookahead-backreference idiom), so that a long run of dots stays linear.
_CANDIDATE = re.compile(r"(?<![.!?\u2026])(?=([.!?\u2026]+))\1[\"'\u201d\u2019\u00bb)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+([\"'\u201c\u2018\u00ab(\[]*)(\S)")
_WORD_BEFORE = re.compile(r"([\w.'\u2019-]+)$")

# Titles and abbreviations after which a full stop never ends a sentence.
_TITLES = frozenset(
    """mr mrs ms dr prof gen sen rep gov lt col maj capt cmdr adm sgt cpl pvt rev fr st mt
    sr jr no nos vs v etc al approx dept est fig inc corp ltd co bros ave blvd rd hon pres
    supt det insp atty messrs mme mlle gens sens reps govs""".split()
)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# After an acronym such as "U.S." a sentence only ends if a typical sentence opener follows.
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there
    but and yet so in on at for after before when while if as however meanwhile still
    now then later also some many most one two three what who why how where mr mrs ms
    dr officials critics according""".split()
)


def paragraphs(text: str) -> list[Paragraph]:
    """Split into paragraphs: blocks between blank lines; lines of a block that end a
    sentence and start a new one are separate paragraphs too (one-line-per-paragraph files)."""
    out: list[Paragraph] = []
    pos = 0
    blocks: list[tuple[int, int]] = []
    for m in _BLANK.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    for bstart, bend in blocks:
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text, bstart, bend)]
        lines = [_strip(text, s, e) for s, e in lines]
        lines = [(s, e) for s, e in lines if e > s]
        if not lines:
            continue
        cur_start, cur_end = lines[0]
        for s, e in lines[1:]:
            if _line_ends_paragraph(text, cur_start, cur_end, s):
                out.append(Paragraph(cur_start, cur_end, len(out)))
                cur_start = s
            cur_end = e
        out.append(Paragraph(cur_start, cur_end, len(out)))
    return out


def _line_ends_paragraph(text: str, line_start: int, line_end: int, next_start: int) -> bool:
    # A hard-wrapped line runs on into the next; a line that ends a sentence, or a short
    # line such as a headline or a menu, stands alone.
    last = text[line_end - 1]
    if last in ".!?\u2026\"\u201d:'\u2019)]":
        return True
    if line_end - line_start < 60:
        return True
    nxt = text[next_start]
    return not (nxt.islower() or nxt in ",;")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] (one paragraph) into sentence spans."""
    out: list[tuple[int, int]] = []
    cur = start
    for m in _CANDIDATE.finditer(text, start, end):
        cut = m.end()
        if cut >= end:
            break
        if not _is_boundary(text, cur, m.start(), m.group(), cut, end):
            continue
        s, e = _strip(text, cur, cut)
        if e > s:
            out.append((s, e))
        cur = cut
    s, e = _strip(text, cur, end)
    if e > s:
        out.append((s, e))
    return out


def _is_boundary(
    text: str, sent_start: int, punct_start: int, punct: str, cut: int, end: int
) -> bool:
    nm = _NEXT_START.match(text, cut, end)
    if not nm:
        return False
    first = nm.group(2)
    if first.islower() and not nm.group(1):
        return False  # "e.g. the" / "10 p.m. on Monday": the sentence goes on
    if punct[0] != ".":
        return True
    if punct.startswith("..."):
        return first.isupper() or bool(nm.group(1))
    # A bounded window: a run of dots or a very long word must not make this quadratic.
    wm = _WORD_BEFORE.search(text, max(sent_start, punct_start - 64), punct_start)
    word = wm.group(1) if wm else ""
    w = word.lower().rstrip(".")
    if w in _TITLES:
        return False
    if w in _MONTHS:
        return not first.isdigit()
    if len(word) == 1 and word.isupper():
        return False  # an initial: "John F. Kennedy"
    if "." in word:
        # An acronym like "U.S." ends a sentence only before a typical sentence opener.
        nxt_word = re.match(r"[\w']+", text[nm.start(2) : nm.start(2) + 20])
        return bool(nxt_word) and nxt_word.group(0).lower() in _OPENERS
    if first.isdigit() and word.isdigit():
        return False
    return True


# Tokens: acronyms with dots, words with inner hyphens/apostrophes (n't and clitics such as
# 's, 'd, 'll split off as the Penn Treebank does),
# numbers with separators, and single non-space characters.
# The first branch is a shortcut: a whole run of word characters that no apostrophe, hyphen,
# dot, comma or colon follows is what the other branches would give there too (each of them
# needs one of those after the run), found without their backtracking lookaheads.
_TOKEN = re.compile(
    r"\w+(?![\w.,:'\u2019-])"
    r"|''|``"
    r"|(?:[A-Za-z]\.){2,}"
    r"|\w+(?=n['\u2019]t\b)"
    r"|n['\u2019]t\b"
    r"|\w+(?=['\u2019](?:s|d|ll|re|ve|m|S|D|LL|RE|VE|M)\b)"
    r"|['\u2019](?:s|d|ll|re|ve|m|S|D|LL|RE|VE|M)\b"
    r"|\d+(?:[.,:]\d+)+"
    r"|\w+(?:[-'\u2019]\w+)*"
    r"|\S"
)


# The same tokens with the whitespace before each one taken in the same match: the scan
# then never restarts on a space (a third faster over the dev corpora). Group 1 is the
# token. Callers end the range at its last non-space character, so the leading \s* can
# never give back what it took (a trailing run of spaces would make that quadratic).
_SPACED_TOKEN = re.compile(r"\s*(" + _TOKEN.pattern + ")")


def tokenize(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Yield untagged tokens of text[start:end] with absolute offsets."""
    for m in token_matches(text, start, len(text) if end is None else end):
        yield Token(m.start(1), m.end(1), m.group(1))


def token_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The match of each token of text[start:end], the token in group 1: the fast path for
    tagging."""
    end = start + len(text[start:end].rstrip())
    return list(_SPACED_TOKEN.finditer(text, start, end))
