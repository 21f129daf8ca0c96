"""Ignoring is refusing only what a party asked or laid down (REJECT, CAMEO 12; the
``ignore &ignored_demand`` row after PETRARCH's IGNORE block): an order, a ruling, advice
or an appeal ignored is a refusal; a scandal, a problem or a practice ignored is neglect
(sentences written for these tests, with invented names)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The president ignored his advisers' advice against the trip.",
        "The rebels ignored the ceasefire order.",
        "The ministry ignored the court's ruling on the strike.",
    ],
)
def test_event_lexicon_ignored_demand_is_a_refusal(rules_only, text) -> None:
    assert ("REJECT", "ignored") in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The moderators ignored the governor's scandals.",
        "Those billing practices were ignored by the regulators for a decade.",
        "The council ignored the problem for a decade.",
    ],
)
def test_event_lexicon_ignored_matter_is_no_refusal(rules_only, text) -> None:
    assert ("REJECT", "ignored") not in _events(rules_only, text)
