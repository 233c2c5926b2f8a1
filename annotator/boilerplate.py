"""Finds page chrome, bylines, datelines, repeated headlines and link prompts to set aside.

Conservative by design: a paragraph is only set aside when it matches a narrow shape, and a
real sentence of the article is never dropped (a dateline prefix is cut, not its sentence).
"""

from __future__ import annotations

import re

from .model import Boilerplate, Paragraph

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?"
_DATE = (
    rf"(?:{_DAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:T{_TIME})?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
)
_STAMP_WORDS = r"(?:Published|Updated|Posted|Last updated|First published|Modified|Date)"
_DATELINE = re.compile(
    rf"^(?:{_STAMP_WORDS}\s*(?:on|at)?:?\s*)?{_DATE}(?:\s*(?:,|at|-|\u2013|\||/)?\s*{_TIME})?"
    rf"(?:\s*(?:\||/|\u2022|\u00b7)\s*(?:{_STAMP_WORDS}:?\s*)?(?:{_DATE})?(?:\s*{_TIME})?)*\s*$"
    rf"|^{_STAMP_WORDS}:?\s+.{{0,40}}\d{{4}}.{{0,20}}$|^{_TIME}\s*(?:,\s*)?{_DATE}?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:By|BY|Written by|Reporting by|Words by)\s+[A-Z][\w.'\u2019-]*(?:[\s,]+(?:and\s+)?"
    r"[A-Z][\w.'\u2019-]*){0,8}(?:\s*[,|/\u2013-]\s*[\w .'\u2019-]{0,40})?$"
)
_RELATED = re.compile(
    r"^(?:READ MORE|Read more|Read More|RELATED|Related|Related Articles?|Related Stories|"
    r"SEE ALSO|See also|See Also|ALSO READ|Also read|Also Read|MORE|More|WATCH|Watch|"
    r"LISTEN|Recommended|RECOMMENDED|Trending|TRENDING|Click here|CLICK HERE|Don't miss|"
    r"DON'T MISS|Top stories|Most read|Most Read)\s*(?::|\u2013|\u2014|-|>>|\u00bb|\|)",
)
_ADVERT = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|"
    r"story continues below(?: advertisement)?|"
    r"continue reading(?: below| the main story)?|scroll to continue(?: with content)?|"
    r"article continues below)\s*[.:]?$",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"^(?:share(?: this)?(?: article| story| on \w+)?|tweet|email|print|comments?(?: \(\d+\))?|"
    r"follow us on .{1,40}|like us on facebook|subscribe(?: now| to .{1,60})?|"
    r"sign up (?:for|to) .{1,80}|get (?:our|the) .{1,40}newsletter.{0,40}|"
    r"join (?:us|the conversation).{0,40}|download (?:our|the) app.{0,40}|"
    r"click here to .{1,80}|image (?:source|copyright).{0,60}|photo:.{0,80}|"
    r"\(?(?:ap|reuters|afp|getty images?) photo.{0,60}\)?|copyright .{0,80}|\u00a9.{0,80}|"
    r"all rights reserved.{0,40})$",
    re.IGNORECASE,
)
_CHROME_WORDS = frozenset(
    """icon icons menu search share tweet email print login log sign signin signup
    subscribe facebook twitter instagram youtube whatsapp telegram linkedin pinterest
    reddit home news sport sports world business opinion video videos photos live more
    close open chevron up down left right arrow fb tw vk yt gp ins tg ok mail""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_TERMINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*$")


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _is_chrome(line: str) -> bool:
    if _TERMINAL.search(line):  # first: most paragraphs end a sentence, and this is cheap
        return False
    words = _WORD.findall(line)
    if len(words) < 6:
        return False
    lowered = [w.lower() for w in words]
    icons = sum(1 for w in lowered if "icon" in w)
    if icons >= 5:
        return True
    chromey = sum(1 for w in lowered if w in _CHROME_WORDS)
    # Menus are runs of capitalised or lower-case navigation words with no sentence shape.
    return chromey / len(lowered) >= 0.6


def classify_line(line: str) -> str | None:
    """The boilerplate kind of one stand-alone line, or None if it is article text."""
    s = line.strip()
    if not s:
        return None
    if len(s) <= 3000 and _is_chrome(s):
        return "page-chrome"
    if len(s) <= 120 and _DATELINE.match(s):
        return "dateline"
    if len(s) <= 200 and _RELATED.match(s):
        return "related-link"
    if len(s) <= 80 and _ADVERT.match(s):
        return "advertisement"
    if len(s) <= 100 and _BYLINE.match(s) and not _TERMINAL.search(s.rstrip(".")):
        return "byline"
    if len(s) <= 160 and _PROMPT.match(s):
        return "share-prompt"
    return None


def looks_like_headline(text: str) -> bool:
    """A short line with no sentence-final full stop."""
    s = text.strip()
    words = s.split()
    if not (2 <= len(words) <= 30) or "\n" in s:
        return False
    return not re.search(r"[.:;,]$", s)


def find(text: str, paras: list[Paragraph]) -> tuple[list[Boilerplate], int | None]:
    """Boilerplate spans and the index of the headline paragraph (None when there is none)."""
    found: list[Boilerplate] = []
    headline: int | None = None
    headline_norm = ""
    for i, p in enumerate(paras):
        chunk = text[p.start : p.end]
        kind = classify_line(chunk)
        if kind is None and headline is not None and _norm(chunk) == headline_norm:
            kind = "repeated-headline"
        if kind is not None:
            found.append(Boilerplate(p.start, p.end, kind))
            continue
        if headline is None and not any(b.kind == "body" for b in found):
            if looks_like_headline(chunk) and _before_body(paras, i, text):
                headline = i
                headline_norm = _norm(chunk)
            else:
                # The first real paragraph is body text: no headline after it.
                headline = -1
    return found, (headline if headline is not None and headline >= 0 else None)


def _before_body(paras: list[Paragraph], i: int, text: str) -> bool:
    # A headline is followed by more text.
    return i + 1 < len(paras)
