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
