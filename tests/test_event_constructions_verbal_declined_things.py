"""A decision not to act is a refusal (REJECT, CAMEO 12) when the act declined is an event
or falls on a party or an accord; declining to do something to a thing ("not to renew the
lease") refuses no one. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _types(rules: Any, text: str) -> list[str]:
    return [e.event for e in rules.code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    "text",
    [
        "The company decided not to renew the lease.",
        "The council chose not to repaint the old footbridge this year.",
        "The club opted not to replace the stadium's floodlights.",
    ],
)
def test_event_constructions_verbal_declined_things_no_reject(rules: Any, text: str) -> None:
    assert "REJECT" not in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government decided not to renew the ceasefire agreement.",
        "The rebels decided not to release the hostages.",
        "The ministry chose not to invite the opposition leaders.",
        "The governor chose not to give the union any answer.",
    ],
)
def test_event_constructions_verbal_declined_things_parties_stay(rules: Any, text: str) -> None:
    assert "REJECT" in _types(rules, text)
