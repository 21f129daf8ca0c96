"""Place resolution and recognition: a dateline or national capital standing alone keeps its
own reading whatever a namesake town named with a qualifier; "A, B and C" is a list, not
"town, state"; a province or state beats a small town of its name; a saint's name before
"Cathedral" is a building's, and a town after "in" inside a misread name is kept."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.records import Analysis


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder({"annotators": ["places"]})


def _places(coder: Coder, text: str) -> Analysis:
    return coder.code(text, date="2024-05-06", id="alone")


def _capital_at(analysis: Analysis, start: int) -> bool:
    place = next(p for p in analysis.places if p.start == start)
    return place.lat is not None and abs(place.lat - 38.9) < 0.2


@pytest.mark.parametrize(
    ("text", "which"),
    [
        # the dateline stays the capital although a namesake town is named later
        (
            "WASHINGTON (AP) - The senator spoke on Monday. "
            "The mayor of Washington, Pennsylvania, spoke too.",
            0,
        ),
        # "A, B and C": a list of three places, no "town, state"
        ("The tour stops in Washington, Ohio and Texas next month.", 18),
    ],
)
def test_place_resolution_capital_standing_alone(coder: Coder, text: str, which: int) -> None:
    assert _capital_at(_places(coder, text), which)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A Texas-based firm said workers in Sonora protested on Monday.", "Sonora", "MEX"),
        ("The mayor of Sonora, Texas, resigned.", "Sonora", "USA"),
    ],
)
def test_place_resolution_province_beats_small_town(
    coder: Coder, text: str, name: str, country: str
) -> None:
    place = next(p for p in _places(coder, text).places if p.text == name)
    assert place.country == country


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "In his Sunday Mass at St. Patrick's Cathedral in Boston, the bishop spoke.",
            "Boston",
            "St. Patrick",
        ),
        ("Mourners filled St. Mary's Hospital in Dallas on Monday.", "Dallas", "St. Mary"),
    ],
)
def test_place_recognition_saint_building_is_no_town(
    coder: Coder, text: str, wanted: str, unwanted: str
) -> None:
    found = [p.text for p in _places(coder, text).places]
    assert wanted in found and unwanted not in found
