"""The parts of an accident's report that are no political act: an arrest that holds
someone to account for it, a state of emergency declared for it, a toll whose own phrase
names the accident, the injured as a noun phrase, a disease or a storm that kills, and a
vehicle named by whose it is ("a police van"). Attacks told in the same words still are."""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> list[str]:
    events = coder.code(text, date="2024-05-02").events
    return [e.event for e in events if "negation" not in e.aux]


@pytest.mark.parametrize(
    "text",
    [
        "A tanker overturned on the bypass and caught fire. Six people died. Police arrested "
        "the owner of the transport company.",
        "Twelve workers were killed when a boiler exploded at the paper mill. The mill's "
        "manager was arrested on charges of negligence.",
        "Nineteen villagers died after drinking toxic home-made brew. Police have registered a "
        "case and arrested two men for selling the liquor.",
        "The roof of the wedding hall collapsed during the ceremony, killing 8 guests. The "
        "contractor who built the hall has been detained.",
    ],
)
def test_event_precision_accident_reports_is_no_coercion(coder, text: str) -> None:
    assert "COERCE" not in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # an attack beside it: the arrest may be of its perpetrators
        "A bomb exploded at a bus depot, killing six people. Police arrested the owner of "
        "the car used in the attack.",
        # no accident: an arrest of a political figure
        "Police arrested the owner of an opposition newspaper on Tuesday.",
        # an accident, but the arrested are protesters, not those who answer for it
        "A dam burst, flooding four villages. Police arrested 30 protesters who blocked the "
        "highway.",
    ],
)
def test_event_precision_accident_reports_other_arrests_coded(coder, text: str) -> None:
    assert "COERCE" in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The measles outbreak in the eastern province has killed 41 children since March, "
        "doctors said.",
        "The typhoid epidemic in the border camps has killed 230 refugees this year.",
    ],
)
def test_event_precision_accident_reports_disease_no_attacker(coder, text: str) -> None:
    assert "ASSAULT" not in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # the soldiers searching before it make no attack of the toll the avalanche took
        "Soldiers searched the slopes on Sunday. Three porters were killed in the avalanche.",
        "A tour bus skidded off the road near the pass. The injured were flown to the "
        "capital by police helicopter.",
        "An army truck carrying recruits skidded off a bridge, killing six of them.",
        "A police van overturned on the highway. Two constables were killed.",
        "Thunderstorms lashed the plains on Monday, killing nine villagers.",
        "Passengers jumped from the burning bus as it came to a halt.",
    ],
)
def test_event_precision_accident_reports_no_attack(coder, text: str) -> None:
    assert "ASSAULT" not in _types(coder, text)


@pytest.mark.parametrize(
    "text", ["Firefighters pulled 14 guests from a burning guesthouse on the lake shore."]
)
def test_event_precision_accident_reports_burning_thing_no_act(coder, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & set(_types(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Four people were killed in the fire started by the mob.",
        "Militants ambushed an army truck, killing six soldiers.",
    ],
)
def test_event_precision_accident_reports_attack_coded(coder, text: str) -> None:
    assert "ASSAULT" in _types(coder, text)


@pytest.mark.parametrize(
    ("text", "coerced"),
    [
        (
            "A wildfire approached the town on Tuesday. Two people died of smoke "
            "inhalation. The governor declared a state of emergency.",
            False,
        ),
        (
            "The governor declared a state of emergency after days of riots in the town.",
            True,
        ),
    ],
)
def test_event_precision_accident_reports_emergency(coder, text: str, coerced: bool) -> None:
    assert ("COERCE" in _types(coder, text)) is coerced
