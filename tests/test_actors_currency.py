"""A country name that marks a currency ("US $20 million", "NZ $5,000") is part of an
amount of money: it is no mention of the country, and no pronoun resolves to it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The former minister was accused of stealing US $20 million, much of it sent abroad.",
        "It cost US $4 million, and the opposition blamed it on the mayor.",
        "The contractor was paid US $900,000, but it was never enough.",
        "Auditors found that US $3 million had gone missing from the relief fund.",
        "The club offered US $5 million for the striker.",
    ],
)
def test_actors_currency_is_no_country(coder, text: str) -> None:
    analysis = coder.code(text, date="2020-05-04")
    assert all(e.code != "USA" for e in analysis.entities), [
        (e.code, [m.text for m in e.mentions]) for e in analysis.entities
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The US sent $4 million in aid to the flood victims.", "USA"),
        ("Officials in the US said the $2 million grant was approved.", "USA"),
    ],
)
def test_actors_currency_country_before_an_amount_still_named(coder, text: str, code: str) -> None:
    assert code in {e.code for e in coder.code(text, date="2020-05-04").entities}
