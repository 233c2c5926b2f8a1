"""Finds attributed statements: quotes with their cue and source, and reported speech.

Works paragraph by paragraph on tagged tokens. Direct quotes are attached first (a cue and a
source right after the closing mark or right before the opening one); then cue verbs outside
quotes give indirect speech ("X said (that) ...", "..., X said.", "according to X, ...");
last, quotes left over are joined to the statement they continue, given the paragraph's
speaker, or marked as scare quotes.

The `Finder` class is here; its helpers are in `words` (word sets), `tokens` (token and tag
helpers, the paragraph view), `source_spans` (source and subject spans) and `content_spans`
(where a content starts and ends).
"""

from __future__ import annotations

import bisect

from ..model import Paragraph, Quote
from . import lexicon as lx
from .content_spans import (
    _AFTER_CUE,
    _SPLIT_AT,
    _TIME_AFTER,
    _WEEKDAYS,
    _answer_at,
    _clause_boundary,
    _extend_cue,
    _fronted_clause,
    _light_verb,
    _main_clause,
    _object_end,
    _object_follows,
    _object_then_request,
    _skip_to_content,
    _starts_clause,
    _that_clause,
    _to_end,
    _trim_end,
    _trim_start,
)
from .quotes import is_single
from .source_spans import (
    _APPOSITIVE_START,
    _CUT_SUBJECT,
    _SUBJECT_LEADS,
    _SUBORDINATOR,
    _according_source,
    _adverbial_opening,
    _appositive_subject,
    _clause_subject,
    _free_relative,
    _governing_verb,
    _opens_clause,
    _postmodified_subject,
    _previous_verb,
    np_left,
    np_right,
    subject_left,
)
from .tokens import (
    Found,
    _is_cue,
    _nounish,
    _Para,
    _span,
    _title_case,
    _triggers,
    _verb_in_context,
    _verb_tag,
)
from .words import (
    _ADVERBIAL_TAGS,
    _AUX,
    _BE,
    _CLAUSE_ONLY,
    _CLAUSE_STARTS,
    _CLOSE_Q,
    _COPULAS,
    _DASHES,
    _FINITE,
    _GERUND_LEADS,
    _HEARSAY,
    _INFINITIVE_STANCE,
    _LABEL_WORDS,
    _NEEDS_CLAUSE,
    _NOT_SPEAKERS,
    _NOUN_CUES,
    _NOUN_PREP_CUES,
    _NP_TAGS,
    _OPEN_Q,
    _PARTICIPLE_NOUNS,
    _PARTICLES,
    _PASSIVE_PARTICLES,
    _PASSIVE_STANCE,
    _PHRASAL,
    _PHRASAL_ONLY,
    _PHYSICAL,
    _POSTS_OBJECT,
    _PREPOSITIONS,
    _PROGRESSIVE,
    _QUESTION_STARTS,
    _REACTIONS,
    _STANCE_PREPS,
    _TAKES_INFINITIVE,
    _TITLE_NOT_BEFORE_VERB,
    _WHEN_WHERE,
)


