"""event_place scenes: the place an act is given sets the scene for its actor's acts of the
next sentences of the same day; a speaker named again under a shorter name keeps their stand."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder
from eventwire.records import Analysis


def _code(coder: Coder, text: str) -> Analysis:
    return coder.code(text, date="2024-05-06", id="scene")


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "In Orlando, the senator met the families on Monday. "
            "She also criticized the governor on Monday.",
            "criticized",
            "Orlando",
        ),
        (
            "The envoy met rebel leaders in Lyon on Monday. Reporters waited outside. "
            "He criticized the army on Monday.",
            "criticized",
            "Lyon",
        ),
        # the other side of a meeting is at the scene too
        (
            "In Denver, Governor Alma Ruiz met Senator Peter Lund on Monday. "
            "Lund criticized the federal agency on Monday.",
            "criticized",
            "Denver",
        ),
    ],
)
def test_event_place_scene_carries_to_next_sentences(
    coder: Coder, text: str, trigger: str, place: str
) -> None:
    event = event_by_trigger(_code(coder, text), trigger)
    assert event.location is not None and event.location.text == place
    assert (event.place_rule or "").startswith("scene:")


@pytest.mark.parametrize(
    "text",
    [
        # too far: three sentences on
        "In Orlando, the senator met the families on Monday. Reporters waited outside. "
        "The crowd waited too. Rain fell all day. She criticized the governor on Monday.",
        # another day's act
        "In Orlando, the senator met the families on Monday. She criticized the governor in 2019.",
        # an act not done yet
        "In Orlando, the senator met the families on Monday. "
        "She would criticize the governor on Monday.",
        # another actor's act: the scene is the senator's
        "In Orlando, the senator met the families on Monday. "
        "The governor criticized the mayor on Monday.",
        # an actor's home is no scene: "police in Lyon" arrested, others act elsewhere
        "Police in Lyon arrested two men on Monday. The minister criticized the mayor on Monday.",
    ],
)
def test_event_place_scene_not_carried(coder: Coder, text: str) -> None:
    analysis = _code(coder, text)
    last = max(analysis.events, key=lambda e: e.trigger.start)
    assert not (last.place_rule or "").startswith("scene:")


def test_event_place_scene_ends_where_another_is_set(coder: Coder) -> None:
    text = (
        "In Orlando, the senator met the families on Monday. "
        "In Tampa, she met the mayor on Monday. She criticized the governor on Monday."
    )
    event = event_by_trigger(_code(coder, text), "criticized")
    assert event.location is not None and event.location.text == "Tampa"


def test_event_place_speaker_named_again_by_surname(coder: Coder) -> None:
    text = (
        "The talks went well, Foreign Minister Ana Lopez said in Lima on Monday. "
        "Lopez accused the rebels of stalling the talks."
    )
    event = event_by_trigger(_code(coder, text), "accused")
    assert event.location is not None and event.location.text == "Lima"
    assert (event.place_rule or "").startswith("speaker:")
