"""The fire of weapons is shooting, not a blaze (issue 16, minor17): a noun "fire" named by
a weapon or a shooter ("mortar fire", "sniper fire", "the army's fire", "fire from the
militants") is no natural force, so the act it does is an attack (CAMEO 190s), and the
weapon is no actor; a fire named by no weapon stays a disaster. Every sentence was written
for these tests (invented names)."""

from __future__ import annotations

import pytest
from helpers import events_of, ref_texts


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Three soldiers were killed by mortar fire near the border on Tuesday.", ""),
        ("Machine-gun fire killed two guards at the checkpoint.", ""),
        ("Rocket fire from the militants wounded five people.", "the militants"),
        ("Rebel mortar fire killed three soldiers.", "Rebel"),
        ("A sniper's fire killed a farmer as he crossed his field.", "A sniper's"),
    ],
)
def test_weapon_fire_is_an_attack(coder, text, actor) -> None:
    coded = [(e.event, ref_texts(e.actor)) for e in events_of(coder, text)]
    assert ("ASSAULT", actor) in coded


@pytest.mark.parametrize(
    "text",
    [
        "A house fire killed two children on Sunday.",
        "The fire destroyed the market on Friday.",
        "The blaze killed four residents of the block.",
    ],
)
def test_fire_of_no_weapon_is_a_disaster(coder, text) -> None:
    assert not [e for e in events_of(coder, text) if e.event in ("ASSAULT", "COERCE")]
