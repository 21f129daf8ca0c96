"""A relative pronoun that stands for a thing ("a test which allows the army to") is no
party to a material or co-operative act: a thing grants nothing; one that stands for a
party keeps the act (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The council debated permits such as those that allow miners to dig near rivers.",
            "allow",
        ),
        (
            "The ministry said the test, which experts said allows the army to build smaller "
            "warheads, was a success.",
            "allows",
        ),
    ],
)
def test_event_precision_relative_clause_of_a_thing_codes_no_event(
    rules_only, text, trigger
) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "expected", "trigger"),
    [
        ("The company that allowed workers to strike was fined.", "CONCEDE", "allowed"),
        (
            "The ministry, which allowed reporters to visit the camp, denied the claims.",
            "CONCEDE",
            "allowed",
        ),
        ("The court allowed the company to resume drilling.", "CONCEDE", "allowed"),
        (
            "The rebels, who released three hostages on Monday, demanded a ransom.",
            "RETREAT",
            "released",
        ),
    ],
)
def test_event_precision_relative_clause_of_a_party_kept(
    rules_only, text, expected, trigger
) -> None:
    assert (expected, trigger) in _events(rules_only, text)
