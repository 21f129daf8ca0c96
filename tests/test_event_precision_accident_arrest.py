"""An arrest that holds someone to account for an accident is part of the accident's
report, not political coercion; arrests after attacks or of political figures still are.
A disease that kills is no attacker even where its noun is parsed as a verb."""

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
def test_event_precision_accident_arrest_is_no_coercion(coder, text: str) -> None:
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
def test_event_precision_accident_arrest_other_arrests_coded(coder, text: str) -> None:
    assert "COERCE" in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The measles outbreak in the eastern province has killed 41 children since March, "
        "doctors said.",
        "The typhoid epidemic in the border camps has killed 230 refugees this year.",
    ],
)
def test_event_precision_accident_arrest_disease_no_attacker(coder, text: str) -> None:
    assert "ASSAULT" not in _types(coder, text)
