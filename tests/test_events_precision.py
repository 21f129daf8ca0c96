"""Precision rules of the events annotator, on sentences written for these tests.

Natural forces and accidents are never actors of hostile acts; "strike" takes its sense
from its context; a dateline is never a party; a denial scopes negation over the act
it denies; a quote's speaker is not the actor of an act the quote only mentions;
"attack" in words is criticism; a pledge of a hostile act is a threat.
"""

from __future__ import annotations

import pytest
from helpers import events_of

HOSTILE = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "A powerful earthquake struck the north of the country on Monday, killing 14 people.",
        "Floods killed at least 30 villagers across the region, officials said.",
        "The cyclone destroyed hundreds of homes along the coast.",
        "Officials said six people were killed when their bus plunged into a river.",
        "Three workers died and nine were injured when a boiler exploded at the paper plant.",
        "A landslide buried the mountain village overnight, rescuers said.",
    ],
)
def test_events_precision_no_attack_by_nature_or_accident(coder, text) -> None:
    assert not [e for e in events_of(coder, text) if e.event in HOSTILE]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed nine villagers in an attack on Sunday.",
        "Six soldiers were killed when militants ambushed their convoy.",
        "Two people were killed when a bomb exploded near the market.",
    ],
)
def test_events_precision_violence_still_coded(coder, text) -> None:
    assert any(e.event == "ASSAULT" for e in events_of(coder, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone strike killed two fighters in the border district.", "ASSAULT"),
        ("Missile strikes hit the port city on Tuesday.", "ASSAULT"),
        ("Israeli jets struck a weapons depot near the capital.", "ASSAULT"),
        ("Thousands of dock workers went on strike over pay.", "PROTEST"),
        ("Teachers struck for a third day over unpaid wages.", "PROTEST"),
    ],
)
def test_events_precision_sense_of_strike(coder, text, expected) -> None:
    types = {e.event for e in events_of(coder, text)}
    assert expected in types
    assert types & {"ASSAULT", "PROTEST"} == {expected}


def test_events_precision_dateline_is_never_a_party(coder) -> None:
    text = "KABUL (Reuters) - Protesters rallied outside the ministry on Tuesday."
    events = events_of(coder, text)
    assert events, "the rally is an event"
    for ev in events:
        for ref in ev.actor + ev.recipient:
            assert ref.start >= text.index("Protesters"), ref


@pytest.mark.parametrize(
    "text",
    [
        "The rebels denied attacking the convoy.",
        "The minister denied that the army had attacked the village.",
    ],
)
def test_events_precision_denial_negates_the_act(coder, text) -> None:
    assaults = [e for e in events_of(coder, text) if e.event == "ASSAULT"]
    assert assaults and all("negation" in e.aux for e in assaults)


def test_events_precision_quote_speaker_is_not_the_attacker(coder) -> None:
    text = "\u201cSix of our soldiers were killed in the ambush,\u201d the defence ministry said."
    for ev in events_of(coder, text):
        if ev.event == "ASSAULT":
            assert not any("ministry" in a.text for a in ev.actor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Jones attacked Smith over his tax plan on Monday.", "ACCUSE"),
        ("The governor attacked her rival's record on schools.", "ACCUSE"),
        ("Militants attacked a police station with rockets.", "ASSAULT"),
        ("The governor lambasted the legislature for its inaction.", "ACCUSE"),
        ("The opposition leader excoriated the cabinet over the budget.", "ACCUSE"),
        ("The mayor lashed out at the council after the vote.", "ACCUSE"),
    ],
)
def test_events_precision_verbal_attacks(coder, text, expected) -> None:
    assert expected in {e.event for e in events_of(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The President vowed to impose new sanctions on the regime.",
        "The candidate pledged to jail the former officials.",
    ],
)
def test_events_precision_pledged_hostile_act_is_a_threat(coder, text) -> None:
    types = {e.event for e in events_of(coder, text)}
    assert "THREATEN" in types and "AGREE" not in types


def test_events_precision_weapons_test_is_a_show_of_force(coder) -> None:
    types = {e.event for e in events_of(coder, "The country conducted a nuclear test on Friday.")}
    assert types == {"MOBILIZE"}
