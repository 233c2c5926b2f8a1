"""Frozen records the engine produces: spans, sentences, attributions, findings, the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

SCHEMA_VERSION = "1.1"

VOICES = ("editorial", "attributed", "neutral", "boilerplate")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open code-point range [start, end) into the decoded input text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A span together with the text it covers (text == input[start:end])."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


class Token(NamedTuple):
    """One token: its span, its text, and its Penn part-of-speech tag ('' until tagged).

    A named tuple, not a dataclass like the other records: a document has thousands of
    tokens, and a tuple is built several times faster (tuple.__new__(Token, fields))."""

    start: int
    end: int
    text: str
    tag: str = ""


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of text between blank lines (or a standalone line)."""

    start: int
    end: int
    index: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article, with the paragraph it sits in."""

    start: int
    end: int
    paragraph: int
    headline: bool = False
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A span set aside from the analysis (page chrome, dateline, related link...)."""

    start: int
    end: int
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch of text, quotation marks included; `scare` when nobody said it."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    scare: bool = False
    # Paragraph-continued quotes: each paragraph reopens, only the last closes.
    continued: bool = False


@dataclass(frozen=True, slots=True)
class Attribution:
    """A statement attributed to a source: what was said, by whom, and the cue."""

    id: int
    kind: str  # direct | indirect | mixed
    content: Span
    parts: tuple[Span, ...]
    cue: TextSpan | None
    source: TextSpan | None
    speaker: str | None
    anonymous: bool
    # The content is a noun phrase in the reporter's words ("issued [a lukewarm response]"),
    # not a reported clause or quote: its wording stays in the outlet's voice.
    paraphrase: bool = False

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside one of the content parts."""
        return any(p.start <= start and end <= p.end for p in self.parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": self.content.to_dict(),
            "parts": [p.to_dict() for p in self.parts],
            "cue": self.cue.to_dict() if self.cue else None,
            "source": self.source.to_dict() if self.source else None,
            "speaker": self.speaker,
            "anonymous": self.anonymous,
            "paraphrase": self.paraphrase,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's mark on the text, with the voice it is in."""

    rule: str
    category: str
    level: str
    voice: str  # editorial | attributed
    start: int
    end: int
    text: str
    message: str
    attribution: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "level": self.level,
            "voice": self.voice,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "attribution": self.attribution,
        }


@dataclass(frozen=True, slots=True)
class SentenceReport:
    """A sentence as reported: its span, its voice and whether it is the headline."""

    start: int
    end: int
    voice: str
    headline: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "voice": self.voice,
            "headline": self.headline,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the engine says about one text; `to_dict()` is the JSON contract."""

    text: str
    path: str | None
    encoding: str
    sentences: tuple[SentenceReport, ...]
    paragraphs: tuple[Paragraph, ...]
    quotes: tuple[Quote, ...]
    attributions: tuple[Attribution, ...]
    speakers: dict[str, int]
    findings: tuple[Finding, ...]
    boilerplate: tuple[Boilerplate, ...]
    summary: dict[str, Any] = field(default_factory=dict)
    headline: TextSpan | None = None

    @property
    def text_length(self) -> int:
        return len(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "path": self.path,
            "text_length": len(self.text),
            "encoding": self.encoding,
            "headline": self.headline.to_dict() if self.headline else None,
            "sentences": [s.to_dict() for s in self.sentences],
            "attributions": [a.to_dict() for a in self.attributions],
            "scare_quotes": [
                {"start": q.start, "end": q.end, "text": self.text[q.start : q.end]}
                for q in self.quotes
                if q.scare
            ],
            "speakers": dict(self.speakers),
            "findings": [f.to_dict() for f in self.findings],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "summary": self.summary,
        }
