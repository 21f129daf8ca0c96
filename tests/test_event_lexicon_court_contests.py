"""Contending against a party in court is legal action against it: ACCUSE `allege`
(PLOVER manual, ACCUSE modes: "sue ... or bring to trial"; NEWS-GUIDELINES: ACCUSE
"sue/bring charges"), where the bare verbs "fight" and "battle" are armed fighting.
Sentences written for these tests; the rules are tested with the learned filter off."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The two councils faced off in court last month.",
        "The union fought the order in federal court.",
        "The company is locked in a legal battle with the regulator.",
        "The charity took legal action against the council.",
        "The dispute over the land is being litigated.",
    ],
)
def test_event_lexicon_court_contests_are_legal_action(rules, text: str) -> None:
    events = events_of(rules, text)
    legal = [e for e in events if e.event == "ACCUSE" and e.mode == "allege"]
    assert legal, [(e.event, e.mode, e.rule) for e in events]
    assert "ASSAULT" not in [e.event for e in events]


@pytest.mark.parametrize(
    ("text", "opponent"),
    [
        ("Both airlines battled in court with the ministry.", ["the ministry"]),
        ("The company is locked in a legal battle with the regulator.", ["the regulator"]),
        ("The publisher took its former accountant to court.", ["its former accountant"]),
        ("The two councils faced off in court last month.", []),
        ("The tenants fought the eviction in court with the help of a charity.", []),
        ("A farmer challenged the permit in court with money from his neighbours.", []),
        # a thing contested names no party, but its owner does
        ("The brewery fought the council's zoning plan in court.", ["the council's"]),
        ("The port workers challenged the new shift rota in court.", []),
        ("The ferry firm battled in court with great energy for a year.", []),
    ],
)
def test_event_lexicon_court_contests_recipient_is_the_opponent(
    rules, text: str, opponent: list[str]
) -> None:
    """The opponent in the contest is the recipient, never the court that hears it; a
    thing contested names no opponent, save through the party it belongs to."""
    legal = [e for e in events_of(rules, text) if e.event == "ACCUSE" and e.mode == "allege"]
    assert legal, events_of(rules, text)
    assert [r.text for r in legal[0].recipient] == opponent


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fought government troops in the north.",
        "Soldiers battled the militants near the border.",
    ],
)
def test_event_lexicon_court_contests_armed_fighting_stays(rules, text: str) -> None:
    types = [e.event for e in events_of(rules, text)]
    assert "ASSAULT" in types and "ACCUSE" not in types, types