class Finder:
    """Runs the three passes over one document."""

    def __init__(self, text: str, quotes: list[Quote]):
        self.text = text
        self.quotes = quotes
        self.used_quotes: set[int] = set()
        self.found: list[Found] = []
        self.used_cues: set[int] = set()  # token start offsets of cues already used
        # Token start of a reporting verb coordinated with an earlier one ('denied X and
        # blasted Y') -> the token range of their shared subject.
        self.coordinated: dict[int, tuple[int, int]] = {}
        self.chains = self._chains()
        # Double-quoted stretches (sorted, non-overlapping) for fast "inside a quote?" tests.
        self._dq = [(q.start, q.end) for q in quotes if not is_single(text, q)]
        self._dq_starts = [s for s, _ in self._dq]
        self._q_starts = [q.start for q in quotes]

    def _chains(self) -> dict[int, list[int]]:
        """Quote index -> the indices of the multi-paragraph chain it belongs to."""
        chains: dict[int, list[int]] = {}
        cur: list[int] = []
        for i, q in enumerate(self.quotes):
            if q.scare:
                continue
            cur.append(i)
            if not q.continued:
                for j in cur:
                    chains[j] = cur
                cur = []
        for j in cur:
            chains[j] = cur
        return chains

    def _quote_at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._q_starts, offset) - 1
        while i >= 0:
            if self.quotes[i].start <= offset < self.quotes[i].end:
                return i
            if offset - self.quotes[i].start > 5000:
                break
            i -= 1
        return None

    def _in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._dq_starts, offset) - 1
        return i >= 0 and offset < self._dq[i][1]

    # Pass 1: direct quotes --------------------------------------------------------------
    def attach_quotes(self, p: _Para, pi: int, para: Paragraph) -> None:
        first = bisect.bisect_left(self._q_starts, para.start)
        for qi in range(first, bisect.bisect_left(self._q_starts, para.end)):
            q = self.quotes[qi]
            if qi in self.used_quotes:
                continue
            chain = self.chains.get(qi, [qi])
            last = self.quotes[chain[-1]]
            if q.continued and qi != chain[0]:
                continue
            hit = self._after(p, q) if not q.continued else None
            lead = self._lead_in(p, q) if hit is not None else None
            if hit is None:
                hit = self._before(p, q)
            if hit is None and q.continued and last.end <= para.end:
                hit = self._after(p, last)
            if hit is None:
                continue
            cue, source, kind = hit
            parts = [(self.quotes[c].start, self.quotes[c].end) for c in chain]
            if lead is not None:
                # 'The French are big fans of "Prison Break," Madden said': the statement is
                # the whole clause the quote ends.
                parts[0] = (lead, parts[0][1])
                kind = "mixed"
            self.found.append(Found(kind, parts, cue, source, list(chain), pi))
            self.used_quotes.update(chain)

    def _lead_in(self, p: _Para, q: Quote) -> int | None:
        """Start of the words that open the quote's sentence before the quote, when there are
        at least three of them and no other quote or cue among them."""
        sent_start, _ = p.sentence_of(q.start)
        a = p.index_at(sent_start)
        i = p.index_at(q.start)
        if i - a > 80:
            return None  # bounded: a long lead-in is left as it is
        words = [t for t in p.toks[a:i] if t.text[:1].isalnum()]
        if len(words) < 3 or any(t.text in _OPEN_Q or t.text in _CLOSE_Q for t in p.toks[a:i]):
            return None
        if any(t.start in self.used_cues or _is_cue(t) for t in p.toks[a:i]):
            return None
        return p.toks[a].start

    def _after(self, p: _Para, q: Quote) -> tuple | None:
        """', he said' / 'said Allen' / 'Allen told Y' right after a closing mark."""
        i = p.index_at(q.end)
        hi = min(len(p.toks), i + 16)
        if i < len(p.toks) and p.toks[i].text in (",", "\u2014", "\u2013"):
            i += 1
        if i >= hi:
            return None
        # 'said X' (inversion)
        cue = _is_cue(p.toks[i])
        if cue and p.toks[i].text.lower() in lx.POSTPOSED:
            src = np_right(p, i + 1, hi)
            if src:
                self.used_cues.add(p.toks[i].start)
                return (_span(p, i, i + 1), _span(p, *src), "direct")
        # 'X said'
        src = np_right(p, i, hi)
        if src:
            k = src[1]
            while k < hi and (
                p.toks[k].text.lower() in lx.BETWEEN or p.toks[k].tag in ("RB", "MD")
            ):
                k += 1
            if k < hi:
                cue = _is_cue(p.toks[k])
                if cue:
                    end = _extend_cue(p, k, hi, cue[0])
                    if _answer_at(p, end, len(p.toks)):
                        return None  # 'Asked if X is "realistic," 72 percent said yes'
                    closed = self.text[q.inner_end - 1 : q.inner_end] in (".", "!", "?")
                    if (
                        closed
                        and end < len(p.toks)
                        and p.toks[end].text not in (".", ",", "!", "?", ";")
                        and not (
                            p.toks[end].text.lower() in _AFTER_CUE or p.toks[end].text in _WEEKDAYS
                        )
                    ):
                        return None  # '..." Blocher insists that ...': a new sentence
                    if not closed and end < hi and self._title_then_clause(p, q, end, hi):
                        # 'On "Hannity," Gingrich said the ticket ...': the cue has a clause of
                        # its own; the quote is a title in the opening adverbial.
                        return None
                    self.used_cues.add(p.toks[k].start)
                    return (_span(p, k, end), _span(p, *src), "direct")
        return None

    def _title_then_clause(self, p: _Para, q: Quote, end: int, hi: int) -> bool:
        """A short quote in title case ('"Sunday Morning Futures,"') and a cue followed by
        words that open its own content ('Issa said Democratic ...', 'said if ...')."""
        words = self.text[q.inner_start : q.inner_end].split()
        if len(words) > 6 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            return False
        t = p.toks[end]
        if t.text.lower() in ("that", "if", "whether"):
            return True
        if t.tag in ("DT", "JJ", "PRP", "PRP$", "NN", "NNS"):
            return True
        return t.tag.startswith("NNP") and t.text not in _WEEKDAYS and _starts_clause(p, end, hi)

    def _before(self, p: _Para, q: Quote) -> tuple | None:
        """'X said: "...' / 'X told reporters, "...' before an opening mark."""
        i = p.index_at(q.start)
        lo = max(0, i - 20)
        sent_start, _ = p.sentence_of(q.start)
        lo = max(lo, p.index_at(sent_start))
        j = i - 1
        while j >= lo and p.toks[j].text in (",", ":", "\u2014", "\u2013", "-"):
            j -= 1
        if j >= lo and p.toks[j].text.lower() == "that":
            j -= 1
        # Up to four words of object or adverbial between cue and quote.
        for k in range(j, max(lo - 1, j - 5), -1):
            if k < lo:
                break
            t = p.toks[k]
            if t.text in _OPEN_Q or t.text in _CLOSE_Q or t.text in (".", "!", "?"):
                break
            cue = _is_cue(t)
            if not cue:
                continue
            lemma, cls = cue
            if cls == "cognition" and k != j:
                continue
            src = subject_left(p, k, lo)
            inverted = False
            if src is None:
                # 'according to X: "..."' or 'said X: "..."'
                if t.text.lower() in lx.POSTPOSED and k + 1 <= j:
                    src = np_right(p, k + 1, j + 1)
                    inverted = src is not None
                if src is None:
                    continue
            end = _extend_cue(p, k, j + 1, lemma)
            adjacent = p.toks[i - 1].text in (",", ":") or k == j or end > j or inverted
            if not adjacent or cls in ("naming", "attitude") or self._runs_on(p, q):
                # 'said the senator can "bring change" to Washington': the quote is part of a
                # reported clause, which pass 2 takes whole.
                return None
            self.used_cues.add(t.start)
            return (_span(p, k, end), _span(p, *src), "direct")
        # 'according to X, "..."'
        for k in range(lo, i - 1):
            if p.toks[k].text.lower() == "according" and p.toks[k + 1].text.lower() == "to":
                src = np_right(p, k + 2, i)
                if src:
                    return (_span(p, k, k + 2), _span(p, *src), "direct")
        return None

    def _runs_on(self, p: _Para, q: Quote) -> bool:
        """True when the sentence goes on for a few words after the quote closes."""
        _, sent_end = p.sentence_of(q.start)
        i = p.index_at(q.end)
        words = 0
        while i < len(p.toks) and p.toks[i].start < sent_end and words < 3:
            if p.toks[i].text[:1].isalnum():
                words += 1
            i += 1
        return words >= 3

    # Pass 2: reported speech ------------------------------------------------------------
    def reported(self, p: _Para, pi: int) -> None:
        forms = lx.cue_forms()
        triggers = _triggers()
        for s, e in p.sentences:
            a = p.index_at(s)
            b = p.index_at(e)
            title_case = None  # computed only when a headline-style cue needs it
            for k in range(a, b):
                t = p.toks[k]
                low = t.text.lower()
                if low not in triggers:
                    continue  # most words start nothing: one look-up instead of five
                if low in _NOUN_CUES and t.tag.startswith("NN") and k + 1 < b:
                    if p.toks[k + 1].text.lower() == "that" and not self._in_quote(t.start):
                        self._noun_cue(p, pi, k, a, b, e)
                        continue
                if (
                    k + 2 < b
                    and (low, p.toks[k + 1].text.lower()) in _NOUN_PREP_CUES
                    and t.tag.startswith("NN")
                    and not self._in_quote(t.start)
                ):
                    self._noun_prep_cue(p, pi, k, a, b, e)
                    continue
                if low in _HEARSAY and t.tag == "RB" and not self._in_quote(t.start):
                    self._hearsay(p, pi, k, a, b, s, e)
                    continue
                if low in lx.STANCE_ADJECTIVES and not self._in_quote(t.start):
                    self._stance_adjective(p, pi, k, a, b, e)
                    continue
                if low not in forms and low != "according":
                    continue
                if t.start in self.used_cues or self._in_quote(t.start):
                    continue
                if (
                    t.text.lower() == "according"
                    and k + 1 < b
                    and p.toks[k + 1].text.lower() == "to"
                ):
                    self._according(p, pi, k, a, b, s, e)
                    continue
                cue = _is_cue(t) or _verb_in_context(p, k, a, b)
                if (
                    cue
                    and k > a
                    and low.endswith("ed")
                    and t.text[:1].isupper()
                    and p.toks[k - 1].text.lower() in _TITLE_NOT_BEFORE_VERB
                ):
                    # 'Reid Breaks With Obama Over Proposed Ground Zero Mosque': a capitalised
                    # '-ed' word after a preposition or an article is an adjective, whatever
                    # its tag ('For Supporting Trump', 'On His Refusal To' still report).
                    cue = None
                if cue is None and k > a and not low.endswith("ing") and title_case is None:
                    title_case = _title_case(p, a, b)
                if (
                    cue is None
                    and title_case
                    and k > a
                    and not low.endswith("ing")
                    and p.toks[k - 1].text.lower() not in _TITLE_NOT_BEFORE_VERB
                ):
                    # 'Another GOP Figure Endorses Hillary Clinton': a headline in title case.
                    cue = (
                        forms[low] if low.endswith(("s", "ed")) or low in ("told", "said") else None
                    )
                if cue:
                    self._indirect(p, pi, k, a, b, s, e, cue)
        if p.sentences:
            self._label_colon(p, pi)

    def _label_colon(self, p: _Para, pi: int) -> None:
        """'Sanders: Clinton Email Story Has Moved' / 'MATTHEWS: Well, ...': a short name
        before a colon that opens the paragraph introduces what that source says."""
        toks = p.toks
        c = next((m for m in range(min(len(toks), 7)) if toks[m].text == ":"), None)
        if c is None or c == 0 or c + 1 >= len(toks) or self._in_quote(toks[0].start):
            return
        # 'EXCLUSIVE – Roger Stone: ...': the label after a dash.
        s0 = max((m + 1 for m in range(c) if toks[m].text in _DASHES), default=0)
        if s0 >= c:
            return
        words = [t.text for t in toks[s0:c] if t.text[:1].isalnum()]
        if (
            not words
            or not words[0][:1].isupper()
            or not all(w[:1].isupper() or w.lower() in _LABEL_WORDS for w in words)
        ):
            return
        if any(ch.isdigit() for w in words for ch in w) or words[0].lower() in _NOT_SPEAKERS:
            return
        if any(w.lower() in _NOT_SPEAKERS for w in words[-1:]):
            return
        cs = toks[c + 1].start
        ce = _trim_end(self.text, cs, toks[-1].end)
        if ce - cs < 8 or any(toks[c].start == f.cue[0] for f in self.found if f.cue):
            return
        if any(fs <= cs and ce <= fe for f in self.found for fs, fe in f.parts):
            return  # 'MATTHEWS: "..."': the quote is already the statement
        self._add(pi, [(cs, ce)], (toks[c].start, toks[c].end), (toks[s0].start, toks[c - 1].end))

    def _according(self, p: _Para, pi: int, k: int, a: int, b: int, s: int, e: int) -> None:
        src = np_right(p, k + 2, b) or _according_source(p, k + 2, b)
        if not src:
            return
        cue = _span(p, k, k + 2)
        if k == a or (k > a and p.toks[k - 1].text in _OPEN_Q and k - 1 == a):
            # 'According to X, CONTENT.'
            j = src[1]
            while j < b and p.toks[j].text == ",":
                j += 1
            if j >= b:
                return
            cs = p.toks[j].start
            ce = _trim_end(self.text, cs, e)
            self._add(pi, [(cs, ce)], cue, _span(p, *src))
        else:
            # 'CONTENT, according to X.' or 'CONTENT according to X'
            cs = _trim_start(self.text, s, p.toks[k].start)
            ce = _trim_end(self.text, cs, p.toks[k].start)
            parts = [(cs, ce)]
            tail = src[1]
            if tail < b and p.toks[tail].text == "," and tail + 1 < b:
                ts = p.toks[tail + 1].start
                te = _trim_end(self.text, ts, e)
                if te - ts > 20:
                    parts.append((ts, te))
            if ce - cs >= 10:
                self._add(pi, parts, cue, _span(p, *src))

    def _indirect(
        self, p: _Para, pi: int, k: int, a: int, b: int, s: int, e: int, cue: tuple
    ) -> None:
        lemma, cls = cue
        t = p.toks[k]
        aux = k - 1
        while aux > a and p.toks[aux].tag == "RB":
            aux -= 1  # 'is widely seen as'
        passive = t.tag == "VBN" and aux >= a and p.toks[aux].text.lower() in _BE
        if cls == "stimulus":
            self._stimulus(p, pi, k, a, b, lemma)
            return
        if (
            t.text.lower() == "found"
            and aux >= a
            and p.toks[aux].text.lower() in _BE
            and k + 1 < b
            and p.toks[k + 1].tag in ("RB", "IN", "TO")
            and p.toks[k + 1].text.lower() not in ("to", "that", "by", "not", "guilty")
        ):
            # 'which can be found here', 'was found in a closet': a thing found, no finding;
            # its subject is no source ('was found to be', '... guilty' are findings).
            return
        if cls == "evidential" or (passive and lemma in ("expect", "see", "view", "consider")):
            # 'X is expected to ...', 'X is widely seen as ...': an appearance, no source.
            self._evidential(p, pi, k, a, b, e)
            return
        if (
            t.tag in ("VBN", "VBD")
            and (lemma in _PASSIVE_STANCE or (cls == "speech" and lemma not in _NEEDS_CLAUSE))
            and self._passive_by(p, pi, k, a, b, s)
        ):
            return
        low = t.text.lower()
        # Non-reporting uses: "That said,", "having said that", "all told", "said to be".
        prev = p.toks[k - 1].text.lower() if k > a else ""
        nxt = p.toks[k + 1].text.lower() if k + 1 < b else ""
        if (
            (prev == "that" and nxt == ",")
            or (prev in ("having", "being") and nxt == "that")
            or (prev == "all" and low == "told")
            or (prev == "the" and low == "said")
            or (low in ("said", "told") and nxt == "to")
            or (lemma == "feel" and nxt == "free")  # 'would feel free to strike': no thought
            or (lemma == "continue" and nxt == "to")  # 'it continues to dog ...': aspect
        ):
            return
        if (
            passive
            and k + 2 < b
            and nxt in _PASSIVE_PARTICLES
            and p.toks[k + 2].text.lower() == "by"
        ):
            return  # 'Moscow was called upon by Damascus to help': the subject did not speak
        if (
            t.tag in ("VBN", "JJ", "VBD")
            and k + 1 < b
            and p.toks[k + 1].tag in ("NN", "NNS")
            and k > a
            and p.toks[k - 1].tag in ("DT", "CD", "PRP$", "JJ", "POS")
        ):
            return  # '739 pledged delegates', 'the stated goal': an adjective, not a cue
        participle = low.endswith("ing") and prev not in _PROGRESSIVE
        # 'the Super PAC backing Jeb Bush', 'with O'Malley calling Trump a fascist': a noun
        # and the participle that says what it does.
        reduced = participle and k > a and _nounish(p.toks[k - 1]) and _object_follows(p, k, b)
        if (
            participle
            and prev not in _GERUND_LEADS
            and not reduced
            and not (k > a and cls in ("speech", "attitude", "naming") and _object_follows(p, k, b))
        ):
            return  # 'a growing number', 'the ruling party': not a statement
        if participle and lemma == "refer":
            # '..., Trump said, referring to Cruz': the writer's gloss on what was meant.
            if prev == "," and nxt == "to":
                self._referring(p, pi, k, a, b, e)
            return
        if lemma == "ask" and self._asked(p, pi, k, a, b, e):
            return
        src = None if participle else subject_left(p, k, a)
        if src is None and not participle and t.start in self.coordinated:
            # 'Kavanaugh denied the allegations and blasted Democrats': a second reporting verb
            # of the subject whose object ended before it (_object_end).
            src = self.coordinated[t.start]
        if reduced and (cls != "speech" or _previous_verb(p, k, a) is None):
            src = np_left(p, k, a)
        if (
            src is None
            and prev == "to"
            and t.tag == "VB"
            and (cls in ("speech", "naming") or lemma in _INFINITIVE_STANCE)
        ):
            # 'X will come on the show to discuss Y': the subject of the verb it completes.
            v = _governing_verb(p, k - 1, a)
            src = subject_left(p, v, a) if v is not None else None
        inverted = False
        if (
            src is None
            and low in lx.POSTPOSED
            and k > a
            and (p.toks[k - 1].text == "," or p.toks[k - 1].text in _CLOSE_Q)
        ):
            src = np_right(p, k + 1, b)
            inverted = src is not None
        if src is None and participle:
            # '..., saying ...' reports the subject of the clause it hangs on.
            v = _previous_verb(p, k, a)
            src = subject_left(p, v, a) if v is not None else None
        if src is None:
            self._sourceless(p, pi, k, b, e, lemma, cls, participle)
            return
        src_a, src_b = src
        cue_end = _extend_cue(p, k, b, lemma)
        if (
            not inverted
            and not participle
            and cls in ("speech", "cognition", "attitude")
            and (
                cue_end >= b
                or p.toks[cue_end].text in (",", ".", ";")
                or (cls == "cognition" and p.toks[cue_end].tag in ("DT", "NNP", "NNPS", "NN"))
            )
        ):
            w = _free_relative(p, src_a, a)
            if w is not None:
                self._free_relative(
                    p, pi, w, cue_end, b, _span(p, k, cue_end), _span(p, src_a, src_b)
                )
                self.used_cues.add(t.start)
                return
        if not inverted and not participle and low in lx.POSTPOSED:
            src_a = _postmodified_subject(p, src_a, a, cue_end, b)
        cue_span = _span(p, k, cue_end)
        src_span = _span(p, src_a, src_b)
        left_edge = src_a if not inverted else k
        right_edge = cue_end if not inverted else src_b
        if participle:
            left_edge = k
        # 'CONTENT, as some have speculated.': the comma before 'as'.
        as_clause = (
            not participle
            and not inverted
            and left_edge - 2 > a
            and p.toks[left_edge - 1].text.lower() == "as"
            and p.toks[left_edge - 2].text == ","
            and cls in ("speech", "cognition", "quote")
        )
        comma_at = left_edge - 2 if as_clause else left_edge - 1
        before_comma = left_edge > a and p.toks[comma_at].text in (",", "\u2014", "\u2013")
        # At least three words before the subject (counted backwards, so that a long
        # sentence of many reporting clauses stays linear).
        lead_words = 0
        m = left_edge - 1
        while m >= a and lead_words < 3:
            lead_words += p.toks[m].text[:1].isalnum()
            m -= 1
        # 'The trouble, Frank writes, began ...': a short opening, the cue set off by commas.
        parenthetical = right_edge < b and p.toks[right_edge].text == "," and lead_words >= 1
        if not participle and not inverted and cls == "speech" and _answer_at(p, right_edge, b):
            # 'Asked whether ..., 75 percent of voters said yes': the answer is the statement.
            self._add(pi, [_span(p, right_edge, right_edge + 1)], cue_span, src_span)
            self.used_cues.add(t.start)
            return
        # Postposed: 'CONTENT, X said.' / 'CONTENT, said X.' / 'A, X said, B.'
        if (
            not participle
            and before_comma
            and (lead_words >= 3 or parenthetical)
            and not _adverbial_opening(p, a, comma_at)
            and (low in lx.POSTPOSED or as_clause)
            and self._clause_ends(p, right_edge, b)
            and (
                cls != "cognition"
                or right_edge >= b
                or p.toks[right_edge].text in (",", ".", "!", "?", ";", ")")
                or p.toks[right_edge].text in _CLOSE_Q
                or p.toks[right_edge].text in _DASHES
                or p.toks[right_edge].text.lower() in _TIME_AFTER
            )  # '..., Sanders found a receptive audience': a finding ends the sentence
        ):
            cs = _trim_start(self.text, s, p.toks[left_edge].start)
            ce = _trim_end(self.text, cs, p.toks[comma_at].start + 1)
            parts = [(cs, ce)]
            j = right_edge
            if (
                j < b
                and p.toks[j].text == ","
                and (cls == "speech" or (parenthetical and cls == "cognition"))
            ):
                j2 = _skip_to_content(p, j, b, lemma)
                if inverted and j2 < b and p.toks[j2].tag in _APPOSITIVE_START:
                    # 'said Dan Gerstein, an analyst in New York': who he is, not what he
                    # said; the sentence may go on after it ('A, said X, an expert, would B').
                    m = next((m for m in range(j2, min(b, j2 + 25)) if p.toks[m].text == ","), b)
                    j2 = m + 1 if m + 1 < b and p.toks[m + 1].tag in _FINITE else b
                if j2 < b and p.toks[j2].text.lower() != "according":
                    ts = p.toks[j2].start
                    te = _to_end(p, j2, b, e)
                    if te > ts:
                        parts.append((ts, te))
            if sum(pe - ps for ps, pe in parts) < 8 or (lead_words < 3 and len(parts) < 2):
                return
            if len(parts) == 2 and comma_at > a and p.toks[comma_at - 1].text.lower() in _SPLIT_AT:
                # 'Trump blasted Sessions because, he said, [the senator never took control]':
                # the statement is the clause the insertion opens; before it, the outlet's.
                parts = parts[1:]
            self._add(pi, parts, cue_span, src_span)
            self.used_cues.add(t.start)
            return
        # Preposed: 'X said (that) CONTENT.'
        if inverted:
            return
        nxt_tok = p.toks[cue_end] if cue_end < b else None
        if (
            t.tag == "VBN"
            and prev not in ("has", "have", "had", "been", "was", "were", "is", "are", "be")
            and not (p.toks[src_b - 1].tag == "PRP" and nxt_tok is not None)  # 'He portrayed'
            and not (
                nxt_tok is not None
                and (
                    (lemma, nxt_tok.text.lower()) in _PHRASAL
                    or nxt_tok.tag in ("DT", "NNP", "NNPS", "PRP", "PRP$", "CD", "VBG", "''")
                    or (
                        nxt_tok.tag in ("JJ", "NN", "NNS")
                        and p.toks[src_b - 1].tag in ("NNP", "NNPS")
                    )
                    or nxt_tok.text in _OPEN_Q
                    or nxt_tok.text.lower() in _CLAUSE_STARTS
                )
                and (
                    p.toks[src_b - 1].tag in ("NNP", "NNPS", "PRP", "WP", "WDT")
                    or p.toks[src_b - 1].text in (",", ")")
                    or _opens_clause(p, src_a, a)
                    or p.toks[src_a - 1].text.lower() in _SUBJECT_LEADS
                    or not any(p.toks[m].tag in _FINITE for m in range(max(a, src_a - 60), src_a))
                )
            )
        ):
            # A participle with no subject of its own ('a ceasefire declared in Syria'). PolNeAR
            # still annotates most of these as the stance of the noun phrase before them ('a
            # program called X', 'the plans announced by'), so only the verbs whose participle
            # mostly describes a thing are left out ('the money raised', 'the report published').
            if lemma in _PARTICIPLE_NOUNS:
                return
        if cls == "quote" and not (
            cue_end < b and (lemma, p.toks[cue_end].text.lower()) in _PHRASAL
        ):
            return  # 'talked about X' reports only with its particle
        if lemma == "make" and not passive:
            light = _light_verb(p, cue_end, b)
            if light is not None:
                # 'made it clear that ...', 'made the case for X', 'made no mention of X'.
                m, j, clause = light
                ce = _to_end(p, j, b, e) if clause else _clause_boundary(p, j, b, e)
                if ce - p.toks[j].start >= 2:
                    self._add(pi, [(p.toks[j].start, ce)], _span(p, k, m), src_span)
                    self.used_cues.add(t.start)
                return
        if cue_end < b and (lemma, p.toks[cue_end].text.lower()) in _PHRASAL:
            # 'called for a recount', 'pointed to the polls': the particle belongs to the cue.
            cue_end += 1
            cue_span = _span(p, k, cue_end)
            cls = {"naming": "attitude", "phrasal": "speech", "quote": "attitude"}.get(cls, cls)
            phrasal = True
        else:
            phrasal = False
            if cls == "phrasal":
                return
            if lemma in _PHRASAL_ONLY:
                return  # 'will vote next month': only 'vote for/against' takes a side
        j = _skip_to_content(p, cue_end, b, lemma)
        if j >= b:
            return
        if cls in ("speech", "cognition"):
            j = _that_clause(p, j, b)
            if (
                p.toks[j].text.lower() == "to"
                and j + 1 < b
                and p.toks[j + 1].tag in ("DT", "NNP", "NNPS", "PRP", "PRP$", "NN", "NNS")
            ):
                # 'wrote to the mayor's office that ...': the addressee, then the content.
                m = j + 1
                while m < b and m < j + 12 and p.toks[m].text.lower() != "that":
                    if p.toks[m].text in ".;,:" or p.toks[m].tag in _FINITE:
                        break
                    m += 1
                if m < b and p.toks[m].text.lower() == "that":
                    j = m
        tj = p.toks[j]
        first = tj.text.lower()
        if tj.tag in ("VBD", "VBZ", "VBP", "MD") and cls in ("speech", "cognition") and src_a > a:
            # 'policies, which he said had harmed the economy', 'a probe the agency said was
            # ongoing': the statement is the relative clause's verb phrase about its head.
            rel = p.toks[src_a - 1]
            head = None
            if rel.text.lower() in ("which", "that", "who", "what"):
                head = (src_a - 1, src_a)
            elif _nounish(rel) and src_a - 1 > a:
                head = np_left(p, src_a, a)
            if head is not None:
                ce = _clause_boundary(p, j, b, e)
                self._add(pi, [_span(p, *head), (tj.start, ce)], cue_span, src_span)
                self.used_cues.add(t.start)
            return
        if tj.text in (".", "!", "?", ";", ")", "(") or tj.tag in ("VBD", "VBZ", "VBP"):
            return
        if lemma in _NEEDS_CLAUSE and j == cue_end and (tj.tag == "PRP" or first == "to"):
            return  # 'She asked him a question', 'wrote to the mayor': a person, not a report
        if lemma in _CLAUSE_ONLY and not (
            phrasal
            or first in _CLAUSE_STARTS
            or _starts_clause(p, j, b)
            or (j > cue_end and p.toks[j - 1].text in (",", ":") and lemma == "tell")
            or (j > cue_end and _starts_clause(p, j, b))
            or tj.text in _OPEN_Q
            or (first == "to" and lemma in ("ask", "urge"))
            or (lemma in _POSTS_OBJECT and tj.tag in ("DT", "PRP$", "CD", "JJ", "NN", "NNS"))
            or _object_then_request(p, j, b, lemma)
        ):
            return
        if first in ("and", "or") and j == cue_end:
            return  # 'The protester yelled and held up a banner': a second verb, no content
        if (
            first in ("as", "while")
            and j + 1 < b
            and cls in ("speech", "cognition")
            and (p.toks[j + 1].tag in ("PRP", "NNP", "NNPS", "EX") or _starts_clause(p, j + 1, b))
        ):
            return  # '..." Sessions said as he launched the vote': a clause of time or reason
        if first == "so" and (j + 1 >= b or p.toks[j + 1].text in (".", ",", ";")):
            self._add(pi, [(tj.start, tj.end)], cue_span, src_span)
            self.used_cues.add(t.start)
            return
        approximate = (
            cls in ("speech", "cognition")
            and not passive
            and _verb_tag(t)
            and first in ("about", "over", "around", "under")
            and j + 1 < b
            and (p.toks[j + 1].tag == "CD" or p.toks[j + 1].text.lower() == "half")
        )  # 'said about half of the rise ...': a quantity opens the clause
        if first in _PREPOSITIONS and tj.tag == "IN" and not approximate:
            # 'said in an interview that ...', 'warned about ...': content after 'that', if any.
            m = j + 1
            while (
                m < b
                and m < j + 14
                and p.toks[m].text.lower() != "that"
                and p.toks[m].text not in ".;"
            ):
                m += 1
            if m < b and p.toks[m].text.lower() == "that" and cls in ("speech", "cognition"):
                j = m
            elif not phrasal and (cls == "speech" or first not in _STANCE_PREPS):
                return  # 'won by overwhelming majorities', 'spoke with reporters'
        if first == "to" and cls in ("attitude", "naming") and lemma not in _TAKES_INFINITIVE:
            return
        if first in ("himself", "herself", "themselves", "itself") and lemma in ("find", "see"):
            return  # 'found himself in trouble': a situation, not a finding
        if lemma == "show" and first in ("up", "off"):
            return  # 'showed up late': no finding
        if first in _PARTICLES and j == cue_end and lemma in _PHYSICAL:
            return  # 'the storm knocked out power': a phrasal verb of action
        if lemma == "show" and tj.text not in _OPEN_Q:
            # 'a poll shows Sanders (I-VT) leading Clinton nationally': a finding, to the end.
            ce = _to_end(p, j, b, e)
        elif cls in ("attitude", "naming"):
            # 'named "Veep" and "Fargo" as his top shows': a quote does not end it either.
            ce = _clause_boundary(p, j, b, e)
        else:
            ce = _to_end(p, j, b, e)
        if (reduced or prev == "who") and cls in ("attitude", "naming"):
            # 'voters who support Sanders are young': the object ends at the main verb.
            m = next((m for m in range(j + 1, min(b, j + 40)) if p.toks[m].tag in _FINITE), None)
            if m is not None:
                ce = min(ce, _trim_end(self.text, p.toks[j].start, p.toks[m].start))
        if (
            prev in ("who", "which")
            and k - 2 >= a
            and p.toks[k - 2].text == ","
            and cls not in ("attitude", "naming")
        ):
            # 'rebel groups, which pledged to keep the truce, are attacked': the relative
            # clause set off by commas, and the statement with it, ends at the comma before
            # the main verb (which the tagger often reads as a bare VB).
            m = next(
                (
                    m
                    for m in range(j + 1, min(b - 1, j + 60))
                    if p.toks[m].text == "," and p.toks[m + 1].tag in _FINITE | {"VB"}
                ),
                None,
            )
            if m is not None:
                ce = min(ce, _trim_end(self.text, p.toks[j].start, p.toks[m].start))
        if _fronted_clause(p, a, src_a) and p.toks[j - 1].text != ",":
            # Not 'As the Post reported, [even if ..., he would ...]': the main clause.
            ce = self._fronted_end(p, j, b, ce)
        if tj.text not in _OPEN_Q and first not in _CLAUSE_STARTS:
            ce, second = _object_end(p, j, ce, self._in_quote)
            if second is not None:
                self.coordinated[p.toks[second].start] = (src_a, src_b)
        cs = p.toks[j].start
        if ce - cs < 2:
            return
        self._add(pi, [(cs, ce)], cue_span, src_span)
        self.used_cues.add(t.start)

    def _free_relative(self, p: _Para, pi: int, w: int, j: int, b: int, cue_span, src_span):
        """'what many Democrats felt [Obama failed to]', 'what he believes': the statement is
        'what' and the clause with its gap, if one follows, up to a comma; the rest of the
        sentence is the outlet's."""
        if j < b and p.toks[j].tag in _NP_TAGS and p.toks[j].tag != "POS":
            ce = _to_end(p, j, b, p.toks[b - 1].end)
            for m in range(j + 1, b):
                t = p.toks[m]
                if t.start >= ce:
                    break
                if t.text in (",", ";", "—") and not self._in_quote(t.start):
                    ce = _trim_end(self.text, p.toks[j].start, t.start)
                    break
            self._add(pi, [_span(p, w, w + 1), (p.toks[j].start, ce)], cue_span, src_span)
        else:
            self._add(pi, [_span(p, w, w + 1)], cue_span, src_span)

    def _fronted_end(self, p: _Para, j: int, b: int, ce: int) -> int:
        """End offset of the content of a cue in a fronted subordinate clause ('If you see
        the asteroid, be sure to ...', 'Although the mayor said the plan would fail, it
        passed'): the comma before the main clause."""
        for m in range(j + 1, b - 1):
            t = p.toks[m]
            if t.start >= ce:
                break
            if t.text != "," or self._in_quote(t.start):
                continue
            nxt = p.toks[m + 1]
            if nxt.tag in ("WDT", "WP") or nxt.text.lower() in ("which", "who", "where"):
                continue  # 'the plan, which was costly, would fail': a relative clause
            if nxt.tag == "VB" or _main_clause(p, m + 1, b):
                return _trim_end(self.text, p.toks[j].start, t.start)
        return ce

    def _referring(self, p: _Para, pi: int, k: int, a: int, b: int, e: int) -> None:
        """'"...," Trump said, referring to Cruz': the object of 'referring to' is the writer's
        gloss on what the statement it hangs on meant. It joins that statement as a part of
        it (not a statement of its own); with no statement found there, it stands alone, with
        the subject of the verb it hangs on as its source."""
        j = k + 2
        if j >= b or not p.toks[j].text[:1].isalnum():
            return
        ce = _clause_boundary(p, j, b, e)
        m = next(
            (
                m
                for m in range(j + 1, min(b - 1, j + 60))
                if p.toks[m].text == "," and p.toks[m + 1].tag in ("DT", "PRP$")
            ),
            None,
        )  # 'referring to Condoleezza Rice, his national security adviser': no appositive
        if m is not None:
            ce = min(ce, _trim_end(self.text, p.toks[j].start, p.toks[m].start))
        if ce <= p.toks[j].start:
            return
        part = (p.toks[j].start, ce)
        # The statement whose cue ends just before: 'X said,' / 'said X,' / 'X told Y,'.
        near = p.toks[max(a, k - 12)].start
        host = next(
            (
                f
                for f in reversed(self.found)  # quotes were attached first: search them all
                if f.cue and near <= f.cue[0] and f.cue[1] <= p.toks[k].start
            ),
            None,
        )
        if host is not None:
            if all(fe <= part[0] or part[1] <= fs for fs, fe in host.parts):
                host.parts.append(part)
            self.used_cues.add(p.toks[k].start)
            return
        v = _previous_verb(p, k, a)
        if v is None:
            return
        src = subject_left(p, v, a)
        if src is None and p.toks[v].text.lower() in lx.POSTPOSED:
            src = np_right(p, v + 1, k)  # '..., said Senator John McCain, referring to'
        self._add(pi, [part], _span(p, k, k + 2), _span(p, *src) if src is not None else None)
        self.found[-1].gloss = True
        self.used_cues.add(p.toks[k].start)

    def _sourceless(
        self, p: _Para, pi: int, k: int, b: int, e: int, lemma: str, cls: str, participle: bool
    ) -> None:
        """'..., and said that the bridge was safe' with no subject found: the that-clause
        is still what was said, by a source left open."""
        if participle or not _verb_tag(p.toks[k]):
            return
        if cls in ("attitude", "naming") and p.toks[k].tag in _FINITE:
            # '..., rushed inside and endorsed the mayor': the object, by a source left open.
            j = k + 1
            if j < b and p.toks[j].tag in ("DT", "NNP", "NNPS", "PRP$", "CD"):
                ce = _clause_boundary(p, j, b, e)
                if ce - p.toks[j].start >= 3:
                    self._add(pi, [(p.toks[j].start, ce)], _span(p, k, k + 1), None)
                    self.used_cues.add(p.toks[k].start)
            return
        if cls not in ("speech", "cognition"):
            return
        cue_end = _extend_cue(p, k, b, lemma)
        j = _skip_to_content(p, cue_end, b, lemma)
        if j + 1 >= b:
            return
        if p.toks[j].text.lower() == "that":
            if not self._clause_like(p, j + 1, b):
                return
        elif not (p.toks[j].tag in ("PRP", "NNP", "NNPS", "DT") and _starts_clause(p, j, b)):
            return  # 'and said they would ...': a clause with its subject
        cs = p.toks[j].start
        ce = _to_end(p, j, b, e)
        if ce - cs >= 12:
            self._add(pi, [(cs, ce)], _span(p, k, cue_end), None)
            self.used_cues.add(p.toks[k].start)

    def _passive_by(self, p: _Para, pi: int, k: int, a: int, b: int, s: int) -> bool:
        """'The plan was rejected by 60 percent of voters', 'a bill backed by the mayor',
        'CONTENT, as described by X': the agent after 'by' is the source of the stance."""
        by = k + 1
        if by < b and p.toks[by].tag == "RB":
            by += 1  # 'favored strongly by'
        if by + 1 >= b or p.toks[by].text.lower() != "by" or k == a:
            return False
        start = by + 1
        if start + 1 < b and p.toks[start].tag == "RB":
            start += 1  # 'backed by nearly 6 in 10 voters'
        src = np_right(p, start, b)
        if src is None:
            return False
        cue = _span(p, k, by + 1)
        if p.toks[k - 1].text.lower() == "as":
            # 'CONTENT - as described by X -': the clause before 'as'.
            cs = _trim_start(self.text, s, s)
            ce = _trim_end(self.text, cs, p.toks[k - 1].start)
            if ce - cs < 10:
                return False
            self._add(pi, [(cs, ce)], cue, _span(p, *src))
            self.used_cues.add(p.toks[k].start)
            return True
        m = k - 1
        while m > a and (p.toks[m].tag == "RB" or p.toks[m].text.lower() in _AUX | lx.BETWEEN):
            m -= 1  # 'has so far been requested by'
        if m == k - 1 and not _nounish(p.toks[m]):
            return False  # no auxiliary: only a participle right after its noun
        subj = np_left(p, m + 1, a)
        if subj is None:
            return False
        self._add(pi, [_span(p, *subj)], cue, _span(p, *src))
        self.used_cues.add(p.toks[k].start)
        return True

    def _stimulus(self, p: _Para, pi: int, k: int, a: int, b: int, lemma: str) -> None:
        """'His remarks angered the party', 'The plan drew criticism from unions': what is felt
        about (the subject) is the content, whoever feels it the source."""
        t = p.toks[k]
        prev = p.toks[k - 1].text.lower() if k > a else ""
        if (
            k == a
            or prev in _BE
            or not (
                t.tag in _FINITE
                or (t.tag == "VBN" and prev in _AUX)
                or (
                    t.tag == "VBN"
                    and not any(p.toks[m].tag in _FINITE for m in range(max(a, k - 60), k))
                )
            )
        ):
            return  # 'an angered crowd', 'was angered by': not a finite verb of causing
        j = k + 1
        while j < b and (p.toks[j].tag == "RB" or p.toks[j].text.lower() in ("so", "even")):
            j += 1
        cue_end = k + 1
        if lemma == "draw":
            # Only 'drew criticism/fire/praise from X' reports a reaction.
            if not (
                j + 2 < b
                and p.toks[j].text.lower() in _REACTIONS
                and p.toks[j + 1].text.lower() == "from"
            ):
                return
            cue_end = j + 2
            j += 2
        subj = subject_left(p, k, a)
        obj = np_right(p, j, b)
        if subj is None or obj is None:
            return
        self._add(pi, [_span(p, *subj)], _span(p, k, cue_end), _span(p, *obj))
        self.used_cues.add(t.start)

    def _hearsay(self, p: _Para, pi: int, k: int, a: int, b: int, s: int, e: int) -> None:
        """'Trump reportedly refused to leave': the writer passes on what others say; the clause
        around the adverb is the content, with no source."""
        c = max(a, k - 60)  # bounded: a clause longer than that starts nearer
        for m in range(c, k):
            if p.toks[m].text in (";", ":", ",") or p.toks[m].text in _OPEN_Q:
                c = m + 1  # the clause the adverb is in, not a leading adverbial
        cs = _trim_start(self.text, p.toks[c].start, e)
        ce = _clause_boundary(p, k + 1, b, e) if k + 1 < b else p.toks[k].start
        if ce - cs < 12:
            return
        self._add(pi, [(cs, ce)], _span(p, k, k + 1), None)

    def _stance_adjective(self, p: _Para, pi: int, k: int, a: int, b: int, e: int) -> None:
        """'Lawmakers are wary of the deal', 'She was confident that ...', 'No one is eager to
        attack him': the subject's stance on what follows the adjective."""
        m = k - 1
        while m > a and p.toks[m].tag == "RB":
            m -= 1
        if m <= a or p.toks[m].text.lower() not in _COPULAS or k + 2 >= b:
            return
        nxt = p.toks[k + 1].text.lower()
        if nxt in ("of", "about", "with", "on", "toward", "towards"):
            j = k + 2  # the preposition belongs to the cue
        elif nxt in ("that", "to") or (nxt in ("whether", "if") and p.toks[k].text != "sure"):
            j = k + 1
        else:
            return
        src = subject_left(p, m, a)
        if src is None:
            return
        ce = _clause_boundary(p, j, b, e)
        cs = p.toks[j].start
        if ce - cs < 3:
            return
        self._add(pi, [(cs, ce)], _span(p, k, j if j == k + 2 else k + 1), _span(p, *src))
        self.used_cues.add(p.toks[k].start)

    def _asked(self, p: _Para, pi: int, k: int, a: int, b: int, e: int) -> bool:
        """'Asked about the deal, X said ...', 'when asked if ...', 'Y was asked why ...': the
        question put to someone; the asker ('asked by X'), if named, is the source."""
        t = p.toks[k]
        prev = p.toks[k - 1].text.lower() if k > a else ""
        if not (k == a or prev in _BE or prev in ("when", "if", "after", "being", "been", ",")):
            return False
        if t.text.lower() != "asked":
            return False
        j = k + 1
        source = None
        if j + 1 < b and p.toks[j].text.lower() == "by":
            src = np_right(p, j + 1, b)
            if src is None:
                return False
            source, j = _span(p, *src), src[1]
        while j < b and (p.toks[j].text == "," or p.toks[j].tag == "RB"):
            j += 1
        if j < b and (p.toks[j].text in _WEEKDAYS or p.toks[j].text.lower() in _WHEN_WHERE):
            # 'Asked Tuesday about X', 'Asked at a briefing on Monday whether ...': a short
            # adverbial of time or place before the question.
            m = j + 1
            while m < b and m < j + 9 and p.toks[m].text.lower() not in _QUESTION_STARTS:
                w = p.toks[m]
                if not (w.tag in _ADVERBIAL_TAGS or w.text.lower() in _WHEN_WHERE):
                    break
                m += 1
            if m < b and p.toks[m].text.lower() in _QUESTION_STARTS - {"to"}:
                j = m
        if j >= b or p.toks[j].text.lower() not in _QUESTION_STARTS:
            return False
        cue_end = j + 1 if p.toks[j].text.lower() == "about" else j
        if cue_end >= b:
            return False
        cs = p.toks[cue_end].start
        ce = self._question_end(p, cue_end, b, e) if k == a or prev == "when" else None
        if ce is None:
            ce = _clause_boundary(p, cue_end, b, e)
        if ce - cs < 4:
            return False
        cue = _span(p, k, k + 1) if cue_end == j else (t.start, p.toks[cue_end - 1].end)
        self._add(pi, [(cs, ce)], cue, source)
        self.used_cues.add(t.start)
        return True

    def _question_end(self, p: _Para, j: int, b: int, e: int) -> int | None:
        """End of a fronted question ('Asked why X, in Y, did Z, Earnest said'): the last comma
        before the main clause's reporting verb, else the first comma."""
        commas = []
        reporting = False
        for m in range(j, min(b, j + 80)):
            t = p.toks[m]
            if t.text == ",":
                commas.append(m)
            elif commas and t.text.lower() in lx.POSTPOSED and _is_cue(t):
                reporting = True
                break
        if not commas:
            return None
        last = commas[-1] if reporting else commas[0]
        return _trim_end(self.text, p.toks[j].start, p.toks[last].start)

    def _noun_cue(self, p: _Para, pi: int, k: int, a: int, b: int, e: int) -> None:
        """'Trump's claim that ...', 'his warning that ...': a noun of saying or thinking with
        its that-clause; the possessor, if any, is the source."""
        source = None
        if k > a and p.toks[k - 1].tag == "PRP$":
            source = _span(p, k - 1, k)
        elif k > a and p.toks[k - 1].text.lower() in ("'s", "\u2019s", "'", "\u2019"):
            owner = np_left(p, k - 1, a)
            if owner is not None:
                source = _span(p, owner[0], k)
        j = k + 1
        if j + 1 >= b or p.toks[j + 1].tag.startswith("VB") or p.toks[j + 1].tag == "MD":
            return  # 'the claim that was made': a relative clause, not what was claimed
        ce = _clause_boundary(p, j, b, e)
        cs = p.toks[j].start
        if ce - cs >= 12:
            self._add(pi, [(cs, ce)], _span(p, k, k + 1), source)
            self.used_cues.add(p.toks[k].start)

    def _noun_prep_cue(self, p: _Para, pi: int, k: int, a: int, b: int, e: int) -> None:
        """'his criticism of the deal', 'Trump's call for a ban', 'her decision to run': a noun
        of stance with what it is about; the possessor, if any, is the source."""
        source = None
        if k > a and p.toks[k - 1].tag == "PRP$":
            source = _span(p, k - 1, k)
        elif k > a and p.toks[k - 1].text.lower() in ("'s", "\u2019s", "'", "\u2019"):
            owner = np_left(p, k - 1, a)
            if owner is not None:
                source = _span(p, owner[0], k)
        if source is None:
            source = self._object_owner(p, k, a)
        j = k + 2
        infinitive = p.toks[k + 1].text.lower() == "to" and p.toks[j].text.isalpha()
        if infinitive:
            ce = _clause_boundary(p, j, b, e)  # 'plans to release ...' whatever the tag
        else:
            # 'his criticism of the deal he signed on Monday', 'support for intensifying
            # interrogation': the whole complement, to the clause's end.
            if np_right(p, j, b) is None and p.toks[j].tag != "VBG":
                return
            ce = _clause_boundary(p, j, b, e)
        # The phrase ends before the verb of the clause it is the subject of ('... drew fire').
        m = j + 1
        clause = False  # inside a clause of the complement: 'its position that the court lacks'
        while m < b and p.toks[m].start < ce:
            if p.toks[m].text.lower() in ("that", "which", "who", "whether", "how", "why"):
                clause = True
            elif clause and (p.toks[m].tag.startswith("VB") or p.toks[m].tag == "MD"):
                clause = False  # that clause's own verb: the next finite verb is the main one
            elif p.toks[m].tag in ("VBD", "VBZ", "VBP", "MD") or (
                p.toks[m].tag == "VBN"
                and _nounish(p.toks[m - 1])
                and not infinitive
                and not any(p.toks[r].text.lower() in ("that", "which", "who") for r in range(j, m))
            ):  # '... about the tolls angered drivers': a participle tag for the main verb
                ce = _trim_end(self.text, p.toks[j].start, p.toks[m - 1].end)
                break
            m += 1
        cs = p.toks[j - 1 if infinitive else j].start  # PolNeAR keeps the 'to'
        if ce - cs >= 3:
            self._add(pi, [(cs, ce)], _span(p, k, k + 2), source)
            self.used_cues.add(p.toks[k].start)

    def _object_owner(self, p: _Para, k: int, a: int) -> tuple[int, int] | None:
        """'He scrapped plans to ...', 'The party has no plans to ...': the subject of the verb
        whose object the stance noun is holds the stance."""
        v = k - 1
        while v > a and p.toks[v].tag in ("DT", "JJ", "PRP$"):
            v -= 1
        if v <= a or p.toks[v].tag not in ("VBD", "VBZ", "VBP", "VBN"):
            return None
        src = subject_left(p, v, a)
        return _span(p, *src) if src else None

    def _evidential(self, p: _Para, pi: int, k: int, a: int, b: int, e: int) -> None:
        """'Mr. Trump's tone often seems to encourage aggression', 'it appears that ...',
        'the plant is expected to close': the appearance is reported with no source."""
        if k + 1 >= b or k == a:
            return
        nxt = p.toks[k + 1].text.lower()
        cue_span = _span(p, k, k + 1)
        if nxt in ("that", "like", "as", "if") and p.toks[k + 1].tag != "TO":
            cs = p.toks[k + 2].start if k + 2 < b else e
            ce = _trim_end(self.text, cs, e)
            if ce - cs >= 8:
                self._add(pi, [(cs, ce)], cue_span, None)
            return
        adjective = p.toks[k + 1].tag in ("JJ", "VBN") and p.toks[k].tag != "VBN"
        if nxt not in ("to", "as") and not adjective:
            return  # 'the Trump team appeared paralyzed', 'which seemed likely to ...' go on
        subj = np_left(p, k, a)
        if subj is not None and subj[0] > a and p.toks[subj[0] - 1].tag in _CUT_SUBJECT:
            # 'the relationship between America and Britain appears ...': the noun phrase
            # stopped at a link; the subject is the whole clause opening.
            subj = _clause_subject(p, k, a) or subj
        if subj is None:
            # 'The bank, which has held rates near zero, is expected to act': the subject
            # before an insertion set off by commas.
            c = k - 1
            while c > a and k - c <= 3 and p.toks[c].text.lower() in _PROGRESSIVE | {"has"}:
                c -= 1
            if c > a and p.toks[c].text == ",":
                subj = _appositive_subject(p, c, a)
        if subj is None or p.toks[subj[0]].text.lower() in ("it", "there"):
            return
        ce = _clause_boundary(p, k + 1, b, e)
        cs = p.toks[subj[0]].start
        if ce - cs >= 8:
            self._add(pi, [(cs, ce)], cue_span, None)

    def _clause_ends(self, p: _Para, j: int, b: int) -> bool:
        """After 'X said' comes the sentence end, a comma, or a short adverbial."""
        if (
            j >= b
            or p.toks[j].text in (",", ".", "!", "?", ";", "\u2014", ")")
            or p.toks[j].text in _CLOSE_Q
        ):
            return True
        for m in range(j, min(b, j + 7)):
            t = p.toks[m]
            if t.text in (",", ".", "!", "?", ";"):
                return True
            if t.tag.startswith("VB") or t.tag == "MD" or t.text.lower() in _CLAUSE_STARTS:
                return False
        return False

    def _subject_end(self, p: _Para, a: int, k: int) -> int:
        # For '..., saying ...' the subject is the sentence's first noun phrase.
        j = a
        while j < k and (_nounish(p.toks[j]) or p.toks[j].tag in ("DT", "JJ", "PRP", "POS")):
            j += 1
        return j

    def _clause_like(self, p: _Para, j: int, b: int) -> bool:
        """A finite clause follows: a subject then a verb within a few tokens."""
        for m in range(j, min(b, j + 10)):
            tag = p.toks[m].tag
            if tag in ("VBD", "VBZ", "VBP", "MD"):
                return m > j
        return False

    def _add(self, pi: int, parts: list[tuple[int, int]], cue, source) -> None:
        parts = [(s, e) for s, e in parts if e > s]
        if not parts:
            return
        if source is not None:
            m = _SUBORDINATOR.match(self.text, source[0], source[1])
            if m is not None:
                # 'While Smith said ...': the conjunction opens the clause, not the source.
                source = (m.end(), source[1]) if m.end() < source[1] else None
        qs = [
            i
            for s, e in parts
            for i in range(
                bisect.bisect_left(self._q_starts, s), bisect.bisect_left(self._q_starts, e)
            )
            if self.quotes[i].end <= e and not _is_single(self.text, self.quotes[i])
        ]
        kind = "mixed" if qs else "indirect"
        if qs and len(parts) == 1:
            s, e = parts[0]
            q = self.quotes[qs[0]]
            if len(qs) == 1 and q.start - s <= 1 and e - q.end <= 1:
                kind = "direct"
        self.used_quotes.update(qs)
        self.found.append(Found(kind, parts, cue, source, qs, pi))

    # Pass 3: leftover quotes ------------------------------------------------------------
    def leftovers(self, paras: list[Paragraph], para_of_quote: dict[int, int]) -> set[int]:
        """Attach leftover quotes; return the indices of scare quotes."""
        scare: set[int] = set()
        by_para: dict[int, list[Found]] = {}
        for f in self.found:
            by_para.setdefault(f.paragraph, []).append(f)
        for qi, q in enumerate(self.quotes):
            if qi in self.used_quotes:
                continue
            chain = self.chains.get(qi, [qi])
            if qi != chain[0] and not _is_single(self.text, q):
                continue
            pi = para_of_quote[qi]
            words = len(self.text[q.inner_start : q.inner_end].split())
            para = paras[pi]
            whole_para = q.start - para.start <= 1 and para.end - q.end <= 2
            sentence_like = words >= 6 or any(
                ch in self.text[q.inner_start : q.inner_end] for ch in ".!?"
            )
            if _is_single(self.text, q) or (words <= 5 and not whole_para and not sentence_like):
                scare.add(qi)
                continue
            if not sentence_like and not whole_para:
                scare.add(qi)
                continue
            # A quote continuing a statement in the same paragraph, or the previous one.
            prior = [f for f in by_para.get(pi, []) if f.parts[0][0] < q.start and not f.gloss]
            host = None
            if prior:
                host = prior[-1]
            elif pi > 0 and q.start - para.start <= 1:
                prev = [f for f in by_para.get(pi - 1, [])]
                if prev and prev[-1].kind in ("direct", "mixed"):
                    host = prev[-1]
            parts = [(self.quotes[c].start, self.quotes[c].end) for c in chain]
            if host is not None and host.paragraph == pi:
                host.parts.extend(parts)
                host.quotes.extend(chain)
                if host.kind == "indirect":
                    host.kind = "mixed"
            else:
                f = Found("direct", parts, None, None, list(chain), pi)
                if host is not None:
                    # A quote with no cue of its own, continuing the previous paragraph's
                    # speaker: it shares that statement's source phrase and speaker.
                    # By identity, from the end, where the host is: list.index compared
                    # dataclasses field by field from the start (quadratic in a long text).
                    f.speaker_hint = next(
                        i for i in range(len(self.found) - 1, -1, -1) if self.found[i] is host
                    )
                    f.source = host.source
                self.found.append(f)
                by_para.setdefault(pi, []).append(f)
            self.used_quotes.update(chain)
        return scare


def _is_single(text: str, q: Quote) -> bool:
    return is_single(text, q)
