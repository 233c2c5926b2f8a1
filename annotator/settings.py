"""The one immutable settings object, resolved once: defaults < config file < flags."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

LEVELS = ("info", "warning")


@dataclass(frozen=True)
class Settings:
    """What the engine needs to know; the CLI builds it once and passes it down."""

    rules_paths: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    exclude_categories: tuple[str, ...] = ()
    min_level: str = "info"
    max_bytes: int = 20 * 1024 * 1024
    subjectivity_threshold: float | None = None
    sources: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def with_values(self, source: str, **values: Any) -> Settings:
        """A copy with the given values set, remembering where each came from."""
        known = {f.name for f in fields(self)}
        clean = {k: v for k, v in values.items() if v is not None and k in known and k != "sources"}
        srcs = dict(self.sources)
        srcs.update({k: source for k in clean})
        return replace(self, **clean, sources=srcs)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "sources"}


DEFAULT = Settings()
