"""Places in local news: the recognition patterns and the disambiguation clues, each with the
clue the resolver records in ``Place.basis``. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.gazetteer import distance_km


def _places(coder: Coder, text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for p in coder.code(text).places:
        out.setdefault(p.text, []).append(p)
    return out


# text, toponym, (lat, lon) it must lie within 161 km of, feature, basis (None: any)
CASES = [
    # "X County", "X Parish": second-level divisions
    (
        "Sheriff deputies in Buncombe County searched the farm on Monday.",
        "Buncombe County",
        (35.6, -82.5),
        "adm2",
        None,
    ),
    (
        "Two men were arrested in Tangipahoa Parish late Friday.",
        "Tangipahoa Parish",
        (30.6, -90.4),
        "adm2",
        None,
    ),
    # "City, St.": an AP abbreviation after a town qualifies it and is the state
    (
        "A barn burned near Corinth, Miss., on Sunday.",
        "Corinth",
        (34.9, -88.5),
        "city",
        "qualifier",
    ),
    ("A barn burned near Corinth, Miss., on Sunday.", "Miss.", (32.7, -89.7), "adm1", "only"),
    ("Crews from Ithaca, N.Y., helped clear the road.", "N.Y.", (42.8, -75.8), "adm1", "only"),
    # "City, ST": a postal code, read only after a town
    ("Volunteers from Bozeman, MT drove north.", "MT", (46.9, -110.4), "adm1", "only"),
    ("Volunteers from Bozeman, MT drove north.", "Bozeman", (45.7, -111.0), "city", "qualifier"),
    # the dateline: a small town the model does not tag, near the dateline's town
    (
        "ITHACA -- Police said a truck overturned near Auburn on Tuesday.",
        "Auburn",
        (42.9, -76.6),
        "city",
        "dateline",
    ),
    # places named together: the smaller Hammond beside the only Ponchatoula
    (
        "The road between Ponchatoula and Hammond was closed after the crash.",
        "Hammond",
        (30.5, -90.46),
        "city",
        "nearby",
    ),
    # containment: a town inside a country or division the article names
    (
        "Flood officials in Scotland said Perth was spared the worst.",
        "Perth",
        (56.4, -3.4),
        "city",
        "containment",
    ),
    # one sense per name: the bare mention keeps its qualified reading
    (
        "A barn burned near Corinth, Miss., on Sunday. Firefighters from Corinth put it out.",
        "Corinth",
        (34.9, -88.5),
        "city",
        None,
    ),
    # population, the last resort
    ("The flight from Paris landed late.", "Paris", (48.85, 2.35), "city", "prior"),
]


@pytest.mark.parametrize(("text", "name", "point", "feature", "basis"), CASES)
def test_places_local_clue(places_coder, text, name, point, feature, basis) -> None:
    found = _places(places_coder, text)
    assert name in found, f"{name!r} not recognised in {text!r}: {sorted(found)}"
    place = found[name][0]
    assert place.lat is not None and place.lon is not None
    km = distance_km(place.lat, place.lon, *point)
    assert km <= 161, f"{name!r} placed at {place.name} ({place.country}), {km:.0f} km off"
    assert place.feature == feature
    if basis is not None:
        assert place.basis == basis


def test_places_local_same_name_basis(places_coder) -> None:
    found = _places(
        places_coder,
        "A barn burned near Corinth, Miss., on Sunday. Firefighters from Corinth put it out.",
    )
    first, second = found["Corinth"]
    assert (first.basis, second.basis) == ("qualifier", "same name")
    assert (first.lat, first.lon) == (second.lat, second.lon)


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        # a state's abbreviation or postal code alone is a word
        ("The deal was fine, OK?", "OK"),
        # a town's name after no place word, as a team's name, is no place
        ("She met with Auburn coaches on Friday.", "Auburn"),
        # after a place word, but the model calls it an organisation: a small town will not do
        ("The bill stalled in Congress on Tuesday.", "Congress"),
        # a title before the name makes it a person
        ("Mr. Corinth said the barn was old.", "Corinth"),
    ],
)
def test_places_local_filters(places_coder, text, not_a_place) -> None:
    assert not_a_place not in _places(places_coder, text)


def test_places_local_every_resolved_place_has_a_basis(places_coder) -> None:
    text = (
        "ITHACA, N.Y. -- Police said a truck overturned near Auburn on Tuesday. Deputies "
        "from Cayuga County and officers in Syracuse helped. Paris and Moscow sent notes."
    )
    places = places_coder.code(text).places
    assert places and all(p.basis for p in places if p.lat is not None)
