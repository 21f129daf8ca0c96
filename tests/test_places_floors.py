"""Accuracy floors on GeoWebNews (dev): recognition and resolution may only get better."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path
from helpers import check_floor, floor_items

from eventwire import Coder
from eventwire.evaluation import geo

FLOORS = Path(__file__).parent / "floors" / "geo.json"


@pytest.fixture(scope="module")
def report(coder) -> dict:
    gold = shared_path("eval", "geo", "geowebnews", "GWN.xml")
    return geo.evaluate(gold, Coder({"annotators": ["places"]}))


@pytest.mark.slow
@pytest.mark.parametrize("name,floor", floor_items(FLOORS))
def test_places_floor_on_geowebnews(report: dict, name: str, floor: float) -> None:
    check_floor(report, name, floor)


def test_places_report_renders(report: dict) -> None:
    text = geo.render(report)
    assert "accuracy@161km" in text and "precision" in text


def test_places_eval_reads_a_small_file(tmp_path, coder) -> None:
    xml = tmp_path / "mini.xml"
    xml.write_text(
        "<articles><article file='0'><text>Troops left Baghdad for Mosul.</text><toponyms>"
        "<toponym><extractedName>Baghdad</extractedName><type>Literal</type><modifierType/>"
        "<start>12</start><end>19</end><latitude>33.34</latitude><longitude>44.40</longitude>"
        "</toponym><toponym><extractedName>Mosul</extractedName><type>Literal</type>"
        "<modifierType/><start>24</start><end>29</end><latitude/><longitude/></toponym>"
        "</toponyms></article></articles>",
        encoding="utf-8",
    )
    rep = geo.evaluate(xml, Coder({"annotators": ["places"]}))
    assert rep["recognition"]["tp"] == 2 and rep["recognition"]["gold"] == 2
    assert rep["resolution"]["n"] == 1 and rep["resolution"]["accuracy_161km"] == 1.0
    assert rep["resolution"]["auc"] < 0.05


def test_places_eval_bad_file_is_an_evaluation_error(tmp_path, coder) -> None:
    from eventwire.errors import EvaluationError

    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(EvaluationError, match="bad.xml"):
        geo.evaluate(bad, Coder({"annotators": ["places"]}))
