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
    042 "make a visit" goes somewhere: the row ``arrive in`` of lexicon.txt)."""
    assert ("CONSULT", "arrived") not in _events(rules_only, text)
