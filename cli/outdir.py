"""--output-dir: one JSON report per article, written atomically, mirroring the inputs.

A manifest in the directory remembers, per report, the key of the content and settings that
made it, so a re-run skips what has not changed. A report is first written to a temporary
file in the same directory and then renamed over its final name: a reader never sees half a
report, and an interrupted run leaves no partial file behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from typing import Any

MANIFEST = ".annotate-manifest.json"
SUFFIX = ".json"


def report_path(root: str, relative: str) -> str:
    """Where the report of an input goes: its mirrored path with `.json` appended."""
    return os.path.join(root, *relative.split("/")) + SUFFIX


def write_atomic(path: str, text: str) -> None:
    """Write `text` to `path` so that `path` is either the old file or the whole new one."""
    directory = os.path.dirname(path) or "."
    os.makedirs(directory, exist_ok=True)
    # The temporary name is chosen before the file exists and the file is created inside the
    # `try`: an interrupt at any point leaves nothing behind (with mkstemp, a signal between
    # the file's creation and its name being bound left the file with no one to remove it).
    tmp = os.path.join(directory, f".{os.path.basename(path)}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        # No fsync: it cost ~5 ms a file, and a report a crash left truncated is not valid
        # JSON, which a re-run notices (batch.work reads it back) and redoes.
        os.replace(tmp, path)
    except BaseException:
        # Interrupted or failed: the temporary file goes, the old report (if any) stays.
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


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
