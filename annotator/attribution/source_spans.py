"""Source and subject span finding: noun phrases beside a cue, clause subjects, appositives."""

from __future__ import annotations

import re

from . import lexicon as lx
from .tokens import _abbreviation, _hyphenated, _nounish, _Para
from .words import (
    _CLAUSE_STARTS,
    _CLOSE_Q,
    _DASHES,
    _DEMONSTRATIVES,
    _FINITE,
    _NP_LINKS,
    _NP_TAGS,
    _OPEN_Q,
    _POSTMODIFIERS,
)


def _skip_between_left(p: _Para, i: int, lo: int) -> int:
    """From token i-1 leftwards, skip adverbs and auxiliaries; return the index after the NP."""
    j = i - 1
    # A negated cue ("did not mention", "has never blamed") still reports the source's
    # stance on the content, as PolNeAR annotates it.
    while j >= lo and (
        p.toks[j].text.lower() in lx.BETWEEN
        or p.toks[j].tag in ("RB", "MD")
        or p.toks[j].text == "n\u2019t"
    ):
        j -= 1
    return j + 1


# Participles that name the people a poll asked: 'those surveyed', 'voters polled'.
_POLLED = frozenset("surveyed polled interviewed questioned sampled".split())


def _abbreviation_dot(p: _Para, j: int) -> bool:
    """Token j is the dot of a short capitalised abbreviation before it ('Mr' '.', 'Jr' '.')."""
    prev = p.toks[j - 1].text
    return p.toks[j].text == "." and len(prev) <= 4 and prev[:1].isupper()


def np_left(p: _Para, i: int, lo: int) -> tuple[int, int] | None:
    """Token range [a, b) of the noun phrase that ends just before token i (its subject)."""
    b = _skip_between_left(p, i, lo)
    if b <= lo:
        return None
    if p.toks[b - 1].text.lower() in _POLLED and b - 1 > lo:
        # 'those surveyed said', '56 percent of voters polled say': the people asked.
        if p.toks[b - 2].text.lower() in ("those", "people", "others"):
            return b - 2, b
        inner = np_left(p, b - 1, lo) if _nounish(p.toks[b - 2]) else None
        return (inner[0], b) if inner else None
    if p.toks[b - 1].text.lower() in ("who", "which", "that") and p.toks[b - 1].tag in (
        "WP",
        "WDT",
        "IN",
    ):
        # 'bankers who concluded ...': the source is the antecedent with its pronoun.
        m = b - 2
        if m >= lo and p.toks[m].text == ",":
            m -= 1
        ante = np_left(p, m + 1, lo) if m >= lo and _nounish(p.toks[m]) else None
        return (ante[0], b) if ante else None
    if p.toks[b - 1].text == ")":
        # 'Sen. Bernie Sanders (I-Vt.) said': a party-and-state tag after the name.
        m = b - 2
        while m >= lo and b - m <= 8 and p.toks[m].text != "(":
            m -= 1
        if m > lo and p.toks[m].text == "(" and _nounish(p.toks[m - 1]):
            inner = np_left(p, m, lo)
            return (inner[0], b) if inner else None
        return None
    j = b - 1
    a = b
    while j >= lo and b - j <= 12:
        t = p.toks[j]
        low = t.text.lower()
        if t.tag in _NP_TAGS or (t.text[:1].isupper() and t.text.isalpha()) or _hyphenated(t):
            if low in _DEMONSTRATIVES and j == b - 1 and not (low == "it" and t.tag == "PRP"):
                return None
            a = j
            j -= 1
            continue
        if low in ("'s", "\u2019s") or (t.text in ("'", "\u2019") and j == a - 1):
            a = j
            j -= 1
            continue
        if (
            low in _NP_LINKS
            and j > lo
            and a < b
            and (
                _nounish(p.toks[j - 1])
                or (
                    p.toks[j - 1].text.lower() in _POSTMODIFIERS
                    and j - 1 > lo
                    and _nounish(p.toks[j - 2])
                )
            )
        ):
            a = j
            j -= 1
            if p.toks[j].text.lower() in _POSTMODIFIERS:
                a = j  # 'a source familiar with the talks'
                j -= 1
            continue
        if j > lo and _abbreviation_dot(p, j):
            a = j  # "Mr." split as "Mr" "."
            j -= 1
            continue
        break
    # Drop leading links and stray words; the head (last token) must be a noun or pronoun.
    while a < b and (
        p.toks[a].text.lower() in _NP_LINKS
        or p.toks[a].tag in ("POS", "CC")
        or p.toks[a].text.lower() in ("but", "and", "so", "yet", "still", "meanwhile")
    ):
        a += 1
    if a >= b:
        return None
    head = p.toks[b - 1]
    if head.text == "." and b - 2 >= a:
        head = p.toks[b - 2]  # 'Joseph R. Biden Jr.': the dot of an abbreviation
    if not (_nounish(head) or head.tag == "PRP"):
        return None
    if head.text.lower() in _DEMONSTRATIVES and head.text.lower() != "it":
        return None
    return a, b


