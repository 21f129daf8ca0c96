"""Gathering in or to protest is a demonstration, PROTEST `demo` (CAMEO 141), not the
disapproval (110) PETRARCH's ASSEMBLE block gives "assemble ... protest"; the block's other
rows for its verbs stay in force. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(c, text: str) -> list:
    return c.code(text, date="2024-03-08").events


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses gathered outside the ministry to protest against the pay freeze.",
        "Farmers assembled in the main square to protest the new tariffs.",
        "Students congregated at the campus gate in protest at the arrests.",
        "Taxi drivers converged on the airport to protest against the ride-hailing apps.",
    ],
)
def test_event_lexicon_gathering_to_protest_is_a_demonstration(rules, text: str) -> None:
    events = _events(rules, text)
    assert any(e.event == "PROTEST" for e in events)
    assert not any(e.event == "ACCUSE" for e in events)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The foreign ministers gathered in Vienna for talks on Monday.", "CONSULT"),
    ],
)
def test_event_lexicon_gathering_other_rows_stay(rules, text: str, event: str) -> None:
    assert event in {e.event for e in _events(rules, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Investigators gathered evidence of the fraud for months.",
        "The committee assembled a report on the floods.",
    ],
)
def test_event_lexicon_gathering_without_protest_is_no_protest(rules, text: str) -> None:
    assert "PROTEST" not in {e.event for e in _events(rules, text)}
