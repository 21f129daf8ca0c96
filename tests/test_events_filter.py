"""The learned event filter: features, probabilities, settings, and bad model files."""

from __future__ import annotations

import json

import pytest

from eventwire import Coder
from eventwire.annotators.event_filter import EventFilter, features, load_filter
from eventwire.errors import ConfigError


def test_events_filter_packaged_model_loads_once() -> None:
    model = load_filter()
    assert model is not None and model is load_filter()
    assert 0.0 < model.threshold < 1.0
    assert "bias" in model.weights and len(model.weights) > 50


def test_events_filter_features_describe_the_event(coder) -> None:
    text = "The senator criticised the governor over the budget."
    analysis = coder.code(text, date="2024-03-08")
    ev = next(e for e in analysis.events if e.event == "ACCUSE")
    doc = coder.nlp(text)
    feats = features(ev, doc, analysis)
    assert "type=ACCUSE" in feats and "lemma=criticise" in feats
    assert "actor=some" in feats and "recipient=some" in feats
    assert feats == features(ev, doc, analysis)  # deterministic


def test_events_filter_confidence_in_range_and_recorded(coder) -> None:
    for ev in coder.code("Police arrested twelve protesters in the capital.").events:
        assert 0.0 <= ev.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "The new museum will help visitors understand the past.",
        "The survey allows researchers to compare incomes across states.",
        "Polls show the senator leading by four points among likely voters.",
    ],
)
def test_events_filter_non_political_senses_dropped(coder, text) -> None:
    assert coder.code(text, date="2024-03-08").events == []


def test_events_filter_off_keeps_every_rule_event() -> None:
    # (help with a clause of what is done is no rule event since coop4's lexicon row)
    text = "The new museum will help visitors with the past."
    assert Coder({"event_filter": False}).code(text).events


def test_events_filter_probability_is_logistic() -> None:
    model = EventFilter({"bias": 0.0, "a": 2.0, "b": -2.0}, 0.5, {})
    assert model.probability(["bias"]) == pytest.approx(0.5)
    assert model.probability(["bias", "a"]) > 0.88
    assert model.probability(["bias", "b"]) < 0.12
    assert model.probability(["bias", "a", "a"]) == model.probability(["bias", "a"])


@pytest.mark.parametrize("content", ["{not json", json.dumps({"threshold": 0.3}), "[]"])
def test_events_filter_bad_model_file_named(tmp_path, content) -> None:
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="model.json"):
        load_filter(str(path))


def test_events_filter_missing_model_file_named(tmp_path) -> None:
    with pytest.raises(ConfigError, match="nope.json"):
        Coder({"event_filter_model": str(tmp_path / "nope.json")})


def test_events_filter_user_model_and_threshold(tmp_path) -> None:
    path = tmp_path / "strict.json"
    path.write_text(json.dumps({"weights": {"bias": -5.0}, "threshold": 0.5}), encoding="utf-8")
    strict = Coder({"event_filter_model": str(path)})
    assert strict.code("Police arrested twelve protesters in the capital.").events == []
    lenient = Coder({"event_filter_model": str(path), "event_min_probability": 0.0})
    assert lenient.code("Police arrested twelve protesters in the capital.").events
