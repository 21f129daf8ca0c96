"""Giving up one's own demand is a concession (CAMEO 08), never a demand (REQUEST)."""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-05-02").events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The teachers' union has given up its demand for a pay rise.", "CONCEDE"),
        ("The opposition withdrew its demand for an early election.", "CONCEDE"),
        # "agree to" absorbs the concession as one act of agreeing
        (
            "The minister said the neighbouring state agreed to withdraw its demand for a port.",
            "AGREE",
        ),
    ],
)
def test_events_withdrawn_demand_is_concession(coder, text: str, expected: str) -> None:
    types = _types(coder, text)
    assert expected in types and "REQUEST" not in types
