"""An arrival read as a visit codes only where the one arriving names a party: a private
person's move to a country or city is no CAMEO 042 visit, an official's arrival still is
(annotators/event_precision.py; sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _events(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.trigger.text) for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "Her cousin, who arrived in Canada as a child, now runs a shop.",
        "Maria Delgado, who arrived in Chicago in 1975, still owns the diner on the corner.",
        "The young couple arrived in Dublin in 2010 and found work in a hotel.",
        "Ana Costa arrived in Boston with two suitcases and no English.",
    ],
)
def test_event_precision_private_arrival_codes_no_visit(rules_only, text) -> None:
    assert ("CONSULT", "arrived") not in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The French foreign minister arrived in Tokyo on Monday for talks.",
        "Chinese President Xi Jinping arrived in Moscow on Tuesday.",
        "A delegation of Iranian officials arrived in Baghdad on Sunday.",
        "The Kenyan president arrived in Addis Ababa for the summit.",
    ],
)
def test_event_precision_private_arrival_official_still_visits(rules_only, text) -> None:
    assert ("CONSULT", "arrived") in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters arrived within minutes and put out the blaze.",
        "The minister's motorcade arrived shortly after noon.",
        "Riot police arrived as the crowd grew.",
    ],
)
def test_event_precision_arrival_with_no_place_is_no_visit(rules_only, text) -> None:
    """An arrival with no place or party arrived at is coming to a scene, no visit (CAMEO
    042 "make a visit" goes somewhere: the rows ``arrive in``, ``arrive at`` and ``arrive
    for &visit_noun`` of lexicon.txt)."""
    assert ("CONSULT", "arrived") not in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian prime minister arrived at the naval base of Brest on Thursday.",
        "On Sunday the interior minister arrived for a week-long visit.",
        "The Chilean president arrived on a short trip to the flooded provinces.",
    ],
)
def test_event_precision_arrival_at_a_place_or_for_a_visit_visits(rules_only, text) -> None:
    """An official's arrival at a place, or for or on a visit, goes somewhere: CAMEO 042."""
    assert ("CONSULT", "arrived") in _events(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "After six hours of debate the senators arrived at a consensus.",
        "The two unions arrived at a compromise over the night shifts.",
    ],
)
def test_event_precision_arrival_at_a_finding_is_no_visit(rules_only, text) -> None:
    """Arriving at a deal or a finding is reaching it, not going to a place."""
    assert ("CONSULT", "arrived") not in _events(rules_only, text)
