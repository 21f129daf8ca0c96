"""eval events scores both hash halves but reports the errors of the tune half only: the
check half is scored, never read (issue 16's halves)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from eventwire.evaluation.events import evaluate
from eventwire.evaluation.split import half


class _NoEvents:
    """A coder that finds no event, so every record is an error."""

    def code(self, text: str, **_: Any) -> Any:
        return SimpleNamespace(events=[])


@pytest.mark.parametrize("n", [8, 20])
def test_evaluation_events_halves_errors_of_tune_half_only(tmp_path: Path, n: int) -> None:
    records = [
        {"id": f"made-up-{i}", "text": f"Officials of town {i} met.", "event": "CONSULT"}
        for i in range(n)
    ]
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(records), encoding="utf-8")
    report = evaluate(gold, _NoEvents())  # type: ignore[arg-type]
    tune = {r["id"] for r in records if half(r["id"]) == "tune"}
    assert "misses" not in report
    assert {e["id"] for e in report["tune_errors"]} == tune
    assert sum(h["records"] for h in report["halves"].values()) == n
