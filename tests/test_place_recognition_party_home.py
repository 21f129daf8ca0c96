"""A legislator's home after a party letter ("Rep. Jane Roe, D-Springfield") is a toponym."""

from __future__ import annotations

import pytest
from helpers import place_found, places_by_text

from eventwire import Coder


@pytest.mark.parametrize(
    "text,name,feature",
    [
        ("The levy passed, said Rep. Jane Doe, D-Braxton, after the vote.", "Braxton", "adm2"),
        ("The plan came from Sen. Bo Lee, DFL-Cook, on Monday.", "Cook", "adm2"),
        ("The bill came from Rep. Ann Poe (R-Elkhart) on Monday.", "Elkhart", "city"),
    ],
)
def test_place_recognition_party_home_found(
    places_coder: Coder, text: str, name: str, feature: str
) -> None:
    place = place_found(places_coder, text, name)
    assert (place.feature, place.country) == (feature, "USA")


@pytest.mark.parametrize(
    "text,name",
    [
        # no party letter, or the letter not set off as a party: nothing read from the pattern
        ("The grade was a solid B-Braxton said, then left.", "Braxton"),
        ("Vitamin D-Cook recipes sold well.", "Cook"),
    ],
)
def test_place_recognition_party_home_needs_party_after_comma(
    places_coder: Coder, text: str, name: str
) -> None:
    assert name not in places_by_text(places_coder, text)
