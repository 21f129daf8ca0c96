"""A sea or river named as a place ("the Caspian Sea") is where forces go, not a disaster
told before them: the relief reading of a deployment (event_constructions
``relief_deployment``) needs a disaster, and a deployment to a named sea stays MOBILIZE;
the sea or a river as a force that struck still makes it relief (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _types(coder: Coder, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The navy deployed two warships to the South China Sea on Monday.",
        "The coast guard deployed patrol boats to the Caspian Sea.",
        "Iran deployed missile boats to the Arabian Sea after the seizure.",
    ],
)
def test_event_constructions_named_sea_deployment_is_mobilize(rules_only, text) -> None:
    assert "MOBILIZE" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers were deployed after the sea swept away dozens of homes.",
        "Troops were deployed after the river burst its banks.",
    ],
)
def test_event_constructions_sea_as_force_still_relief(rules_only, text) -> None:
    assert "MOBILIZE" not in _types(rules_only, text)
