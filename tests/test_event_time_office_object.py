"""event_time: an "as" office that describes a named object is no past office of the actor."""

from __future__ import annotations

import pytest

from eventwire.annotators.event_time import date_events
from eventwire.records import Event, Span

DATE = "2016-07-19"


def _rule(tagger, nlp, text: str, trigger: str) -> str:
    doc = nlp(text)
    times, signals = tagger.tag(text, doc, DATE)
    start = text.index(trigger)
    ev = Event(
        id="ev0",
        event="SUPPORT",
        trigger=Span(trigger, start, start + len(trigger)),
        sentence=Span(text, 0, len(text)),
    )
    date_events([ev], times, doc, DATE, signals)
    return ev.date_rule or ""


@pytest.mark.parametrize(
    "text",
    [
        # proper names the tagger reads as an organisation or as nothing
        "Party elders defended Okonkwo as a candidate.",
        "Party elders defended Mendoza as a candidate.",
    ],
)
def test_event_time_office_object_named_object_is_no_past_office(tagger, nlp, text):
    assert not _rule(tagger, nlp, text, "defended").startswith("background: office")


def test_event_time_office_object_a_place_object_keeps_the_office(tagger, nlp):
    text = "She governed Norway as prime minister."
    assert _rule(tagger, nlp, text, "governed").startswith("background: office")
