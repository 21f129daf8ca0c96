"""event_time: a whole number of weeks counted back from the article ("a week ago") dates an
act to the day it names, while the TIMEX3 record keeps TimeML's calendar week; "last week"
and "a few weeks ago" name no one day."""

from __future__ import annotations

import pytest

from eventwire.annotators.event_time import date_events
from eventwire.records import Event, Span

DATE = "2023-03-08"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("A week ago the militia shelled the depot.", "2023-03-01"),
        ("The militia shelled the depot two weeks ago.", "2023-02-22"),
        # the calendar week before (27 February to 5 March): no one day, nor one month
        ("The militia shelled the depot last week.", "2023"),
    ],
)
def test_event_time_weeks_back_name_a_day(tagger, nlp, text, date):
    doc = nlp(text)
    times, signals = tagger.tag(text, doc, DATE)
    start = text.index("shelled")
    ev = Event(
        id="ev0",
        event="ASSAULT",
        trigger=Span("shelled", start, start + 7),
        sentence=Span(text, 0, len(text)),
    )
    date_events([ev], times, doc, DATE, signals)
    assert ev.date == date
    # the time record itself is TimeML's week
    assert all("W" in (t.value or "") for t in times if "week" in t.text)
