"""event_calendar: a week across two months that holds the article date keeps its act's month."""

from __future__ import annotations

import pytest

from eventwire.annotators.event_calendar import calendar_date, week_side
from eventwire.annotators.event_time import date_events
from eventwire.records import Event, Span


@pytest.mark.parametrize(
    ("value", "article_date", "ahead", "expected"),
    [
        # a Friday, 30 September: the week runs 26 September to 2 October
        ("2016-W39", "2016-09-30", False, ("2016-09", "month", "2016-09-26", "2016-09-30")),
        ("2016-W39", "2016-09-30", True, ("2016", "year", "2016-09-26", "2016-10-02")),
        # a Monday, 3 October of another week across two months: what lies ahead is October
        ("2022-W40", "2022-10-03", True, ("2022-10", "month", "2022-10-03", "2022-10-09")),
        # the article's day is not in that week: nothing to cut
        ("2016-W38", "2016-09-30", False, ("2016-09", "month", "2016-09-19", "2016-09-25")),
        ("2016-W26", "2016-09-30", False, ("2016", "year", "2016-06-27", "2016-07-03")),
        # both sides cross the month: the year stays
        ("2016-W39", "2016-10-01", False, ("2016", "year", "2016-09-26", "2016-10-02")),
        # no article date
        ("2016-W39", None, False, ("2016", "year", "2016-09-26", "2016-10-02")),
    ],
)
def test_event_calendar_week_side_cuts_the_week(value, article_date, ahead, expected):
    assert week_side(calendar_date(value), article_date, ahead) == expected


def test_event_calendar_week_side_dates_an_act_this_week(tagger, nlp):
    text = "The trade envoy met the farmers' leaders earlier this week."
    date = "2016-09-30"
    doc = nlp(text)
    times, signals = tagger.tag(text, doc, date)
    start = text.index("met")
    ev = Event(
        id="ev0",
        event="CONSULT",
        trigger=Span("met", start, start + 3),
        sentence=Span(text, 0, len(text)),
    )
    date_events([ev], times, doc, date, signals)
    assert (ev.date, ev.date_precision) == ("2016-09", "month")
    assert (ev.date_start, ev.date_end) == ("2016-09-26", "2016-09-30")
