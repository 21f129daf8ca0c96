"""A court's order to pay a penalty is a sanction by court order (SANCTION ``convict``,
PLOVER manual: an entity "sanctioned via court-order"), not a request; an order to pay
anything else stays a REQUEST. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _types(rules: Any, text: str) -> list[str]:
    return [e.event for e in rules.code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    "text",
    [
        "The court ordered the company to pay $5 million in damages.",
        "The judge ordered the two men to pay a fine of $500.",
        "The firm was ordered to pay damages to the families.",
        "The judge also ordered Smith and Jones to pay $2 million in damages.",
    ],
)
def test_order_to_pay_a_penalty_is_a_sanction(rules: Any, text: str) -> None:
    types = _types(rules, text)
    assert "SANCTION" in types and "REQUEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered the treasury to pay the workers' salaries.",
        "The governor ordered the ministry to pay the teachers.",
    ],
)
def test_order_to_pay_no_penalty_stays_a_request(rules: Any, text: str) -> None:
    types = _types(rules, text)
    assert "REQUEST" in types and "SANCTION" not in types
