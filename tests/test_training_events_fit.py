"""The training command fits the event filter, the sentence-level decision and the
calibrated confidence together, out of fold (rows made up for the test)."""

from __future__ import annotations

import json

import pytest

from eventwire.annotators.event_filter import CONFIDENCE_INPUTS, EventFilter
from eventwire.training.events import Rows, train


def _rows() -> Rows:
    """Twenty articles, each with a sentence that reports an act (a right event) and one
    that reports none (a wrong event); the features tell them apart."""
    rows = Rows()
    for n in range(20):
        aid = f"art{n}"
        for label in (1, 0):
            index = len(rows.sentences)
            cue = "root=accuse" if label else "cue=poll"
            rows.sentences.append((aid, ["bias", cue, f"len={n % 3}"], label))
            kind = "type=ACCUSE" if label else "type=AID"
            rows.events.append((aid, ["bias", kind], label, 0.7 if label else 0.5))
            rows.extra.append((index, 1))
    return rows


@pytest.fixture(scope="module")
def model() -> dict:
    return train(_rows(), min_count=1, threshold=0.25)


def test_training_events_fit_writes_a_decision_and_a_confidence(model) -> None:
    pres = model["presence"]
    assert pres["sentences"] == 40 and pres["with_event"] == 20
    assert pres["weights"]["cue=poll"] < 0 < pres["weights"]["root=accuse"]
    assert 0.0 <= pres["gate"] < 1.0 and 0.0 < pres["threshold"] < 1.0
    assert model["confidence"]["inputs"] == list(CONFIDENCE_INPUTS)
    assert len(model["confidence"]["weights"]) == len(CONFIDENCE_INPUTS)


def test_training_events_fit_loads_and_separates(model) -> None:
    loaded = EventFilter.from_json(json.dumps(model), "trained.json")
    assert loaded.presence is not None
    act = loaded.presence.probability(["bias", "root=accuse"])
    poll = loaded.presence.probability(["bias", "cue=poll"])
    assert poll < act
    right = loaded.confidence(0.7, loaded.probability(["bias", "type=ACCUSE"]), act)
    wrong = loaded.confidence(0.5, loaded.probability(["bias", "type=AID"]), poll)
    assert wrong < right


def test_training_events_rows_round_trip() -> None:
    rows = _rows()
    back = Rows.from_json(rows.to_json())
    assert back.events == rows.events and back.sentences == rows.sentences
    assert back.extra == rows.extra


@pytest.mark.parametrize(
    ("keep", "expected"),
    [(1.0, 0.1), (0.9, 0.3), (0.75, 0.4), (0.5, 0.4)],
)
def test_training_events_threshold_keeps_a_share_of_right_events(keep, expected) -> None:
    from eventwire.training.events import keep_right_threshold

    table = [
        {"threshold": 0.1, "recall": 1.0},
        {"threshold": 0.2, "recall": 0.95},
        {"threshold": 0.3, "recall": 0.9},
        {"threshold": 0.4, "recall": 0.8},
    ]
    assert keep_right_threshold(table, keep) == expected


@pytest.mark.parametrize("threshold", [0.2, 0.5, 0.8])
def test_training_events_gate_does_not_follow_the_filter_threshold(threshold) -> None:
    # the gate is fitted beside the filter: a stricter filter leaves it where it is
    gates = {
        train(_rows(), min_count=1, threshold=t)["presence"]["gate"] for t in (0.05, threshold)
    }
    assert len(gates) == 1


def test_training_events_threshold_from_share_is_reproducible() -> None:
    first, second = train(_rows(), min_count=1), train(_rows(), min_count=1)
    assert first == second and first["keep_right"] == 0.88
