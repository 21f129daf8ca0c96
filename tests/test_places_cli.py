"""`eventwire eval geo` through the CLI, on a slice of GeoWebNews."""

from __future__ import annotations

import json

from conftest import shared_path

from eventwire.cli import main


def test_places_cli_eval_geo_json(capsys, coder) -> None:
    gold = shared_path("eval", "geo", "geowebnews", "GWN.xml")
    assert main(["eval", "geo", "--gold", str(gold), "--limit", "3", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["task"] == "geo" and report["articles"] == 3
    assert 0 <= report["resolution"]["accuracy_161km"] <= 1
