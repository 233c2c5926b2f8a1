"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 by BOM, cp1252 for legacy files.

Nothing is normalised: the decoded string is the text every offset of a report refers to
(a byte-order mark is not part of it). Every failure is an InputError with a short reason.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

# Control characters other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# Longest BOMs first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_CODEC = {"utf-8-sig": "utf-8"}
# One well-formed UTF-8 multi-byte sequence. A legacy cp1252 file practically never holds one
# (it would take pairs like "Ã©"); a file that has them and also invalid bytes is damaged or
# mixed UTF-8, and decoding it as cp1252 would turn every non-ASCII character into mojibake.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_SNIFF = 65536

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1252")


class InputError(Exception):
    """Input that cannot be annotated; `reason` names the problem, `path` the input."""

    def __init__(self, reason: str, path: str | None = None, kind: str = "unreadable"):
        super().__init__(reason)
        self.reason = reason
        self.path = path
        # One of: missing, directory, unreadable, too-large, empty, binary, encoding.
        self.kind = kind

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason

    def named(self, path: str) -> InputError:
        """The same error, naming the input."""
        return InputError(self.reason, path, self.kind)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw bytes; return (text, encoding name from ENCODINGS) or raise InputError."""
    if not data:
        raise InputError("empty file", kind="empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            codec = _BOM_CODEC.get(name, name)
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"invalid {codec.upper()} at byte {exc.start + len(bom)}"
                    f" after its byte-order mark ({exc.reason})",
                    kind="encoding",
                ) from None
            return _checked(text, bom_only=True), name
    if b"\x00" in data:
        # No text encoding without a BOM that we accept puts NUL bytes in text.
        raise InputError(*_nul_reason(data))
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _UTF8_MULTIBYTE.search(data):
        raise InputError(
            f"invalid UTF-8 at byte {utf8_error.start} ({utf8_error.reason}) in a file that is "
            "otherwise UTF-8: damaged or mixed encoding",
            kind="encoding",
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (byte {utf8_error.start}) and not cp1252 either"
            f" (byte 0x{data[exc.start]:02x} at {exc.start})",
            kind="encoding",
        ) from None
    return _checked(text), "cp1252"


def _nul_reason(data: bytes) -> tuple[str, None, str]:
    head = data[:4096]
    if len(head) >= 4:
        odd_nuls = head[1::2].count(0) / (len(head) // 2)
        even_nuls = head[0::2].count(0) / ((len(head) + 1) // 2)
        if odd_nuls > 0.9 and even_nuls < 0.1 or even_nuls > 0.9 and odd_nuls < 0.1:
            reason = "looks like UTF-16 without a byte-order mark (not supported: save as UTF-8)"
            return reason, None, "encoding"
    return "binary file (contains NUL bytes)", None, "binary"


def _checked(text: str, bom_only: bool = False) -> str:
    if not text:
        raise InputError(
            "empty file (only a byte-order mark)" if bom_only else "empty file", kind="empty"
        )
    if not text.strip():
        raise InputError("empty file (only white space)", kind="empty")
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters)", kind="binary")
    sample = text[:_SNIFF]
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise InputError("binary file (control characters)", kind="binary")
    return text


def read_stream(
    stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "<stdin>"
) -> tuple[str, str]:
    """Read and decode a byte stream (standard input), reading at most max_bytes + 1 bytes."""
    try:
        data = stream.read(max_bytes + 1) if max_bytes else stream.read()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", name) from None
    if max_bytes and len(data) > max_bytes:
        raise InputError(
            f"too large (more than {max_bytes} bytes, the limit)", name, kind="too-large"
        )
    try:
        return decode_bytes(data)
    except InputError as exc:
        raise exc.named(name) from None


def read_path(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Read and decode a file; every failure becomes an InputError naming the file."""
    name = str(path)
    try:
        if Path(path).is_dir():
            raise InputError("is a directory, not a file", name, kind="directory")
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise InputError("is a directory, not a file", name, kind="directory")
            if max_bytes and stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
                raise InputError(
                    f"too large ({st.st_size} bytes; the limit is {max_bytes})",
                    name,
                    kind="too-large",
                )
            # Bounded even when the size is unknown (a pipe, /dev/zero).
            data = fh.read(max_bytes + 1) if max_bytes else fh.read()
    except FileNotFoundError:
        raise InputError("no such file", name, kind="missing") from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", name, kind="directory") from None
    except NotADirectoryError:
        raise InputError(
            "no such file (a parent is not a directory)", name, kind="missing"
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", name) from None
    except ValueError:
        raise InputError("invalid path (contains a NUL character)", name, kind="missing") from None
    if max_bytes and len(data) > max_bytes:
        raise InputError(
            f"too large (more than {max_bytes} bytes, the limit)", name, kind="too-large"
        )
    try:
        return decode_bytes(data)
    except InputError as exc:
        raise exc.named(name) from None
