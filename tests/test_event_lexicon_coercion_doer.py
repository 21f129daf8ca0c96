"""Destroying property is COERCE `destroy` only as a party's act (lexicon flag doer; PLOVER
manual: "intentional destruction of property"): soldiers, rebels or an army that demolish,
destroy or blow up a thing keep the event; a scheme that "destroys" farms in words, a thing
destroyed by no one named, or something that "blew up" by itself report no coercion.
Preventing is COERCE `restrict` on the same terms (flag doer): guards keeping migrants from
crossing, not fog or a speaker's fence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import code


def _types(text: str) -> list[str]:
    return [e.event for e in code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers demolished the houses of the two suspects.",
        "The army blew up the bridge near the border.",
    ],
)
def test_party_destroying_property_is_coerce(text: str) -> None:
    assert "COERCE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new tax rules are destroying small family farms, the senator said.",
        "The old warehouse was destroyed last year.",
        "Something blew up over the harbour and the smoke rose for hours.",
    ],
)
def test_destroying_without_a_party_is_no_coercion(text: str) -> None:
    assert "COERCE" not in _types(text)


def test_party_preventing_an_act_is_coerce() -> None:
    assert "COERCE" in _types("Border guards prevented the migrants from crossing the bridge.")


@pytest.mark.parametrize(
    "text",
    [
        "He said he voted for a fence to try to prevent smugglers from crossing.",
        "Heavy fog prevented the ferry from leaving port.",
    ],
)
def test_preventing_by_no_party_is_no_coercion(text: str) -> None:
    assert "COERCE" not in _types(text)
