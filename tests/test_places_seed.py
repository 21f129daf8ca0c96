"""The places annotator on the seed article: every "must" place of seed-article.facts.md."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import distance_km


@pytest.fixture(scope="module")
def places(coder, seed):
    return coder.code(seed).places


def _named(places, text):
    return [p for p in places if p.text == text]


def test_places_seed_baghdad(places) -> None:
    found = _named(places, "Baghdad")
    assert len(found) == 2  # "the Iraqi capital of Baghdad" and "Austin's Baghdad visit"
    for p in found:
        assert p.country == "IRQ" and p.feature == "city" and p.geonameid == 98182
        assert distance_km(p.lat, p.lon, 33.34, 44.40) < 5


@pytest.mark.parametrize("name,iso3", [("Iraq", "IRQ"), ("Syria", "SYR"), ("Iran", "IRN")])
def test_places_seed_countries(places, name: str, iso3: str) -> None:
    found = _named(places, name)
    assert found
    assert all(p.feature == "country" and p.country == iso3 for p in found)


def test_places_seed_northeast_syria_is_a_region_of_syria(places) -> None:
    (region,) = _named(places, "northeast Syria")
    assert region.feature == "region" and region.country == "SYR" and region.geonameid is None
    assert region.lat > 35.0 and region.lon > 38.0  # north and east of Syria's point


def test_places_seed_demonyms_are_not_places(places) -> None:
    assert not [p for p in places if p.text in ("Iraqi", "Syrian", "American", "Americans")]


def test_places_seed_offsets_point_at_the_text(places, seed) -> None:
    for p in places:
        assert seed["text"][p.start : p.end] == p.text
        assert p.lat is not None and p.lon is not None
