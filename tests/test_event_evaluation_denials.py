"""A claim called false is rejected (issue 24 item 6): reported speech or a verb of naming
that calls an allegation, a report or a charge untrue is the speaker's REJECT, where the
same words said of a party are criticism. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


def _types(coder, text: str) -> list[str]:
    return [e.event for e in events_of(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator said the charges were baseless.",
        'The White House called the report "fake news."',
        '"The story is completely false," the governor\'s spokesman said.',
        "The mayor said the senator's claims were untrue.",
        "The minister described the allegations as a smear.",
    ],
)
def test_event_evaluation_denials_claim_called_false(rules, text: str) -> None:
    assert "REJECT" in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # a claim judged in other words, a finding of fact, a denial hypothesised
        "The judge said the charges were serious.",
        "The report found that the figures were false.",
        "The senator said the allegations would be false if the emails were forged.",
    ],
)
def test_event_evaluation_denials_no_denial(rules, text: str) -> None:
    assert "REJECT" not in _types(rules, text)


def test_event_evaluation_denials_party_judged_is_criticism(rules) -> None:
    types = _types(rules, "The mayor said the senator was dishonest.")
    assert "ACCUSE" in types and "REJECT" not in types
