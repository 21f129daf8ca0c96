"""The location of an event as the PLOVER record and the corpus-level event write it:
the place's fields, in a fixed order, or null where the event has no place."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import sample_analysis

from eventwire.corpus.cluster import cluster_analyses
from eventwire.formats.plover import event_record


def _plover_loc(located: bool) -> dict | None:
    analysis = sample_analysis()
    ev = analysis.events[0] if located else replace(analysis.events[0], location=None)
    return event_record(analysis, ev)["event_loc"]


def _corpus_loc(located: bool) -> dict | None:
    analysis = sample_analysis()
    if not located:
        analysis.events = [replace(analysis.events[0], location=None)]
    (event,) = cluster_analyses([analysis])
    return event.to_dict()["location"]


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        (
            _plover_loc,
            [
                ("name", "Baghdad"),
                ("text", "Baghdad"),
                ("lat", 33.34),
                ("lon", 44.40),
                ("country", "IRQ"),
                ("geonameid", 98182),
                ("feature", "city"),
            ],
        ),
        (
            _corpus_loc,
            [
                ("name", "Baghdad"),
                ("country", "IRQ"),
                ("lat", 33.34),
                ("lon", 44.40),
                ("geonameid", 98182),
                ("feature", "city"),
            ],
        ),
    ],
)
def test_formats_event_location_fields_in_order(location, expected) -> None:
    assert list(location(True).items()) == expected


@pytest.mark.parametrize("location", [_plover_loc, _corpus_loc])
def test_formats_event_location_null_without_a_place(location) -> None:
    assert location(False) is None
