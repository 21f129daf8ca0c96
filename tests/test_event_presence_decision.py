"""The sentence-level decision "is a political act reported here": its features, its
probability, the gate it sets on the rules' events, and its model file (sentences
written for these tests)."""

from __future__ import annotations

import json

import pytest

from eventwire import Coder
from eventwire.annotators.event_filter import load_filter
from eventwire.annotators.event_presence import PresenceModel, sentence_features
from eventwire.errors import ConfigError

ACT = "Police arrested twelve protesters in the capital on Monday."


def test_event_presence_packaged_model_has_a_decision() -> None:
    model = load_filter()
    assert model is not None and model.presence is not None
    assert 0.0 < model.presence.gate < 1.0 and 0.0 < model.presence.threshold < 1.0
    assert len(model.presence.weights) > 50


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("Forty percent of voters in the poll backed the mayor.", "cue=poll"),
        ("Unemployment rose to an average rate of six percent.", "cue=statistic"),
        ("I think the council probably made a mistake.", "cue=opinion"),
        ("Analysts expect the vote to be close.", "cue=prediction"),
        ("The party plans to hold a convention next year.", "cue=plan"),
        ("The so-called reform bill was dubbed a failure.", "cue=description"),
        ("Will the council ever agree on a budget?", "sent=question"),
        ("The governor will sign the bill next week.", "root=future"),
        ("The senator might resign.", "root=modal"),
    ],
)
def test_event_presence_features_name_the_kind_of_sentence(coder, text, feature) -> None:
    sent = next(iter(coder.nlp(text).sents))
    assert feature in sentence_features(sent, [])


def test_event_presence_features_count_names_as_kinds(coder) -> None:
    text = "Germany criticised France over the budget."
    sent = next(iter(coder.nlp(text).sents))
    feats = sentence_features(sent, coder.code(text).events)
    assert "ent=GPE" in feats and "prop=ACCUSE" in feats
    assert not any("germany" in f.lower() or "france" in f.lower() for f in feats)


@pytest.mark.parametrize(
    "text",
    [
        "Forty percent of likely voters said in the survey that they back the mayor.",
        "Analysts expect the election to be close, according to the forecast.",
        "The unemployment rate averaged five percent over the decade.",
    ],
)
def test_event_presence_non_events_score_under_an_act(coder, text) -> None:
    ctx = coder.code_context(ACT, date="2024-03-08")
    act = max(ctx.event_presence.values())
    ctx = coder.code_context(text, date="2024-03-08")
    assert ctx.event_presence, "the decision scored no sentence"
    assert max(ctx.event_presence.values()) < act


def _model(tmp_path, presence_bias: float) -> str:
    """A model whose filter is unsure of every event (0.48, above its threshold) and whose
    decision is sure that a sentence does (or does not) report an act."""
    data = {
        "weights": {"bias": -0.1},
        "threshold": 0.25,
        "presence": {"weights": {"bias": presence_bias}, "threshold": 0.5, "gate": 0.5},
    }
    path = tmp_path / f"model{presence_bias}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("presence_bias", "kept"), [(5.0, True), (-5.0, False)])
def test_event_presence_gate_overrules_an_unsure_filter(tmp_path, presence_bias, kept) -> None:
    coder = Coder({"event_filter_model": _model(tmp_path, presence_bias)})
    assert bool(coder.code(ACT, date="2024-03-08").events) is kept


def test_event_presence_gate_setting_overrides_the_model(tmp_path) -> None:
    settings = {"event_filter_model": _model(tmp_path, -5.0), "event_min_presence": 0.0}
    assert Coder(settings).code(ACT, date="2024-03-08").events


def test_event_presence_off_with_the_filter() -> None:
    ctx = Coder({"event_filter": False}).code_context(ACT, date="2024-03-08")
    assert ctx.event_presence == {} and ctx.analysis.events


def test_event_presence_probability_is_logistic() -> None:
    model = PresenceModel({"bias": 0.0, "cue=poll": -3.0}, threshold=0.5, gate=0.3)
    assert model.probability(["bias"]) == pytest.approx(0.5)
    assert model.probability(["bias", "cue=poll"]) < 0.05


@pytest.mark.parametrize(
    "presence",
    [{"threshold": 0.3}, {"weights": [], "threshold": 0.3}, {"weights": {}, "threshold": "x"}],
)
def test_event_presence_bad_model_named(tmp_path, presence) -> None:
    path = tmp_path / "decision.json"
    data = {"weights": {"bias": 0.0}, "threshold": 0.3, "presence": presence}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match="presence"):
        load_filter(str(path))
