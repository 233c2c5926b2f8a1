"""Writing a file whole or not at all: readers see the old file or the new one."""

from __future__ import annotations

import contextlib
import os
import secrets


def write_atomic(path: str, data: str | bytes) -> None:
    """Write `data` (text as UTF-8) to `path` through a temporary file renamed into place."""
    directory = os.path.dirname(path) or "."
    os.makedirs(directory, exist_ok=True)
    # The temporary name is chosen before the file exists and the file is created inside the
    # `try`: an interrupt at any point leaves nothing behind (with mkstemp, a signal between
    # the file's creation and its name being bound left the file with no one to remove it).
    tmp = os.path.join(directory, f".{os.path.basename(path)}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        if isinstance(data, str):
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(data)
        else:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        # No fsync: it cost ~5 ms a file, and a report a crash left truncated is not valid
        # JSON, which a re-run notices (batch.work reads it back) and redoes.
        os.replace(tmp, path)
    except BaseException:
        # Interrupted or failed: the temporary file goes, the old file (if any) stays.
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
