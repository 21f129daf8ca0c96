"""A verb of endorsement in the simple present with a thing as its object tells a stance
held, not an act (annotators/event_precision_support.py; NEWS-GUIDELINES: opinions are no
event): "the senator supports the proposal", "she endorses a plan". The near misses still
code SUPPORT: the past or the future ("endorsed the proposal", "will back the plan"), a
party as the object or the owner of the thing ("supports the governor", "backs the
mayor's plan", "backs the plan of the council"), a relative clause that sorts parties by
their side, and a headline's present. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _support(coder: Coder, text: str) -> list[str]:
    events = coder.code(text, date="2024-03-08").events
    return [e.trigger.text for e in events if e.event == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Roe supports the proposal to raise the fuel levy.",
        "The former governor says he endorses a plan to widen the coastal highway.",
        "The opposition leader champions the new law on overtime pay.",
        "The party chairman supports the reform of the pension system.",
    ],
)
def test_event_support_stance_held_is_no_event(rules_only, text) -> None:
    assert _support(rules_only, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The city council endorsed the proposal to rename the harbour road.", "endorsed"),
        ("Senator Ada Roe will back the plan when it comes to a vote.", "back"),
        ("Senator Ada Roe supports Governor Tom Hale in the primary.", "supports"),
        ("The governor backs the mayor's plan to widen the coastal road.", "backs"),
        ("The harbour master supports the proposal by Governor Lena Moss.", "supports"),
        ("The union leader backs the plan of the city council to cut bus fares.", "backs"),
        ("Five towns that support the ruling filed briefs against the agency.", "support"),
    ],
)
def test_event_support_act_or_party_backed_stays(rules_only, text, trigger) -> None:
    assert trigger in _support(rules_only, text)
