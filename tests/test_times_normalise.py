"""The times annotator's normalisation: one row per kind of expression (article date 2023-03-08,
a Wednesday)."""

from __future__ import annotations

import pytest

DATE = "2023-03-08"


def _tag(tagger, nlp, text, date=DATE):
    return tagger.tag(text, nlp(text), date)[0]


CASES = [
    # explicit dates in their common forms
    ("The treaty was signed on March 12, 1999.", "March 12, 1999", "DATE", "1999-03-12"),
    ("The treaty was signed on 12 March 1999.", "12 March 1999", "DATE", "1999-03-12"),
    ("The vote is set for 2023-03-20.", "2023-03-20", "DATE", "2023-03-20"),
    ("The deal closed on 3/4/2021.", "3/4/2021", "DATE", "2021-03-04"),
    ("The law passed in January 2020.", "January 2020", "DATE", "2020-01"),
    ("Troops returned in 2014.", "2014", "DATE", "2014"),
    ("It grew fast in the 1990s.", "the 1990s", "DATE", "199"),
    ("Rates soared in the '80s.", "the '80s", "DATE", "198"),
    ("Sales rose in the '20s.", "the '20s", "DATE", "202"),
    (
        "Results for the third quarter of 2022 were weak.",
        "the third quarter of 2022",
        "DATE",
        "2022-Q3",
    ),
    # dates without a year take the year nearest the article
    ("Talks resume Feb. 28.", "Feb. 28", "DATE", "2023-02-28"),
    # a bare month in the past tense is the latest one up to nine months back
    ("The firm hired a new chief in June.", "June", "DATE", "2022-06"),
    ("In July, the board approved the merger.", "July", "DATE", "2022-07"),
    # a period that "ended" on a date ended before the article, however far back
    ("In the fiscal year ended April 30, sales rose.", "April 30", "DATE", "2022-04-30"),
    # a limit ("through", "until", "by") is the nearest month, whatever the verb's tense
    ("The bank extended the loans through August.", "August", "DATE", "2023-08"),
    # "the year" is the year itself, unless an end point or "throughout" makes it a span
    ("Sales for the full year rose 5%.", "the full year", "DATE", "2023"),
    ("Profit for the year fell.", "the year", "DATE", "2023"),
    ("Profit fell in the year ended June 30.", "the year", "DURATION", "P1Y"),
    ("Margins should improve throughout the fiscal year.", "the fiscal year", "DURATION", "P1Y"),
    ("Output rose 4% in the year to March.", "the year", "DURATION", "P1Y"),
    ("In 2019 sales fell from the year before.", "the year", "DATE", "2018"),
    ("The law passed in the year 2000.", "2000", "DATE", "2000"),
    # quarters named against the year before (the last third quarter is 2022-Q3), or by
    # their year beside a quarterly report
    (
        "Profit doubled from the year-ago third quarter.",
        "the year-ago third quarter",
        "DATE",
        "2021-Q3",
    ),
    (
        "The quarter ended Sept. 30, 2022 beat the 2021 quarter.",
        "the 2021 quarter",
        "DATE",
        "2021-Q3",
    ),
    # weekdays: past tense is the Tuesday before, future the one after
    ("He told reporters on Tuesday that talks failed.", "Tuesday", "DATE", "2023-03-07"),
    ("The minister will visit Cairo on Friday.", "Friday", "DATE", "2023-03-10"),
    ("The ministry said Wednesday it would respond.", "Wednesday", "DATE", "2023-03-08"),
    # a plan dates what is planned; a plan in the past perfect is over
    ("Unions planned a march on Saturday.", "Saturday", "DATE", "2023-03-11"),
    ("The court has scheduled a hearing Friday.", "Friday", "DATE", "2023-03-10"),
    ("The offer had been due to expire Monday.", "Monday", "DATE", "2023-03-06"),
    # a deadline set "until" a weekday lies ahead; a past stretch "until" it does not
    ("The judge postponed the hearing until Tuesday.", "Tuesday", "DATE", "2023-03-14"),
    ("The talks lasted until Tuesday.", "Tuesday", "DATE", "2023-03-07"),
    # relative expressions
    ("The army withdrew yesterday.", "yesterday", "DATE", "2023-03-07"),
    ("Talks start tomorrow.", "tomorrow", "DATE", "2023-03-09"),
    ("Officials met last week.", "last week", "DATE", "2023-W09"),
    ("A hearing is set for the week of March 20.", "the week of March 20", "DATE", "2023-W12"),
    # a holiday's week; a past tense reaches back about nine months, not to last year's
    ("Pilgrims arrived as Easter week began.", "Easter week", "DATE", "2023-W14"),
    ("Elections are due next month.", "next month", "DATE", "2023-04"),
    ("The strike began two days ago.", "two days ago", "DATE", "2023-03-06"),
    ("Prices rose earlier this year.", "earlier this year", "DATE", "2023"),
    ("Sales fell last year.", "last year", "DATE", "2022"),
    ("The plant closes at the end of the month.", "the end of the month", "DATE", "2023-03"),
    ("The city was quiet last night.", "last night", "TIME", "2023-03-07TNI"),
    ("By mid-afternoon the square was empty.", "mid-afternoon", "TIME", "2023-03-08TAF"),
    ("Shares rose at mid-morning yesterday.", "mid-morning yesterday", "TIME", "2023-03-07TMO"),
    # durations
    ("Fighting lasted two weeks.", "two weeks", "DURATION", "P2W"),
    ("Over the past two months prices rose.", "the past two months", "DURATION", "P2M"),
    ("They signed a five-year pact.", "five-year", "DURATION", "P5Y"),
    ("The siege lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
    ("The talks took weeks.", "weeks", "DURATION", "PXW"),
    # fuzzy and reference expressions
    ("The group recently split.", "recently", "DATE", "PAST_REF"),
    ("Prices are now falling.", "now", "DATE", "PRESENT_REF"),
    ("Costs rose in recent years.", "recent years", "DATE", "PAST_REF"),
    # sets and clock times
    ("Rebels attack the road daily.", "daily", "SET", "P1D"),
    ("Patrols run every week.", "every week", "SET", "P1W"),
    ("The parade marches each July.", "each July", "SET", "XXXX-07"),
    ("The curfew started at 9 p.m. Tuesday.", "9 p.m. Tuesday", "TIME", "2023-03-07T21:00"),
]


@pytest.mark.parametrize(("text", "span", "type_", "value"), CASES)
def test_times_normalise_expression(tagger, nlp, text, span, type_, value):
    times = _tag(tagger, nlp, text)
    found = {t.text: t for t in times}
    assert span in found, [t.text for t in times]
    assert (found[span].type, found[span].value) == (type_, value)
    t = found[span]
    assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    "text",
    [
        "The 6-year-old boy was found.",  # an age
        "He bought 1990 shares at $5.",  # a count
        "You may march on the capital.",  # the modal and the verb are not months
        "Today's world is complex.",
    ],
)
def test_times_normalise_not_a_time(tagger, nlp, text):
    assert _tag(tagger, nlp, text) == []


