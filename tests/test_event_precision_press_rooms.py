"""Talking to the press is the plain reporting the news guidelines leave unlabelled, and
talking to customers or a campaign's voters is trade or campaigning, not a meeting of
parties; rooms of a building never act (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "Two aides spoke to The New York Times on condition of anonymity.",
        "The senator talked with journalists in Ohio.",
        "The minister spoke with reporters on Monday.",
        "The governor talked with the editors of the local newspaper over lunch.",
        "The candidate talked with supporters at a diner in Iowa.",
        "The governor spoke with voters outside the church.",
        "The shop owner talked with her customers about the new tax.",
    ],
)
def test_event_precision_talk_to_press_is_no_meeting(rules_only, text) -> None:
    assert "CONSULT" not in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The president spoke to the prime minister of Japan by phone.",
        "The envoy talked with rebel leaders in Doha.",
        "The minister talked with activists about the dam.",
    ],
)
def test_event_precision_talk_to_party_still_codes(rules_only, text) -> None:
    assert "CONSULT" in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Two guest rooms occupy the second floor of the villa.",
        "A large kitchen and a bathroom occupy the basement.",
        "The new apartment occupies the whole top storey.",
    ],
)
def test_event_precision_rooms_occupy_nothing(rules_only, text) -> None:
    assert "COERCE" not in [e for e, _ in _events(rules_only, text)]


def test_event_precision_party_still_occupies(rules_only) -> None:
    assert "COERCE" in [e for e, _ in _events(rules_only, "Rebels occupied the town hall.")]
