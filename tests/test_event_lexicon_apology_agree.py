"""An apology codes AGREE, as the news labelling rules file it (a commitment to make
amends), while praise and endorsement stay SUPPORT (resources/events/lexicon.txt;
sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _types(coder: Coder, text: str, trigger: str) -> list[str]:
    events = coder.code(text, date="2024-03-08").events
    return [e.event for e in events if e.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        (
            "The Dutch prime minister apologized to Indonesia for the colonial war.",
            "apologized",
            "AGREE",
        ),
        ("The mayor of Lyon apologised to the families of the victims.", "apologised", "AGREE"),
        (
            "Japan's foreign minister apologizes to South Korea over the remarks.",
            "apologizes",
            "AGREE",
        ),
        # the same verbs of the SUPPORT family keep their type
        ("The Dutch prime minister praised Indonesia for its help.", "praised", "SUPPORT"),
        ("The governor of Ohio endorsed the senator on Monday.", "endorsed", "SUPPORT"),
    ],
)
def test_event_lexicon_apology_agree_types(rules_only, text, trigger, event) -> None:
    assert _types(rules_only, text, trigger) == [event]
