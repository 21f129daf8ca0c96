"""event_time: a plain present perfect with no time of its own gets the article's year in
the headline or lead ("The union has rejected the offer") and is undated after it ("the
union, which has rejected every offer, …"): measured over every hand-judged check, the
year was right for 2 such acts after the lead and wrong (dated where the date is unknown)
for 31."""

from __future__ import annotations

import pytest

from eventwire.annotators.event_time import date_events
from eventwire.records import Event, Span

DATE = "2016-04-13"  # a Wednesday
BODY = (
    "The council met on Monday to set the budget. "
    "Its members argued for hours. "
    "The vote was close. "
)


def _dated(tagger, nlp, text: str, trigger: str) -> Event:
    doc = nlp(text)
    times, signals = tagger.tag(text, doc, DATE)
    start = text.rindex(trigger)
    ev = Event(
        id="ev0",
        event="REJECT",
        trigger=Span(trigger, start, start + len(trigger)),
        sentence=Span(text, 0, len(text)),
    )
    date_events([ev], times, doc, DATE, signals)
    return ev


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The dockers' union has rejected the port's latest pay offer.", "rejected"),
        ("Two senators have endorsed the governor for a second term.", "endorsed"),
        ("The ministry has accused the importer of forging customs papers.", "accused"),
    ],
)
def test_event_time_present_perfect_in_the_lead_keeps_the_year(tagger, nlp, text, trigger):
    ev = _dated(tagger, nlp, text, trigger)
    assert (ev.date, ev.date_origin) == (DATE[:4], "article")
    assert ev.date_rule is not None and ev.date_rule.startswith("background: present perfect")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (BODY + "The union, which has rejected every offer, walked out.", "rejected"),
        (BODY + "A farmers' group that has endorsed the mayor stayed away.", "endorsed"),
        (BODY + "Critics have accused the treasurer of hiding the deficit.", "accused"),
    ],
)
def test_event_time_present_perfect_after_the_lead_is_undated(tagger, nlp, text, trigger):
    ev = _dated(tagger, nlp, text, trigger)
    assert (ev.date, ev.date_origin) == (None, "none")
    assert ev.date_rule is not None and ev.date_rule.startswith("background: present perfect")