def test_times_normalise_range_keeps_both_ends(tagger, nlp):
    text = "The US withdrew soldiers from Iraq between 2007 and 2011."
    times = _tag(tagger, nlp, text)
    assert [(t.text, t.value, t.end_value) for t in times] == [
        ("2007", "2007", "2011"),
        ("2011", "2011", None),
    ]


def test_times_normalise_excludes_leading_preposition(tagger, nlp):
    times = _tag(tagger, nlp, "He spoke on Tuesday in January 2020.")
    assert [t.text for t in times] == ["Tuesday", "January 2020"]


def test_times_normalise_reference_time_for_anaphora(tagger, nlp):
    text = "The rally was held on March 3, 2021. The next day, police arrived."
    times = _tag(tagger, nlp, text)
    assert [(t.text, t.value) for t in times][-1] == ("The next day", "2021-03-04")


def test_times_normalise_previous_weekday_counts_from_focus(tagger, nlp):
    text = "Stocks fell on March 3, 2021, down 4% from the previous Friday."
    assert [(t.text, t.value) for t in _tag(tagger, nlp, text)][-1] == (
        "the previous Friday",
        "2021-02-26",
    )


def test_times_normalise_day_before_and_after(tagger, nlp):
    text = "The mayor died on March 3, 2021. Crowds gathered the day after his death."
    assert [(t.text, t.value) for t in _tag(tagger, nlp, text)][-1] == ("the day", "2021-03-04")
    # in apposition to a date, "the day before …" is that date itself
    text = "Shares peaked on Oct. 12, 2021, the day before the crash."
    assert [(t.text, t.value) for t in _tag(tagger, nlp, text)][-1] == ("the day", "2021-10-12")


def test_times_normalise_anniversary_of_dated_event(tagger, nlp):
    text = "Protests marked the tenth anniversary of the 2011 uprising."
    times = _tag(tagger, nlp, text)
    anniv = [t for t in times if "anniversary" in t.text]
    assert anniv and anniv[0].value == "2021"
