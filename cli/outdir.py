"""--output-dir: one JSON report per article, written atomically, mirroring the inputs.

A manifest in the directory remembers, per report, the key of the content and settings that
made it, so a re-run skips what has not changed. A report is first written to a temporary
file in the same directory and then renamed over its final name: a reader never sees half a
report, and an interrupted run leaves no partial file behind.
"""

from __future__ import annotations

import json
import os
from typing import Any

from annotator.atomic import write_atomic

MANIFEST = ".annotate-manifest.json"
SUFFIX = ".json"


def report_path(root: str, relative: str) -> str:
    """Where the report of an input goes: its mirrored path with `.json` appended."""
    return os.path.join(root, *relative.split("/")) + SUFFIX


def prepare(root: str) -> str | None:
    """Create the output directory if needed; the problem in words when it cannot be used."""
    if os.path.exists(root) and not os.path.isdir(root):
        return "--output-dir is not a directory"
    try:
        os.makedirs(root, exist_ok=True)
    except OSError as exc:
        return f"cannot create the output directory ({exc.strerror or exc})"
    if not os.access(root, os.W_OK | os.X_OK):
        return "cannot write into the output directory (permission denied)"
    return None


class Manifest:
    """Keys of the reports in an output directory, read at start and saved at the end."""

    def __init__(self, root: str):
        self.root = root
        self.path = os.path.join(root, MANIFEST)
        self.entries: dict[str, str] = {}
        try:
            with open(self.path, encoding="utf-8") as fh:
                data = json.load(fh)
            if isinstance(data, dict) and isinstance(data.get("reports"), dict):
                self.entries = {str(k): str(v) for k, v in data["reports"].items()}
        except (OSError, ValueError):
            self.entries = {}
        self.dirty = False

    def get(self, relative: str) -> str | None:
        return self.entries.get(relative)

    def set(self, relative: str, key: str) -> None:
        if self.entries.get(relative) != key:
            self.entries[relative] = key
            self.dirty = True

    def forget(self, relative: str) -> None:
        # A failed input's old report is no longer known to be current.
        if self.entries.pop(relative, None) is not None:
            self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        payload: dict[str, Any] = {"version": 1, "reports": dict(sorted(self.entries.items()))}
        write_atomic(self.path, json.dumps(payload, indent=1) + "\n")
        self.dirty = False
