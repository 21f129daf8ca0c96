"""The event_time annotator: events built by hand on parsed sentences get their dates."""

from __future__ import annotations

import pytest

from eventwire.annotators.event_time import (
    aux_modes,
    calendar_part,
    date_events,
    shift_value,
)
from eventwire.records import Event, Span

DATE = "2023-03-08"


def _event(doc, word: str, n: int = 0, i: int = 1) -> Event:
    text = doc.text
    start = -1
    for _ in range(n + 1):
        start = text.index(word, start + 1)
    sent = doc.char_span(start, start + len(word), alignment_mode="expand").sent
    return Event(
        id=f"ev{i}",
        event="CONSULT",
        trigger=Span(word, start, start + len(word)),
        sentence=Span(sent.text, sent.start_char, sent.end_char),
    )


def _date(tagger, nlp, text, triggers, date=DATE):
    doc = nlp(text)
    times, signals = tagger.tag(text, doc, date)
    events = [_event(doc, w, n, i) for i, (w, n) in enumerate(triggers, 1)]
    date_events(events, times, doc, date, signals)
    return events


@pytest.mark.parametrize(
    ("text", "trigger", "date", "origin", "aux"),
    [
        ("The minister visited Baghdad on Tuesday.", "visited", "2023-03-07", "text", []),
        (
            "The resolution was passed by parliament in January 2020.",
            "passed",
            "2020-01",
            "text",
            ["historical"],
        ),
        ("The army withdrew its troops in 2014.", "withdrew", "2014", "text", ["historical"]),
        ("The minister will visit Cairo next month.", "visit", "2023-04", "text", ["future"]),
        ("Protesters marched through the capital.", "marched", DATE, "article", []),
        ("The rebels attacked a convoy yesterday.", "attacked", "2023-03-07", "text", []),
        ("He condemned the 2020 decision.", "decision", "2020", "text", ["historical"]),
    ],
)
def test_event_time_dates_from_text(tagger, nlp, text, trigger, date, origin, aux):
    (ev,) = _date(tagger, nlp, text, [(trigger, 0)])
    assert (ev.date, ev.date_origin, ev.aux) == (date, origin, aux)


def test_event_time_dates_noun_modifier_does_not_date_the_verb(tagger, nlp):
    # "2020" dates the resolution, not the urging
    (ev,) = _date(
        tagger, nlp, "He urged parliament to implement the 2020 resolution.", [("urged", 0)]
    )
    assert (ev.date, ev.date_origin) == (DATE, "article")


def test_event_time_dates_without_article_date(tagger, nlp):
    text = "Protesters marched through the capital."
    (ev,) = _date(tagger, nlp, text, [("marched", 0)], date=None)
    assert (ev.date, ev.date_origin) == (None, "none")


def test_event_time_dates_two_days_after_anchor(tagger, nlp):
    text = (
        "The minister visited Baghdad on Friday. His visit came two days after "
        "the general paid a visit to Syria."
    )
    visit, came, paid = _date(tagger, nlp, text, [("visited", 0), ("came", 0), ("paid", 0)])
    assert visit.date == "2023-03-03"
    assert (paid.date, paid.date_origin) == ("2023-03-06", "anchor")


def test_event_time_dates_anchor_from_dated_clause(tagger, nlp):
    text = "The talks began on March 1, 2023, two days after the ceasefire was signed."
    began, signed = _date(tagger, nlp, text, [("began", 0), ("signed", 0)])
    assert began.date == "2023-03-01"
    assert (signed.date, signed.date_origin) == ("2023-02-27", "anchor")


def test_event_time_dates_anniversary_event(tagger, nlp):
    text = "Crowds gathered for the 20th anniversary of the invasion of Iraq."
    gathered, invasion = _date(tagger, nlp, text, [("gathered", 0), ("invasion", 0)])
    assert (invasion.date, invasion.date_origin) == ("2003-03-20", "anchor")
    assert "historical" in invasion.aux


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-03-07TMO", "2023-03-07"),
        ("2023-03-07T21:00", "2023-03-07"),
        ("2020-01", "2020-01"),
        ("2020-H2", "2020-H2"),
        ("PRESENT_REF", DATE),
        ("PAST_REF", None),
        ("P2D", None),
        (None, None),
    ],
)
def test_event_time_dates_calendar_part(value, expected):
    assert calendar_part(value, DATE) == expected


@pytest.mark.parametrize(
    ("date", "modes"),
    [
        ("2023-03-07", []),
        ("2023-02-10", []),  # within a month: current
        ("2023-01-31", ["historical"]),
        ("2023-02", []),  # ends within the month before the article
        ("2022", ["historical"]),
        ("2023", []),
        ("2023-03-09", ["future"]),
        ("2023-Q2", ["future"]),
        (None, []),
    ],
)
def test_event_time_dates_aux_modes(date, modes):
    assert aux_modes(date, DATE) == modes


@pytest.mark.parametrize(
    ("value", "amount", "sign", "expected"),
    [
        ("2023-03-08", "P2D", -1, "2023-03-06"),
        ("2023-03-08", "P1W", 1, "2023-03-15"),
        ("2023-03", "P1Y", -1, "2022-03"),
        ("2023-Q1", "P1Y", -1, "2022-Q1"),
        ("2023-03", "P2D", -1, None),  # days from a month name no day
        ("2023-03-08", "PXD", -1, None),
    ],
)
def test_event_time_dates_shift_value(value, amount, sign, expected):
    assert shift_value(value, amount, sign) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (
            "The resolution was passed in January 2020, following the assassination of a leader.",
            "assassination",
            "2020-01",
        ),
        ("Troops left on March 3, 2021, after the attack.", "attack", "2021-03"),
    ],
)
def test_event_time_dates_near_a_dated_clause(tagger, nlp, text, trigger, date):
    (ev,) = _date(tagger, nlp, text, [(trigger, 0)])
    assert (ev.date, ev.date_origin) == (date, "anchor")


def test_event_time_dates_during_shares_the_clause_date(tagger, nlp):
    (ev,) = _date(
        tagger, nlp, "Shops closed on March 3, 2021 amid the protests.", [("protests", 0)]
    )
    assert (ev.date, ev.date_origin) == ("2021-03-03", "text")
