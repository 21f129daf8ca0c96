"""A capitalised word inside a date the times annotator found ("in March", "since
March", "on March 3") is never an event trigger; the same word outside a date still is.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "In March the cabinet imposed new tariffs on steel imports.",
        "Talks between the two parties have stalled since March.",
        "On March 3 the council approved the new budget.",
        "The border has stayed closed since early March, officials said.",
    ],
)
def test_event_triggers_month_in_a_date_is_no_trigger(coder, text: str) -> None:
    triggers = [e.trigger.text for e in events_of(coder, text)]
    assert "March" not in triggers, triggers


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students marched on the parliament on March 3.",
        "Farmers marched to the capital in late March.",
    ],
)
def test_event_triggers_march_outside_a_date_still_codes(rules_only, text: str) -> None:
    # the trigger rule is the subject, not the learned filter's verdict on one short line
    protests = [e.trigger.text for e in events_of(rules_only, text) if e.event == "PROTEST"]
    assert protests and "March" not in protests, protests
