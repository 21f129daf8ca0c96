"""Ignoring is refusing only what a party asked or laid down (REJECT, CAMEO 12; the
``ignore &ignored_demand`` and ``ignore call for`` rows after PETRARCH's IGNORE block): an
order, a ruling, a request or a call for an act ignored is a refusal; a scandal, a
problem, a practice, a word that only modifies the object ("warning signs") or a phone
call ignored is neglect (sentences written for these tests, with invented names)."""

from __future__ import annotations

import pytest
from helpers import events_of


def _rejections(coder, text: str) -> list[str]:
    return [e.trigger.text for e in events_of(coder, text) if e.event == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor ignored the advice of his own budget office.",
        "The rebels ignored the ceasefire order.",
        "The ministry ignored the court's ruling on the strike.",
        "The harbour master ignored a request from the fishermen to reopen the pier.",
        "The chancellor ignored calls for a recount.",
    ],
)
def test_event_lexicon_ignored_demand_is_a_refusal(rules_only, text) -> None:
    assert "ignored" in _rejections(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The moderators ignored the governor's scandals.",
        "For a decade the regulators ignored how the clinics billed their patients.",
        "The council ignored the problem for a decade.",
        # a demand word that only modifies the object, and a call that asks for nothing
        "The harbour board ignored the warning lights on the old crane.",
        "The senator ignored the phone calls from the newsroom.",
    ],
)
def test_event_lexicon_ignored_matter_is_no_refusal(rules_only, text) -> None:
    assert "ignored" not in _rejections(rules_only, text)
