"""Shared fixtures: the bundled sample and its hand-made reference annotation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "rt_russia_us_coalition.txt"
GOLD = Path(__file__).resolve().parent / "data" / "rt_russia_us_coalition.gold.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_report(seed_text):
    import annotator

    return annotator.annotate(seed_text)
