"""What a thing is for is no act ("the program is designed to help farmers", "the drones
are intended to attack ships"), nor is a record of pledges ("the mayor's pledges to build
schools"); a party's own intent, a mission sent and one pledge keep their codes (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Those summer camps are meant to support young athletes.", "support"),
        ("The program is designed to help farmers in the north.", "help"),
        ("The new law is meant to protect journalists from harassment.", "protect"),
        ("The drones are intended to attack ships.", "intended"),
    ],
)
def test_event_precision_thing_purpose_codes_no_event(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "expected", "trigger"),
    [
        ("Russia intends to attack the port.", "THREATEN", "intends"),
        ("The president intends to meet the rebels.", "AGREE", "meet"),
        ("The troops were sent to the border.", "MOBILIZE", "sent"),
    ],
)
def test_event_precision_party_intent_kept(rules_only, text, expected, trigger) -> None:
    assert (expected, trigger) in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Voters remember the mayor's pledges to build new schools.",
        "The government broke its promises to the farmers.",
    ],
)
def test_event_precision_record_of_pledges_codes_no_agree(rules_only, text) -> None:
    assert "AGREE" not in [e for e, _ in _events(rules_only, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The president's promise to withdraw troops by May angered allies.",
        "The minister made a promise to resign.",
    ],
)
def test_event_precision_one_pledge_kept(rules_only, text) -> None:
    assert "AGREE" in [e for e, _ in _events(rules_only, text)]
