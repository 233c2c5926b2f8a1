"""Content span boundaries: where what a cue reports starts and ends, and trimming its edges."""

from __future__ import annotations

from . import lexicon as lx
from .source_spans import np_right
from .tokens import _Para
from .words import _CLAUSE_STARTS, _FINITE, _NP_TAGS, _OPEN_Q


def _extend_cue(p: _Para, k: int, hi: int, lemma: str) -> int:
    """Index after the cue: 'told reporters', 'said in a statement', 'pointed out'."""
    j = k + 1
    if j < hi and p.toks[j].text.lower() in ("out", "up") and lemma in ("point", "add", "sum"):
        j += 1
    if lemma == "tell" and j < hi:
        m = j
        if p.toks[m].tag == "DT" or p.toks[m].text.lower() == "the":
            m += 1
        if m < hi and p.toks[m].text.lower() in lx.AUDIENCE:
            j = m + 1
    if (
        j + 2 < hi
        and p.toks[j].text.lower() == "in"
        and p.toks[j + 1].text.lower() in ("a", "an", "the", "his", "her", "their", "its")
    ):
        m = j + 2
        while (
            m < hi
            and m < j + 5
            and p.toks[m].text.lower() not in lx.MEDIUM
            and p.toks[m].tag.startswith(("JJ", "NN"))
        ):
            m += 1
        if m < hi and p.toks[m].text.lower() in lx.MEDIUM:
            j = m + 1
    return j


def _starts_clause(p: _Para, j: int, hi: int) -> bool:
    """A subject pronoun or name followed closely by a finite verb starts at token j."""
    t = p.toks[j]
    if not (t.tag in ("PRP", "DT", "EX") or t.tag.startswith("NNP")):
        return False
    for m in range(j + 1, min(hi, j + 5)):
        if p.toks[m].tag in ("VBD", "VBZ", "VBP", "MD"):
            return True
        if not (p.toks[m].tag.startswith(("NN", "JJ", "RB", "POS")) or p.toks[m].tag == "DT"):
            return False
    return False


def _skip_to_content(p: _Para, j: int, hi: int, lemma: str) -> int:
    """Skip an object of 'tell', time adverbials and punctuation between cue and content."""
    if lemma in ("tell", "inform", "assure", "advise", "warn", "remind", "urge", "ask") and j < hi:
        obj = np_right(p, j, hi)
        if obj and obj[1] < hi and p.toks[obj[1]].text.lower() in _CLAUSE_STARTS | {",", ":"}:
            j = obj[1]
        elif obj and obj[1] < hi and _starts_clause(p, obj[1], hi):
            j = obj[1]  # 'told the National Post he had ...'

    while j < hi and (
        p.toks[j].text.lower()
        in ("on", "last", "next", "this", "earlier", "late", "early", "today", "yesterday")
        or p.toks[j].tag in ("NNP",)
        and p.toks[j].text in _WEEKDAYS
    ):
        low = p.toks[j].text.lower()
        if low == "on" and not (j + 1 < hi and p.toks[j + 1].text in _WEEKDAYS):
            break
        if low in ("last", "next", "this", "late", "early") and not (
            j + 1 < hi and p.toks[j + 1].text.lower() in _TIME_NOUNS
        ):
            break  # 'says this is a rough patch': 'this' opens the content, not 'this week'
        j += 1
        if j < hi and p.toks[j].text.lower() in _TIME_NOUNS:
            j += 1
    while j < hi and p.toks[j].text in (",", ":", "\u2014", "\u2013", "-"):
        j += 1
    return j


