"""What a party does not rule out is a threat only when it is a hostile act (grammar class
``hostile_option``): "did not rule out further measures to support the currency" keeps
open a policy step, "would not rule out a search for survivors" a rescue. Sentences of
our own."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The central bank did not rule out further measures to support the currency.",
        "The finance ministry would not rule out new measures to cool the housing market.",
        "The coast guard did not rule out a search for survivors overnight.",
    ],
)
def test_event_constructions_verbal_hostile_options_no_threat(rules: Any, text: str) -> None:
    events = rules.code(text, date="2024-03-05").events
    assert "THREATEN" not in [e.event for e in events], [(e.event, e.rule) for e in events]
