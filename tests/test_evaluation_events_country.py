"""eval events compares an actor's country: the ISO alpha-3 head of its code (an old CAMEO
country code mapped to ISO), or IGO for a code that names no country."""

from __future__ import annotations

import pytest

from eventwire.evaluation.events import _country
from eventwire.petrarch import iso3_codes


def test_evaluation_events_country_codes_are_iso() -> None:
    codes = iso3_codes()
    assert {"IRQ", "USA", "JPN", "ROU"} <= codes
    assert not {"JAP", "UNO", "IGO"} & codes
    assert all(len(c) == 3 and c.isupper() for c in codes)


@pytest.mark.parametrize(
    ("code", "country"),
    [
        ("IRQGOV", "IRQ"),
        ("usa", "USA"),
        (" SYRMIL ", "SYR"),
        ("JAPGOV", "JPN"),  # CAMEO's own code for Japan
        ("UNO", "IGO"),
        ("NGOHRI", "IGO"),
        ("", None),
        (None, None),
    ],
)
def test_evaluation_events_country_of_a_code(code: str | None, country: str | None) -> None:
    assert _country(code) == country
