"""A future or intended deployment is MOBILIZE with status future, not THREATEN: PLOVER's
threats are coercive acts against a target (THREATEN modes restrict, arrest, relations,
expel, territory, violence) and the manual sets MOBILIZE apart from THREATEN; hostile
acts with a "threat" row in resources/events/intent-cameo.tsv still become THREATEN when
future (but not a cut in relations announced, grammar class future_as_act: "will impose
sanctions" is SANCTION with status future, test_event_sanction_relations). Sentences
written for these tests; the rules are tested with the learned filter off."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said troops would be sent to the border next week.",
        "The government plans to deploy soldiers along the frontier.",
        "The army will deploy two brigades to the northern provinces.",
        "The interior ministry intends to deploy more police in the capital.",
    ],
)
def test_event_modality_future_mobilize_keeps_its_type(rules, text: str) -> None:
    events = events_of(rules, text)
    types = [e.event for e in events]
    assert "MOBILIZE" in types and "THREATEN" not in types, types
    mobilize = next(e for e in events if e.event == "MOBILIZE")
    assert "future" in mobilize.aux, mobilize.aux


@pytest.mark.parametrize(
    "text",
    [
        "The president said the army would attack the rebel camps.",
        "The police will arrest the organisers of the march.",
        "Russia threatened to deploy missiles near the border.",
    ],
)
def test_event_modality_future_mobilize_hostile_acts_stay_threats(rules, text: str) -> None:
    types = [e.event for e in events_of(rules, text)]
    assert "THREATEN" in types, types
