"""A missile launch, or missiles launched into the sea, is a weapons test: MOBILIZE
weapons (PLOVER MOBILIZE: a show of military capability short of the use of force;
lexicon block "Weapons tests", assault19). Missiles fired at a party stay an attack.
Sentences written for these tests, with an invented country.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-05-02").events]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania launched two missiles into the ocean off its coast.",
        "Ruritania's missile launch on Friday alarmed its neighbours.",
    ],
)
def test_event_lexicon_weapons_tests_mobilize(rules_only: Any, text: str) -> None:
    assert "MOBILIZE" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Satellite images showed new missile launch sites near the coast.",
        "The agency delayed the launch of its weather satellite.",
    ],
)
def test_event_lexicon_weapons_tests_not_a_launch(rules_only: Any, text: str) -> None:
    assert "MOBILIZE" not in _types(rules_only, text)


def test_event_lexicon_weapons_tests_fired_at_stays_assault(rules_only: Any) -> None:
    types = _types(rules_only, "The army fired three missiles at the rebels.")
    assert "ASSAULT" in types and "MOBILIZE" not in types
