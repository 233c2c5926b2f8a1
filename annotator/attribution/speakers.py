"""Resolves sources to canonical speakers: names, pronouns, titles ("the minister"), anonymous."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import chain

from . import lexicon as lx

_CAP_WORD = re.compile(r"[A-Z][\w'\u2019.-]*|[A-Z]{2,}")
_WORD = re.compile(r"[\w'\u2019.-]+")
# "Title Name Name": a title word (any case) followed by one to four capitalised words.
_ORG_HINTS = frozenset(
    """department ministry agency office house committee council party government
    administration court university institute association commission bureau corporation
    company group times post news network press journal service union organization
    organisation foundation center centre campaign coalition army forces police""".split()
)


def is_organisation(name: str) -> bool:
    """True when a resolved speaker name reads as an institution ('White House', 'State
    Department'), not a person: its last word is no surname."""
    return any(w.lower() in _ORG_HINTS for w in name.split())


_NON_NAMES = frozenset(
    """the a an he she it they we i his her their this that these those and or but in on of
    for at to by with from as said says told after over into about against amid before
    under monday tuesday wednesday thursday friday saturday sunday""".split()
)


@dataclass
class Mention:
    """A named person mention in the text with the title words in front of it."""

    start: int
    name: str
    titles: frozenset[str]


def _is_name_token(w: str) -> bool:
    core = w.rstrip(".,")
    low = core.lower()
    return (
        bool(core)
        and core[0].isupper()
        and low not in _NON_NAMES
        and low not in lx.ANONYMOUS_HEADS
        and low not in lx.VAGUE_DETERMINERS
    )


def _is_title(word: str) -> bool:
    """A title or honorific word ('Minister', 'Sen.', 'Mr.')."""
    low = word.lower().rstrip(".")
    return low in lx.TITLES or low in lx.HONORIFICS


def _name_part(word: str) -> str:
    """A name word without a trailing comma or possessive ending."""
    return word.rstrip(",").removesuffix("'s").removesuffix("\u2019s")


# A dateline in capitals, perhaps with a date and an agency, then a dash.
_DATELINE_LEAD = re.compile(
    r"^[A-Z][A-Z.'\- ]*[A-Z.](?:,[^\u2014\u2013]{0,40})?\s*[\u2014\u2013]\s*"
)


def split_source(source: str) -> tuple[list[str], str | None]:
    """Title words (lower-case) and the proper name in a source phrase ('DoD spokesman Matthew
    Allen' -> (['dod', 'spokesman'], 'Matthew Allen'))."""
    lead = _DATELINE_LEAD.match(source)
    if lead is not None and lead.end() < len(source):
        # 'WASHINGTON — Susan E. Rice': a dateline before the name is no part of it (but in
        # 'NATO — the alliance' the capitals are the name).
        titles, name = split_source(source[lead.end() :])
        if name is not None:
            return titles, name
    head, comma, appositive = source.partition(",")
    if comma and appositive.strip():
        # 'Jane Doe, a spokeswoman for the agency': a name before the comma is the speaker,
        # and the appositive after it only describes her (its title words come along).
        titles, name = split_source(head)
        more = [w.lower().rstrip(".") for w in _WORD.findall(appositive)]
        # With no name before the comma, an indefinite description names nobody either
        # ('The mayor, a Democrat').
        if name is not None or more[:1] in (["a"], ["an"]):
            return titles + [w for w in more if w in lx.TITLES], name
    # A bracketed party-and-state tag or aside is not part of the name: 'Sanders (I-Vt.)'.
    words = _WORD.findall(source.replace("\u00a0", " ").split("(")[0])
    last_title = -1
    for i, w in enumerate(words):
        if _is_title(w):
            if i == len(words) - 1 and last_title >= 0 and w[:1].isupper():
                # 'Rep. Peter T. King', 'Mr. King': after a title and a name, or right after
                # an honorific, a capitalised title word at the end is a surname.
                between = words[last_title + 1 : i]
                honorific = not between and words[i - 1].lower().rstrip(".") in lx.HONORIFICS
                if honorific or (between and all(map(_is_name_token, between))):
                    break
            last_title = i
    titles = [w.lower().rstrip(".") for w in words[: last_title + 1]]
    rest = words[last_title + 1 :]
    # 'spokesman for the State Department' has no personal name after the title.
    if rest and rest[0].lower() in ("for", "of", "at", "with", "from"):
        return titles + [w.lower() for w in rest], None
    name_words: list[str] = []
    for k, w in enumerate(rest):
        if w.lower() in ("'s", "\u2019s"):
            break
        if _is_name_token(w):
            name_words.append(_name_part(w))
        elif name_words:
            # A party or camp word before role words may be followed by a surname alone
            # ('Republican frontrunner Trump'); otherwise a full name is wanted.
            single = len(name_words) == 1 and name_words[0].lower() in _AFFILIATIONS
            later = _last_name_run(rest[k:], single)
            if later:
                name_words = later  # 'Republican presidential front-runner Donald Trump'
            break
    name = " ".join(name_words) or None
    if name and name.lower() in lx.HONORIFICS:
        name = None
    if name and len(words) > 1 and words[0].lower() in ("a", "an") and words[1] == name:
        name = None  # 'a Republican who ...', 'a Democrat': a description, no one's name
    return titles, name


# Party and camp words that open a source as an adjective ('Republican frontrunner Trump').
_AFFILIATIONS = frozenset(
    "republican democratic democrat gop conservative liberal progressive libertarian".split()
)


# Months, which a lone capitalised word after role words may be (days are no name token).
_MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


def _last_name_run(words: list[str], single: bool = False) -> list[str]:
    """The run of name words that ends `words` after lower-case role words, as in
    '[Republican] presidential front-runner Donald Trump'; none when a preposition or a
    conjunction comes first ('Sanders of Vermont', 'Smith and Jones') or the run does not
    end the phrase."""
    run: list[str] = []
    for w in words:
        if _is_name_token(w):
            run.append(_name_part(w))
        elif run or not w.replace("-", "").isalpha() or not w.islower() or w in _LINKS:
            return []
    # A personal name has two words or more: a single one is as often a day, a place or a
    # title ('a poll released Wednesday', 'the TV show Scandal'), unless `single` allows it.
    if single and len(run) == 1 and run[0].lower().rstrip(".") in _MONTHS:
        return []  # 'Republican voters polled last March'
    return run if len(run) >= (1 if single else 2) else []


# Words that link a later name to something other than the source's head.
_LINKS = _NON_NAMES | frozenset(
    """off near outside inside across around through via per like than between within
    without toward towards upon onto behind beyond during since until throughout who
    which whose whom where when while if because""".split()
)


# A word followed by a capitalised word: the candidate title before a name.
_TITLE_THEN_NAME = re.compile(r"\b([A-Za-z][\w-]*)\.?[ \t\u00a0]+(?=[A-Z])")
_NAME = re.compile(r"(?:[A-Z][\w'\u2019-]+\.?[ \t\u00a0]+){0,3}[A-Z][\w'\u2019-]+")
# Up to four words right before a title ("Russian Defense Minister"): its modifiers.
_MODIFIERS = re.compile(r"(?:[A-Za-z][\w.-]*[ \t\u00a0]+){1,4}$")


def find_mentions(text: str) -> list[Mention]:
    """Person mentions introduced by a title: 'Defense Minister Sergey Shoigu', 'Mr. Steele'."""
    out: list[Mention] = []
    titles = lx.TITLES | lx.HONORIFICS
    for m in _TITLE_THEN_NAME.finditer(text):
        title = m.group(1).lower()
        if title not in titles:
            continue
        nm = _NAME.match(text, m.end())
        if nm is None:
            continue
        # 'President Obama's approach': the possessive ending is no part of the name, nor
        # is an honorific or a second title ('nominee Gov. Mike Pence').
        words = nm.group().removesuffix("'s").removesuffix("\u2019s").split()
        while len(words) > 1 and _is_title(words[0]):
            words.pop(0)
        name = " ".join(words)
        if any(w.lower() in _NON_NAMES for w in name.split()):
            continue
        mods = _MODIFIERS.search(text, max(0, m.start() - 60), m.start())
        words = (mods.group() if mods else "") + " " + m.group(1)
        found = frozenset(w.lower().rstrip(".") for w in words.split())
        out.append(Mention(nm.start(), name, found))
    return out


_HEAD_ENDS = frozenset("of for at from with in on to familiar close who which that ,".split())


def _head_word(words: list[str]) -> str:
    """The head noun of a source phrase: the last word before a post-modifier."""
    for i, w in enumerate(words):
        if w.strip(",") in _HEAD_ENDS and i > 0:
            return words[i - 1].strip(",.")
        if w.endswith(","):  # 'Trump, a Republican front-runner in ...': the head is Trump
            return w.strip(",.")
    return words[-1].strip(",.")


def _name_modifies_common_head(source: str, head: str, name: str) -> bool:
    """True when the source's head is a lower-case common noun that is not a title: the name
    only modifies it ('Indiana GOP insiders', '58 percent of Florida voters')."""
    words = [w.strip(",.") for w in source.split()]
    # A capital on the first word only marks the sentence start: 'Supporters of X said'.
    common = head.islower() or (words[:1] == [head] and head[1:].islower())
    low = head.lower()
    alpha = head.replace("-", "").isalpha()  # 'the GOP front-runner' has a common head too
    if not (alpha and common) or low in lx.TITLES or low in lx.HONORIFICS:
        return False
    return head in words and low != name.split()[0].lower()


class Resolver:
    """Turns source phrases into canonical speaker names, in document order."""

    def __init__(self, text: str):
        self.text = text
        self.mentions = find_mentions(text)
        # Known names by surname, each once, in order of appearance (a dict keeps the look-up
        # linear in the document: a list grew with every statement and made it quadratic).
        self.by_surname: dict[str, dict[str, None]] = {}
        for m in self.mentions:
            self._remember(m.name)
        self.mention_names = {m.name for m in self.mentions}
        # Mentions by title word, in text order: a titled source looks up only its own title
        # (scanning every mention for every source was quadratic in a long document).
        self.by_title: dict[str, list[Mention]] = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            for t in m.titles:
                self.by_title.setdefault(t, []).append(m)
        self.title_starts = {t: [m.start for m in ms] for t, ms in self.by_title.items()}
        self.last_person: str | None = None
        self.last_other: str | None = None
        self.last_single: str | None = None  # a lone capitalised name, person or not

    def _remember(self, full: str) -> None:
        self.by_surname.setdefault(full.split()[-1], {})[full] = None

    def canonical(self, name: str) -> str:
        """The longest full name ending with the same surname ('Shoigu' -> 'Sergey Shoigu')."""
        words = [w for w in name.split() if w.lower().rstrip(".") not in lx.HONORIFICS]
        if not words:
            return name
        name = " ".join(words)
        last = words[-1].removesuffix("'s").removesuffix("\u2019s")
        best = name
        for full in self.by_surname.get(last, ()):
            if len(full.split()) > len(best.split()) and full.endswith(name):
                best = full
        return best

    def _by_title(self, titles: list[str], offset: int) -> str | None:
        head = next((t for t in reversed(titles) if t in lx.TITLES), None)
        if head is None:
            return None
        mods = {t for t in titles if t not in ("the", "a", "an", head)}
        titled = self.by_title.get(head, [])
        split = bisect_left(self.title_starts.get(head, []), offset)

        def fits(m: Mention) -> bool:
            return not mods or bool(mods & m.titles) or all(len(x) > 3 for x in mods)

        # The nearest mention before, going back; then the ones after, going forward.
        for k in chain(range(split - 1, -1, -1), range(split, len(titled))):
            if fits(titled[k]):
                return self.canonical(titled[k].name)
        return None

    def resolve(self, source: str, offset: int) -> tuple[str | None, bool]:
        """(speaker, anonymous) for a source phrase found at offset."""
        s = " ".join(source.replace("\u00a0", " ").split())
        low = s.lower()
        words = low.split()
        if not words:
            return None, False
        if low in lx.PRONOUNS_PERSON:
            if self.last_single is not None:
                # 'Ortiz said ... he said': "he" makes the latest lone surname a person.
                self.last_person, self.last_single = self.last_single, None
            return self.last_person, self.last_person is None
        if low in ("they", "it", "we"):
            return self.last_other, False
        if low in ("i", "you"):
            return None, False
        titles, name = split_source(s)
        head = _head_word(words)
        if name and _name_modifies_common_head(s, _head_word(s.split()), name):
            # '58 percent of Florida Latino voters': the name only modifies a common-noun
            # head, and the head is who speaks.
            name = None
        if name:
            canon = self.canonical(name)
            org = is_organisation(canon) or words[0] == "the"
            if len(canon.split()) >= 2 and not org or titles:
                self._remember(canon)
                self.last_person, self.last_single = canon, None
            else:
                if canon in self.mention_names or any(
                    len(f.split()) > 1 for f in self.by_surname.get(canon.split()[-1], ())
                ):
                    self.last_person, self.last_single = canon, None
                else:
                    self.last_other = canon
                    self.last_single = canon
            return canon, False
        if head in lx.ANONYMOUS_HEADS or head.rstrip("s") in lx.ANONYMOUS_HEADS:
            if words[0] in lx.VAGUE_DETERMINERS or head.endswith("s") or words[0] not in ("the",):
                return None, True
        if titles and words[0] in ("the", "this"):
            speaker = self._by_title(titles, offset)
            if speaker:
                self.last_person, self.last_single = speaker, None
                return speaker, False
            return None, False
        if words[0] in lx.VAGUE_DETERMINERS:
            return None, True
        return None, False
