"""Event dates are calendar values (YYYY, YYYY-MM, YYYY-MM-DD) with a precision and a range."""

from __future__ import annotations

import pytest
from helpers import dated

from eventwire.annotators.event_time import calendar_date
from eventwire.records import Event

DATE = "2016-11-15"


@pytest.mark.parametrize(
    ("value", "end_value", "expected"),
    [
        ("2016-10-04", None, ("2016-10-04", "day", "2016-10-04", "2016-10-04")),
        ("2016-10-04T14:00", None, ("2016-10-04", "day", "2016-10-04", "2016-10-04")),
        ("2016-02", None, ("2016-02", "month", "2016-02-01", "2016-02-29")),
        ("2016", None, ("2016", "year", "2016-01-01", "2016-12-31")),
        # a week inside one month is that month; one across two months is its year
        ("2016-W40", None, ("2016-10", "month", "2016-10-03", "2016-10-09")),
        ("2016-W44", None, ("2016", "year", "2016-10-31", "2016-11-06")),
        # a weekend is its Saturday and Sunday, in their month when both fall in one
        ("2016-W44-WE", None, ("2016-11", "month", "2016-11-05", "2016-11-06")),
        ("2016-Q1", None, ("2016", "year", "2016-01-01", "2016-03-31")),
        ("2016-Q4", None, ("2016", "year", "2016-10-01", "2016-12-31")),
        ("2016-SP", None, ("2016", "year", "2016-03-01", "2016-05-31")),
        ("2016-SU", None, ("2016", "year", "2016-06-01", "2016-08-31")),
        ("2015-FA", None, ("2015", "year", "2015-09-01", "2015-11-30")),
        ("2015-WI", None, ("2015", "year", "2015-12-01", "2016-02-29")),
        # a half year is its year, with its six months as the range
        ("2016-H1", None, ("2016", "year", "2016-01-01", "2016-06-30")),
        ("2016-H2", None, ("2016", "year", "2016-07-01", "2016-12-31")),
        # a range keeps its first part as the date and ends where its second ends
        ("2007", "2011", ("2007", "year", "2007-01-01", "2011-12-31")),
        ("2019-03", "2019-05", ("2019-03", "month", "2019-03-01", "2019-05-31")),
        # a range written with one year ("from March to May 2015"): the start takes it
        ("2016-03", "2015-05", ("2015-03", "month", "2015-03-01", "2015-05-31")),
        # or the year before, where the range runs over the new year
        ("2016-11", "2016-02", ("2015-11", "month", "2015-11-01", "2016-02-29")),
        ("2016-12-20", "2016-01-10", ("2015-12-20", "day", "2015-12-20", "2016-01-10")),
        # a start with a year of its own is kept as written
        ("2011", "2007", ("2011", "year", "2011-01-01", "2011-12-31")),
        (None, None, (None, "unknown", None, None)),
        ("PAST_REF", None, (None, "unknown", None, None)),
    ],
)
def test_event_time_calendar_date(value, end_value, expected) -> None:
    assert calendar_date(value, end_value) == expected


@pytest.mark.parametrize(
    ("text", "word", "date", "precision", "start", "end"),
    [
        (
            "Farmers protested outside the ministry in the summer of 2016.",
            "protested",
            "2016",
            "year",
            "2016-06-01",
            "2016-08-31",
        ),
        (
            "Dockworkers struck in the first quarter of 2016.",
            "struck",
            "2016",
            "year",
            "2016-01-01",
            "2016-03-31",
        ),
        (
            "Students marched on Tuesday.",
            "marched",
            "2016-11-15",
            "day",
            "2016-11-15",
            "2016-11-15",
        ),
        (
            "Rebels occupied the town from March to May 2015.",
            "occupied",
            "2015-03",
            "month",
            "2015-03-01",
            "2015-05-31",
        ),
        (
            "Nurses went on strike in the second half of 2015.",
            "strike",
            "2015",
            "year",
            "2015-07-01",
            "2015-12-31",
        ),
        # an ordinal week of a month: the month, with the week's days as the range
        (
            "Teachers will rally in the first week of March 2017.",
            "rally",
            "2017-03",
            "month",
            "2017-03-01",
            "2017-03-07",
        ),
        (
            "Cabbies blockaded the airport in the last week of September.",
            "blockaded",
            "2016-09",
            "month",
            "2016-09-24",
            "2016-09-30",
        ),
        (
            "Miners protested between 2007 and 2011.",
            "protested",
            "2007",
            "year",
            "2007-01-01",
            "2011-12-31",
        ),
    ],
)
def test_event_time_calendar_on_events(tagger, nlp, text, word, date, precision, start, end):
    ev = dated(tagger, nlp, text, word, DATE, "PROTEST")
    assert (ev.date, ev.date_precision, ev.date_start, ev.date_end) == (
        date,
        precision,
        start,
        end,
    )


def test_event_time_calendar_fields_round_trip(tagger, nlp) -> None:
    ev = dated(
        tagger, nlp, "Farmers protested in the summer of 2016.", "protested", DATE, "PROTEST"
    )
    data = ev.to_dict()
    assert (data["date"], data["date_precision"]) == ("2016", "year")
    assert (data["date_start"], data["date_end"]) == ("2016-06-01", "2016-08-31")
    assert Event.from_dict(data) == ev
