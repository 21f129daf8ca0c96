"""Letting a party do something ("allow X to do Y", grammar class ``permission_verb``) is
a concession (CAMEO 08) when a party grants it; said of a thing ("the festival has been
popular and has allowed families to meet the candidates") or told as the aim of an effort
with no one of its own to grant it ("an effort to end the dispute and allow the council
to focus"), it only tells what a thing or an act makes possible, and codes no CONCEDE.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from helpers import coded_over

from eventwire import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Voters said the Harvest Festival has been a fine tradition and has allowed "
            "thousands of families to meet the candidates.",
            "allowed",
        ),
        (
            "Officials made an effort to end the dispute and allow the council to focus "
            "on the budget.",
            "allow",
        ),
    ],
)
def test_what_a_thing_or_an_effort_makes_possible_is_no_concession(
    coder: Coder, text: str, word: str
) -> None:
    assert not coded_over(coder, text, "CONCEDE", word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministry allowed the reporters to visit the prison.", "allowed"),
        ("The governor permitted the strikers to return to the plant.", "permitted"),
    ],
)
def test_a_party_letting_another_act_is_a_concession(coder: Coder, text: str, word: str) -> None:
    assert coded_over(coder, text, "CONCEDE", word)
