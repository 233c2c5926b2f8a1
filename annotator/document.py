"""The segmented document: paragraphs, boilerplate set aside, sentences, tagged tokens."""

from __future__ import annotations

import re
from functools import cached_property
from itertools import repeat

from . import boilerplate, nlp, segment
from .model import Boilerplate, Paragraph, Sentence, Token

_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
_new = tuple.__new__  # Token is a named tuple: built without its Python-level __new__


class Document:
    """Layers over one text, each computed once on first use."""

    def __init__(self, text: str):
        self.text = text
        self._tokens: dict[tuple[int, int], list[Token]] = {}

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        return segment.paragraphs(self.text)

    @cached_property
    def _boiler(self) -> tuple[list[Boilerplate], int | None]:
        return boilerplate.find(self.text, self.paragraphs)

    @property
    def boilerplate(self) -> list[Boilerplate]:
        return self._boiler[0]

    @property
    def headline(self) -> Paragraph | None:
        idx = self._boiler[1]
        return self.paragraphs[idx] if idx is not None else None

    @cached_property
    def body_paragraphs(self) -> list[Paragraph]:
        """Paragraphs that are not boilerplate (headline included)."""
        boiler = {(b.start, b.end) for b in self.boilerplate}
        return [p for p in self.paragraphs if (p.start, p.end) not in boiler]

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences of the body, the headline marked; boilerplate is left out."""
        head = self.headline
        out: list[Sentence] = []
        for p in self.body_paragraphs:
            if head is not None and p.start == head.start:
                out.append(Sentence(p.start, p.end, p.index, headline=True))
                continue
            for s, e in segment.sentence_spans(self.text, p.start, p.end):
                out.append(Sentence(s, e, p.index))
        return out

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tagged tokens of text[start:end] (a paragraph or a sentence), cached."""
        key = (start, end)
        cached = self._tokens.get(key)
        if cached is None:
            found = segment.token_matches(self.text, start, end)
            words = list(map(_GROUP, found, repeat(1)))  # group 1: the token
            tags = nlp.tag(words)
            starts, ends = map(_START, found, repeat(1)), map(_END, found, repeat(1))
            fields = zip(starts, ends, words, tags, strict=True)
            cached = list(map(_new, repeat(Token), fields))
            self._tokens[key] = cached
        return cached

    @cached_property
    def word_count(self) -> int:
        return sum(len(self.text[s.start : s.end].split()) for s in self.sentences)
