"""`annotate eval CORPUS.jsonl`: score the rule pack and attribution on an annotated corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .exitcodes import ExitCode


def _err(message: str) -> None:
    sys.stderr.write(f"annotate: {message}\n")


def evaluate(
    corpus: str = typer.Argument(
        ..., help="A corpus in the JSONL format of docs/corpus-format.md."
    ),
    label_map: list[str] | None = typer.Option(
        None,
        "--label-map",
        metavar="MAP",
        help="LABEL=ROLE entries (role: editorial, attributed, ignore), ';'-separated, or "
        "@FILE with one entry a line; LABEL[KEY=VALUE]=ROLE conditions on a span's extra. "
        "Default: the labels of the shared corpora.",
    ),
    rules: list[str] | None = typer.Option(None, "--rules", metavar="PATH", help="A user pack."),
    only: list[str] | None = typer.Option(None, "--only", help="Rule ids or categories to run."),
    disable: list[str] | None = typer.Option(None, "--disable", help="Rule ids or categories."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N documents."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    config: str | None = typer.Option(None, "--config", metavar="FILE", help="Settings file."),
) -> None:
    """Per-rule and per-category precision and recall; attribution F1 where the corpus has it."""
    from annotator.config import ConfigError, resolve
    from annotator.engine import RulePackError, load
    from annotator.evaluation import corpus as corpus_mod
    from annotator.evaluation.generic import DEFAULT_MAP, LabelMap, LabelMapError
    from annotator.evaluation.generic import evaluate as run_eval
    from annotator.pipeline import annotate

    if fmt not in ("text", "json"):
        _err(f"--format {fmt!r}: expected text or json")
        raise typer.Exit(int(ExitCode.BAD_INPUT))
    try:
        entries = [_entries(x) for x in label_map] if label_map else list(DEFAULT_MAP)
        lmap = LabelMap.parse(entries)
        settings = resolve(
            {
                "rules_paths": tuple(rules) if rules else None,
                "only": tuple(only) if only else None,
                "disable": tuple(disable) if disable else None,
            },
            config_file=config,
        )
        load(settings.rules_paths)
        if not Path(corpus).is_file():
            raise ValueError(f"{corpus}: no such file")
        docs = corpus_mod.read(corpus, limit)
        result = run_eval(docs, lambda t: annotate(t, settings), lmap, corpus=corpus)
        if not result.documents:
            raise ValueError(f"{corpus}: no documents (an empty corpus)")
    except (LabelMapError, ConfigError, RulePackError, ValueError, OSError) as exc:
        _err(str(exc))
        raise typer.Exit(int(ExitCode.BAD_INPUT)) from None
    data = result.to_dict()
    if fmt == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    _print_tables(data)


def _entries(value: str) -> str:
    if value.startswith("@"):
        try:
            return Path(value[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise ValueError(f"{value[1:]}: cannot read label map ({exc.strerror})") from None
    return value


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _print_tables(data: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    ed = data["editorial"]
    ag = data["attributed_gold"]
    gold = data["gold_spans"]
    console.print(
        f"{data['corpus']}: {data['documents']} documents, {data['words']} words; gold spans: "
        f"{gold['editorial']} editorial, {gold['attributed']} attributed"
    )
    console.print(
        f"editorial findings: {ed['findings']}, precision {_fmt(ed['precision'])}, "
        f"recall {_fmt(ed['recall'])}; attributed gold flagged editorial "
        f"{_fmt(ag['flagged_editorial'])}, flagged attributed {_fmt(ag['flagged_attributed'])}"
    )
    for title, key in (("Per category", "per_category"), ("Per rule", "per_rule")):
        table = Table(title=title, title_justify="left")
        for col in ("name", "findings", "precision", "recall"):
            table.add_column(col, justify="left" if col == "name" else "right")
        for row in data[key]:
            table.add_row(
                row["name"],
                str(row["editorial_findings"]),
                _fmt(row["precision"]),
                _fmt(row["recall"]),
            )
        console.print(table)
    if data["attribution"]:
        a = data["attribution"]
        console.print(
            f"attribution: precision {a['precision']:.3f}, recall {a['recall']:.3f}, "
            f"F1 {a['f1']:.3f}, source accuracy {a['source_accuracy']:.3f} "
            f"({a['gold']} gold statements)"
        )


app = typer.Typer(
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Score the rule pack and attribution on an annotated corpus.",
)
app.command()(evaluate)
