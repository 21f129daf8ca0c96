"""A country that names a border ("on the Thai border", "near the border with Brazil")
names a neighbour as much as the owner: it gives no country to the recipient phrase it
sits in, nor to the event's parties (resources/actors/participants.txt, [boundary]); a
border that forces are sent to is still their destination's."""

from __future__ import annotations

import pytest


def _parties(coder, text: str, event: str) -> tuple[set[str | None], set[str | None]]:
    events = [e for e in coder.code(text, date="2003-03-08").events if e.event == event]
    assert events, text
    return (
        {a.code for e in events for a in e.actor},
        {r.code for e in events for r in e.recipient},
    )


@pytest.mark.parametrize(
    ("text", "event", "border_country"),
    [
        ("Government troops captured a rebel base on the Chinese border.", "ASSAULT", "CHN"),
        ("Soldiers shelled a guerrilla camp near the Afghan border.", "ASSAULT", "AFG"),
        ("Troops raided a smugglers' camp near the border with Brazil.", "ASSAULT", "BRA"),
        ("Rebels attacked an army post on the Ugandan frontier.", "ASSAULT", "UGA"),
        ("Soldiers stormed a militia camp along the Congolese border.", "ASSAULT", "COD"),
    ],
)
def test_event_roles_border_country_is_no_party(
    coder, text: str, event: str, border_country: str
) -> None:
    actor, recipient = _parties(coder, text, event)
    assert border_country not in actor | recipient


@pytest.mark.parametrize(
    ("text", "event", "code"),
    [
        ("Turkey sent troops to the Syrian border.", "MOBILIZE", "SYR"),
        ("Rebels attacked a town in northern Uganda.", "ASSAULT", "UGA"),
    ],
)
def test_event_roles_border_destination_and_scene_kept(
    coder, text: str, event: str, code: str
) -> None:
    assert code in _parties(coder, text, event)[1]
