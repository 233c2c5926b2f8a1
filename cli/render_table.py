"""The corpus table: one row per article, sortable by any column, with totals."""

from __future__ import annotations

from typing import Any

from .metrics import COLUMNS

SORT_KEYS = (*(key for key, _ in COLUMNS), "sentences", "attributed_findings", "anonymous_sources")
TEXT_KEYS = ("path", "main_speaker")


CAPTION = (
    "Own/Attr: sentences in the outlet's own voice / attributed; Edit: own-voice findings; "
    "/100w: per 100 words; Stmt: attributed statements; Spk: named speakers; "
    "Subj: own-voice subjectivity."
)


class SortError(ValueError):
    """A --sort value naming no column."""


def parse_sort(spec: str | None) -> tuple[str, bool]:
    """'KEY', 'KEY:asc' or 'KEY:desc' -> (key, descending); numbers sort largest first."""
    if not spec:
        return "path", False
    key, _, order = spec.partition(":")
    key = key.strip().lower().replace("-", "_")
    matches = [k for k in SORT_KEYS if k == key] or [k for k in SORT_KEYS if k.startswith(key)]
    if len(matches) != 1:
        raise SortError(
            f"--sort {spec!r}: expected one of {', '.join(SORT_KEYS)} (optionally :asc or :desc)"
        )
    key = matches[0]
    if order not in ("", "asc", "desc"):
        raise SortError(f"--sort {spec!r}: the order is 'asc' or 'desc'")
    descending = order == "desc" if order else key not in TEXT_KEYS
    return key, descending


def sort_rows(rows: list[dict[str, Any]], spec: str | None) -> list[dict[str, Any]]:
    """Rows sorted by the --sort column; ties (and missing figures) keep input order."""
    key, descending = parse_sort(spec)
    present = [r for r in rows if r.get(key) is not None]
    missing = [r for r in rows if r.get(key) is None]
    present.sort(key=lambda r: r[key], reverse=descending)  # sort is stable, even reversed
    return present + missing


def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Sums over the corpus; rates recomputed from the sums, not averaged."""
    tot: dict[str, Any] = {"path": f"total: {len(rows)}"}
    for key in (
        "words",
        "sentences",
        "editorial_sentences",
        "attributed_sentences",
        "editorial_findings",
        "statements",
    ):
        tot[key] = sum(r.get(key) or 0 for r in rows)
    tot["per_100_words"] = (
        round(100 * tot["editorial_findings"] / tot["words"], 2) if tot["words"] else 0.0
    )
    tot["speakers"] = len({name for r in rows for name in r.get("speaker_names", ())})
    subj = [
        (r["subjectivity"], r.get("words") or 0) for r in rows if r.get("subjectivity") is not None
    ]
    weight = sum(w for _, w in subj)
    tot["subjectivity"] = round(sum(s * w for s, w in subj) / weight, 4) if weight else None
    return tot


def render(
    rows: list[dict[str, Any]],
    failed: list[dict[str, str]],
    console: Any,
    sort: str | None = None,
    colour: bool = False,
) -> None:
    """Print the table (and a line per failed input) to `console`."""
    from rich.table import Table

    from .style import table_box

    # Paths under one folder are shown relative to it, with the folder in the title: the
    # column then holds what tells the articles apart.
    base = _common_folder([str(r.get("path") or "") for r in rows])
    table = Table(
        box=table_box(colour),
        show_footer=bool(rows),
        pad_edge=False,
        padding=(0, 1),
        collapse_padding=True,
        title=f"in {base}/" if base else None,
        title_justify="left",
        header_style="bold",
    )
    tot = totals(rows)
    shown = {id(r): _relative(str(r.get("path") or ""), base) for r in rows}
    path_w, speaker_w = _text_widths(rows, shown, tot, console.width)
    for key, header in COLUMNS:
        if key == "path":
            table.add_column(header, footer=_fmt(key, tot.get(key)), overflow="fold", width=path_w)
        elif key == "main_speaker":
            if speaker_w < 6:
                continue
            table.add_column(header, overflow="ellipsis", no_wrap=True, width=speaker_w)
        else:
            table.add_column(header, footer=_fmt(key, tot.get(key)), justify="right", no_wrap=True)
    keys = [key for key, _ in COLUMNS if key != "main_speaker" or speaker_w >= 6]
    for r in sort_rows(rows, sort):
        table.add_row(*(shown[id(r)] if key == "path" else _fmt(key, r.get(key)) for key in keys))
    table.caption = CAPTION
    table.caption_justify = "left"
    console.print(table)
    if failed:
        console.print(f"{len(failed)} input(s) failed:")
        for f in failed:
            console.print(f"  {f['path']}: {f['error']}", markup=False, highlight=False)


def _text_widths(
    rows: list[dict[str, Any]], shown: dict[int, str], tot: dict[str, Any], width: int
) -> tuple[int, int]:
    """Widths of the path and speaker columns: the figures keep theirs, the path comes next
    (whole up to 32 columns), the speaker gets the rest, cut with an ellipsis; under 6
    columns it is left out."""
    figures = 0
    for key, header in COLUMNS:
        if key in TEXT_KEYS:
            continue
        cells = [_fmt(key, r.get(key)) for r in rows] + [_fmt(key, tot.get(key)), header]
        figures += max(len(c) for c in cells)
    gaps = 2 * (len(COLUMNS) - 1)  # padding of 1 on each side, collapsed between columns
    room = max(20, width - figures - gaps - 2)  # 2: the left and right edges
    longest_path = max([len(p) for p in shown.values()] + [len(str(tot["path"])), 4])
    longest_speaker = max([len(str(r.get("main_speaker") or "")) for r in rows] + [11])
    path = min(longest_path, 32, room)
    return path, min(longest_speaker, room - path)


def _common_folder(paths: list[str]) -> str:
    """The folder every path lies under ('' when there is none or only one article)."""
    import os

    if len(paths) < 2 or any(not p or p.startswith("<") for p in paths):
        return ""
    try:
        common = os.path.commonpath([os.path.dirname(p) or "." for p in paths])
    except ValueError:  # absolute and relative paths mixed
        return ""
    return "" if common in ("", ".", os.sep) else common


def _relative(path: str, base: str) -> str:
    import os

    return os.path.relpath(path, base) if base else path


def _fmt(key: str, value: Any) -> str:
    if value is None:
        return "" if key == "main_speaker" else "-"
    if key == "subjectivity":
        return f"{value:.2f}"
    if key == "per_100_words":
        return f"{value:.1f}"
    return str(value)
