"""Accuracy floors on the PLOVER dev gold records; floors move up only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shared_path

from eventwire.evaluation import events as ev_eval

FLOORS = Path(__file__).parent / "floors" / "events.json"


@pytest.fixture(scope="module")
def report(coder):
    gold = shared_path("eval", "events", "plover-gsr-dev.json")
    return ev_eval.evaluate(gold, coder)


def test_events_eval_scores_meet_floors(report):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    low = {k: (report["scores"][k], v) for k, v in floors.items() if report["scores"][k] < v}
    assert not low, f"below floor (score, floor): {low}\n{ev_eval.render(report)}"


def test_events_eval_report_shape_and_render(report):
    assert report["records"] == 157
    assert set(ev_eval.METRICS) <= set(report["scores"])
    assert set(report["per_type"]) <= set(ev_eval.PLOVER_TYPES)
    text = ev_eval.render(report)
    assert "hit rate" in text and "ASSAULT" in text


def test_events_eval_label_map_and_codes():
    assert ev_eval.LABEL_MAP["DEMAND"] == "REQUEST"
    assert ev_eval.LABEL_MAP["DISAPPROVE"] == "ACCUSE"
    assert ev_eval._country("JAP") == "JPN"
    assert ev_eval._country("IRQGOV") == "IRQ"
    assert ev_eval._country("NATO") == "IGO"
    assert ev_eval._gold_actors([{"code": "USAMIL"}]) == [("USA", "MIL")]
    assert ev_eval._gold_actors({"code": "SDN", "sector": "GOV"}) == [("SDN", "GOV")]
    assert ev_eval._gold_actors("") == []


def test_events_eval_bad_gold_file(tmp_path, coder):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ev_eval.EvaluationError, match="bad.json"):
        ev_eval.evaluate(bad, coder)
