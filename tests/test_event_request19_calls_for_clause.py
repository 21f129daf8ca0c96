"""A noun of demand with a "for ... to" clause names what it asks ("amid calls for the
governor to resign"): the parser hangs the clause on the noun with "for" as its mark, and
the clause is the noun's other side, as a "for" phrase is ("calls for a ceasefire").
Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _types(rules: Any, text: str) -> list[str]:
    return [e.event for e in rules.code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke briefly amid calls for the chairman to resign.",
        "The senators kept quiet amid growing calls for the minister to step down.",
    ],
)
def test_calls_for_a_party_to_act_are_a_request(rules: Any, text: str) -> None:
    assert "REQUEST" in _types(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "The office took dozens of calls from worried parents on Monday.",
        "The mayor stayed silent amid the calls.",
    ],
)
def test_calls_without_what_they_ask_are_no_request(rules: Any, text: str) -> None:
    assert "REQUEST" not in _types(rules, text)
