"""A name that is both a country and a division of another country ("Georgia"): the division
when the article names other divisions or towns of its country and nothing of the namesake
country's; the actor named so takes the division's country. A person's surname that is a
country's name ("Jordan" after a given name) is never the country."""

from __future__ import annotations

import pytest

from eventwire import code


def _place(analysis, name):
    return next(p for p in analysis.places if p.text == name)


def _entity_code(analysis, text):
    for entity in analysis.entities:
        if any(text in m.text.split() for m in entity.mentions):
            return entity.code
    raise AssertionError(f"no entity {text!r}")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sheriffs in Georgia and Alabama asked for more deputies.", "USA"),
        ("The Georgia senate adjourned. Lawmakers in Ohio and Texas kept working.", "USA"),
        ("Storms hit Georgia overnight, and crews from Atlanta cleared roads.", "USA"),
        (
            "Farmers in Georgia lost crops; growers in the Carolinas and Florida fared better.",
            "USA",
        ),
        ("Monks marched in Georgia. Police in Tbilisi watched.", "GEO"),
        ("Georgia and Armenia opened a border crossing.", "GEO"),
        ("Georgia reopened its embassy in Moscow.", "GEO"),
        # a US town elsewhere is too weak a clue: only other states or a town in the state
        ("Georgia and Armenia opened a border crossing, a spokesman said in Houston.", "GEO"),
        # a neighbour of the namesake country named: other states no longer tell ...
        (
            "Turkey moved tanks toward Georgia, while Nevada and Utah sent firefighters west.",
            "GEO",
        ),
        # ... but a town inside the state still does
        ("Russia tried to hack voting machines in Georgia, officials in Atlanta said.", "USA"),
    ],
)
def test_place_resolution_namesake_division(text, country):
    analysis = code(text, date="2024-03-05")
    assert _place(analysis, "Georgia").country == country
    assert _entity_code(analysis, "Georgia") == country


@pytest.mark.parametrize(
    "text",
    [
        "Michael Jordan praised the team's owners.",
        "Former senator Barbara Jordan criticized the bill.",
    ],
)
def test_place_resolution_surname_no_country(text):
    analysis = code(text, date="2024-03-05")
    assert not any(p.country == "JOR" for p in analysis.places)
    for event in analysis.events:
        assert all(r.code != "JOR" for r in event.actor + event.recipient)
