"""A dateline after the headline: the upper-case place opening the article's body."""

from __future__ import annotations

import pytest
from helpers import place_found

from eventwire import Coder
from eventwire.annotators.place_recognition import headline_dateline


@pytest.mark.parametrize(
    "text,place,region",
    [
        ("Gusts tip over trailers. SALINA, Kan. High winds tipped trailers.", "SALINA", "Kan."),
        ("Lost dog found in pond. HUDSON -- Deputies said a dog swam.", "HUDSON", None),
        ("Fewer patrols. MOUNT GILEAD (AP) -- A court will close.", "MOUNT GILEAD", None),
        ("Man held. BEIRUT: A man was held on Monday.", "BEIRUT", None),
    ],
)
def test_place_recognition_headline_dateline_found(
    text: str, place: str, region: str | None
) -> None:
    line = headline_dateline(text)
    assert line is not None
    assert text[line[0] : line[1]] == place
    assert (text[line[2] : line[3]] if line[2] is not None else None) == region


@pytest.mark.parametrize(
    "text",
    [
        "Budget passes. The council met on Monday.",
        "Budget passes. WOW what a night it was.",
        "No. AB -- two letters are no dateline.",
    ],
)
def test_place_recognition_headline_dateline_absent(text: str) -> None:
    assert headline_dateline(text) is None


@pytest.mark.parametrize(
    "text,name",
    [
        ("Council trims the road budget. TORRINGTON — The council cut spending.", "TORRINGTON"),
        ("Gusts tip over trailers. SALINA, Kan. High winds tipped trailers.", "SALINA"),
    ],
)
def test_place_recognition_headline_dateline_is_toponym(
    places_coder: Coder, text: str, name: str
) -> None:
    assert place_found(places_coder, text, name).country == "USA"
