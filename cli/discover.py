"""Turning the PATH arguments into a stable, sorted list of inputs."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DEFAULT_GLOBS = ("*.txt", "*.md")
STDIN = "-"


@dataclass(frozen=True)
class Input:
    """One article to annotate: where it is read from, how it is named, where its report goes."""

    path: str  # what is opened ("-" for standard input)
    name: str  # what reports and tables call it (the path as the user would write it)
    relative: str  # its place under --output-dir, mirroring the input tree
    error: str | None = None  # found wrong before reading (missing path...)


def discover(
    args: Sequence[str],
    globs: Sequence[str] = DEFAULT_GLOBS,
    excludes: Sequence[str] = (),
    skip_dirs: Sequence[str] = (),
) -> list[Input]:
    """Files named directly, then files found under each directory; each path once.

    A file named on the command line is taken whatever its extension (the user asked for it);
    files inside directories must match one of `globs` and none of `excludes`, and hidden
    files and directories (.git, .venv...) are passed over, as are `skip_dirs` (the output
    directory). Directories are walked in sorted order; a directory reached twice through
    symlinks is walked once.
    """
    out: list[Input] = []
    seen: set[str] = set()
    for arg in args:
        if arg == STDIN:
            if STDIN not in seen:
                seen.add(STDIN)
                out.append(Input(STDIN, "<stdin>", "stdin"))
            continue
        if os.path.isdir(arg):
            found = list(_walk(arg, globs, excludes, skip_dirs))
            if not found and arg not in seen:
                seen.add(arg)
                pats = ", ".join(globs or DEFAULT_GLOBS)
                out.append(
                    Input(arg, printable(arg), "input", f"directory holds no files matching {pats}")
                )
            for path in found:
                key = os.path.realpath(path)
                if key in seen:
                    continue
                seen.add(key)
                rel = os.path.relpath(path, arg)
                out.append(Input(path, printable(path), _safe_relative(rel), _not_regular(path)))
            continue
        key = os.path.realpath(arg) if os.path.exists(arg) else arg
        if key in seen:
            continue
        seen.add(key)
        rel = _safe_relative(os.path.basename(arg))
        if not os.path.lexists(arg):
            out.append(Input(arg, printable(arg), rel, "no such file"))
        else:
            out.append(Input(arg, printable(arg), rel))
    return out


def _not_regular(path: str) -> str | None:
    # A named pipe, socket or device found in a folder would block the run or never end;
    # one named on the command line is read as asked (`annotate <(curl ...)`).
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # reading it will say what is wrong
    if stat.S_ISREG(mode):
        return None
    kind = (
        "a named pipe"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else ("a device")
    )
    return f"not a regular file ({kind}); only files named on the command line are read as is"


def _matches(name: str, rel: str, patterns: Iterable[str]) -> bool:
    # A pattern with a slash is matched against the path under the root, otherwise the name.
    for pat in patterns:
        target = rel if "/" in pat else name
        if fnmatch.fnmatchcase(target, pat):
            return True
    return False


def _walk(
    root: str, globs: Sequence[str], excludes: Sequence[str], skip_dirs: Sequence[str] = ()
) -> Iterable[str]:
    visited: set[tuple[int, int]] = set()
    try:
        top = os.stat(root)
        top_id = (top.st_dev, top.st_ino)
    except OSError:
        top_id = None
    for skip in skip_dirs:
        try:
            st = os.stat(skip)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) != top_id:  # a folder inside the inputs, not the inputs
            visited.add((st.st_dev, st.st_ino))  # as if already walked

    def walk(directory: str) -> Iterable[str]:
        try:
            st = os.stat(directory)
        except OSError:
            return
        ident = (st.st_dev, st.st_ino)
        if ident in visited:  # a symlink loop or a second way into the same directory
            return
        visited.add(ident)
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = os.path.join(directory, entry.name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            if _matches(entry.name, rel, excludes):
                continue
            try:
                is_dir = entry.is_dir()  # follows symlinks; loops are cut by `visited`
            except OSError:
                is_dir = False
            if is_dir:
                yield from walk(path)
            elif _matches(entry.name, rel, globs or DEFAULT_GLOBS):
                yield path

    yield from walk(root)


def printable(path: str) -> str:
    """A path as text that any UTF-8 output can hold: undecodable bytes become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _safe_relative(rel: str) -> str:
    # Never let a mirrored path climb out of the output directory.
    parts = [p for p in rel.replace(os.sep, "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts) or "input"
