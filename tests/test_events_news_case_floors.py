"""Accuracy floors on ordinary news (eval news) and CASE 2021 snippets (eval case).

Floors move up only. Both halves of each dev set are scored; the floors are on the whole
set, and the halves must stay within the gap recorded beside the floors.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shared_path

from eventwire.evaluation import case as case_eval
from eventwire.evaluation import news as news_eval

FLOORS = Path(__file__).parent / "floors"


@pytest.fixture(scope="module")
def news_report(coder):
    return news_eval.evaluate(shared_path("eval", "events", "news-sentences-dev.jsonl"), coder)


@pytest.fixture(scope="module")
def case_report(coder):
    return case_eval.evaluate(shared_path("eval", "events", "case2021-task2-dev.tsv"), coder)


def _check(report, name):
    floors = json.loads((FLOORS / f"{name}.json").read_text(encoding="utf-8"))
    low = {
        k: (report["scores"][k], v)
        for k, v in floors.items()
        if not k.startswith("_") and report["scores"][k] < v
    }
    return low


def test_events_news_scores_meet_floors(news_report):
    low = _check(news_report, "news")
    assert not low, f"below floor (score, floor): {low}\n{news_eval.render(news_report)}"


def test_events_news_event_rate_not_above_gold(news_report):
    s = news_report["scores"]
    assert s["events_per_1000_words"] <= s["gold_per_1000_words"]


def test_events_case_scores_meet_floors(case_report):
    low = _check(case_report, "case")
    assert not low, f"below floor (score, floor): {low}\n{case_eval.render(case_report)}"


def test_events_case_report_shape(case_report):
    assert case_report["snippets"] == 489
    assert set(case_report["halves"]) == {"tune", "check"}
    assert "NATURAL_DISASTER" in case_report["per_label"]
