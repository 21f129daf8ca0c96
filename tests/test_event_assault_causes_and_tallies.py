"""Look-alikes of violence read by the rules alone (assault13; sentences written for these
tests): a struggle for a cause ("fought for the liberty of the press", "battled on behalf of
principles"), with or without a span of time beside it ("for two decades"), is no attack,
where fighting a foe for a span of time still is, and so is a fight "for their rights" by
armed men; a participle of bodily harm that names the victims in a list ("to the crew, the
wounded and the stranded") or heads a tally ("Wounded: 31") reports no act, where a
participle with its agent still does, and so does a tally of arrests or protests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _types(coder: Coder, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "For two decades the pastor has fought for racial equality.",
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
        "Insurgents have fought for their rights in the mountains since spring.",
    ],
)
def test_fight_with_a_foe_for_a_time_stays_assault(rules_only: Coder, text: str) -> None:
    assert "ASSAULT" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor sent word to the crew, the wounded and the stranded.",
        "Money poured in for the orphans, the wounded, and the widows.",
        "Killed: 12",
        "Wounded: 31",
    ],
)
def test_casualty_participle_naming_victims_is_no_act(rules_only: Coder, text: str) -> None:
    assert "ASSAULT" not in _types(rules_only, text)


def test_wounded_by_gunmen_stays_assault(rules_only: Coder) -> None:
    assert "ASSAULT" in _types(rules_only, "Four guards were wounded by gunmen at the depot.")


@pytest.mark.parametrize(
    ("text", "event"), [("Arrested: 40", "COERCE"), ("Protested: 5", "PROTEST")]
)
def test_tally_of_no_casualty_stays_an_act(rules_only: Coder, text: str, event: str) -> None:
    assert event in _types(rules_only, text)
