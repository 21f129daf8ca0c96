"""Working with a party (COOPERATE, the ``work with`` row): an act between parties when
the other side is a public party and the verb tells an act (past, perfect, future, a
gerund); a standing relation in the simple present, work with private people (of a named
country too) or a participle describing people is none
(``event_precision_support.py``); on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The governor worked with the police to find the attackers.",
        "The Ruritanian embassy has worked closely with the interior ministry on the visas.",
        "The army has worked with the rebels on a ceasefire plan.",
        "The mayor said she looked forward to working with the new council.",
    ],
)
def test_work_with_public_party_is_cooperation(rules_only, text: str) -> None:
    types = [e.event for e in events_of(rules_only, text)]
    assert "COOPERATE" in types, types


@pytest.mark.parametrize(
    "text",
    [
        # the simple present: a standing relation, no act
        "The security firm works with federal agencies across the country.",
        "The charity works closely with the police in three provinces.",
        # private people or bodies on the other side
        "The volunteers worked with children at the shelter.",
        "She worked with the company for ten years before joining the campaign.",
        "He worked with reporters on the story.",
        # private people of a named country: a demonym gives a code, not a public party
        "The volunteers worked with Kenyan children at the shelter.",
        "He worked with Kenyan farmers.",
        "The ministry worked with Kenyan journalists on the report.",
        # a participle that tells who the people are, no act
        "Officials working with the United Nations said the death toll had risen to 40.",
        "Aid workers working with the Red Cross were evacuated on Monday.",
    ],
)
def test_work_with_standing_or_private_is_none(rules_only, text: str) -> None:
    types = [e.event for e in events_of(rules_only, text)]
    assert "COOPERATE" not in types, types
