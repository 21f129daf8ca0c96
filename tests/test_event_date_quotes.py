"""Dates and direct quotes (``event_date_quotes``): a quoted "today" counts from the day of
the saying where the saying is dated to another day; a saying is not dated by a time inside
its own quote. Sentences of my own about invented parties."""

from __future__ import annotations

from helpers import events_of

from eventwire.annotators.event_date_quotes import DEICTIC_DAYS

DATE = "2023-03-08"  # a Wednesday
SAID_TUESDAY = (
    "The senator attacked the governor on Tuesday.\n\n"
    "“In his speech today, the governor shamefully refused to meet the strikers,” "
    "the senator said on Tuesday."
)


def _by_trigger(coder, text, trigger):
    return next(e for e in events_of(coder, text, DATE) if e.trigger.text == trigger)


def test_quoted_today_is_the_day_of_the_saying(coder):
    ev = _by_trigger(coder, SAID_TUESDAY, "refused")
    assert ev.date == "2023-03-07"
    assert ev.date_rule.startswith("said on its day: 'today'")
    assert _by_trigger(coder, SAID_TUESDAY, "said").date == "2023-03-07"


def test_quoted_today_said_on_the_article_day_stays(coder):
    text = (
        "“In his speech today, the governor shamefully refused to meet the strikers,” "
        "the senator said."
    )
    ev = _by_trigger(coder, text, "refused")
    assert (ev.date, ev.date_rule) == (DATE, "clause: 'today'")


def test_saying_not_dated_by_a_time_inside_its_quote(coder):
    text = "“Last night the council arbitrarily closed the polling stations,” the mayor said."
    ev = _by_trigger(coder, text, "said")
    assert ev.date == DATE
    assert not (ev.date_rule or "").startswith("learned: timex 'Last night'")


def test_paraphrase_keeps_its_time(coder):
    # no quotation marks: the time is the act's own ("said … closed … last night")
    text = "The mayor said the council arbitrarily closed the polling stations last night."
    assert _by_trigger(coder, text, "said").date == "2023-03-07"


def test_deictic_days():
    assert DEICTIC_DAYS["today"] == 0 and DEICTIC_DAYS["last night"] == 1
