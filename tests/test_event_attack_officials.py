"""An attack between office-holders is one in words (issue 24, minor17): "attack" by
persons or bodies the actor coder gives a political sector (officials, lawmakers, parties,
former office-holders, the press; also the maker of "came back with an attack on ..."),
aimed at a politician or at a thing said, with no armed force in the sentence and no weapon
as its instrument, is criticism (ACCUSE, CAMEO 111); a weapon that is only the topic of the
words ("a bill on handguns") leaves it criticism; an attack with a weapon, or by gunmen,
stays an assault. Every sentence was written for these tests (invented names)."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Ines Varga attacked the mayor's rifle buyback plan.",
        "The senator attacked the governor's proposal to license shotguns.",
    ],
)
def test_weapon_as_the_topic_leaves_criticism(coder, text) -> None:
    # the weapon sits inside what is attacked, not in the attacker's hands
    types = {e.event for e in events_of(coder, text)}
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_former_office_holder_attacks_in_words(coder) -> None:
    # a former office-holder (sector ELI) attacks as office-holders do
    text = "A former premier, Olav Brenner, attacked the finance minister over pension cuts."
    types = {e.event for e in events_of(coder, text)}
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_attack_made_with_a_conjoined_verb_is_its_subjects(rules) -> None:
    # "... and came back with an attack on ...": the attack's maker is the subject of the
    # verb that "came" is conjoined to, a candidate, so the attack is one in words
    text = (
        "The nominee praised her staff and came back with a blunt attack on the "
        "Democratic National Committee."
    )
    types = {e.event for e in events_of(rules, text)}
    assert "ACCUSE" in types and "ASSAULT" not in types
