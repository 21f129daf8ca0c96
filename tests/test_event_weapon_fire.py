"""The fire of weapons is shooting, not a blaze (issue 16, minor17): a noun "fire" named by
a weapon or a shooter ("mortar fire", "sniper fire", "the army's fire", "fire from the
militants") is no natural force, so the act it does is an attack (CAMEO 190s), and the
weapon is no actor, a shooter noun is ("sniper fire": the sniper); a fire named by no weapon,
a vehicle's blaze, a weapon noun that names a place, or a fire beside a word of an accident
stays a disaster. Every sentence was written for these tests (invented names)."""

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
        ("Two soldiers were wounded by sniper fire on the ridge.", "sniper"),
        ("Small-arms fire wounded a ferry captain off the coast.", ""),
        ("Anti-aircraft fire wounded four crew members over the strait.", ""),
        ("Fire from an army helicopter killed four herders in the hills.", ""),
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
        "A helicopter fire injured a technician in the hangar.",
        "A rifle club fire injured four members overnight.",
        "A tank fire at the fuel depot injured three workers.",
        "The gun fire at the cement plant injured two workers.",
    ],
)
def test_fire_of_no_weapon_is_a_disaster(coder, text) -> None:
    assert not [e for e in events_of(coder, text) if e.event in ("ASSAULT", "COERCE")]
