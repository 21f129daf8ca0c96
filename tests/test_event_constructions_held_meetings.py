"""A meeting noun told as held by a relative clause of a verb of holding ("each meeting
that the mayor had with managers") is a meeting reported (PLOVER CONSULT): the clause's
subject is who held it, its "with" phrase the other side. A meeting the clause tells only
as cancelled or skipped, as never held, or under a modal ("will hold") is not reported as
held (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _consults(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [
        (e.trigger.text, " ".join(a.text for a in e.actor), " ".join(r.text for r in e.recipient))
        for e in coder.code(text, date="2024-03-08").events
        if e.event == "CONSULT"
    ]


@pytest.mark.parametrize(
    ("text", "actor", "other"),
    [
        (
            "The auditors counted each meeting that the mayor had with hospital managers.",
            "the mayor",
            "hospital managers",
        ),
        (
            "Leaked notes describe a meeting that the treasurer had with hedge fund managers.",
            "the treasurer",
            "hedge fund managers",
        ),
    ],
)
def test_meeting_held_in_a_relative_clause_is_consult(rules_only, text, actor, other) -> None:
    assert ("meeting", actor, other) in _consults(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The auditors counted each meeting that the mayor cancelled last spring.",
        "The auditors counted each meeting that the mayor skipped.",
        # negated or modal: the clause tells no meeting held
        "The inquiry now turns on a meeting the treasurer never held with the bankers.",
        "Nobody yet knows the agenda of the talks the mayor will hold with the unions.",
    ],
)
def test_meeting_not_held_in_the_relative_clause_codes_no_consult(rules_only, text) -> None:
    assert _consults(rules_only, text) == []
