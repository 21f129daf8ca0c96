"""The places annotator on constructed sentences: recognition, resolution, bad input."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.annotators.places import dateline


@pytest.fixture(scope="module")
def places_coder(coder) -> Coder:
    return Coder({"annotators": ["places"]})


def _places(coder: Coder, text: str) -> dict[str, object]:
    return {p.text: p for p in coder.code(text).places}


@pytest.mark.parametrize(
    "text,name,iso3,feature",
    [
        ("He flew from Paris, Texas to Dallas.", "Paris", "USA", "city"),
        ("Talks were held in Paris on Monday.", "Paris", "FRA", "city"),
        ("Officials in Washington said the plan was dead.", "Washington", "USA", "city"),
        ("Protesters gathered in St. Petersburg and Moscow.", "St. Petersburg", "RUS", "city"),
        ("Troops moved into Georgia from Russia.", "Georgia", "GEO", "country"),
        ("The firm moved from Atlanta, Georgia to Savannah.", "Georgia", "USA", "adm1"),
        ("The storm hit Mexico on Friday.", "Mexico", "MEX", "country"),
        ("Rents are rising in New York.", "New York", "USA", "city"),
        ("Fighting spread across the Middle East.", "Middle East", None, "region"),
    ],
)
def test_places_resolution_by_context(
    places_coder: Coder, text: str, name: str, iso3: str | None, feature: str
) -> None:
    found = _places(places_coder, text)
    assert name in found, found
    place = found[name]
    assert place.country == iso3 and place.feature == feature


@pytest.mark.parametrize(
    "text,region,iso3",
    [
        ("Clashes broke out in northern Iraq.", "northern Iraq", "IRQ"),
        ("Gold miners moved into southern Guyana.", "southern Guyana", "GUY"),
        ("A base in northeast Syria was hit.", "northeast Syria", "SYR"),
    ],
)
def test_places_direction_makes_a_region(
    places_coder: Coder, text: str, region: str, iso3: str
) -> None:
    place = _places(places_coder, text)[region]
    assert place.feature == "region" and place.country == iso3 and place.lat is not None


@pytest.mark.parametrize(
    "text,not_places",
    [
        ("Iraqi and Syrian officials met American diplomats.", ["Iraqi", "Syrian", "American"]),
        ("Hurricane Harvey flooded homes.", ["Harvey"]),
        ("Mr. Austin said the Pentagon agreed.", ["Austin"]),
    ],
)
def test_places_not_places(places_coder: Coder, text: str, not_places: list[str]) -> None:
    found = _places(places_coder, text)
    assert not set(found) & set(not_places), found


@pytest.mark.parametrize(
    "text,place",
    [
        ("BAGHDAD, March 7 (Reuters) - Lawmakers met.", (0, 7)),
        ("KYIV, Ukraine (AP) — Shelling resumed.", (0, 4)),
        ("WASHINGTON — The Senate voted.", (0, 10)),
        ("  NEW YORK, Jan. 5 - Markets fell.", (2, 10)),
        ("Lawmakers met in Baghdad.", None),
        ("THE END", None),
    ],
)
def test_places_dateline(text: str, place: tuple[int, int] | None) -> None:
    found = dateline(text)
    assert (found[:2] if found else None) == place


def test_places_dateline_is_a_place(places_coder: Coder) -> None:
    found = _places(places_coder, "BAGHDAD, March 7 (Reuters) - Lawmakers met on Tuesday.")
    assert found["BAGHDAD"].name == "Baghdad" and found["BAGHDAD"].country == "IRQ"


@pytest.mark.parametrize(
    "text",
    [
        "\u200b\u200b",
        "“Unbalanced quote in Baghdad",
        "Ἀθῆναι and 北京 and Москва",
        "...,,,---",
        "north",
        "NORTHEAST",
        "In" + " Iraq" * 500,
    ],
)
def test_places_odd_input_never_crashes(places_coder: Coder, text: str) -> None:
    analysis = places_coder.code(text)
    for p in analysis.places:
        assert text[p.start : p.end] == p.text
