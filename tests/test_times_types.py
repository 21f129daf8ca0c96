"""TIMEX3 types and values, one row per construction and type (article date 2019-07-10,
a Wednesday). Sentences written for these tests."""

from __future__ import annotations

import pytest

DATE = "2019-07-10"


def _tag(tagger, nlp, text, date=DATE):
    return [(t.text, t.type, t.value, t.end_value) for t in tagger.tag(text, nlp(text), date)[0]]


CASES = [
    # DATE: a half year, a numbered week, a day named with "last"/"next"
    (
        "Sales fell in the first half of 2018.",
        [("the first half of 2018", "DATE", "2018-H1", None)],
    ),
    (
        "Margins widened in the second half of last year.",
        [("the second half of last year", "DATE", "2018-H2", None)],
    ),
    ("Orders slowed in week 14 of 2019.", [("week 14 of 2019", "DATE", "2019-W14", None)]),
    ("Growth stalled in week 3.", [("week 3", "DATE", "2019-W03", None)]),
    ("The bridge closed last Oct. 23 for repairs.", [("Oct. 23", "DATE", "2018-10-23", None)]),
    ("The bridge reopens next March 5.", [("March 5", "DATE", "2020-03-05", None)]),
    # seasons, quarters and weeks keep TimeML's own values
    ("Crops failed last summer.", [("last summer", "DATE", "2018-SU", None)]),
    (
        "Exports grew in the third quarter of 2018.",
        [("the third quarter of 2018", "DATE", "2018-Q3", None)],
    ),
    (
        "The dam was finished the week of March 4, 2019.",
        [("the week of March 4, 2019", "DATE", "2019-W10", None)],
    ),
    # DATE: the day beside a named day is one expression
    (
        "The truce began the day after Christmas.",
        [("the day after Christmas", "DATE", "2018-12-26", None)],
    ),
    (
        "Polls closed the day before March 3.",
        [("the day before March 3", "DATE", "2019-03-02", None)],
    ),
    ("The day after the vote, he resigned.", [("The day", "DATE", "2019-07-11", None)]),
    # DATE pairs: two days of one month, each its own expression
    (
        "The fair is open on August 24 and 25.",
        [("August 24", "DATE", "2019-08-24", None), ("25", "DATE", "2019-08-25", None)],
    ),
    # TIME: an hour with its half of the day in words; a part of the day counted on
    (
        "The ferry left at 5 in the morning.",
        [("5 in the morning", "TIME", "2019-07-10T05:00", None)],
    ),
    ("Shots were heard at 11 at night.", [("11 at night", "TIME", "2019-07-10T23:00", None)]),
    (
        "The shop shut at 3 in the afternoon.",
        [("3 in the afternoon", "TIME", "2019-07-10T15:00", None)],
    ),
    (
        "The storm hit on June 2 and the levee broke the next morning.",
        [
            ("June 2", "DATE", "2019-06-02", None),
            ("the next morning", "TIME", "2019-06-03TMO", None),
        ],
    ),
    (
        "Rebels took the pass on May 3; that night the garrison withdrew.",
        [("May 3", "DATE", "2019-05-03", None), ("that night", "TIME", "2019-05-03TNI", None)],
    ),
    # DATE: an ordinal week of a month is that month, not a duration of a week
    (
        "The envoys will convene in the first week of March 2024.",
        [("the first week of March 2024", "DATE", "2024-03", None)],
    ),
    (
        "Shipments resumed in the last week of June.",
        [("the last week of June", "DATE", "2019-06", None)],
    ),
    # "the first week" on its own is still an amount of time
    ("He spent the first week in a cell.", [("the first week", "DURATION", "P1W", None)]),
    # SET: a frequency per period
    ("Buses run twice a week to the valley.", [("twice a week", "SET", "P1W", None)]),
    ("Patients take the pill three times a day.", [("three times a day", "SET", "P1D", None)]),
    ("The board meets once a year.", [("once a year", "SET", "P1Y", None)]),
    ("The fund is audited every other month.", [("every other month", "SET", "P2M", None)]),
    (
        "The choir sings on Friday evenings.",
        [("Friday evenings", "SET", "XXXX-WXX-5TEV", None)],
    ),
    # DURATION stays a duration, a rate stays out
    ("The strike lasted 36 hours.", [("36 hours", "DURATION", "PT36H", None)]),
    ("The mine produces $5 million a year.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_times_types_each_construction(tagger, nlp, text, expected):
    assert _tag(tagger, nlp, text) == expected
