"""A vehicle make named as a car is no toponym; the same name after "in" is a town."""

from __future__ import annotations

import pytest
from helpers import places_by_text

from eventwire import Coder
from eventwire.annotators.place_recognition import vehicle_makes


@pytest.mark.parametrize(
    "text,make",
    [
        ("A 1998 Toyota Corolla hit a parked van on Tuesday.", "Toyota"),
        ("The Toyota failed to yield at the light.", "Toyota"),
        ("Police stopped a 2003 Honda Accord near the school.", "Honda"),
        ("Deputies said the Pontiac swerved into a ditch.", "Pontiac"),
    ],
)
def test_place_recognition_vehicle_make_is_no_place(
    places_coder: Coder, text: str, make: str
) -> None:
    assert make not in places_by_text(places_coder, text)


@pytest.mark.parametrize(
    "text,town",
    [
        ("She grew up in Pontiac and later moved away.", "Pontiac"),
        ("He drove his truck to Lincoln on Sunday.", "Lincoln"),
    ],
)
def test_place_recognition_vehicle_make_after_place_preposition_is_town(
    places_coder: Coder, text: str, town: str
) -> None:
    assert town in places_by_text(places_coder, text)


def test_place_recognition_vehicle_makes_file_read() -> None:
    makes = vehicle_makes()
    assert {"toyota", "pontiac"} <= makes
    assert all(m == m.casefold() for m in makes)
