"""Quotation spans: curly, straight and angle double quotes, single quotes, multi-paragraph quotes.

Straight double quotes are paired within a paragraph; a straight quote right after a digit
with no quote open is an inch or second sign, not a quotation mark. A paragraph whose quote
never closes is continued when the next paragraph reopens a quote (the newspaper convention
for multi-paragraph quotes); only the last paragraph closes it.
"""

from __future__ import annotations

import bisect
import re

from ..model import Paragraph, Quote

_OPEN_DOUBLE = "\u201c\u201e\u00ab"
_CLOSE_DOUBLE = "\u201d\u00bb"
_STRAIGHT = '"'
_DOUBLES = _OPEN_DOUBLE + _CLOSE_DOUBLE + _STRAIGHT
_SINGLE_OPEN = "\u2018'\u2039"
_SINGLE_CLOSE = "\u2019'\u203a"
_MAX_SINGLE_LEN = 200


# Double quotation marks, including the typewriter pairs '' and `` some outlets use.
_DOUBLE_MARK = re.compile("''|``|[\u201c\u201e\u00ab\u201d\u00bb\"]")


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """(offset, 'open'|'close', width) for each double quotation mark, inch signs left out."""
    marks: list[tuple[int, str, int]] = []
    is_open = False
    for m in _DOUBLE_MARK.finditer(text, start, end):
        i = m.start()
        mark = m.group()
        width = len(mark)
        ch = mark[0] if width == 1 else mark
        prev = text[i - 1] if i > start else " "
        nxt = text[i + width] if i + width < end else " "
        if ch in _OPEN_DOUBLE or ch == "``":
            if (
                is_open
                and ch == "\u201c"
                and not prev.isspace()
                and (nxt.isspace() or nxt in ".,;:!?")
            ):
                marks.append((i, "close", width))  # an opening glyph typed as the closing one
                is_open = False
                continue
            marks.append((i, "open", width))
            is_open = True
        elif ch in _CLOSE_DOUBLE:
            if is_open:
                marks.append((i, "close", width))
                is_open = False
            elif ch == "\u201d" and (prev.isspace() or prev in "([") and not nxt.isspace():
                marks.append((i, "open", width))  # a closing glyph used as an opening one
                is_open = True
        else:  # straight quote or ''
            if is_open:
                marks.append((i, "close", width))
                is_open = False
            elif (
                width == 1
                and prev.isdigit()
                and (nxt.isspace() or nxt in ".,;:)-x\u00d7" or i + 1 == end)
            ):
                continue  # 6'2" or a 12" screen
            elif nxt.isspace() and not prev.isspace() and i > start:
                continue  # a stray closing mark with nothing open
            else:
                marks.append((i, "open", width))
                is_open = True
    return marks


def _starts_with_open_quote(text: str, p: Paragraph) -> bool:
    return p.end > p.start and (
        text[p.start] in _OPEN_DOUBLE + _STRAIGHT or text.startswith(("''", "``"), p.start)
    )


def find_double(text: str, paras: list[Paragraph]) -> list[Quote]:
    """Double-quoted spans, marks included; continued multi-paragraph pieces flagged."""
    quotes: list[Quote] = []
    for pi, p in enumerate(paras):
        marks = _double_marks(text, p.start, p.end)
        open_at: int | None = None
        open_w = 1
        for off, kind, width in marks:
            if kind == "open":
                open_at, open_w = off, width
            elif open_at is not None:
                quotes.append(Quote(open_at, off + width, open_at + open_w, off))
                open_at = None
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None and _starts_with_open_quote(text, nxt):
                quotes.append(Quote(open_at, p.end, open_at + open_w, p.end, continued=True))
            elif p.end - open_at > open_w and open_at == p.start:
                # A paragraph that opens a quote and never closes it: the quote runs to the
                # paragraph's end (many scraped texts lose the final mark).
                quotes.append(Quote(open_at, p.end, open_at + open_w, p.end))
    return quotes


# A single opening mark at a word's start (after a space, bracket, dash or paragraph start).
_SINGLE_START = re.compile("(?:(?<=[\\s(\\[\u2014\u2013/-])|^)[\u2018'\u2039](?=[^\\W_])", re.M)


def find_single(text: str, paras: list[Paragraph], doubles: list[Quote]) -> list[Quote]:
    """Single-quoted phrases outside double quotes (scare quotes, headline-style quotes)."""
    out: list[Quote] = []
    dstarts = [d.start for d in doubles]
    for p in paras:
        pos = p.start
        while True:
            m = _SINGLE_START.search(text, pos, p.end)
            if m is None:
                break
            i = m.start()
            di = bisect.bisect_right(dstarts, i) - 1
            if di >= 0 and i < doubles[di].end:
                pos = doubles[di].end
                continue
            close = _find_single_close(text, i + 1, min(p.end, i + _MAX_SINGLE_LEN))
            if close is not None:
                out.append(Quote(i, close + 1, i + 1, close))
                pos = close + 1
            else:
                pos = i + 1
    return out


def _find_single_close(text: str, start: int, end: int) -> int | None:
    for j in range(start, end):
        ch = text[j]
        if ch in _DOUBLES:
            return None
        if ch in _SINGLE_CLOSE:
            nxt = text[j + 1] if j + 1 < len(text) else " "
            prev = text[j - 1]
            if nxt.isalpha():
                continue  # an apostrophe: don't, Russia's
            if prev == "s" and nxt == " " and j + 2 < len(text) and text[j + 2].islower():
                continue  # a plural possessive: the rebels' positions
            if prev.isspace():
                return None
            return j
    return None


def find(text: str, paras: list[Paragraph]) -> list[Quote]:
    """All quotes, sorted by start."""
    doubles = find_double(text, paras)
    singles = find_single(text, paras, doubles)
    return sorted(doubles + singles, key=lambda q: q.start)


def is_single(text: str, q: Quote) -> bool:
    """True for a quote in single marks ('...', \u2018...\u2019)."""
    return q.inner_start - q.start == 1 and text[q.start] in "\u2018'\u2039"


def word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())
