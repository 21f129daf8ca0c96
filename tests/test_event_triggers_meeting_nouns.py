"""A meeting or appeal noun whose row names its preposition is the act reported when that
phrase is there ("talks with the rebels", "calls for a ceasefire"), without a light verb or
a possessor; on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition leader stayed away pending talks with the prime minister.", "CONSULT"),
        ("The president's calls with foreign leaders are recorded by aides.", "CONSULT"),
        (
            "A private meeting between the two candidates fueled speculation about a joint ticket.",
            "CONSULT",
        ),
        (
            "In a series of meetings with opposition lawmakers, the chancellor defended a plan.",
            "CONSULT",
        ),
        ("Calls for a ceasefire grew louder after the shelling of the port.", "REQUEST"),
    ],
)
def test_event_triggers_meeting_noun_with_other_side(coder, text: str, expected: str) -> None:
    types = [e.event for e in events_of(coder, text)]
    assert expected in types, types


@pytest.mark.parametrize(
    "text",
    [
        # the "with" phrase belongs to the verb, or the noun is no meeting
        "He left the meeting with a smile.",
        "The conference room with a view of the harbour was booked for the day.",
    ],
)
def test_event_triggers_meeting_noun_without_other_side(coder, text: str) -> None:
    assert "CONSULT" not in [e.event for e in events_of(coder, text)]
