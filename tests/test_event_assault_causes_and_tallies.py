"""Look-alikes of violence read by the rules alone (assault13; sentences written for these
tests): fighting for a cause ("fought for the liberty of the press", "fought for the
principles of open government"), with or without a span of time beside it ("fought for
years for reform"), is no attack, where fighting a foe for a span of time still is."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _types(coder: Coder, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The senator has fought for years for immigration reform.",
        "The mayor has long fought for the liberty of the press.",
        "The council member fought for the principles of open government.",
    ],
)
def test_fight_for_a_cause_is_no_assault(rules_only: Coder, text: str) -> None:
    assert "ASSAULT" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fought government troops for three days near the border.",
        "The militia fought for years in the hills.",
    ],
)
def test_fight_with_a_foe_for_a_time_stays_assault(rules_only: Coder, text: str) -> None:
    assert "ASSAULT" in _types(rules_only, text)
