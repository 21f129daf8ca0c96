"""A national capital is named for its government: it vouches for no neighbouring town."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.gazetteer import distance_km


@pytest.fixture(scope="module")
def resolver():
    return Coder({"annotators": ["places"]}).annotators[0].resolver


@pytest.mark.parametrize(
    ("names", "town"),
    [
        (["Washington", "Oxford"], "Oxford"),
        (["Washington", "Easton"], "Easton"),
        (["Ottawa", "Wakefield"], "Wakefield"),
    ],
)
def test_place_resolution_capital_is_no_neighbour(resolver, names, town) -> None:
    readings = resolver.resolve_with_basis(names)
    capital = readings[0][0]
    entry, basis = readings[names.index(town)]
    assert capital is not None and capital.capital
    assert entry is not None
    assert basis != "nearby"
    assert distance_km(entry.lat, entry.lon, capital.lat, capital.lon) > 161
