"""Attack nouns that an allegation, a charge or a suspicion is about (assault19).

A particular attack noun (a known determiner, a possessive, a modifier or a victim's "of"
phrase) in the phrase an allegation word takes for the wrong alleged ("charged with the
slaying", "a suspect in the bombing", "responsibility for the attack") is the act alleged:
an ASSAULT beside the allegation (NEWS-GUIDELINES: "she accused him of assaulting her"
has the alleged ASSAULT; ``event_acts_alleged.alleged_act``, grammar class
``allegation_frame``). A bare name of a crime is the charge, no act told. Sentences
written for these tests, with invented people and places.
"""

from __future__ import annotations

from typing import Any

import pytest


def _events(coder: Any, text: str) -> list[Any]:
    return coder.code(text, date="2024-05-02").events


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("The mechanic was charged with the slaying on Monday.", "charge with"),
        ("Police in Riverton arrested a suspect in the market bombing.", "suspect in"),
        ("Ruritania denied responsibility for the bombing.", "responsibility for"),
        ("Three men were arrested in connection with the shooting.", "arrest in"),
    ],
)
def test_event_acts_alleged_particular_act_coded(rules_only: Any, text: str, frame: str) -> None:
    rules = [e.rule or "" for e in _events(rules_only, text) if e.event == "ASSAULT"]
    assert any(f"alleged act: {frame}" in r for r in rules), rules


@pytest.mark.parametrize(
    "text",
    [
        # a bare name of a crime is the charge, not an act told
        "Two men were charged with murder.",
        "The man is charged with aggravated homicide.",
        "The defendants are on trial for murder.",
        # an attack noun with no allegation is a topic
        "He made his points about the attack on Twitter.",
    ],
)
def test_event_acts_alleged_charge_or_topic_not_coded(rules_only: Any, text: str) -> None:
    assert "ASSAULT" not in {e.event for e in _events(rules_only, text)}


def test_event_acts_alleged_keeps_the_allegation(rules_only: Any) -> None:
    types = [e.event for e in _events(rules_only, "The mechanic was charged with the slaying.")]
    assert "ACCUSE" in types and "ASSAULT" in types
