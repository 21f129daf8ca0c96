"""Event dates on the seed article, once the events annotator codes its events."""

from __future__ import annotations


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
