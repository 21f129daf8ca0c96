"""An unnamed party that a country's police or court acts on is of that country
("Kenyan police arrested 40 students": the students are Kenyan); armed forces, UN
forces and foreign people keep no guessed country (resources/actors/domestic.txt)."""

from __future__ import annotations

import pytest


def _recipient_codes(coder, text: str, event: str) -> list[str | None]:
    events = [e for e in coder.code(text, date="2024-03-08").events if e.event == event]
    assert events, text
    return [r.code for e in events for r in e.recipient]


@pytest.mark.parametrize(
    ("text", "event", "code"),
    [
        ("Kenyan police arrested 40 students after the rally.", "COERCE", "KEN"),
        ("A Nigerian court sentenced two journalists to prison.", "COERCE", "NGA"),
        ("Peruvian police detained dozens of farmers blocking a highway.", "COERCE", "PER"),
        ("A Turkish court jailed an opposition lawmaker for two years.", "COERCE", "TUR"),
        ("Egyptian riot police dispersed the demonstrators with batons.", "COERCE", "EGY"),
    ],
)
def test_event_participants_domestic_recipient_takes_police_country(
    coder, text: str, event: str, code: str
) -> None:
    assert code in _recipient_codes(coder, text, event)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Israeli troops killed two gunmen near the border.", "ASSAULT"),
        ("UN police detained four looters.", "COERCE"),
        ("Indonesian police detained three foreign tourists over the fire.", "COERCE"),
    ],
)
def test_event_participants_domestic_no_guess_for_forces_or_foreigners(
    coder, text: str, event: str
) -> None:
    assert set(_recipient_codes(coder, text, event)) <= {None}
