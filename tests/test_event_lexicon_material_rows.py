"""Lexicon rows of the material acts: blows to a person's body (ASSAULT), breaking up a
gathering (COERCE), shutting a party out of decisions (SANCTION), and the idioms of the
same verbs that are none. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-05-02").events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A bodyguard shoved the photographer against a wall outside the ministry.", "ASSAULT"),
        ("Plainclothes officers manhandled an opposition lawmaker at the airport.", "ASSAULT"),
        ("The mayor's driver punched a journalist during the inauguration.", "ASSAULT"),
        ("Riot police broke up the demonstration outside the electoral commission.", "COERCE"),
        ("Officers broke up a vigil for the jailed activists on Saturday.", "COERCE"),
        ("The governor froze out his deputy from budget meetings.", "SANCTION"),
        ("The prime minister has cut his finance minister out of the talks.", "SANCTION"),
    ],
)
def test_event_lexicon_material_rows_code(rules_only, text: str, kind: str) -> None:
    assert kind in _types(rules_only, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The small party punched above its weight in the election.", "ASSAULT"),
        ("The two men shoved each other in a queue at the bakery.", "ASSAULT"),
        ("The senator cut sugar out of his diet.", "SANCTION"),
    ],
)
def test_event_lexicon_material_rows_idioms_code_nothing(rules_only, text: str, kind: str) -> None:
    assert kind not in _types(rules_only, text)
