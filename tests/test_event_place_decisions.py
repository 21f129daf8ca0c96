"""event_place_decisions: a state's formal decision (a vote, an approval) with no place in
the text is taken in its country (``decide`` rows of ``resources/geo/event_place.tsv``);
not a party's, not a statement, not one to come. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.annotators.event_place import read_rules


def _event(coder: Coder, text: str, kind: str = "AGREE"):
    events = coder.code(text, date="2024-05-06", id="decisions").events
    found = next((e for e in events if e.event == kind), None)
    assert found is not None, [(e.event, e.trigger.text) for e in events]
    return found


def _agree(coder: Coder, text: str):
    return _event(coder, text)


def test_decide_rows_are_read() -> None:
    assert {"approve", "vote", "ratify"} <= read_rules()["decide"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kenya's parliament approved the new constitution on Monday.", "KEN"),
        ("Kenya approved the new constitution on Monday.", "KEN"),
        ("The Dutch parliament approved the new constitution on Tuesday.", "NLD"),
    ],
)
def test_state_decision_is_taken_at_home(coder: Coder, text: str, country: str) -> None:
    event = _agree(coder, text)
    assert event.location is not None and event.location.country == country, event.place_rule
    assert "formal decision" in event.place_rule


@pytest.mark.parametrize(
    "text",
    [
        # a person of the country, not the country: the mention is more than its name
        "Kenya's richest man approved the deal on Monday.",
        "The Kenyan opposition party approved the deal on Monday.",
    ],
)
def test_party_decision_takes_no_country(coder: Coder, text: str) -> None:
    event = _agree(coder, text)
    assert event.location is None, event.place_rule


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets passed over the village on Monday.",
        "The French army passed through the village on Monday.",
    ],
)
def test_motion_with_a_decision_verb_is_not_a_decision(coder: Coder, text: str) -> None:
    events = coder.code(text, date="2024-05-06", id="decisions").events
    assert not any("formal decision" in (e.place_rule or "") for e in events), [
        (e.event, e.place_rule) for e in events
    ]


def test_place_in_the_clause_comes_first(coder: Coder) -> None:
    text = "Kenya's parliament approved the new constitution in Mombasa on Monday."
    event = _agree(coder, text)
    assert event.location is not None and event.location.name == "Mombasa", event.place_rule


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's parliament plans to approve the new constitution next week.",
        "Kenya's parliament would approve the new constitution if the president asked.",
        "Kenya's parliament approved the new constitution in 2009, the minister recalled.",
    ],
)
def test_decision_to_come_or_of_the_past_is_not_placed(coder: Coder, text: str) -> None:
    event = _agree(coder, text)
    assert event.location is None, event.place_rule
