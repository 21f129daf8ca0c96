"""A meeting noun told as held by a relative clause of a verb of holding ("the meetings
the governor had with executives") is a meeting reported (PLOVER CONSULT): the clause's
subject is who held it, its "with" phrase the other side. A meeting the clause tells only
as cancelled or skipped is not reported as held (sentences written for these tests)."""

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
            "The auditors listed the meetings the governor had with company executives.",
            "the governor",
            "company executives",
        ),
        (
            "Half of the meetings the minister had with foreign envoys were with donors.",
            "the minister",
            "foreign envoys",
        ),
    ],
)
def test_meeting_held_in_a_relative_clause_is_consult(rules_only, text, actor, other) -> None:
    assert ("meetings", actor, other) in _consults(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The auditors listed the meetings the governor cancelled last spring.",
        "The auditors listed the meetings the governor skipped.",
    ],
)
def test_meeting_not_held_in_the_relative_clause_codes_no_consult(rules_only, text) -> None:
    assert _consults(rules_only, text) == []
