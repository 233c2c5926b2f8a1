"""Runs a rule's own examples through the whole pipeline: the test cases every rule carries.

`flag` texts must get an editorial finding from the rule, `pass` texts no finding from it,
and `attributed` texts a finding from it that is attributed and none that is editorial.
An example may mark the span it expects with [[double brackets]]; the finding must overlap it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Finding
from ..settings import DEFAULT, Settings
from .pack import Rule

_MARK = re.compile(r"\[\[(.+?)\]\]")


@dataclass(frozen=True)
class ExampleResult:
    """One example of one rule: what was expected, what was found, and whether it held."""

    rule: str
    expect: str  # flag | pass | attributed
    text: str
    ok: bool
    problem: str
    found: tuple[Finding, ...]
    expected_span: tuple[int, int] | None = None


def strip_marks(example: str) -> tuple[str, tuple[int, int] | None]:
    """The example without [[ ]] and the span the marks enclosed (None without marks)."""
    m = _MARK.search(example)
    if not m:
        return example, None
    text = example[: m.start()] + m.group(1) + example[m.end() :]
    return text, (m.start(), m.start() + len(m.group(1)))


def check_rule(rule: Rule, settings: Settings | None = None) -> list[ExampleResult]:
    """Results of every example of `rule`, run with only that rule enabled."""
    from ..pipeline import annotate

    base = settings or DEFAULT
    only = replace(
        base, only=(rule.id,), disable=(), categories=(), exclude_categories=(), min_level="info"
    )
    out: list[ExampleResult] = []
    for expect, texts in (
        ("flag", rule.examples.flag),
        ("pass", rule.examples.pass_),
        ("attributed", rule.examples.attributed),
    ):
        for example in texts:
            text, span = strip_marks(example)
            found = tuple(f for f in annotate(text, only).findings if f.rule == rule.id)
            out.append(_judge(rule.id, expect, text, span, found))
    return out


def _judge(
    rid: str, expect: str, text: str, span: tuple[int, int] | None, found: tuple[Finding, ...]
) -> ExampleResult:
    def hits(fs: list[Finding]) -> list[Finding]:
        if span is None:
            return fs
        return [f for f in fs if f.start < span[1] and span[0] < f.end]

    editorial = [f for f in found if f.voice == "editorial"]
    attributed = [f for f in found if f.voice == "attributed"]
    problem = ""
    if expect == "flag" and not hits(editorial):
        problem = "expected an editorial finding" + (" over the marked span" if span else "")
    elif expect == "pass" and found:
        problem = "expected no finding"
    elif expect == "attributed":
        if editorial:
            problem = "expected no editorial finding"
        elif not hits(attributed):
            problem = "expected an attributed finding" + (" over the marked span" if span else "")
    return ExampleResult(rid, expect, text, not problem, problem, found, span)
