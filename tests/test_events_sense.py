"""A trigger codes only with the arguments its sense needs: releasing or freeing people
is RETREAT, releasing documents or figures is no event (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _types(coder, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The campaign released the senator's tax returns on Friday.",
        "The report was released by the ministry on Monday.",
        "The statistics office released new unemployment figures.",
        "The governor improved his standing in the polls.",
    ],
)
def test_events_sense_thing_object_codes_nothing(coder, text) -> None:
    assert "RETREAT" not in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels released twelve hostages on Sunday.",
        "The militants freed two aid workers after talks.",
        "He was released from custody on Tuesday.",
    ],
)
def test_events_sense_party_object_is_retreat(coder, text) -> None:
    assert "RETREAT" in _types(coder, text)
