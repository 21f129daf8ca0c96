"""A town or county before its own services or people ("Roselle police") is a toponym."""

from __future__ import annotations

import pytest
from helpers import place_found, places_by_text

from eventwire import Coder


@pytest.mark.parametrize(
    "text,name,feature",
    [
        ("Roselle police ticketed forty drivers last week.", "Roselle", "city"),
        ("Gainesville Police Officer Sam Hill saw the car.", "Gainesville", "city"),
        ("Boone County Sheriff Al Roe spoke to reporters.", "Boone County", "adm2"),
        ("The Huntsville Fire Department put out the blaze.", "Huntsville", "city"),
        ("Many Wheaton residents came to the hearing.", "Wheaton", "city"),
    ],
)
def test_place_recognition_local_heads_found(
    places_coder: Coder, text: str, name: str, feature: str
) -> None:
    place = place_found(places_coder, text, name)
    assert (place.feature, place.country) == (feature, "USA")


@pytest.mark.parametrize(
    "text",
    [
        # a title before the name, or a name the gazetteer does not know: no toponym
        "Mayor Tim Police said the budget was tight.",
        "Zqxville police said nothing.",
        "Ford officials said sales fell.",
    ],
)
def test_place_recognition_local_heads_not_everywhere(places_coder: Coder, text: str) -> None:
    assert places_by_text(places_coder, text) == {}