def np_right(p: _Para, i: int, hi: int) -> tuple[int, int] | None:
    """Token range [a, b) of the noun phrase starting at token i (an inverted subject)."""
    a = i
    j = i
    seen_noun = False
    while j < hi and j - i < 12:
        t = p.toks[j]
        low = t.text.lower()
        if (
            t.tag in _NP_TAGS
            or (t.text[:1].isupper() and t.text.isalpha())
            or low in ("'s", "\u2019s")
            or (_hyphenated(t) and j + 1 < hi and p.toks[j + 1].tag.startswith("NN"))
        ):
            if t.tag == "PRP" and (low not in ("he", "she", "they", "it", "we", "i") or seen_noun):
                break
            seen_noun = seen_noun or _nounish(t) or t.tag == "PRP"
            j += 1
            continue
        if j > i and _abbreviation_dot(p, j):
            j += 1
            continue
        if (
            low in _NP_LINKS
            and seen_noun
            and j + 1 < hi
            and (p.toks[j + 1].tag in ("DT", "NNP", "NNPS") or p.toks[j + 1].text[:1].isupper())
        ):
            j += 1
            continue
        break
    while j > a and (p.toks[j - 1].text.lower() in _NP_LINKS or p.toks[j - 1].tag == "DT"):
        j -= 1
    if j <= a or not seen_noun:
        return None
    return a, j


def _according_source(p: _Para, i: int, hi: int) -> tuple[int, int] | None:
    """'according to complete but unofficial returns': when no noun phrase parses, the
    words up to the next punctuation (at most 12), if one of them is a noun."""
    j = i
    while j < hi and j - i < 12 and p.toks[j].text[:1].isalnum():
        j += 1
    if j == i or j - i >= 12 or not any(_nounish(p.toks[m]) for m in range(i, j)):
        return None
    return i, j


_COORD = frozenset("and but or".split())


def subject_left(p: _Para, k: int, lo: int) -> tuple[int, int] | None:
    """The subject of the verb at token k: a noun phrase, with any appositive or relative
    clause set off by commas ('X, the president of Y, said'), or for a second verb of a
    coordination ('X criticised Y and said ...') the subject of the first."""
    src = np_left(p, k, lo)
    if src is not None:
        if src[0] > lo and p.toks[src[0] - 1].tag in ("VBN", "VBG", "IN"):
            # 'A poll conducted by voters in Iowa showed': the head is before the modifier.
            return _clause_subject(p, k, lo) or src
        return src
    b = _skip_between_left(p, k, lo)
    if b <= lo:
        return None
    before = p.toks[b - 1]
    if before.text in _DASHES and b - 1 > lo:
        return _appositive_subject(p, b - 1, lo)
    if before.text == ",":
        return (
            _appositive_subject(p, b - 1, lo)
            or _set_off_subject(p, b - 1, lo)
            or _clause_subject(p, k, lo)
        )
    if before.text.lower() in _COORD:
        v = _previous_verb(p, b - 1, lo)
        if v is not None:
            inner = np_left(p, v, lo)
            if inner is not None:
                return inner
            if p.toks[v - 1].text == "," if v > lo else False:
                return _appositive_subject(p, v - 1, lo) or _clause_subject(p, v, lo)
            return _clause_subject(p, v, lo)
    return _clause_subject(p, k, lo)


# Words that open a leading adverbial before the subject ('In 2016, ...', 'When asked, ...').
_LEAD_TAGS = frozenset("IN RB WRB VBG VBN CC".split())
_NOMINAL_START = frozenset("DT PRP$ NNP NNPS NN NNS CD JJ JJS PRP".split())


