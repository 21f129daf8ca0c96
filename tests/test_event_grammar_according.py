"""A participle standing as a preposition fills no pattern word with its verb's lemma:
"according to" names no accord, so "according to officials, X struck / cut ..." is no
"strike/cut &deal_noun" (AGREE). Sentences written for these tests, not taken from any
article."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("According to two officials, the ministry will cut the budget.", "AGREE"),
        ("According to witnesses, the militants struck the village at dawn.", "AGREE"),
        ("The jet was cleared to land again, according to the aviation agency.", "AGREE"),
    ],
)
def test_event_grammar_according_no_accord(rules_only, text: str, absent: str) -> None:
    assert absent not in [e.event for e in events_of(rules_only, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two parties struck an accord on Tuesday, according to state media.", "AGREE"),
        ("According to witnesses, the militants struck the village at dawn.", "ASSAULT"),
    ],
)
def test_event_grammar_according_acts_kept(rules_only, text: str, expected: str) -> None:
    assert expected in [e.event for e in events_of(rules_only, text)]
