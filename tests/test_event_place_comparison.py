"""A place that an act is compared with ("unlike in Cuba", "as in France", "than in
Spain") is not where the act happened (``comparison`` rows of
``resources/geo/event_place.tsv``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(
    ("text", "kind", "compared"),
    [
        ("Unlike in Cuba, the government released the political prisoners.", "RETREAT", "Cuba"),
        ("As in France, the police arrested hundreds of striking workers.", "COERCE", "France"),
        ("Like in Chile, the army detained dozens of students.", "COERCE", "Chile"),
    ],
)
def test_event_place_comparison_is_not_the_place(
    coder, text: str, kind: str, compared: str
) -> None:
    ev = next(e for e in events_of(coder, text) if e.event == kind)
    assert ev.location is None or ev.location.name != compared, ev.place_rule


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("In Lisbon, the police arrested hundreds of striking workers.", "COERCE", "Lisbon"),
    ],
)
def test_event_place_comparison_plain_place_kept(coder, text: str, kind: str, place: str) -> None:
    ev = next(e for e in events_of(coder, text) if e.event == kind)
    assert ev.location is not None and ev.location.name == place, ev.place_rule
