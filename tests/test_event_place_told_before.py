"""event_place: an act the article tells as before its own time does not take the dateline.
The news guidelines place an act where it happened; a dateline says where the reporter is
on the story's day. The past perfect ("had dismissed", or a complement of a verb in it)
refuses the dateline and the local story's town, unless the act is dated to the story's
day; a date of an earlier month or year ("last month") refuses the dateline and the
actor's country. A past-perfect act may still take the actor's country, and an earlier
crime of a local crime story its dateline town (``earlier_crime`` is exempt).
Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.annotators.event_place import dateline_refused, earlier_month
from eventwire.annotators.event_place_refusals import told_before
from eventwire.annotators.event_time import read_background
from eventwire.records import Event, Place, Span

ASPECT = read_background()["aspect"]


def _event(date: str | None) -> Event:
    return Event(
        id="e1",
        event="SANCTION",
        trigger=Span(text="expelled", start=0, end=8),
        sentence=Span(text="expelled", start=0, end=8),
        date=date,
    )


@pytest.mark.parametrize(
    ("text", "word", "before"),
    [
        ("The union had claimed that the board unfairly dismissed two workers.", "dismissed", True),
        ("The board had fired the manager before the vote.", "fired", True),
        ("The union claimed on Monday that the board dismissed two workers.", "dismissed", False),
        ("The board has fired the manager.", "fired", False),
        # a conjoined clause tells an act of its own
        ("The board had warned him, and then it fired the manager.", "fired", False),
    ],
)
def test_told_before_reads_the_past_perfect(
    coder: Coder, text: str, word: str, before: bool
) -> None:
    doc = coder.nlp(text)
    (tok,) = [t for t in doc if t.text == word]
    assert told_before(tok, ASPECT) is before


@pytest.mark.parametrize(
    ("date", "earlier"),
    [("2024-04", True), ("2023", True), ("2024-05", False), ("2024-05-01", False), (None, False)],
)
def test_earlier_month(date: str | None, earlier: bool) -> None:
    assert earlier_month(_event(date), "2024-05-06") is earlier


def test_dateline_refused_for_an_act_of_an_earlier_month() -> None:
    quito = Place(text="QUITO", start=0, end=5, name="Quito", country="ECU", feature="city")
    assert "before the article's month" in dateline_refused(_event("2024-04"), quito, "2024-05-06")
    assert dateline_refused(_event("2024-05-06"), quito, "2024-05-06") == ""


def test_event_place_an_expulsion_of_last_month_is_not_placed(coder: Coder) -> None:
    text = "QUITO (AP) - Last month, the government of Ecuador expelled two foreign diplomats."
    analysis = coder.code(text, date="2024-05-06", id="told-before")
    events = [e for e in analysis.events if e.trigger.text == "expelled"]
    assert events, [e.trigger.text for e in analysis.events]
    assert events[0].location is None, events[0].place_rule


def test_event_place_an_act_conjoined_to_a_past_perfect_keeps_the_dateline(coder: Coder) -> None:
    text = (
        "QUITO (AP) - The ministry had expelled two foreign envoys, and on Monday it "
        "shut down their consulate."
    )
    analysis = coder.code(text, date="2024-05-06", id="told-before-conj")
    events = [e for e in analysis.events if e.trigger.text == "shut"]
    assert events, [e.trigger.text for e in analysis.events]
    assert events[0].location is not None, events[0].place_rule
    assert events[0].location.name == "Quito"
