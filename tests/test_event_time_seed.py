"""Event dates on the seed article, once the events annotator codes its events."""

from __future__ import annotations

import pytest


def _events_with(analysis, word):
    return [e for e in analysis.events if e.trigger.text.lower().startswith(word)]


def test_event_time_seed_every_event_has_origin(seed_analysis):
    for ev in seed_analysis.events:
        assert ev.date_origin in ("text", "anchor", "article", "none")
        if ev.date_origin != "none":
            assert ev.date


def test_event_time_seed_historical_events(seed_analysis):
    dated = {e.date for e in seed_analysis.events if "historical" in e.aux}
    for ev in seed_analysis.events:
        if ev.date in ("2014", "2020-01", "2021-12"):
            assert "historical" in ev.aux
    assert dated <= {e.date for e in seed_analysis.events}


def test_event_time_seed_no_event_is_future(seed_analysis):
    assert not [e for e in seed_analysis.events if "future" in e.aux]


def _event(analysis, word, after=""):
    """The first event with trigger ``word`` that comes after the words ``after``."""
    text = analysis.article.text
    floor = text.find(after) if after else 0
    found = [
        e for e in analysis.events if e.trigger.text.lower() == word and e.trigger.start > floor
    ]
    if not found:
        pytest.skip(f"no event with trigger {word!r} coded (events annotator not merged yet?)")
    return found[0]


@pytest.mark.parametrize(
    ("word", "after", "date", "origin"),
    [
        ("withdrew", "", "2007", "text"),
        ("redeployed", "", "2014", "text"),
        ("invasion", "", "2003-03-20", "anchor"),
        # Milley's visit, inside "two days after …", is dated from Austin's (the article date)
        ("visit", "two days after", "2023-03-06", "anchor"),
    ],
)
def test_event_time_seed_event_dates(seed_analysis, word, after, date, origin):
    ev = _event(seed_analysis, word, after)
    assert (ev.date, ev.date_origin) == (date, origin)
