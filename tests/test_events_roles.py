"""Roles and status in verbal acts: "accused X of ..." names X alone as the recipient; a
pledge of legal action is a threat; a warning threatens only with a consequence, and a
warning that a party does wrong criticises it (sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The senator accused the governor of lying about the budget.", "the governor"),
        ("Union leaders accused the board of breaking its promises.", "the board"),
    ],
)
def test_events_roles_accused_of_names_the_accused(coder, text, recipient) -> None:
    ev = next(e for e in events_of(coder, text) if e.event == "ACCUSE")
    assert [r.text for r in ev.recipient] == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor vowed to sue the newspaper.",
        "The company pledged to sue the regulator over the fine.",
    ],
)
def test_events_roles_pledge_to_sue_is_a_threat(coder, text) -> None:
    types = [e.event for e in events_of(coder, text)]
    assert "THREATEN" in types and "ACCUSE" not in types, types


@pytest.mark.parametrize(
    ("text", "expected", "recipient"),
    [
        (
            "Rights groups warned that the interior ministry was wasting public funds.",
            "ACCUSE",
            "the interior ministry",
        ),
        ("Officials warned Pyongyang that it would pay a heavy price.", "THREATEN", "Pyongyang"),
    ],
)
def test_events_roles_warning_threatens_only_with_a_consequence(
    coder, text, expected, recipient
) -> None:
    events = events_of(coder, text)
    assert [e.event for e in events] == [expected]
    assert [r.text for r in events[0].recipient] == [recipient]
