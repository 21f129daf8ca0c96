"""Accuracy floors on LGL (local US news, dev): both halves, recognition and resolution."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path
from helpers import check_floor, floor_items

from eventwire import Coder
from eventwire.evaluation import geo

FLOORS = Path(__file__).parent / "floors" / "geo_lgl.json"


@pytest.fixture(scope="module")
def report() -> dict:
    gold = shared_path("eval", "geo", "lgl-dev.xml")
    return geo.evaluate(gold, Coder({"annotators": ["places"]}))


@pytest.mark.slow
@pytest.mark.parametrize("name,floor", floor_items(FLOORS))
def test_places_floor_on_lgl(report: dict, name: str, floor: float) -> None:
    check_floor(report, name, floor)


@pytest.mark.slow
def test_places_lgl_halves_agree(report: dict) -> None:
    """A rule that fits language scores alike on both halves (within 0.05)."""
    tune, check = report["halves"]["tune"], report["halves"]["check"]
    for section, measure in (("resolution", "accuracy_161km"), ("recognition", "recall")):
        gap = abs(tune[section][measure] - check[section][measure])
        assert gap <= 0.05, f"{section}.{measure}: tune and check differ by {gap:.3f}"
