"""An attack between office-holders is one in words (issue 24, minor17): "attack" by
persons or bodies the actor coder gives a political sector (officials, lawmakers, parties,
former office-holders, the press; also the maker of "came back with an attack on ..."),
aimed at a politician or at a thing said, with no weapon or armed force in the sentence, is
criticism (ACCUSE, CAMEO 111); an attack with a weapon, or by gunmen, stays an assault.
Every sentence was written for these tests (invented names)."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The governor tried to attack Senator Maria Lopez over taxes.",
        "Senator Maria Lopez attacked Governor Tom Reed's record on schools.",
        "She attacked his plan.",
    ],
)
def test_attack_by_officials_is_criticism(coder, text) -> None:
    types = {e.event for e in events_of(coder, text)}
    assert "ACCUSE" in types and "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the candidate's convoy, killing two guards.",
        "A man attacked Senator Maria Lopez with a knife outside her office.",
    ],
)
def test_armed_attack_on_officials_stays_assault(coder, text) -> None:
    types = {e.event for e in events_of(coder, text)}
    assert "ASSAULT" in types and "ACCUSE" not in types


def test_attack_made_with_a_verb_is_its_subjects(rules) -> None:
    # "came back with an attack on ...": the maker is the verb's subject, a politician
    text = (
        "The former minister began by praising the party, then followed it up with a direct "
        "attack on Governor Tom Reed."
    )
    assert "ASSAULT" not in {e.event for e in events_of(rules, text)}