def _clause_subject(p: _Para, k: int, lo: int) -> tuple[int, int] | None:
    """The whole subject of the verb at token k, from the start of its clause: a long noun
    phrase with post-modifiers, relative clauses or insertions ('Other officers with no
    knowledge of the case said', 'The markets, where traders bet, show')."""
    j = _skip_between_left(p, k, lo)
    if j - lo > 40 or j <= lo:
        return None  # bounded: a long stretch is no subject
    c = lo
    for m in range(lo, j):
        if p.toks[m].text in (";", ":"):
            c = m + 1
    if c < j and p.toks[c].tag in _LEAD_TAGS:
        # Skip one leading adverbial set off by a comma.
        m = next((m for m in range(c, j) if p.toks[m].text == ","), None)
        if m is None:
            return None
        c = m + 1
    end = j
    while end > c and p.toks[end - 1].text in (",", "\u2014", "\u2013"):
        end -= 1
    if end - c < 2 or not (
        p.toks[c].tag in _NOMINAL_START or p.toks[c].text.lower() in lx.VAGUE_DETERMINERS
    ):
        return None
    if p.toks[c].text.lower() in _DEMONSTRATIVES and p.toks[c].text.lower() != "it":
        return None
    inserted = False  # inside a relative clause or a comma-delimited insertion
    for m in range(c, end):
        t = p.toks[m]
        if t.text in _OPEN_Q or t.text in _CLOSE_Q or t.text in (".", "!", "?"):
            if t.text == "." and m > c and len(p.toks[m - 1].text) <= 4:
                continue  # the dot of 'Mr.' or 'D.C.'
            return None
        if t.text == ",":
            inserted = not inserted
        elif t.tag in ("WP", "WDT") or t.text.lower() == "where":
            inserted = True
        elif t.tag in ("VBD", "VBZ", "VBP", "MD") and not inserted:
            return None
    head = p.toks[end - 1]
    if not (_nounish(head) or head.tag == "PRP" or p.toks[j - 1].text == ","):
        return None
    return c, end


def _appositive_subject(p: _Para, comma: int, lo: int) -> tuple[int, int] | None:
    # Walk back over up to two comma-delimited insertions to the head noun phrase (or one
    # set off by dashes: 'Reynolds - his co-host - told').
    end = comma
    c = comma
    delim = p.toks[comma].text
    for _ in range(2):
        m = c - 1
        while m >= lo and c - m <= 25 and p.toks[m].text not in (",", ";", ":", delim):
            if p.toks[m].text == "." and not (m > lo and len(p.toks[m - 1].text) <= 4):
                return None  # a full stop, not the dot of "W." or "Sen."
            if p.toks[m].text in _OPEN_Q or p.toks[m].text in _CLOSE_Q:
                return None
            m -= 1
        if m < lo or p.toks[m].text != delim:
            return None
        first = p.toks[m + 1]
        if not (
            first.tag in ("DT", "PRP$", "WP", "WDT", "CD", "JJ", "JJS", "NNP", "NNPS", "NN", "NNS")
            or first.text.lower() in ("who", "which", "whose", "a", "an", "the", "now", "then")
            or (first.tag in ("VBG", "VBN") and first.text.islower())  # 'acting director of'
        ):
            return None
        head = np_left(p, m, lo)
        last = head[1] - 1 if head is not None else 0
        if head is not None and p.toks[last].text == ")":
            while last > head[0] and p.toks[last].text != "(":
                last -= 1  # 'Rep. Darrell Issa (R-Calif.), who ...': the name before the tag
            last -= 1
        if (
            head is not None
            and _nounish(p.toks[last])
            and (
                head[0] == lo
                or p.toks[head[0] - 1].text in (",", ":")
                or p.toks[head[0] - 1].tag in ("IN", "CC")
            )
        ):
            if p.toks[last].tag.startswith("NNP") or p.toks[last].text[:1].isupper():
                return head[0], end
            if first.text.lower() in ("who", "which", "whose") or first.tag.startswith("NNP"):
                return head[0], end
            if first.text.lower() in ("a", "an") and p.toks[head[0]].text.lower() in _DEFINITE:
                return head[0], end  # 'The mayor, a Democrat, said': the head is the source
        c = m
    return None


# Conjunctions that open a subordinate clause, found at the start of a source span.
_SUBORDINATOR = re.compile(
    r"(?:[Ww]hen|WHEN|[Ww]hile|[Ww]hilst|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ss]ince|[Uu]nless"
    r"|[Ww]hereas|[Aa]fter|[Bb]efore|[Oo]nce|[Uu]ntil)\b[ \t\u00a0]*"
)


# Determiners of a definite head noun phrase ('The mayor, a Democrat, said').
_DEFINITE = frozenset("the his her their its our my this that".split())


def _set_off_subject(p: _Para, comma: int, lo: int) -> tuple[int, int] | None:
    """', about two-thirds, 67 percent, say ...': a short noun phrase set off by commas
    right before the verb, taken as its subject when nothing better is found."""
    m = comma - 1
    while m >= lo and comma - m <= 6 and p.toks[m].text != ",":
        m -= 1
    if m < lo or p.toks[m].text != "," or m + 1 >= comma:
        return None
    inner = np_left(p, comma, m + 1)
    if inner is None or inner[0] != m + 1:
        return None
    return inner


