"""Confidence floors and dyads: the min_confidence and require_dyad settings, the CLI flag."""

from __future__ import annotations

import pytest

from eventwire import Coder
from eventwire.cli import main
from eventwire.store import EventFilter, Store

TEXT = "Syria condemned Israel on Monday. Police arrested twelve protesters in the capital."


def test_events_min_confidence_drops_events_below_it(coder) -> None:
    events = coder.code(TEXT, date="2024-03-08").events
    assert events
    floor = max(e.confidence for e in events)
    kept = Coder({"min_confidence": floor}).code(TEXT, date="2024-03-08").events
    assert kept and all(e.confidence >= floor for e in kept)
    assert len(kept) < len(events) or all(e.confidence == floor for e in events)


def test_events_require_dyad_keeps_events_with_both_sides_coded() -> None:
    events = Coder({"require_dyad": True}).code(TEXT, date="2024-03-08").events
    assert events
    for ev in events:
        assert any(a.code for a in ev.actor) and any(r.code for r in ev.recipient)
    assert "ACCUSE" in {e.event for e in events}


@pytest.mark.parametrize("value", ["2", "-0.1", "high"])
def test_events_min_confidence_flag_checked(capsys, value) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["code", "-", "--min-confidence", value])
    assert exc.value.code == 2
    assert "expected a number from 0 to 1" in capsys.readouterr().err


def test_events_min_confidence_filters_stored_events(tmp_path, coder) -> None:
    db = tmp_path / "s.duckdb"
    analysis = coder.code(TEXT, date="2024-03-08", id="a1")
    with Store(db) as store:
        store.write([analysis])
        every = list(store.events(EventFilter()))
        floor = max(e.confidence for _, e in every)
        top = list(store.events(EventFilter(min_confidence=floor)))
    assert every and top and all(e.confidence >= floor for _, e in top)
