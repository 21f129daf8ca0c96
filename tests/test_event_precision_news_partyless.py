"""Support that names no party (annotators/event_precision_news.py, partyless_support):
a verb of praise or backing with neither an actor nor a recipient reports no act of an
actor with a political role (NEWS-GUIDELINES.md); the same verb with a party on either
side still codes SUPPORT. Sentences invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _coded(coder: Any, text: str) -> set[tuple[str, str]]:
    events = coder.code(text, date="2024-05-02").events
    return {(e.event, e.trigger.text) for e in events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A ferry deckhand was hailed as a hero after the storm on the lake.", "hailed"),
    ],
)
def test_support_of_no_party_is_no_event(rules_only: Any, text: str, trigger: str) -> None:
    assert ("SUPPORT", trigger) not in _coded(rules_only, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The governor hailed the ferry crew as heroes after the storm.", "hailed"),
        ("The Borvian premier was hailed by the opposition leader on Monday.", "hailed"),
    ],
)
def test_support_with_a_party_still_codes(rules_only: Any, text: str, trigger: str) -> None:
    assert ("SUPPORT", trigger) in _coded(rules_only, text)
