"""benchmarks/filter_drops.py: the events filter's verdicts by the kind of actor and recipient.

The article is invented."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from eventwire.annotators import events as events_module
from eventwire.records import ActorRef


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


filter_drops = _load("benchmark_filter_drops", ROOT / "benchmarks" / "filter_drops.py")

TEXT = (
    "France's foreign minister accused Spain of shelling border villages. "
    "The weather was mild on Tuesday."
)


def _article() -> dict:
    first = TEXT.index(".") + 1
    return {
        "id": "invented-1",
        "date": "2020-05-01",
        "text": TEXT,
        "sentences": [
            {"sid": "1", "start": 0, "end": first, "events": [{"type": "ACCUSE"}]},
            {"sid": "2", "start": first + 1, "end": len(TEXT), "events": []},
        ],
    }


def test_filter_drops_counts_each_proposed_event_by_side_kind(coder) -> None:
    judge = events_module.EventsAnnotator._judge
    table = filter_drops.tally([_article()], coder)
    # the filter step is the annotator's own again once counted
    assert events_module.EventsAnnotator._judge is judge
    # the minister's accusation, labelled ACCUSE, is kept and right, its actor coded
    assert table[("actor", "coded")][(True, True)] >= 1, table
    text = filter_drops.render(table)
    assert "kept right / wrong" in text.splitlines()[0]


def test_filter_drops_side_kind_of_no_party() -> None:
    assert filter_drops.side_kind([], None) == "none"


def test_filter_drops_side_kind_of_a_pronoun_and_a_code() -> None:
    pronoun = ActorRef(text="They", start=0, end=4)
    coded = ActorRef(text="the cabinet", start=0, end=11, code="RUR")
    assert filter_drops.side_kind([pronoun], None) == "pronoun"
    assert filter_drops.side_kind([coded, pronoun], None) == "coded"


def test_filter_drops_refuses_the_dev_gold(tmp_path: Path) -> None:
    gold = tmp_path / "eval" / "events" / "dev.jsonl"
    with pytest.raises(SystemExit):
        filter_drops.main(["--shared", str(tmp_path), "--news", str(gold)])
