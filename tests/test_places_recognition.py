"""The places annotator on constructed sentences: recognition, resolution, bad input."""

from __future__ import annotations

import pytest
from helpers import place_found, places_by_text

from eventwire import Coder, gazetteer
from eventwire.annotators.places import dateline


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
        ("Fires burned in Washington state.", "Washington state", "USA", "adm1"),
        ("Rebels shelled Idlib province.", "Idlib province", "SYR", "adm1"),
    ],
)
def test_places_resolution_by_context(
    places_coder: Coder, text: str, name: str, iso3: str | None, feature: str
) -> None:
    place = place_found(places_coder, text, name)
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
    place = place_found(places_coder, text, region)
    assert place.feature == "region" and place.country == iso3 and place.lat is not None


@pytest.mark.parametrize(
    "text,not_places",
    [
        ("Iraqi and Syrian officials met American diplomats.", ["Iraqi", "Syrian", "American"]),
        ("Hurricane Harvey flooded homes.", ["Harvey"]),
        ("Mr. Austin said the Pentagon agreed.", ["Austin"]),
        ("He walked down Hampton Avenue to Washington University.", ["Hampton", "Washington"]),
    ],
)
def test_places_not_places(places_coder: Coder, text: str, not_places: list[str]) -> None:
    found = places_by_text(places_coder, text)
    assert not set(found) & set(not_places), found


@pytest.mark.parametrize(
    "text,place",
    [
        ("BAGHDAD, March 7 (Reuters) - Lawmakers met.", (0, 7)),
        ("KYIV, Ukraine (AP) — Shelling resumed.", (0, 4)),
        ("WASHINGTON — The Senate voted.", (0, 10)),
        ("  NEW YORK, Jan. 5 - Markets fell.", (2, 10)),
        ("LONDON The Latest on the poisoning.", (0, 6)),
        ("RALEIGH, N.C. (AP) - A report shows.", (0, 7)),
        ("BEIRUT (AP) \ufffd A spokesman says.", (0, 6)),
        ("LOS ANGELES: An actress said.", (0, 11)),
        ("Lawmakers met in Baghdad.", None),
        ("US President Biden said so.", None),
        ("NATO Secretary General spoke.", None),
        ("THE END", None),
    ],
)
def test_places_dateline(text: str, place: tuple[int, int] | None) -> None:
    found = dateline(text, gazetteer.load())
    assert (found[:2] if found else None) == place


def test_places_dateline_is_a_place(places_coder: Coder) -> None:
    text = "BAGHDAD, March 7 (Reuters) - Lawmakers met on Tuesday."
    place = place_found(places_coder, text, "BAGHDAD")
    assert place.name == "Baghdad" and place.country == "IRQ"


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


def test_places_every_place_has_coordinates(places_coder: Coder) -> None:
    text = "Residents fled to Khayelitsha and Cape Town."
    places = places_coder.code(text).places
    assert [p.text for p in places] == ["Cape Town"]
    assert all(p.lat is not None and p.lon is not None and p.country for p in places)


def test_places_keep_unresolved_setting(places_coder: Coder) -> None:
    coder = Coder({"annotators": ["places"], "places_keep_unresolved": True})
    places = places_by_text(coder, "Residents fled to Khayelitsha and Cape Town.")
    assert places["Khayelitsha"].lat is None and places["Cape Town"].lat is not None


@pytest.mark.parametrize(
    "text,abbreviation,state",
    [
        ("SPRINGFIELD, Ill. (AP) - Officials said.", "Ill.", "Illinois"),
        ("CONCORD, N.H. (AP) - Voters went out.", "N.H.", "New Hampshire"),
        ("He moved to Charleston, W.Va. last year.", "W.Va.", "West Virginia"),
    ],
)
def test_places_state_abbreviations(
    places_coder: Coder, text: str, abbreviation: str, state: str
) -> None:
    place = place_found(places_coder, text, abbreviation)
    assert place.name == state and place.feature == "adm1"
