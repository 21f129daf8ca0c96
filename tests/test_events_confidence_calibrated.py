"""The event's confidence is a calibrated probability: the model's inputs, its order within
a sentence, bad model files, and the decision's counts in ``eval news`` (sentences written
for these tests)."""

from __future__ import annotations

import json

import pytest

from eventwire.annotators.event_filter import (
    CONFIDENCE_INPUTS,
    EventFilter,
    confidence_inputs,
    load_filter,
)
from eventwire.errors import ConfigError
from eventwire.evaluation.news import _score_article, scores
from eventwire.records import Event, Span


def test_events_confidence_packaged_model_is_calibrated_logistic() -> None:
    model = load_filter()
    assert model is not None
    weights = model.meta["confidence"]["weights"]
    assert len(weights) == len(CONFIDENCE_INPUTS)
    assert weights[CONFIDENCE_INPUTS.index("rank_score")] > 0


@pytest.mark.parametrize("presence", [0.2, 0.5, 0.9])
def test_events_confidence_keeps_the_rules_order_in_a_sentence(presence) -> None:
    model = load_filter()
    assert model is not None
    best = 0.9
    low = model.confidence(0.55, 0.4, presence, best)
    high = model.confidence(0.75, 0.4, presence, best)
    assert 0.0 < low < high < 1.0


def test_events_confidence_rises_with_the_decision() -> None:
    model = load_filter()
    assert model is not None
    assert model.confidence(0.7, 0.6, 0.1, 0.6) < model.confidence(0.7, 0.6, 0.9, 0.6)


def test_events_confidence_inputs_in_declared_order() -> None:
    x = confidence_inputs(0.5, 0.5, 0.8, 0.5)
    assert len(x) == len(CONFIDENCE_INPUTS) and x[0] == 1.0
    assert x[CONFIDENCE_INPUTS.index("presence_logit")] == pytest.approx(0.0)


def test_events_confidence_without_model_is_the_rules() -> None:
    model = EventFilter({"bias": 0.0}, 0.5, {})
    assert model.confidence(0.62, 0.9) == 0.62


def test_events_confidence_bad_weights_named(tmp_path) -> None:
    path = tmp_path / "conf.json"
    data = {"weights": {"bias": 0.0}, "threshold": 0.3, "confidence": {"weights": [1.0, 2.0]}}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"conf\.json.*confidence"):
        load_filter(str(path))


def _event(start: int) -> Event:
    return Event(
        id="ev1",
        event="ACCUSE",
        trigger=Span("x", start, start + 1),
        sentence=Span("", 0, 0),
    )


def test_events_confidence_eval_news_scores_the_decision_on_its_own() -> None:
    text = "One sentence here. Another one there. A third."
    art = {
        "text": text,
        "sentences": [
            {"start": 0, "end": 18, "events": [{"type": "ACCUSE"}]},
            {"start": 19, "end": 37, "events": []},
            {"start": 38, "end": 46, "events": [{"type": "REQUEST"}]},
        ],
    }
    presence = {0: 0.9, 19: 0.6, 38: 0.1}
    result = _score_article(art, [_event(4)], presence, threshold=0.5)
    s = scores(result["counts"])
    assert s["decision_precision"] == pytest.approx(0.5)  # says yes on 1 and 2, right on 1
    assert s["decision_recall"] == pytest.approx(0.5)  # finds 1 of sentences 1 and 3
    assert s["presence_precision"] == 1.0
