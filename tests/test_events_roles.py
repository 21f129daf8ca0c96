"""Roles and status in verbal acts: "accused X of ..." names X alone as the recipient; a
pledge of legal action is a threat (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _events(coder, text: str):
    return coder.code(text, date="2024-03-08").events


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The senator accused the governor of lying about the budget.", "the governor"),
        ("Union leaders accused the board of breaking its promises.", "the board"),
    ],
)
def test_events_roles_accused_of_names_the_accused(coder, text, recipient) -> None:
    ev = next(e for e in _events(coder, text) if e.event == "ACCUSE")
    assert [r.text for r in ev.recipient] == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor vowed to sue the newspaper.",
        "The company pledged to sue the regulator over the fine.",
    ],
)
def test_events_roles_pledge_to_sue_is_a_threat(coder, text) -> None:
    types = [e.event for e in _events(coder, text)]
    assert "THREATEN" in types and "ACCUSE" not in types, types
