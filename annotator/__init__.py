"""annotate: separates an outlet's own voice from what others said in a news article.

Use as a library: ``annotator.annotate(text, settings) -> Report``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .decode import InputError, decode_bytes, read_path
from .model import SCHEMA_VERSION, Report
from .settings import DEFAULT, Settings

if TYPE_CHECKING:
    import os

__all__ = [
    "annotate",
    "annotate_path",
    "decode_bytes",
    "read_path",
    "InputError",
    "Report",
    "Settings",
    "DEFAULT",
    "SCHEMA_VERSION",
]
__version__ = "0.1.0"


def annotate(text: str, settings: Settings | None = None) -> Report:
    """Annotate one text; every offset in the report is into this exact string."""
    from .pipeline import annotate as _annotate

    return _annotate(text, settings)


def annotate_path(path: str | os.PathLike[str], settings: Settings | None = None) -> Report:
    """Read, decode and annotate one file; raises InputError with a reason on bad input."""
    from .pipeline import annotate as _annotate

    settings = settings or DEFAULT
    text, encoding = read_path(path, settings.max_bytes)
    return _annotate(text, settings, path=str(path), encoding=encoding)
