"""Gunfire and shots fired as attacks (issue 24; CAMEO 193, PETRARCH's "trade gunfire").

The noun "gunfire" codes where a verb of occurrence or "come under" reports it, and
"fire shot" fits the passive as every verb-and-object row does. A noun only heard about
names no act of its own. Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> set[str]:
    return {e.event for e in coder.code(text, date="2024-05-02").events}


@pytest.mark.parametrize(
    "text",
    [
        "Heavy gunfire erupted in the northern district overnight.",
        "The patrol came under heavy gunfire near the border.",
        "Several shots were fired near the checkpoint overnight.",
    ],
)
def test_event_gunfire_coded(rules_only: Any, text: str) -> None:
    assert "ASSAULT" in _types(rules_only, text)


def test_event_gunfire_topic_not_coded(rules_only: Any) -> None:
    assert "ASSAULT" not in _types(rules_only, "The report on gunfire statistics is due in May.")


@pytest.mark.parametrize(
    "text",
    [
        # a parting shot is a last barb, a warning shot is aimed at no one (fixd26)
        "The coach fired a parting shot at the referees.",
        "Before resigning, the treasurer fired one last parting shot at the board.",
        "The coast guard fired a warning shot across the trawler's bow.",
    ],
)
def test_event_unaimed_shot_is_no_attack(rules_only: Any, text: str) -> None:
    assert "ASSAULT" not in _types(rules_only, text)


def test_event_shot_at_a_target_stays_an_attack(rules_only: Any) -> None:
    assert "ASSAULT" in _types(rules_only, "A sniper fired two shots at the patrol.")