def _governing_verb(p: _Para, k: int, lo: int) -> int | None:
    """Index of the finite verb or modal an infinitive at token k completes ('will come ... to
    discuss'), within the clause."""
    m = k - 1
    while m >= lo and k - m <= 15:
        t = p.toks[m]
        if t.text in (";", ":", ",", ".") or t.text in _OPEN_Q or t.text in _CLOSE_Q:
            return None
        if t.tag in ("VBD", "VBZ", "VBP", "MD"):
            return m
        m -= 1
    return None


def _adverbial_opening(p: _Para, a: int, comma: int) -> bool:
    """'In an interview, X said ...': the words before the comma are a prepositional phrase
    with no verb, so they set the scene and are not what was said."""
    if p.toks[a].tag == "CC" and comma - a > 1:
        a += 1  # 'But in New Hampshire, ...'
    if a + 2 < comma and p.toks[a].tag == "RB" and p.toks[a + 1].text == ",":
        a += 2  # 'And finally, in a bizarre tweet, ...'
    if comma - a > 12 or p.toks[a].text.lower() in _CLAUSE_STARTS:
        return False
    if p.toks[a].tag in ("VBG", "VBN") and p.toks[a].text[:1].isupper():
        # 'Speaking on the radio last week, Kiedis said ...': a participle opening.
        return not any(p.toks[m].tag in _FINITE for m in range(a, comma))
    if p.toks[a].tag != "IN":
        return False
    return not any(p.toks[m].tag.startswith("VB") or p.toks[m].tag == "MD" for m in range(a, comma))


def _postmodified_subject(p: _Para, src_a: int, a: int, cue_end: int, b: int) -> int:
    """'..., a USA TODAY analysis of newly filed reports shows.', '..., new fundraising
    reports show.': a postposed subject whose modifiers (a participle) cut the noun phrase
    short; it runs back to the comma when no verb comes between and the sentence ends."""
    if src_a <= a or p.toks[src_a - 1].text == ",":
        return src_a
    if cue_end < b and p.toks[cue_end].text not in (".", "!", "?"):
        return src_a
    m = src_a - 1
    while m > a and src_a - m <= 10:
        t = p.toks[m]
        if t.text == ",":
            first = p.toks[m + 1]
            if first.tag in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$"):
                return m + 1
            return src_a
        if t.tag in _FINITE or t.tag in ("MD", "PRP", "WRB", "WDT", "WP", "TO"):
            return src_a
        if t.text.lower() == "that" or t.text in _OPEN_Q or t.text in _CLOSE_Q:
            return src_a
        if t.text in (".", ";", ":", "!", "?"):
            return src_a
        m -= 1
    return src_a


# Tags before which a noun phrase may be the tail of a longer subject.
_CUT_SUBJECT = frozenset("CC IN VBG VBN".split())


# Tags that open an appositive after a name: 'Dan Gerstein, an analyst', ', director of'.
_APPOSITIVE_START = frozenset("DT JJ JJS NN NNS NNP NNPS PRP$ CD VBG VBN".split())


def _previous_verb(p: _Para, k: int, lo: int) -> int | None:
    """Index of the nearest finite verb before token k in the same clause chain."""
    m = k - 1
    while m >= lo and k - m <= 30:
        t = p.toks[m]
        if t.text == "." and m > lo and _abbreviation(p.toks[m - 1]):
            m -= 1  # 'Donald J. Trump'
            continue
        if t.text in (";", ":", ".") or t.text.lower() in ("because", "although", "since", "if"):
            return None
        if t.tag in ("VBD", "VBZ", "VBP"):
            return m
        if t.tag == "VBN" and m > lo:
            q = m - 1
            while q > lo and m - q <= 2 and p.toks[q].tag == "RB":
                q -= 1  # 'She also compared'
            if _nounish(p.toks[q]) or p.toks[q].tag == "PRP":
                return m  # a participle right after a noun is the tagger's VBD ('officers chafed')
        m -= 1
    return None


# Words after which a noun phrase is a clause's subject: 'and officials rejected the plan'.
_SUBJECT_LEADS = frozenset(
    "and but that because when while after although though since if as so".split()
)


def _opens_clause(p: _Para, i: int, a: int) -> bool:
    """Token i opens the sentence or follows a comma, so a noun phrase there is a subject
    (the tagger often calls 'The campaign called the charges ...' a participle)."""
    return i == a or p.toks[i - 1].text in (",", ";", ":")


def _free_relative(p: _Para, src_a: int, a: int) -> int | None:
    """Index of the 'what' that opens a free relative the source is the subject of ('what
    many Democrats felt', 'what a bunch of race-baiting, commie thugs think')."""
    m = src_a - 1
    while (
        m >= a and src_a - m <= 8 and (p.toks[m].tag in _NP_TAGS or p.toks[m].text in (",", "of"))
    ):
        m -= 1
    if m >= a and p.toks[m].text.lower() == "what":
        return m
    return None
