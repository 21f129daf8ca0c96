"""An attack noun carried only by "call" is named or reported, not made (assault19).

"call" is the light verb of a strike, a rally or a meeting ("the union called a strike"),
never of an attack: "called the shooting an act of terror" gives a name, "calls of a
shooting" are reports (``event_precision_material.MaterialSubjects``). Sentences written
for these tests, with invented places.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-05-02").events]


@pytest.mark.parametrize(
    "text",
    [
        "Police received several calls of a shooting on Main Street.",
        "The mayor called the shooting a tragedy for Riverton.",
    ],
)
def test_event_precision_attack_called_not_assault(rules_only: Any, text: str) -> None:
    assert "ASSAULT" not in _types(rules_only, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The union called a strike at the port.", "PROTEST"),
        ("Militants launched an attack on the base.", "ASSAULT"),
    ],
)
def test_event_precision_attack_called_other_light_verbs_kept(
    rules_only: Any, text: str, event: str
) -> None:
    assert event in _types(rules_only, text)
