"""A text to time rule packs on: the repository's sample, or a short built-in article."""

from __future__ import annotations

from pathlib import Path

_REPO_SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "rt_russia_us_coalition.txt"

# Used when the package is installed without the repository (a wheel): written for this
# purpose, with quotes, reported speech and editorial wording.
_BUILT_IN = """\
Council approves harbour plan after heated debate

The city council on Tuesday approved a controversial plan to rebuild the old harbour, a move
critics say will price out local fishermen.

"This is the best chance we have had in a generation," Mayor Ana Ruiz told reporters after the
vote. "We cannot let it slip away."

She said that the project would create hundreds of jobs and insisted the budget was realistic.

Opponents were unconvinced. According to a local residents' group, the plan is a giveaway to
developers. The council has clearly failed to listen, and the vote was a serious blow to the
neighbourhood's trust in its leaders.
"""


def sample_text() -> str:
    """The sample article's text."""
    try:
        return _REPO_SAMPLE.read_text(encoding="utf-8")
    except OSError:
        return _BUILT_IN
