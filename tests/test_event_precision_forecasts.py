"""A warning of what things will do is a forecast, no threat and no criticism
(NEWS-GUIDELINES: predictions are no event); a warning of the speaker's own act, of what
awaits the warned, of a condition, or about a party keeps its code. A relative pronoun that
stands for a thing ("a test which allows the army to") grants nothing; one that stands for
a party does (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The central bank warned that inflation could rise sharply next year.",
        "Forecasters warned that the river may flood low-lying districts on Sunday.",
        "The mayor warned that the new stadium would not be a cure for the city's troubles.",
    ],
)
def test_event_precision_forecast_warning_codes_no_event(rules_only, text) -> None:
    assert all(t != "warned" for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president warned that he would cut funding to the city.", "THREATEN"),
        (
            "The minister warned that sanctions would follow if the regime continued the tests.",
            "THREATEN",
        ),
        ("The general warned the rebels that they would face a full offensive.", "THREATEN"),
        ("The governor warned that the ministry was wasting funds.", "ACCUSE"),
    ],
)
def test_event_precision_warning_of_acts_kept(rules_only, text, expected) -> None:
    assert (expected, "warned") in _events(rules_only, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Officials said new regulations, such as those that would allow banks to hold "
            "more bonds, have not been finalized.",
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
