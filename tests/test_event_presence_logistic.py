"""One logistic function serves the event filter and the sentence decision: the weights of
the features present, each counted once, squashed without overflow."""

from __future__ import annotations

import math

import pytest

from eventwire.annotators.event_filter import EventFilter
from eventwire.annotators.event_presence import PresenceModel, logistic

WEIGHTS = {"verb=strike": 2.0, "actor=coded": -0.5, "neg": -800.0, "pos": 800.0}


@pytest.mark.parametrize(
    ("feats", "expected"),
    [
        ([], 0.5),
        (["verb=strike"], 1.0 / (1.0 + math.exp(-2.0))),
        (["verb=strike", "verb=strike"], 1.0 / (1.0 + math.exp(-2.0))),
        (["verb=strike", "actor=coded", "unknown"], 1.0 / (1.0 + math.exp(-1.5))),
        (["neg"], 0.0),
        (["pos"], 1.0),
    ],
)
def test_event_presence_logistic_value(feats, expected):
    assert logistic(WEIGHTS, feats) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    "feats", [[], ["verb=strike"], ["actor=coded", "neg"], ["pos", "actor=coded"]]
)
def test_event_presence_logistic_same_in_filter_and_decision(feats):
    flt = EventFilter(WEIGHTS, 0.5, {})
    presence = PresenceModel(WEIGHTS, 0.5, 0.5)
    assert flt.probability(feats) == presence.probability(feats) == logistic(WEIGHTS, feats)
