"""A title word that is part of a place's name ("Queens" the borough, "King County") or of a
person's name ("Stephen King") gives no sector: only the role nouns beside it do."""

from __future__ import annotations

import pytest

from eventwire import code


def _refs(analysis):
    return [r for e in analysis.events for r in e.actor + e.recipient]


@pytest.mark.parametrize(
    ("text", "phrase", "sectors"),
    [
        ("Queens residents accused the mayor of neglect.", "Queens residents", ["CVL"]),
        ("A Queens man was detained by police.", "A Queens man", []),
        ("Tenants in Queens accused their landlord of fraud.", "Tenants in Queens", ["CVL"]),
        ("King County officials accused the state of underfunding buses.",
         "King County officials", ["GOV"]),
        ("Stephen King criticized the publisher.", "Stephen King", []),
        ("Martin Luther King led marches against segregation.", "Martin Luther King", []),
        ("Novelist Tabitha King praised the library.", "Novelist Tabitha King", []),
        ("The King accused the prime minister of betrayal.", "The King", ["GOV"]),
    ],
)  # fmt: skip
def test_actors_place_names_not_titles(text, phrase, sectors):
    analysis = code(text, date="2024-03-05")
    ref = next((r for r in _refs(analysis) if r.text == phrase), None)
    assert ref is not None, [r.text for r in _refs(analysis)]
    assert ref.sectors == sectors
