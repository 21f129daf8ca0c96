"""A call on a party to act is one REQUEST: the act demanded is part of the demand, also
where the parser hangs the infinitive as an adverbial clause rather than a complement
("called on the voters … to back the measure"); an infinitive of purpose after a demand
for a thing stays its own event. On sentences written for these tests (issue 24)."""

from __future__ import annotations

import pytest
from helpers import events_of

from eventwire import nlp


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The governor called on voters across the state to back the measure next month.", "back"),
        (
            "The senator, speaking at a rally, called on the president to praise the soldiers.",
            "praise",
        ),
        ("The coalition called upon the ministry to investigate the attack.", "investigate"),
    ],
)
def test_event_triggers_requested_act_in_adverbial_clause_is_absorbed(
    coder, text: str, act: str
) -> None:
    doc = nlp.parse(coder.nlp, text)
    assert next(t for t in doc if t.text == act).dep_ == "advcl"  # the shape under test
    events = events_of(coder, text)
    assert [e.event for e in events] == ["REQUEST"], [(e.event, e.trigger.text) for e in events]


def test_event_triggers_purpose_after_demand_for_thing_stays(coder) -> None:
    text = "The council demanded the documents to investigate the contract."
    doc = nlp.parse(coder.nlp, text)
    assert next(t for t in doc if t.text == "investigate").dep_ == "advcl"
    triggers = [e.trigger.text for e in events_of(coder, text)]
    assert "demanded" in triggers and "investigate" in triggers, triggers


def test_event_triggers_pledged_act_in_adverbial_clause_is_absorbed(coder) -> None:
    text = "The militia vowed on Sunday to storm the harbour forts within days."
    doc = nlp.parse(coder.nlp, text)
    assert next(t for t in doc if t.text == "storm").dep_ == "advcl"
    events = events_of(coder, text)
    assert [(e.event, e.trigger.text) for e in events] == [("THREATEN", "vowed")], events


@pytest.mark.parametrize(
    "text",
    [
        "The union asked members to back the deal and to praise the negotiators.",
        "The senator urged colleagues to reject the bill and condemn the agency.",
    ],
)
def test_event_triggers_conjoined_requested_acts_are_one_request(coder, text: str) -> None:
    events = events_of(coder, text)
    assert [e.event for e in events] == ["REQUEST"], [(e.event, e.trigger.text) for e in events]


def test_event_triggers_finite_conjunct_after_demand_is_reported(coder) -> None:
    text = "The union asked members to back the deal and praised the negotiators."
    triggers = [(e.event, e.trigger.text) for e in events_of(coder, text)]
    assert ("SUPPORT", "praised") in triggers, triggers
