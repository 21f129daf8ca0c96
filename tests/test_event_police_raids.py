"""Raids by the police are a search and seizure, COERCE seize (assault19).

PLOVER manual, COERCE mode seize: "execute search, confiscate property, raid"; a raid by
troops, militias or rebels stays an ASSAULT, and a police building raided by rebels is
the target, not the raider (``event_police_raids.police_raid``, grammar class
``police_force``). Sentences written for these tests, with invented places.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-05-02").events]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Riverton raided two homes on Tuesday.",
        "Federal investigators raided the senator's office.",
        "The homes were raided by police on Friday.",
        "The raid was carried out by anti-corruption detectives.",
    ],
)
def test_event_police_raids_coerce(rules_only: Any, text: str) -> None:
    types = _types(rules_only, text)
    assert "COERCE" in types and "ASSAULT" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "Troops raided the village at dawn.",
        "Rebels raided a police station near the border.",
        "Army officers raided the presidential palace.",
    ],
)
def test_event_police_raids_armed_raid_stays_assault(rules_only: Any, text: str) -> None:
    types = _types(rules_only, text)
    assert "ASSAULT" in types and "COERCE" not in types, types
