"""event_place_decisions: a state's formal decision (a vote, an approval) with no place in
the text is taken in its country (``decide`` rows of ``resources/geo/event_place.tsv``);
not a party's, not a statement, not one to come. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.annotators.event_place import read_rules


def _agree(coder: Coder, text: str):
    events = coder.code(text, date="2024-05-06", id="decisions").events
    return next(e for e in events if e.event == "AGREE")


def test_decide_rows_are_read() -> None:
    assert {"approve", "vote", "ratify"} <= read_rules()["decide"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kenya's parliament approved the new constitution on Monday.", "KEN"),
        ("Kenya approved the new constitution on Monday.", "KEN"),
        ("The upper house of the Dutch parliament voted in favor of the treaty on Tuesday.", "NLD"),
    ],
)
def test_state_decision_is_taken_at_home(coder: Coder, text: str, country: str) -> None:
    event = _agree(coder, text)
    assert event.location is not None and event.location.country == country, event.place_rule
    assert "formal decision" in event.place_rule


def test_party_decision_takes_no_country(coder: Coder) -> None:
    event = _agree(coder, "Republicans wanted to know who approved the agreements.")
    assert event.location is None, event.place_rule


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
