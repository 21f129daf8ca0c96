"""Attack nouns placed where they happened (issue 24).

A named place in the noun's "in" phrase or as its modifier reports an attack noun told
in passing (an object, or in a phrase) as an act done, as a mark of toll does
(``event_acts_located.located_act``, grammar class ``marked_act_noun``); an act
expected, a noun that only modifies another ("attack ads") or one that is the sentence's
own topic (its root or subject) is none, nor is one that the governing verb foils or
expects, or that a noun of fear or risk governs. (A verb of prevention is left out on
purpose: an attack told under "prevent" is often one done.) Sentences written for these
tests, with invented places.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(coder: Any, text: str) -> set[str]:
    return {e.event for e in coder.code(text, date="2024-05-02").events}


@pytest.mark.parametrize(
    "text",
    [
        "Residents held a vigil a year after the attacks in Riverton.",
        "Flags flew at half-mast on the anniversary of the shootings in Riverton.",
        "The council met again a week after the bombing in Port Avery.",
    ],
)
def test_event_acts_located_placed_attack_coded(rules_only: Any, text: str) -> None:
    assert "ASSAULT" in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        # an act feared is not one done
        "Officials said they feared a possible attack in Riverton.",
        # a noun that only modifies another names no act
        "The senator talked about attack ads in Ohio.",
        # no place named: the noun alone is a topic
        "The mayor spoke about the attacks for an hour.",
        # the sentence's own topic, a comment on the act, not its report
        "Terrible shooting in Riverton.",
        "The attacks in Riverton show that the city needs more police.",
    ],
)
def test_event_acts_located_unplaced_or_unreal_not_coded(rules_only: Any, text: str) -> None:
    assert "ASSAULT" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        # an act that the governing verb foils or looks ahead to (grammar classes
        # intent, desire, forestall; review26a item 5)
        "Security chiefs dread bombings in Port Avery during the summit.",
        "Soldiers thwarted a shooting in Riverton on Tuesday.",
        "Organisers expect bombings in Port Avery during the summit.",
        # the first of two joined acts carries the verb, and a noun of fear governs
        # through "of" (review26d item 8)
        "The navy foiled bombings in Port Avery and shootings in Valmont.",
        "Villagers live in fear of attacks in Valmont.",
    ],
)
def test_event_acts_located_forestalled_not_coded(rules_only: Any, text: str) -> None:
    assert "ASSAULT" not in _types(rules_only, text)
