"""Actor-code accuracy on the PLOVER GSR dev file stays at or above its pinned floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shared_path

from eventwire.evaluation import actors as actors_eval

FLOORS = json.loads((Path(__file__).parent / "floors" / "actors.json").read_text())


@pytest.fixture(scope="module")
def report(coder):
    return actors_eval.evaluate(shared_path(*FLOORS["gold"].split("/")), coder)


@pytest.mark.slow
@pytest.mark.parametrize("score", ["country_accuracy", "country_sector_accuracy"])
def test_actors_eval_floor(report, score):
    assert report[score] >= FLOORS[score], actors_eval.render(report)


@pytest.mark.slow
def test_actors_eval_render(report):
    text = actors_eval.render(report)
    assert "country accuracy" in text and str(report["mentions"]) in text


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("Iraqi Kurds protested, Iraq said.", "Iraq", (23, 27)),
        ("Iraq protested.", "Iraq", (0, 4)),
        ("NATO  peacekeeping troops left.", "NATO  peacekeeping troops", (0, 25)),
        ("Bosnian Serbs and their forces left.", "Bosnian Serbs ... forces", (0, 13)),
        ("The Greek side agreed.", "Greek-Cypriot", (4, 9)),
        ("Nothing here.", "Ghana", None),
    ],
)
def test_actors_eval_locate(sentence, text, expected):
    assert actors_eval.locate(sentence, text) == expected


def test_actors_eval_gold_mentions_reads_sector_and_code_forms():
    rec = {
        "source": [{"actorText": "Iraqi officials", "code": "IRQ", "sector": "GOV"}],
        "target": [{"actorText": "US forces", "code": "USAMIL"}, {"actorText": "x"}],
    }
    assert actors_eval.gold_mentions(rec) == [
        ("source", "Iraqi officials", "IRQ", "GOV"),
        ("target", "US forces", "USA", "MIL"),
    ]


def test_actors_eval_reports_halves_and_unresolved(coder, tmp_path):
    """Both halves of the records are scored, and mentions left uncoded are counted."""
    records = [
        {"event": "DOCUMENT"},
        {
            "id": "mine-1",
            "text": "Iraqi police arrested Grigor Maltsev on Monday.",
            "source": [{"actorText": "Iraqi police", "code": "IRQ", "sector": "COP"}],
            "target": [{"actorText": "Grigor Maltsev", "code": "MDA"}],
        },
        {
            "id": "mine-2",
            "text": "Syrian rebels shelled the town.",
            "source": [{"actorText": "Syrian rebels", "code": "SYRREB"}],
        },
    ]
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(records), encoding="utf-8")
    report = actors_eval.evaluate(gold, coder)
    assert report["mentions"] == 3 and report["unresolved"] == 1
    halves = report["halves"]
    assert set(halves) == {"tune", "check"}
    assert sum(h["mentions"] for h in halves.values()) == 3
    assert sum(h["unresolved"] for h in halves.values()) == 1
    assert {e["half"] for e in report["errors"]} <= {"tune", "check"}
    text = actors_eval.render(report)
    assert "tune half" in text and "check half" in text and "unresolved" in text
