"""event_place on the seed article (runs once the events annotator produces events)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events(seed_analysis):
    if not seed_analysis.events:
        pytest.skip("the events annotator produced no events (placeholder)")
    return seed_analysis.events


def _visits(events, who: str):
    return [
        e
        for e in events
        if e.event == "CONSULT" and any(who in a.text for a in e.actor) and e.location
    ]


def test_event_place_seed_austin_visit_in_baghdad(events) -> None:
    visits = _visits(events, "Austin")
    assert visits and all(e.location.name == "Baghdad" for e in visits)


def test_event_place_seed_milley_visit_in_syria(events) -> None:
    visits = _visits(events, "Chairman") + _visits(events, "Milley")
    assert visits and all(e.location.country == "SYR" for e in visits)


def test_event_place_seed_locations_lie_in_their_sentence(events) -> None:
    # the seed has no dateline: every location comes from the event's own sentence, or
    # from an earlier one where an act of the same actor set the scene
    for e in events:
        if e.location is None:
            continue
        if (e.place_rule or "").startswith("scene:"):
            assert e.location.start < e.sentence.start, e.id
        else:
            assert e.sentence.start <= e.location.start < e.sentence.end, e.id
