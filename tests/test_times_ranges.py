"""Ranges: the first expression carries the second's value as its end (sentences written for
these tests; article date 2019-07-10)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotators.times import calendar_range

DATE = "2019-07-10"


CASES = [
    ("Rents rose between 2007 and 2011.", [("2007", "2007", "2011"), ("2011", "2011", None)]),
    ("The mill ran from 2007 to 2011.", [("2007", "2007", "2011"), ("2011", "2011", None)]),
    ("The mill ran in 2007-2011.", [("2007", "2007", "2011"), ("2011", "2011", None)]),
    ("Output peaked in 1990-95.", [("1990", "1990", "1995"), ("95", "1995", None)]),
    (
        "The festival runs June 3-7 in the park.",
        [("June 3", "2019-06-03", "2019-06-07"), ("7", "2019-06-07", None)],
    ),
    (
        "The fair ran June 3 to 7, 2018.",
        [("June 3", "2018-06-03", "2018-06-07"), ("7, 2018", "2018-06-07", None)],
    ),
    # a list of two days is not a range
    ("Polls open on May 4 and 5.", [("May 4", "2019-05-04", None), ("5", "2019-05-05", None)]),
    # an end before the start is no range: the first stands alone
    ("Scores were 2011-1990 at the break.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_times_ranges_first_carries_the_end(tagger, nlp, text, expected):
    times = tagger.tag(text, nlp(text), DATE)[0]
    assert [(t.text, t.value, t.end_value) for t in times] == expected
    assert all(t.type == "DATE" for t in times)


D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-07-10T09:00", (D(2019, 7, 10), D(2019, 7, 10))),
        ("2019-W14", (D(2019, 4, 1), D(2019, 4, 7))),
        ("2019-W14-WE", (D(2019, 4, 6), D(2019, 4, 7))),
        ("2019-02", (D(2019, 2, 1), D(2019, 2, 28))),
        ("2019-Q3", (D(2019, 7, 1), D(2019, 9, 30))),
        ("2019-H1", (D(2019, 1, 1), D(2019, 6, 30))),
        ("2019-H2", (D(2019, 7, 1), D(2019, 12, 31))),
        ("2019-SU", (D(2019, 6, 1), D(2019, 8, 31))),
        ("2019-WI", (D(2019, 12, 1), D(2020, 2, 29))),
        ("2019", (D(2019, 1, 1), D(2019, 12, 31))),
        ("201", (D(2010, 1, 1), D(2019, 12, 31))),
        ("19", (D(1900, 1, 1), D(1999, 12, 31))),
        ("P2D", None),
        ("PRESENT_REF", None),
        ("2019-13", None),
        ("2019-W60", None),
        (None, None),
    ],
)
def test_times_ranges_calendar_range_of_each_value(value, expected):
    assert calendar_range(value) == expected


@pytest.mark.parametrize(
    ("span", "start", "end"),
    [
        ("in 2007-2011", "2007-01-01", "2011-12-31"),
        ("between 2007 and 2011", "2007-01-01", "2011-12-31"),
    ],
)
def test_times_ranges_event_carries_start_and_end(coder, span, start, end):
    text = f"Rebels attacked army posts in the north {span}, officials said on Tuesday."
    analysis = coder.code({"id": "r", "date": DATE, "text": text})
    attack = next(e for e in analysis.events if e.trigger.text == "attacked")
    assert (attack.date_start, attack.date_end) == (start, end)
