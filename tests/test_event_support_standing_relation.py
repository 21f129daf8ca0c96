"""A standing relation (``standing_relation_verb``): recognising or working with a party
in the simple present, said of a third party outside the headline, tells a state held,
not an act; the past, the perfect and the speaker's own "we recognize" stay
(``event_precision_support.py``); on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruritania recognized the new government in Zenda on Monday.", "SUPPORT"),
        ('"We recognize the new government," the minister said.', "SUPPORT"),
        ("Sweden has recognized Palestine, the foreign minister said.", "SUPPORT"),
    ],
)
def test_recognition_as_act_is_coded(rules_only, text: str, expected: str) -> None:
    types = [e.event for e in events_of(rules_only, text)]
    assert expected in types, types


@pytest.mark.parametrize(
    "text",
    [
        "The province still recognizes the exiled government in Zenda.",
        "The new charter formally recognizes the unions of the dock workers.",
    ],
)
def test_recognition_held_is_none(rules_only, text: str) -> None:
    types = [e.event for e in events_of(rules_only, text)]
    assert "SUPPORT" not in types, types
