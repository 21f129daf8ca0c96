"""An event noun in a phrase of time, circumstance or topic beside a light verb is the
scene of another act ("held the bridge under attack", "issued a statement after the
talks"), not the light verb's object ("engaged in talks", "went on strike"); sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The garrison held the bridge under attack for three days.", "attack"),
        ("The ministers issued a short statement after the talks.", "talks"),
        ("The council took a vote before the strike.", "strike"),
        ("The mayor gave a long interview during the protests.", "protests"),
    ],
)
def test_event_triggers_light_verb_setting_codes_no_event(rules_only, text, trigger) -> None:
    assert all(t != trigger for _, t in _events(rules_only, text))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The two sides engaged in talks on Monday.", "CONSULT"),
        ("Dock workers went on strike over pay.", "PROTEST"),
        ("The rebels launched an attack on the town.", "ASSAULT"),
        # a meeting of its own, with its participants named
        ("The envoy made a short visit after a meeting with local leaders.", "CONSULT"),
    ],
)
def test_event_triggers_light_verb_object_still_codes(rules_only, text, event) -> None:
    assert event in [e for e, _ in _events(rules_only, text)]
