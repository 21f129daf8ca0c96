"""Extraction quality floors of the HTML reader on the project's page fixtures.

Floors are in tests/floors/sources.json, pinned a hair from the measured values; the
boilerplate figures are ceilings (lower is better). They move only in the good direction.
"""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.evaluation.sources import evaluate, render

HERE = Path(__file__).parent
FLOORS = json.loads((HERE / "floors" / "sources.json").read_text(encoding="utf-8"))


def test_ingest_html_floors():
    report = evaluate(HERE / "fixtures" / "sources" / "html")
    shown = render(report)
    assert report["recall"] >= FLOORS["recall"], shown
    assert report["min_recall"] >= FLOORS["min_recall"], shown
    assert report["boilerplate"] <= FLOORS["boilerplate_ceiling"], shown
    assert report["max_boilerplate"] <= FLOORS["max_boilerplate_ceiling"], shown
    assert report["pages_on_target"] == report["pages"], shown