_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_TIME_NOUNS = frozenset(
    """week month year night morning afternoon evening monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
# Time adverbials that may follow a postposed cue: '..., analysts predicted on Monday.'
_TIME_AFTER = frozenset(
    """on last earlier yesterday today tonight this recently monday tuesday wednesday
    thursday friday saturday sunday""".split()
)
# Words that go on a cue's own sentence after a quote ('..." Doe said as she left'), unlike
# the content of a new sentence ('..." Doe insists that ...').
_AFTER_CUE = frozenset("as while when after before during last earlier later".split())


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop final punctuation and space from a content span (keep closing quotes)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:\u2014\u2013-"):
        end -= 1
    return end


def _trim_start(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ",;:\u2014\u2013-"):
        start += 1
    return start


def _object_then_request(p: _Para, j: int, b: int, lemma: str) -> bool:
    """'asked the court for quick action', 'is asking Clinton to repudiate ...': a request
    made of someone; the content runs from its object on."""
    if lemma not in ("ask", "advise", "remind", "tell") or j >= b:
        return False
    obj = np_right(p, j, b)
    if obj is None or obj[1] >= b:
        return False
    nxt = p.toks[obj[1]].text.lower()
    return nxt == "to" and p.toks[obj[1]].tag == "TO" or (nxt == "for" and lemma == "ask")


# Nouns that make a cue with 'make': 'made the case that', 'made no mention of'.
_LIGHT_NOUNS = frozenset(
    """case point argument claim claims assertion prediction pledge promise commitment call
    calls plea appeal mention reference references statement statements announcement
    accusation accusations allegation allegations remarks comments comment""".split()
)


def _light_verb(p: _Para, j: int, b: int) -> tuple[int, int, bool] | None:
    """After a form of 'make' at token j-1: 'it (very) clear', or a noun of saying with its
    determiner and adjectives and then 'that', 'to' + verb or a preposition. Returns the end
    of the cue, the start of the content, and whether the content is a clause."""
    if j + 2 < b and p.toks[j].text.lower() == "it":
        m = j + 1
        if p.toks[m].tag == "RB":
            m += 1
        if m + 1 < b and p.toks[m].text.lower() == "clear":
            c = m + 1
            while c < b and p.toks[c].text in (",", ":"):
                c += 1
            return (m + 1, c, True) if c < b and p.toks[c].text[:1].isalnum() else None
        return None
    m = j
    if m < b and (p.toks[m].tag in ("DT", "PRP$") or p.toks[m].text.lower() == "no"):
        m += 1
    while m < b and m < j + 4 and p.toks[m].tag in ("JJ", "RB", "VBN", "JJR", "JJS"):
        m += 1
    if m + 2 >= b or p.toks[m].text.lower() not in _LIGHT_NOUNS:
        return None
    if m == j:
        return None  # 'made claims', 'make calls': a plain object, not a cue
    nxt = p.toks[m + 1].text.lower()
    if nxt == "that":
        return m + 1, m + 1, True  # PolNeAR keeps the 'that'
    after = p.toks[m + 2]
    if nxt == "to" and (after.tag == "VB" or after.tag in ("NN", "RB") and after.text.islower()):
        return m + 1, m + 1, True  # 'made the case to grant amnesty': PolNeAR keeps the 'to'
    if nxt == "to":
        c = _that_clause(p, m + 2, b)
        if c > m + 2:
            return m + 1, c, True  # 'made the case to superdelegates that ...'
    if nxt in ("for", "to", "about", "against", "on") or (
        nxt == "of" and p.toks[m].text.lower() in _LIGHT_OF
    ):
        return m + 2, m + 2, False  # not 'made a case of wine'
    return None


_LIGHT_OF = frozenset("mention reference accusation accusations allegation allegations".split())


def _that_clause(p: _Para, j: int, b: int) -> int:
    """'told the paper on Saturday that ...': the content starts at a 'that' a few words on,
    when no verb or clause break comes first."""
    m = j
    while m < b and m < j + 14:
        t = p.toks[m]
        if t.text.lower() == "that" and m > j:
            return m
        if (
            t.tag.startswith("VB")
            or t.tag in ("MD", "TO")
            or t.text in (".", ";", ":", "!", "?")
            or t.text in _OPEN_Q
        ):
            return j
        m += 1
    return j


def _object_follows(p: _Para, k: int, b: int) -> bool:
    """An object noun phrase or clause starts right after token k."""
    if k + 1 >= b:
        return False
    nxt = p.toks[k + 1]
    if nxt.tag == "JJ" and k + 2 < b and p.toks[k + 2].tag.startswith(("NN", "JJ")):
        return True  # 'a group backing former Gov. Jeb Bush'
    return nxt.tag in ("DT", "NNP", "NNPS", "PRP", "PRP$", "CD") or nxt.text.lower() == "that"


def _answer_at(p: _Para, j: int, b: int) -> bool:
    """A bare 'yes' or 'no' at token j, ending its clause ('said no.', 'said yes, but ...')."""
    if j >= b or p.toks[j].text.lower() not in ("yes", "no"):
        return False
    return (
        j + 1 >= b
        or p.toks[j + 1].text in (".", ",", ";", "!")
        or p.toks[j + 1].text.lower() in ("while", "but", "and", "whereas")
    )


def _clause_boundary(p: _Para, j: int, b: int, e: int) -> int:
    """End offset of a complement starting at token j: before a semicolon, bracket or a
    comma that opens a relative clause or 'saying ...'. A time adverbial ('on Monday'), a
    coordination (', and ...') and a participle (', hired in May') stay in: PolNeAR keeps
    them in the content."""
    m = j + 1
    b = min(b, j + 300)  # bounded, for pathological sentences
    while m < b:
        t = p.toks[m]
        if t.text in (";", "("):  # the sentence end bounds it; "." may be "Mr." or "J."
            break
        if (
            t.text == ","
            and m + 1 < b
            and (
                p.toks[m + 1].tag in ("WDT", "WP")
                or p.toks[m + 1].text.lower() in ("who", "which", "while", "saying", "according")
            )
        ):
            break
        m += 1
    end = p.toks[m - 1].end if m > j else p.toks[j].end
    return _trim_end(p.text, p.toks[j].start, min(end, e))


def _to_end(p: _Para, j: int, b: int, e: int) -> int:
    """End offset of a reported clause starting at token j: the sentence end, or the comma
    before ', according to X', which attributes the sentence to another source."""
    start = p.toks[j].start
    cut = p.text.find(", according to ", p.toks[j].end + 1, e)  # not 'that, according to'
    return _trim_end(p.text, start, cut if cut >= 0 else e)


# Subordinators that open a clause put before the main clause ('If you see X, ...').
_FRONTED = frozenset(
    "when while whilst although though because since unless whereas after before once until if"
    " whether as".split()
)


def _fronted_clause(p: _Para, a: int, src_a: int) -> bool:
    """The source opens a subordinate clause at the sentence start ('Although the mayor said
    ...', 'If you see ...'; the source may include the subordinator)."""
    i = src_a if p.toks[src_a].text.lower() in _FRONTED else src_a - 1
    if i < a or p.toks[i].text.lower() not in _FRONTED:
        return False
    return i == a or (i == a + 1 and p.toks[a].text.lower() in ("but", "and", "so", "yet"))


def _main_clause(p: _Para, i: int, b: int) -> bool:
    """A subject then its verb start at token i ('it passed', 'the White House spent'; the
    tagger's participle after a noun is a past tense)."""
    m = i
    while m < b and m < i + 8 and p.toks[m].tag in _NP_TAGS:
        m += 1
    if m == i or m >= b:
        return False
    t = p.toks[m]
    return t.tag in _FINITE or (t.tag == "VBN" and p.toks[m - 1].tag in ("PRP", "NN", "NNS", "NNP"))


# Words before an inserted 'he said' that open the reported clause after it ('because, he
# said, ...').
_SPLIT_AT = frozenset("because since although though that if unless so".split())


_COORD_ADVERBS = frozenset("also then later still even instead again quickly promptly".split())


def _object_end(p: _Para, j: int, ce: int, in_quote) -> tuple[int, int | None]:
    """End offset of a content that is an object (a noun phrase or an infinitive, no verb of
    its own) before the words that go on narrating the subject's doings: a second reporting
    verb ('denied [the allegations] and blasted Democrats'), a clause with a subject of its
    own after ', but' ('tweeted [the hashtag], but Ocasio-Cortez couldn't ...') or a 'while'
    clause with no subject ('urged [lawmakers to act], while mocking them'). A content with a
    verb of its own ('said the plan failed and ...') and a coordinated verb that reports
    nothing ('seeks $1 trillion and would leave ...') are left as they are. Also returns the
    index of the second reporting verb, if the content ends before one."""
    n = len(p.toks)
    forms = lx.cue_forms()
    m = j + 1
    while m < n and p.toks[m].start < ce:
        t = p.toks[m]
        if t.tag in _FINITE or (t.tag == "VBN" and p.toks[m - 1].tag in _NP_TAGS):
            return ce, None  # a clause ('it raised $21 million'): its coordinations are its own
        low = t.text.lower()
        if in_quote(t.start):
            m += 1
            continue
        comma = p.toks[m - 1].text == ","
        if low in ("and", "but") and m + 1 < n:
            r = m + 1
            while r < n and p.toks[r].text.lower() in _COORD_ADVERBS:
                r += 1
            if (
                r < n
                and p.toks[r].tag in ("VBD", "VBZ")
                and p.toks[r].text.lower() in forms
                and p.toks[r].start < ce
            ):
                return _trim_end(p.text, p.toks[j].start, t.start), r
            if comma and low == "but":
                q = r
                while q < n and q < r + 6 and p.toks[q].tag in _NP_TAGS:
                    q += 1
                if q > r and q < n and p.toks[q].tag in _FINITE and p.toks[q].start < ce:
                    return _trim_end(p.text, p.toks[j].start, t.start), None
        if comma and low == "while":
            r = m + 1
            while r < n and p.toks[r].tag == "RB":
                r += 1
            if r < n and p.toks[r].tag == "VBG":  # 'while simultaneously mocking them'
                return _trim_end(p.text, p.toks[j].start, t.start), None
        m += 1
    return ce, None
