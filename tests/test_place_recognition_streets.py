"""Streets: recognised by their last word and placed at the town the article
names with them (``Place.basis`` "street"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import place_found

from eventwire.gazetteer import distance_km

TULSA = (36.15, -95.99)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Crews repaved Yale Avenue in Tulsa, Okla., on Monday.", "Yale Avenue"),
        ("The bakery at 210 East 5th Street in Tulsa, Okla., closed.", "East 5th Street"),
        ("Neighbors of the house at 12 Oak St., Tulsa, Okla., heard shots.", "Oak St."),
        (
            "Tulsa, Okla., police blocked Lewis Road. Traffic moved to Harvard Drive.",
            "Harvard Drive",
        ),
    ],
)
def test_place_recognition_street_at_its_town(places_coder, text, street) -> None:
    place = place_found(places_coder, text, street)
    assert place.feature == "street" and place.basis == "street"
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, *TULSA) < 161


@pytest.mark.parametrize(
    "text",
    [
        # the name goes on after the street word: an organisation, not a street
        "The Oklahoma Highway Patrol in Tulsa, Okla., closed the lanes.",
        # "St." before a name is "Saint"
        "She moved from Tulsa, Okla., to St. Louis last year.",
        # no town named: nowhere to place the street
        "Traffic slowed on Maple Avenue after the storm.",
    ],
)
def test_place_recognition_no_street(places_coder, text) -> None:
    assert not [p for p in places_coder.code(text).places if p.feature == "street"]
