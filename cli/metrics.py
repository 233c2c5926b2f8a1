"""Per-article figures for the corpus table and CSV, read from a report's JSON form.

Everything is computed from `Report.to_dict()` so that a report read back from --output-dir
gives the same row as a fresh one. Summary keys the engine may or may not provide yet are
looked up defensively.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from . import categories

EDITORIAL_ALIASES = ("editorial", "outlet", "own", "own_voice", "outlet_voice")
ATTRIBUTED_ALIASES = ("attributed", "quoted", "others", "sources")

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def word_count(text: str) -> int:
    """Words as the view counts them when the summary has no count of its own."""
    return len(_WORD.findall(text))


def voice_metric(summary: dict[str, Any], metric: str, voice: str) -> float | None:
    """A per-voice figure (subjectivity, polarity) wherever the summary keeps it.

    Accepts {metric: {voice: x}}, {voice: {metric: x}}, {"<voice>_<metric>": x} and the same
    one level deeper (e.g. {"sentiment": {...}}); `voice` is "editorial" or "attributed".
    """
    aliases = EDITORIAL_ALIASES if voice == "editorial" else ATTRIBUTED_ALIASES
    return _search(summary, metric, aliases, depth=0)


def _search(node: Any, metric: str, aliases: tuple[str, ...], depth: int) -> float | None:
    if not isinstance(node, dict) or depth > 2:
        return None
    for key, value in node.items():
        k = str(key).lower()
        if k == metric and isinstance(value, dict):
            for alias in aliases:
                if _is_number(value.get(alias)):
                    return float(value[alias])
        if k in aliases and isinstance(value, dict) and _is_number(value.get(metric)):
            return float(value[metric])
        for alias in aliases:
            if k in (f"{alias}_{metric}", f"{metric}_{alias}") and _is_number(value):
                return float(value)
    for value in node.values():
        found = _search(value, metric, aliases, depth + 1)
        if found is not None:
            return found
    return None


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def short_name(speaker: str | None, anonymous: bool = False) -> str:
    """The tag shown at a statement: a surname, an institution's name, 'anonymous' or '?'."""
    if not speaker:
        return "anonymous" if anonymous else "?"
    words = speaker.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return speaker
    # Imported here: the attribution package costs 0.2 s, and commands that only read
    # reports never need it.
    from annotator.attribution.speakers import is_organisation

    if not is_organisation(speaker):
        return words[-1]
    return speaker


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_RELATIVES = frozenset({"who", "which", "that", "whose", "whom"})


def source_label(source_text: str | None, words: int = 4) -> str | None:
    """A short label for a source nobody resolved to a name: 'state transportation
    department' for 'the state transportation department'."""
    if not source_text:
        return None
    tokens = source_text.split()
    while tokens and tokens[0].lower() in _DETERMINERS:
        tokens = tokens[1:]
    # 'a boy who', 'the raucous crowd, which': the relative pronoun stands for the words
    # before it, which name the source.
    while tokens and (tokens[-1].lower() in _RELATIVES or tokens[-1] == ","):
        tokens = tokens[:-1]
    if tokens:
        tokens[-1] = tokens[-1].rstrip(",")
    if not tokens:
        return None
    return " ".join(tokens[-words:])


def statement_tag(attribution: Any) -> str:
    """The tag at a statement: the speaker's short name, 'anonymous', the source, or '?'."""
    if attribution.speaker or attribution.anonymous:
        return short_name(attribution.speaker, attribution.anonymous)
    source = attribution.source.text if attribution.source is not None else None
    return source_label(source) or "?"


def named_speakers(report: dict[str, Any]) -> set[str]:
    """Distinct resolved speakers of the attributed statements."""
    return {a["speaker"] for a in report.get("attributions", []) if a.get("speaker")}


def main_speaker(report: dict[str, Any]) -> str | None:
    """The named speaker with the most statements (ties: alphabetical)."""
    counts = Counter(a["speaker"] for a in report.get("attributions", []) if a.get("speaker"))
    if not counts:
        return None
    return min(counts, key=lambda name: (-counts[name], name))


COLUMNS: tuple[tuple[str, str], ...] = (
    ("path", "Path"),
    ("words", "Words"),
    ("editorial_sentences", "Own"),
    ("attributed_sentences", "Attr"),
    ("editorial_findings", "Edit"),
    ("per_100_words", "/100w"),
    ("statements", "Stmt"),
    ("speakers", "Spk"),
    ("subjectivity", "Subj"),
    ("main_speaker", "Top speaker"),
)
"""Corpus-table columns: (key for --sort, header)."""


def row(report: dict[str, Any]) -> dict[str, Any]:
    """The figures of one article; CSV and corpus table both come from here."""
    summary = report.get("summary") or {}
    sentences = [s for s in report.get("sentences", []) if s.get("voice") != "boilerplate"]
    voices = Counter(s.get("voice") for s in sentences)
    findings = report.get("findings", [])
    editorial = [f for f in findings if f.get("voice") == "editorial"]
    per_cat = Counter(f.get("category") for f in editorial)
    words = summary.get("words")
    if not _is_number(words):
        words = 0
    per100 = next(
        (
            summary[k]
            for k in ("editorial_per_100_words", "findings_per_100_words")
            if _is_number(summary.get(k))
        ),
        None,
    )
    if per100 is None:
        per100 = round(100 * len(editorial) / words, 2) if words else 0.0
    out: dict[str, Any] = {
        "path": report.get("path") or "<stdin>",
        "words": int(words),
        "sentences": len(sentences),
        "editorial_sentences": voices.get("editorial", 0),
        "attributed_sentences": voices.get("attributed", 0),
        "neutral_sentences": voices.get("neutral", 0),
        "editorial_findings": len(editorial),
        "attributed_findings": len(findings) - len(editorial),
        "per_100_words": round(float(per100), 2),
        "statements": len(report.get("attributions", [])),
        "speakers": len(named_speakers(report)),
        "speaker_names": tuple(sorted(named_speakers(report))),
        "main_speaker": main_speaker(report),
        "anonymous_sources": sum(1 for a in report.get("attributions", []) if a.get("anonymous")),
        "subjectivity": voice_metric(summary, "subjectivity", "editorial"),
        "subjectivity_attributed": voice_metric(summary, "subjectivity", "attributed"),
    }
    known = categories.names()
    for name in known:
        out[f"editorial:{name}"] = per_cat.get(name, 0)
    # Columns stay the same for every row: categories the legend does not know are pooled.
    out["editorial:other"] = sum(n for c, n in per_cat.items() if c not in known)
    return out
