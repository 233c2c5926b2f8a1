"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 by BOM, cp1252 for legacy files."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

# Control characters other than tab, newline, carriage return, form feed and vertical tab.
_CONTROL = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) | {0x7F}
# cp1252 leaves these bytes undefined: a file containing them is not cp1252 text.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """Input that cannot be annotated; the message names the problem, not the file."""

    def __init__(self, reason: str, path: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw bytes; return (text, encoding name) or raise InputError."""
    if not data:
        raise InputError("empty file")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {name} after its byte-order mark at byte {exc.start}")
            return _checked(text), name
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            f"not valid UTF-8 (byte {utf8_error.start}) and not cp1252 text either"
        ) from None
    return _checked(text), "cp1252"


def _checked(text: str) -> str:
    if not text.strip():
        raise InputError("empty file (only white space)")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) in _CONTROL)
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise InputError("binary file (control characters)")
    return text


def read_path(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Read and decode a file; every failure becomes an InputError naming the problem."""
    name = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory, not a file", name)
        size = p.stat().st_size
        if max_bytes and size > max_bytes:
            raise InputError(f"too large ({size} bytes; the limit is {max_bytes})", name)
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", name) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", name) from None
    if max_bytes and len(data) > max_bytes:
        raise InputError(f"too large ({len(data)} bytes; the limit is {max_bytes})", name)
    try:
        text, encoding = decode_bytes(data)
    except InputError as exc:
        raise InputError(exc.reason, name) from None
    return text, encoding
