"""An event's actor or recipient named in the text but known to no dictionary keeps no
country: not the country of the place where the event happens. Invented names and sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("Indonesian police detained Grigor Maltsev in Jakarta.", "recipient", "Grigor Maltsev"),
        ("Troops arrested Grigor Maltsev in a raid in Jakarta.", "recipient", "Grigor Maltsev"),
        ("Soldiers arrested Dalia Verhoeven near Kabul.", "recipient", "Dalia Verhoeven"),
        ("Grigor Maltsev rioted at a jail in Jakarta.", "actor", "Grigor Maltsev"),
    ],
)
def test_events_no_guessed_country_for_unknown_name(coder, text, role, name):
    analysis = coder.code(text, date="2021-04-05")
    refs = [r for ev in analysis.events for r in getattr(ev, role) if name in r.text]
    assert refs, [ev.to_dict() for ev in analysis.events]
    assert all(r.code is None for r in refs)


@pytest.mark.parametrize(
    ("text", "role", "words"),
    [
        ("Prisoners rioted at a jail in Jakarta.", "actor", "Prisoners"),
        ("Troops arrested Grigor Maltsev in a raid in Jakarta.", "actor", "Troops"),
    ],
)
def test_events_location_still_codes_unnamed_people(coder, text, role, words):
    """Unnamed people acting somewhere are still of that place ("prisoners … in Jakarta")."""
    analysis = coder.code(text, date="2021-04-05")
    codes = {r.code for ev in analysis.events for r in getattr(ev, role) if words in r.text}
    assert codes == {"IDN"}
