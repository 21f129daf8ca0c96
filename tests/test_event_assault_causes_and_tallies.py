"""Look-alikes of violence read by the rules alone (assault13; sentences written for these
tests): fighting for a cause ("fought for the liberty of the press", "fought for the
principles of open government"), with or without a span of time beside it ("fought for
years for reform"), is no attack, where fighting a foe for a span of time still is; a
casualty participle that names the victims in a list ("to the families, the injured and
the bereaved") or heads a tally ("Injured: 74") reports no act, where a participle with
its agent still does."""

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


@pytest.mark.parametrize(
    "text",
    [
        "The mayor sent condolences to the families, the injured and the bereaved.",
        "Killed: 12",
        "Injured: 74",
    ],
)
def test_casualty_participle_naming_victims_is_no_act(rules_only: Coder, text: str) -> None:
    assert "ASSAULT" not in _types(rules_only, text)


def test_wounded_by_gunmen_stays_assault(rules_only: Coder) -> None:
    assert "ASSAULT" in _types(rules_only, "Four guards were wounded by gunmen at the depot.")
