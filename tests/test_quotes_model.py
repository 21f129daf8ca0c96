"""The learned attribution filter: the model file, the outermost rule, the training command."""

from __future__ import annotations

import json

import numpy as np
import pytest

from eventwire.annotators.quotes import AttributionModel, outermost
from eventwire.errors import ResourceError
from eventwire.training import quotes as tr

TEXT = "Economists fear that prices will rise. Clinton has sworn that she did nothing wrong."


def _quotes_annotator(coder):
    return next(a for a in coder.annotators if a.name == "quotes")


def test_quotes_model_packaged_loads():
    model = AttributionModel.load()
    assert model is not None
    assert 0.0 < model.threshold < 1.0 and 0.0 < model.extra_threshold <= 1.01
    assert len(model.weights) > 100
    # the lexicon's commonest cue with a clause is kept, by itself
    assert model.weights["lemma=say"] > 0


def test_quotes_model_probability_and_thresholds():
    model = AttributionModel(
        {"bias": 0.0, "threshold": 0.4, "extra_threshold": 0.7, "weights": {"a": 1.0, "b": -3.0}}
    )
    assert model.probability([]) == pytest.approx(0.5)
    assert model.probability(["a", "unknown"]) == pytest.approx(1 / (1 + np.exp(-1)))
    assert model.keeps(["a"]) and model.keeps([])
    assert not model.keeps([], extra=True) and model.keeps(["a"], extra=True)
    assert not model.keeps(["b"])


def test_quotes_model_bad_file(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text('{"bias": 0}', encoding="utf-8")
    with pytest.raises(ResourceError, match="model.json"):
        AttributionModel.load(bad)


def test_quotes_outermost_drops_inner_and_duplicates():
    items = [
        (0, [(10, 60)]),  # cue at 0, long content
        (20, [(25, 40)]),  # its cue inside the first content: inner, dropped
        (70, [(30, 50)]),  # content inside the first's: a duplicate, dropped
        (100, [(110, 130)]),  # elsewhere: kept
    ]
    assert sorted(outermost(items)) == [0, 3]


def test_quotes_model_rejecting_everything_leaves_only_quotes(coder):
    """With a model that keeps nothing, no attribution survives; without one, the rules'."""
    ann = _quotes_annotator(coder)
    saved = ann.model
    try:
        ann.model = None
        rules = coder.code(TEXT)
        ann.model = AttributionModel(
            {"bias": -30.0, "threshold": 0.5, "extra_threshold": 0.5, "weights": {}}
        )
        none = coder.code(TEXT)
    finally:
        ann.model = saved
    assert [q.cue.text for q in rules.quotes] == ["fear"]  # "swear" is not in the lexicon
    assert none.quotes == []


def test_quotes_model_adds_verbs_outside_the_lexicon(coder):
    """A model that keeps every candidate adds "has sworn that …" (no lexicon entry)."""
    ann = _quotes_annotator(coder)
    saved = ann.model
    try:
        ann.model = AttributionModel(
            {"bias": 30.0, "threshold": 0.5, "extra_threshold": 0.5, "weights": {}}
        )
        analysis = coder.code(TEXT)
    finally:
        ann.model = saved
    by_cue = {q.cue.text: q for q in analysis.quotes}
    assert by_cue["sworn"].speaker.text == "Clinton"
    assert by_cue["sworn"].content[0].text == "that she did nothing wrong"


def test_quotes_raised_subject_is_content(coder):
    """'X is expected to Y': X belongs to the content and nobody is the source."""
    ann = _quotes_annotator(coder)
    saved = ann.model
    try:
        ann.model = None
        analysis = coder.code("The central bank is expected to raise rates in December.")
    finally:
        ann.model = saved
    (q,) = analysis.quotes
    assert q.cue.text == "expected"
    assert [c.text for c in q.content] == ["The central bank", "to raise rates in December"]
    assert q.speaker is None


def test_quotes_training_label_and_selection():
    text = "Bob said that it rains. Ann sang loudly."
    gold = [{"Content": [(9, 22)], "Cue": [(4, 8)], "Source": [(0, 3)]}]
    cands = [
        {
            "features": ["origin=verb", "lemma=say"],
            "content": [(9, 22)],
            "cue": [(4, 8)],
            "cue_char": 4,
        },
        {
            "features": ["origin=extra", "lemma=sing"],
            "content": [(28, 38)],
            "cue": [(28, 32)],
            "cue_char": 28,
        },
    ]
    assert tr.label(text, gold, cands) == [1, 0]
    docs = [(text, gold, cands)]
    both = tr.pipeline_f1(docs, [np.array([0.9, 0.9])], 0.5)["all"]["overlap"]
    assert both["recall"] == 1.0 and both["precision"] == 0.5
    # the extras' own threshold keeps the second out
    only = tr.pipeline_f1(docs, [np.array([0.9, 0.9])], 0.5, 0.95)["all"]["overlap"]
    assert only["precision"] == 1.0


def test_quotes_training_fit_learns_a_separable_feature():
    rows = [[0], [0], [1], [1]] * 5
    y = np.array([1.0, 1.0, 0.0, 0.0] * 5)
    b, w = tr.fit(tr.Sparse(rows, 2), y, l2=0.1, steps=300)
    assert w[0] > 1.0 > -1.0 > w[1]


def test_quotes_training_writes_a_loadable_model(tmp_path):
    text = "Bob said that it rains. Ann sang loudly."
    gold = [{"Content": [(9, 22)], "Cue": [(4, 8)]}]
    good = {
        "features": ["origin=verb", "lemma=say"],
        "content": [(9, 22)],
        "cue": [(4, 8)],
        "cue_char": 4,
    }
    bad = {
        "features": ["origin=extra", "lemma=sing"],
        "content": [(28, 38)],
        "cue": [(28, 32)],
        "cue_char": 28,
    }
    model = tr.train([(text, gold, [good, bad])] * 10, folds=2)
    out = tmp_path / "model.json"
    out.write_text(json.dumps(model), encoding="utf-8")
    loaded = AttributionModel.load(out)
    assert loaded.keeps(good["features"]) and not loaded.keeps(bad["features"], extra=True)


def test_quotes_model_candidates_leave_out_acts(coder):
    """Even a model that keeps every candidate gets none from 'made a visit', 'approved a
    measure' (general verbs and acts); another verb's object is a candidate."""
    ann = _quotes_annotator(coder)
    saved = ann.model
    try:
        ann.model = AttributionModel(
            {"bias": 30.0, "threshold": 0.5, "extra_threshold": 0.5, "weights": {}}
        )
        analysis = coder.code(
            "Austin made an unannounced visit to Baghdad. The council approved a new measure. "
            "Christie taunted the senator."
        )
    finally:
        ann.model = saved
    assert [q.cue.text for q in analysis.quotes] == ["taunted"]


def test_quotes_training_collects_labelled_candidates():
    """The training command's first step on two PolNeAR train articles: every candidate
    has features and spans, and some of them match a gold attribution."""
    from conftest import shared_path

    docs = tr.collect(shared_path("eval", "quotes", "polnear", "train"), limit=2)
    assert len(docs) == 2
    for text, gold, cands in docs:
        assert cands and gold
        assert all(c["features"] and c["content"] for c in cands)
        assert all(0 <= s < e <= len(text) for c in cands for s, e in c["content"])
    assert sum(sum(tr.label(text, gold, cands)) for text, gold, cands in docs) > 0
