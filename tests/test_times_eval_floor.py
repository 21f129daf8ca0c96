"""Accuracy floors on the TimeML dev gold (TBAQ): a floor only moves up, on purpose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shared_path

from eventwire.evaluation import time as time_eval

FLOORS = Path(__file__).parent / "floors" / "time.json"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">
1998-08-07</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday\
</TIMEX3> &amp; killed dozens <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> \
after the warning.
</TEXT>
</TimeML>
"""


def test_times_eval_reads_timeml(tmp_path):
    f = tmp_path / "x.tml"
    f.write_text(TML, encoding="utf-8")
    doc = time_eval.read_tml(f)
    assert doc.date == "1998-08-07"
    assert "&" in doc.text and "<" not in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "1998-08-07"),
        ("two days", "DURATION", "P2D"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


def test_times_eval_scores_strict_and_relaxed():
    G = time_eval.GoldTimex
    gold = [G("Friday", 0, 6, "DATE", "1998-08-07"), G("two days", 10, 18, "DURATION", "P2D")]
    system = [G("Friday", 0, 6, "DATE", "1998-08-07"), G("days", 14, 18, "DURATION", "PXD")]
    report = time_eval.score([(gold, system)])
    assert report["strict"]["f1"] == 0.5
    assert report["relaxed"]["f1"] == 1.0
    assert report["value_accuracy"] == 0.5
    assert report["type_accuracy"] == 1.0
    assert "value F1" in time_eval.render(report)


def test_times_eval_counts_by_gold_type():
    G = time_eval.GoldTimex
    gold = [
        G("Friday", 0, 6, "DATE", "1998-08-07"),
        G("two days", 10, 18, "DURATION", "P2D"),
        G("9 p.m.", 20, 26, "TIME", "1998-08-07T21:00"),
    ]
    system = [G("Friday", 0, 6, "DATE", "1998-08-07"), G("two days", 10, 18, "DATE", "P2D")]
    report = time_eval.score([(gold, system)])
    assert report["by_type"] == {
        "DATE": {"gold": 1, "found": 1, "type right": 1, "value right": 1},
        "DURATION": {"gold": 1, "found": 1, "type right": 0, "value right": 1},
        "TIME": {"gold": 1, "found": 0, "type right": 0, "value right": 0},
    }
    assert "DURATION" in time_eval.render(report)


def test_times_eval_reports_both_halves(tmp_path, coder):
    from eventwire.evaluation.split import half

    ids = [f"doc{i}" for i in range(6)]
    for doc_id in ids:
        (tmp_path / f"{doc_id}.tml").write_text(TML, encoding="utf-8")
    report = time_eval.evaluate(tmp_path, coder)
    halves = report["halves"]
    assert set(halves) == {"tune", "check"}
    for h in ("tune", "check"):
        assert halves[h]["documents"] == sum(half(i) == h for i in ids)
        assert halves[h]["gold"] == 2 * halves[h]["documents"]
    assert "== check half ==" in time_eval.render(report)


@pytest.mark.slow
def test_times_eval_floor_on_dev_gold():
    from eventwire import Coder

    gold = shared_path("eval", "time", "tbaq")
    report = time_eval.evaluate(gold, Coder({"annotators": ["times"]}))
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    measured = {
        "strict_f1": report["strict"]["f1"],
        "relaxed_f1": report["relaxed"]["f1"],
        "type_accuracy": report["type_accuracy"],
        "value_accuracy": report["value_accuracy"],
        "value_f1": report["value_f1"],
    }
    for name, floor in floors["floors"].items():
        assert measured[name] >= floor, f"{name}: {measured[name]} fell below its floor {floor}"
    for h, part_floors in floors["halves"]["floors"].items():
        part = report["halves"][h]
        got = {
            "relaxed_f1": part["relaxed"]["f1"],
            "type_accuracy": part["type_accuracy"],
            "value_f1": part["value_f1"],
        }
        for name, floor in part_floors.items():
            assert got[name] >= floor, f"{h} half {name}: {got[name]} fell below its floor {floor}"
