"""Violent and coercive acts told apart from their look-alikes (assault11): a person wanted
by the law who is captured is arrested (COERCE), not fought; "destroy" with a prospect or a
bid as its object ruins it in words, no property destroyed; an attack told in a column or
an editorial, or undergone over how a thing was done, is criticism (ACCUSE); "wound up a
speech" is no wounding; "beat" with a score or a margin is a win. The near misses keep
their type: troops capturing a town, rebels destroying a bridge, gunmen attacking a
station, insurgents capturing prisoners."""

from __future__ import annotations

import pytest

from eventwire import code


def _types(text: str) -> list[str]:
    return [e.event for e in code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    "text",
    [
        "Police captured the two escaped inmates in the city on Tuesday.",
        "The escaped inmates were captured in the city, the sheriff's office said.",
    ],
)
def test_wanted_person_captured_is_arrest(text: str) -> None:
    types = _types(text)
    assert "COERCE" in types
    assert "ASSAULT" not in types


def test_town_captured_stays_assault() -> None:
    assert "ASSAULT" in _types("The rebels captured the town after heavy fighting.")


def test_captives_of_an_armed_group_stay_assault() -> None:
    types = _types("Insurgents captured a dozen prisoners in the raid.")
    assert "ASSAULT" in types
    assert "COERCE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The treasurer's blunder destroyed her chance of a second term on the board.",
        "The defeat destroyed any chance of a comeback for the coach.",
    ],
)
def test_figurative_destroy_is_no_coercion(text: str) -> None:
    assert "COERCE" not in _types(text)


def test_bridge_destroyed_stays_coerce() -> None:
    assert "COERCE" in _types("Rebels destroyed the bridge and three police stations.")


@pytest.mark.parametrize(
    "text",
    [
        "The coach was attacked in several editorials after the loss.",
        "The mayor was attacked in a newspaper column last week.",
        "The director came under fire over how the funds were spent.",
        "At a rally, the challenger attacked the mayor's record on housing.",
    ],
)
def test_attack_in_words_is_accuse(text: str) -> None:
    types = _types(text)
    assert "ACCUSE" in types
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the police station in the north.",
        "The village came under fire from rebel artillery overnight.",
    ],
)
def test_attack_with_force_stays_assault(text: str) -> None:
    assert "ASSAULT" in _types(text)


def test_wound_up_a_speech_is_no_wounding() -> None:
    assert "ASSAULT" not in _types("The chairwoman wound up the hearing shortly after noon.")


def test_wounded_in_an_attack_stays_assault() -> None:
    assert "ASSAULT" in _types("Two soldiers were wounded when militants attacked the convoy.")


@pytest.mark.parametrize(
    "text",
    [
        "Police are fighting corruption in the port.",
        "Nurses are battling to save the clinic from closure.",
        "The governor has battled inflation since taking office.",
    ],
)
def test_fight_against_an_ill_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fought government troops near the border.",
        "The army battled insurgents in the north.",
    ],
)
def test_fight_with_a_foe_stays_assault(text: str) -> None:
    assert "ASSAULT" in _types(text)


def test_an_act_feared_is_no_act() -> None:
    types = _types("Officials feared a possible deadly ambush on the convoy.")
    assert "ASSAULT" not in types
    assert "COERCE" not in types


def test_kept_from_acting_stays_coerce() -> None:
    assert "COERCE" in _types("Police prevented the protesters from entering the square.")


def test_a_deadly_attack_stays_assault() -> None:
    assert "ASSAULT" in _types("Another deadly attack on the convoy killed six soldiers.")


@pytest.mark.parametrize(
    "text",
    [
        "Among likely voters, Garcia beats the incumbent 48-41.",
        "The challenger beat Senator Harlan narrowly.",
    ],
)
def test_beating_a_rival_in_a_contest_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police beat the protesters with batons.",
        "Guards beat the journalist outside the election office.",
        "Jailers beat the prisoners easily and then locked the cells.",
    ],
)
def test_blows_stay_assault(text: str) -> None:
    assert "ASSAULT" in _types(text)


def test_a_wreck_that_killed_is_no_attack() -> None:
    text = "Divers raised the cargo a week after a ferry wreck that killed twelve passengers."
    assert "ASSAULT" not in _types(text)


def test_rebels_who_killed_stay_assault() -> None:
    assert "ASSAULT" in _types("Rebels wrecked the bridge and killed two guards.")
