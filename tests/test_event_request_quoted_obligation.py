"""A quoted sentence with no verb of saying that binds another party to an act with
"must", "should" or "ought" is the quote's speaker's demand (REQUEST, CAMEO 100;
annotators/event_quoted_demands.py); the speaker's own side, everyone, the public, a
state, a complaint in the passive, a reproach in the perfect and a question demand
nothing (sentences written for these tests, with invented names)."""

from __future__ import annotations

import pytest
from helpers import events_of

_LEAD = '"The harbour is closed," the mayor of Eastport said on Monday. '


def _quoted_requests(coder, text: str) -> list[str]:
    return [
        e.trigger.text
        for e in events_of(coder, _LEAD + text)
        if e.event == "REQUEST" and "quoted obligation" in e.rule
    ]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ('"The governor should resign immediately."', "resign"),
        ('"The unions ought to end the strike."', "end"),
        ('"The port authority must reopen the harbour."', "reopen"),
        ('"The depot must be shut down."', "shut"),
        # a verb of saying that is itself the act asked
        ('"The harbour board must report its costs by June."', "report"),
        # a first-person possessor of the other side ("our rivals") binds them, not us
        ('"Our rivals should apologise to the dockers."', "apologise"),
        ('"Our opponents must withdraw the ferry levy."', "withdraw"),
    ],
)
def test_event_request_quoted_obligation_on_a_party(rules_only, text, act) -> None:
    assert act in _quoted_requests(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        '"We must do better next year."',
        # the speaker's own side and the public bind no other party
        '"Our union must finish the new contract before winter."',
        '"My office should publish the figures this week."',
        '"Residents should keep their windows shut tonight."',
        '"Voters must choose a new council in the autumn."',
        '"No one should wait that long for a ferry."',
        '"The clerk should be glad about the ferry timetable."',
        '"The fishermen should not be forced to wait for weeks."',
        '"The council should have acted sooner."',
        '"Why should the port pay for the repairs?"',
        '"The council must reopen the harbour," the mayor said.',
    ],
)
def test_event_request_quoted_obligation_binding_no_other_party(rules_only, text) -> None:
    assert _quoted_requests(rules_only, text) == []


def test_event_request_quoted_obligation_after_a_condition(rules_only) -> None:
    """A negation before the modal is the condition's, not the demand's."""
    text = '"If the minister does not, she should resign at once."'
    assert "resign" in _quoted_requests(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        '"Our crew must win the regatta," the skipper said.',
        "The skipper said our crew must win the regatta.",
    ],
)
def test_event_request_speech_path_binds_no_own_side(rules_only, text) -> None:
    """A vow of the speaker's side under a verb of saying is no REQUEST either (``owned``
    in the speech path, event_triggers)."""
    events = events_of(rules_only, _LEAD + text)
    assert [e.trigger.text for e in events if e.event == "REQUEST"] == []
