"""The JSON Schema of the report contract (report.schema.json), shipped as package data."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "report.schema.json"


@lru_cache(maxsize=1)
def _raw() -> str:
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def load() -> dict[str, Any]:
    """The report JSON Schema (draft 2020-12) as a fresh dict."""
    return json.loads(_raw())
