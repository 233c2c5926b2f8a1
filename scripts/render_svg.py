"""Regenerate docs/seed-view.svg: the terminal view of the bundled sample, saved by rich.

Run from anywhere:  python scripts/render_svg.py          (writes the file)
                    python scripts/render_svg.py --check  (exit 1 if the file is stale)
The test suite runs the check, so the picture in the README never drifts from the program.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "rt_russia_us_coalition.txt"
TARGET = ROOT / "docs" / "seed-view.svg"
WIDTH = 100
TITLE = "annotate samples/rt_russia_us_coalition.txt"


def render_svg() -> str:
    """The SVG text of the seed's view, at a fixed width with colour on."""
    from annotate_cli.render_text import ViewOptions, render
    from rich.console import Console

    import annotator

    report = annotator.annotate_path(SAMPLE)
    console = Console(
        record=True,
        width=WIDTH,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        highlight=False,
        markup=False,
        emoji=False,
        _environ={},
    )
    render(report, console, ViewOptions(colour=True))
    # The report names the file as given; show the path a reader would type.
    return console.export_svg(title=TITLE, unique_id="annotate-seed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that it is current")
    args = parser.parse_args(argv)
    svg = render_svg()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != svg:
            print(
                f"{TARGET.relative_to(ROOT)} is stale: run python scripts/render_svg.py",
                file=sys.stderr,
            )
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(svg, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(svg) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
