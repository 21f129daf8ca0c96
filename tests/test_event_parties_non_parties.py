"""Participants that are no parties make no event (annotators/event_parties.py): a
private person leaving a job, a thing as the actor of a co-operative or material act;
officials, governments and institutions doing the same still code (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _types(coder: Coder, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The editor quit the newspaper last month to start a podcast.",
        "He stepped down as chief executive of the bakery chain in May.",
        "The founder resigned from the software company after a row with investors.",
    ],
)
def test_event_parties_private_leaving_is_no_retreat(rules_only, text) -> None:
    assert "RETREAT" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister of Italy resigned on Tuesday.",
        "The defence minister resigned on Tuesday after the scandal.",
        "Rebels quit the town on Sunday.",
    ],
)
def test_event_parties_official_leaving_still_codes(rules_only, text) -> None:
    assert "RETREAT" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The new exhibition will allow visitors to see the letters.",
        "Improvements in the software allowed the police to trace the calls.",
        "The exhibits allow visitors to touch the fossils.",
    ],
)
def test_event_parties_thing_as_actor_codes_no_concession(rules_only, text) -> None:
    assert not {"CONCEDE", "AGREE"} & set(_types(rules_only, text))


@pytest.mark.parametrize(
    "text",
    [
        "The administration allowed the refugees to enter.",
        "The commission allowed the firm to merge.",
        "The immigration service allowed the relatives to stay.",
    ],
)
def test_event_parties_institution_still_concedes(rules_only, text) -> None:
    assert "CONCEDE" in _types(rules_only, text)


def test_event_parties_head_of_state_resigning_in_a_named_city_still_codes(rules_only) -> None:
    # the city is the scene, not the body left: the president decides
    text = "Bolivian President Carlos Mesa resigned on Monday as protesters marched in La Paz."
    assert "RETREAT" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The acceleration of rebel attacks provided good reasons to stay home.",
        "The spread of militant violence has helped the smugglers.",
        "The escalation of police raids allowed the gangs to recruit.",
        "A controversy over the army's budget allowed the opposition to regroup.",
    ],
)
def test_event_parties_course_of_events_is_no_actor(rules_only, text) -> None:
    # the phrase names parties inside ("rebel", "police"), its head is a thing
    assert not {"AID", "CONCEDE"} & set(_types(rules_only, text))


@pytest.mark.parametrize(
    "text",
    [
        "The army allowed the refugees to cross.",
        "The rebel commanders allowed the convoy to pass.",
    ],
)
def test_event_parties_armed_parties_still_concede(rules_only, text) -> None:
    assert "CONCEDE" in _types(rules_only, text)
