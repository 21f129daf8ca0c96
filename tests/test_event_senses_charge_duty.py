""" "Charge" read without its sense of accusing (rows of senses.tsv, accusep14): a task
given ("charged the panel with reviewing the accounts": ``with:duty``), a price asked
("charges $500 a night": an amount of money is a ``sum``), responsibility ("in charge
of the roads": ``in-phrase``); the charge of a crime still codes ACCUSE (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The council has charged the auditors with checking that the city balanced its books.",
        "The U.N. panel has charged the monitors with verifying that the army has "
        "destroyed its heavy guns.",
        "The singer, who charges between $5,000 and $8,000 for an appearance, lost a sponsor.",
        "The mayor said the state and not the county is in charge of the water supply.",
        "The governor put her deputy in charge.",
    ],
)
def test_charge_as_task_price_or_responsibility_is_no_accusation(rules_only, text) -> None:
    assert not [t for ev, t in _events(rules_only, text) if ev == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Prosecutors charged the mayor with fraud.", "charged"),
        ("The mayor was charged with accepting bribes.", "charged"),
        ("Two men were charged with helping the gunman escape.", "charged"),
        ("The police charged the driver with killing a cyclist.", "charged"),
        ("The agency charged the firm with inflating its prices.", "charged"),
    ],
)
def test_charge_of_a_crime_still_accuses(rules_only, text, trigger) -> None:
    assert ("ACCUSE", trigger) in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    ["The bank received $5 million from the fund.", "The league invested $2 million in pitches."],
)
def test_amount_of_money_is_a_sum(rules_only, text) -> None:
    """``receive sum``, ``invest sum``: an amount of money is the sum, no visitor or partner."""
    assert not _events(rules_only, text)
