"""event_place and how places are named: a town written before its region is the place, a
hyphenated pair names a meeting's parties, and a participle can name where the act's own
setting was ("an indictment filed in X")."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.event_place import finest
from eventwire.records import Place


def _place(text: str, name: str, feature: str, country: str = "NGA") -> Place:
    i = text.index(name)
    return Place(text=name, start=i, end=i + len(name), name=name, country=country, feature=feature)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("troops in Ibadan Oyo State", "Ibadan"),
        ("troops in Ibadan, Oyo State", "Ibadan"),
        # a town of another country, or one not written right before, is not chosen
        ("troops from Ibadan in Oyo State", "Oyo State"),
    ],
)
def test_event_place_names_town_before_its_region(text: str, want: str) -> None:
    region = (_place(text, "Oyo State", "adm1"), "clause: 'Oyo State'")
    town = (_place(text, "Ibadan", "city"), "clause: 'Ibadan'")
    assert finest(text, region, [region, town])[0].text == want


def test_event_place_names_town_of_another_country() -> None:
    text = "troops in Ibadan Oyo State"
    region = (_place(text, "Oyo State", "adm1"), "clause")
    town = (_place(text, "Ibadan", "city", country="GHA"), "clause")
    assert finest(text, region, [region, town])[0].text == "Oyo State"


def _code(coder: Coder, text: str):  # type: ignore[no-untyped-def]
    return coder.code(text, date="2024-05-06", id="names")


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "The chef was accused in an indictment filed in federal court in Denver of "
            "trading on secrets.",
            "accused",
            "Denver",
        ),
        (
            "The senator denounced the mayor at a rally held in Toledo on Monday.",
            "denounced",
            "Toledo",
        ),
    ],
)
def test_event_place_names_participle_setting(
    coder: Coder, text: str, trigger: str, place: str
) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is not None and event.location.text == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the participle of a thing the act is about, not of its setting
        ("The minister condemned the attack carried out in Homs on Monday.", "condemned"),
        # a hyphenated pair names the parties of the meeting
        (
            "The leaders hope to use the chance of the Russia-Ukraine summit, the minister said.",
            "summit",
        ),
    ],
)
def test_event_place_names_not_the_place(coder: Coder, text: str, trigger: str) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is None
