"""The documented exit codes of `annotate`."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit status; see docs/cli.md."""

    OK = 0
    FINDINGS = 1  # findings at or above --fail-on LEVEL
    BAD_INPUT = 2  # usage error, bad rule pack, or any input that failed
    INTERRUPTED = 130  # SIGINT
