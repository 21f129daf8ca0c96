"""event_place: an agreement or a promise (a ``stated`` type of ``event_place.tsv``) is a
statement to the dateline: placed there only where its sentence says it was made before
people; a place in its clause, or a town council's town, still places it."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.annotators.event_place import read_rules

_LINE = "OSLO, May 6 (Reuters) - "


def test_event_place_stated_rows() -> None:
    rules = read_rules()
    assert "agree" in rules["stated"] and "agree" not in rules["verbal"]


def test_event_place_stated_promise_not_at_dateline(rules_only: Coder) -> None:
    text = _LINE + "The Norwegian government promised on Monday to release the detained crew."
    event = event_by_trigger(rules_only.code(text, date="2024-05-06", id="stated"), "promised")
    assert event.event == "AGREE"
    assert event.location is None
    assert "a statement not said to be made there (AGREE)" in (event.place_rule or "")


@pytest.mark.parametrize(
    ("text", "trigger", "place", "rule"),
    [
        # made before people: the reporter at the dateline heard it
        (
            _LINE + "The Norwegian government promised at a news conference on Monday to "
            "release the detained crew.",
            "promised",
            "OSLO",
            "dateline:",
        ),
        # a town council agrees in its town (the local story's rules are unchanged)
        (
            "The Springfield city council agreed on Monday to repair the bridge.",
            "agreed",
            "Springfield city",
            "town body:",
        ),
    ],
)
def test_event_place_stated_still_placed(
    rules_only: Coder, text: str, trigger: str, place: str, rule: str
) -> None:
    event = event_by_trigger(rules_only.code(text, date="2024-05-06", id="stated"), trigger)
    assert event.event == "AGREE"
    assert event.location is not None and event.location.text == place
    assert (event.place_rule or "").startswith(rule)
