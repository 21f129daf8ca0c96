"""A hostile act only wished for ("hopes to expel", "wants to punish", "would like to see
them jailed") is no THREATEN and no act: a wish commits to nothing and warns no one (PLOVER
manual, THREATEN; news guidelines: future acts only when planned with commitment). An act
kept from happening ("stopped them from seizing") is not done. Threats, vows and plans stay."""

from __future__ import annotations

import pytest

from eventwire import code


def _events(text):
    return [(e.event, e.trigger.text) for e in code(text, date="2024-03-05").events]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers hope to expel the militia from the valley.",
        "The governor is hoping to expel the smugglers.",
        "The minister wanted to arrest the editor.",
        "Washington wishes to see the smugglers arrested.",
        "The senator would like to see the generals punished.",
        "Farmers long to drive the bandits out of the district.",
    ],
)
def test_event_modality_desire_no_threat(text):
    events = _events(text)
    assert not [e for e in events if e[0] in ("THREATEN", "COERCE", "ASSAULT")], events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The mayor hopes to prevent the rebels from seizing the dam.", "seizing"),
        ("The court barred the union from striking.", "striking"),
    ],
)
def test_event_modality_prevented_act_not_done(text, trigger):
    assert trigger not in [t for _, t in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The army threatened to attack the rebel camp.",
        "The president vowed to jail the cartel bosses.",
        "The junta plans to arrest the opposition leaders.",
    ],
)
def test_event_modality_desire_threats_stay(text):
    assert "THREATEN" in [e for e, _ in _events(text)]
