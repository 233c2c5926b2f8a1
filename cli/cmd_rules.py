"""`annotate rules list | show ID | test [PACK]`: inspect and test rule packs."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import typer

from .exitcodes import ExitCode

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Inspect and test rule packs (the default pack plus any --rules packs).",
)

_RULES_HELP = "A user rule pack (a directory of YAML files, or one file); repeatable."
# A user pack that makes the sample this many times slower than the default pack is reported.
SLOW_FACTOR = 10.0


def _err(message: str) -> None:
    sys.stderr.write(f"annotate: {message}\n")


def _load(rules: list[str] | None):
    from annotator.engine import RulePackError, load

    try:
        return load(tuple(rules or ()))
    except RulePackError as exc:
        _err(str(exc))
        raise typer.Exit(int(ExitCode.BAD_INPUT)) from None


@app.command("list")
def list_rules(
    rules: list[str] | None = typer.Option(None, "--rules", metavar="PATH", help=_RULES_HELP),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """A table of every rule: id, category, kind, level, enabled, source."""
    pack = _load(rules)
    rows = [
        {
            "id": r.id,
            "category": r.category,
            "kind": r.kind,
            "level": r.level,
            "enabled": r.enabled,
            "source": r.source,
            "file": r.path,
        }
        for r in pack.rules
    ]
    if fmt == "json":
        import json

        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    import shutil

    # Plain aligned columns: every column but the source is short and always shown whole;
    # the source (long prose; `rules show` has it all) is cut to the width that is left.
    cols = ("id", "category", "kind", "level", "enabled")
    cells = [
        [r["id"], r["category"], r["kind"], r["level"], "yes" if r["enabled"] else "no"]
        for r in rows
    ]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100
    left = max(20, width - sum(widths) - 2 * len(cols))

    def line(values: list[str], source: str) -> str:
        head = "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True))
        src = source if len(source) <= left else source[: left - 1] + "\u2026"
        return f"{head}  {src}".rstrip()

    out = [line(list(cols), "source"), line(["-" * w for w in widths], "-" * min(left, 20))]
    out += [line(c, " ".join(r["source"].split())) for c, r in zip(cells, rows, strict=True)]
    out.append(f"{len(rows)} rules, {sum(r['enabled'] for r in rows)} enabled")
    sys.stdout.write("\n".join(out) + "\n")


@app.command("show")
def show_rule(
    rule_id: str = typer.Argument(..., help="The rule's id."),
    rules: list[str] | None = typer.Option(None, "--rules", metavar="PATH", help=_RULES_HELP),
) -> None:
    """One rule: what it flags and why, its examples, its source."""
    pack = _load(rules)
    rule = pack.rule(rule_id)
    if rule is None:
        known = ", ".join(r.id for r in pack.rules)
        _err(f"no rule {rule_id!r} (known: {known})")
        raise typer.Exit(int(ExitCode.BAD_INPUT))
    out = [
        f"{rule.id}  ({rule.category}, {rule.kind}, {rule.level}, "
        f"{'enabled' if rule.enabled else 'disabled'})",
        f"file: {rule.path}",
        "",
        rule.description.strip(),
        "",
        f"message: {rule.message}",
        f"source: {rule.source}",
    ]
    for heading, texts in (
        ("flagged (editorial)", rule.examples.flag),
        ("not flagged", rule.examples.pass_),
        ("in attributed speech (the speaker's words, not the outlet's)", rule.examples.attributed),
    ):
        out.append("")
        out.append(f"examples {heading}:")
        out.extend(f"  - {t}" for t in texts)
    sys.stdout.write("\n".join(out) + "\n")


@app.command("test")
def test_rules(
    pack_path: str | None = typer.Argument(
        None, metavar="[PACK]", help="Test this pack's rules (default: the default pack)."
    ),
    rules: list[str] | None = typer.Option(None, "--rules", metavar="PATH", help=_RULES_HELP),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List passing examples too."),
) -> None:
    """Run every rule's examples like a test runner; exit 1 on a failure."""
    from annotator.engine.examples import check_rule
    from annotator.settings import DEFAULT

    paths = list(rules or ())
    if pack_path:
        paths.append(pack_path)
    pack = _load(paths)
    settings = DEFAULT.with_values("command line", rules_paths=tuple(paths))
    wanted = pack.rules
    if pack_path:
        own = {str(p.resolve()) for p in _pack_files(pack_path)}
        wanted = tuple(r for r in pack.rules if str(Path(r.path).resolve()) in own)
    passed = failed = 0
    lines: list[str] = []
    for rule in wanted:
        for res in check_rule(rule, settings):
            if res.ok:
                passed += 1
                if verbose:
                    lines.append(f"PASS {rule.id} [{res.expect}] {res.text!r}")
                continue
            failed += 1
            lines.append(f"FAIL {rule.id} [{res.expect}] {res.text!r}: {res.problem}")
            if res.expected_span:
                s, e = res.expected_span
                lines.append(f"     expected  {s}-{e} {res.text[s:e]!r}")
            else:
                lines.append("     expected  " + _expectation(res.expect))
            found = [f"{f.start}-{f.end} {f.text!r} ({f.voice})" for f in res.found]
            lines.append("     found     " + ("; ".join(found) if found else "nothing"))
    if pack_path:
        lines.extend(_speed_note(paths))
    lines.append(f"{passed} passed, {failed} failed")
    sys.stdout.write("\n".join(lines) + "\n")
    raise typer.Exit(int(ExitCode.FINDINGS if failed else ExitCode.OK))


def _expectation(expect: str) -> str:
    return {
        "flag": "an editorial finding",
        "pass": "no finding",
        "attributed": "an attributed finding and no editorial one",
    }[expect]


def _pack_files(path: str) -> list[Path]:
    p = Path(path)
    if p.is_dir():
        return sorted(x for x in p.iterdir() if x.suffix in (".yaml", ".yml"))
    return [p]


def _speed_note(paths: list[str]) -> list[str]:
    """Time the default pack and the pack under test on the bundled sample."""
    from annotator.pipeline import annotate
    from annotator.settings import DEFAULT

    sample = _sample_text()
    if sample is None:
        return []
    with_pack = DEFAULT.with_values("command line", rules_paths=tuple(paths))
    base = _best_of(lambda: annotate(sample, DEFAULT))
    mine = _best_of(lambda: annotate(sample, with_pack))
    ratio = mine / base if base else 1.0
    note = f"speed: {ratio:.1f}x the default pack's time on the sample ({mine * 1000:.1f} ms)"
    if ratio > SLOW_FACTOR:
        return [f"SLOW {note}: over {SLOW_FACTOR:.0f}x, simplify the pack"]
    return [note]


def _best_of(fn, runs: int = 3) -> float:
    fn()  # warm caches: pack compilation and the tagger are not the pack's running cost
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _sample_text() -> str:
    from annotator.evaluation.sample import sample_text

    return sample_text()
