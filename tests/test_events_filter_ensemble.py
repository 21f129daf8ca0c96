"""The event filter's second scorer (``ensemble`` in the model file): the two scorers'
log-odds averaged with the second's share, a veto for the types it names only (the
filter's own probability unchanged), absent by default, refused by name when malformed
(weights made up for the test)."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from eventwire.annotators.event_filter import EventFilter
from eventwire.errors import ConfigError
from eventwire.training.event_ensemble import REPORT_GRID, veto_table
from eventwire.training.event_ensemble import main as ensemble_main
from eventwire.training.events import Rows

FEATS = ["bias", "type=REQUEST", "lemma=urge"]


def _model(ensemble: object | None = None) -> EventFilter:
    data: dict[str, object] = {
        "weights": {"bias": 1.0, "lemma=urge": 1.0},
        "threshold": 0.25,
    }
    if ensemble is not None:
        data["ensemble"] = ensemble
    return EventFilter.from_json(json.dumps(data), "made-up.json")


def _p(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


SECOND = {"bias": -1.0, "type=REQUEST": -1.0}


def test_ensemble_absent_vetoes_nothing() -> None:
    model = _model()
    assert model.second == {} and model.share == 0.0 and model.veto == {}
    assert model.second_opinion(FEATS) == pytest.approx(model.probability(FEATS))
    assert not model.vetoed(FEATS, "REQUEST")


def test_ensemble_averages_the_log_odds_with_its_share() -> None:
    half = _model({"share": 0.5, "weights": SECOND})
    assert half.second_opinion(FEATS) == pytest.approx(_p(0.5 * 2.0 + 0.5 * -2.0))
    quarter = _model({"share": 0.25, "weights": SECOND})
    assert quarter.second_opinion(FEATS) == pytest.approx(_p(0.75 * 2.0 + 0.25 * -2.0))
    whole = _model({"share": 1.0, "weights": SECOND})
    assert whole.second_opinion(FEATS) == pytest.approx(_p(-2.0))
    # the filter's own probability (and so every confidence) does not move
    assert whole.probability(FEATS) == pytest.approx(_p(2.0))


def test_ensemble_counts_a_repeated_feature_once() -> None:
    model = _model({"share": 0.5, "weights": {"lemma=urge": 2.0}})
    assert model.second_opinion([*FEATS, "lemma=urge"]) == pytest.approx(
        model.second_opinion(FEATS)
    )


def test_ensemble_vetoes_only_the_types_it_names_under_their_threshold() -> None:
    model = _model({"share": 0.5, "weights": SECOND, "veto": {"REQUEST": 0.55}})
    assert model.second_opinion(FEATS) == pytest.approx(0.5)
    assert model.vetoed(FEATS, "REQUEST")
    assert not model.vetoed(FEATS, "ACCUSE")
    lower = _model({"share": 0.5, "weights": SECOND, "veto": {"REQUEST": 0.45}})
    assert not lower.vetoed(FEATS, "REQUEST")


def test_ensemble_veto_in_the_coder_drops_only_its_type(tmp_path) -> None:
    from eventwire import Coder
    from eventwire.annotators.event_filter import load_filter

    data = json.loads((resources.files("eventwire.resources.events") / "filter.json").read_text())
    data["ensemble"] = {"share": 1.0, "weights": {"bias": -30.0}, "veto": {"COERCE": 0.5}}
    path = tmp_path / "veto.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_filter(str(path)) is not None
    text = "Police arrested twelve protesters in the capital. The minister urged calm."
    plain = [ev.event for ev in Coder().code(text).events]
    vetoed = [ev.event for ev in Coder({"event_filter_model": str(path)}).code(text).events]
    assert "COERCE" in plain and "COERCE" not in vetoed
    assert [t for t in plain if t != "COERCE"] == vetoed


@pytest.mark.parametrize(
    "ensemble",
    [
        {"weights": {"bias": 1.0}},
        {"share": 0.5},
        {"share": "half", "weights": {"bias": 1.0}},
        {"share": 0.0, "weights": {"bias": 1.0}},
        {"share": 1.5, "weights": {"bias": 1.0}},
        {"share": 0.5, "weights": {}},
        [0.5],
        {"share": 0.5, "weights": {"bias": 1.0}, "veto": {"NOT A TYPE": 0.3}},
        {"share": 0.5, "weights": {"bias": 1.0}, "veto": {"AID": 2.0}},
    ],
)
def test_ensemble_malformed_refused_by_name(ensemble: object) -> None:
    with pytest.raises(ConfigError, match="made-up.json.*ensemble"):
        _model(ensemble)


def test_ensemble_command_adds_the_second_scorer_and_keeps_the_rest(tmp_path) -> None:
    from eventwire.training.event_ensemble import main

    model = {"weights": {"bias": 1.0}, "threshold": 0.25, "type_thresholds": {"AID": 0.4}}
    second = {"weights": {"bias": -1.0, "lemma=urge": 0.5}, "trained_on": "made-up rows"}
    (tmp_path / "m.json").write_text(json.dumps(model), encoding="utf-8")
    (tmp_path / "s.json").write_text(json.dumps(second), encoding="utf-8")
    out = tmp_path / "out.json"
    args = ["--model", str(tmp_path / "m.json"), "--second", str(tmp_path / "s.json")]
    assert main([*args, "--share", "0.25", "--veto", "AID=0.35", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {k: data[k] for k in model} == model
    assert data["ensemble"]["weights"] == second["weights"]
    assert data["ensemble"]["share"] == 0.25 and data["ensemble"]["veto"] == {"AID": 0.35}
    loaded = EventFilter.from_json(out.read_text(encoding="utf-8"), "out.json")
    assert loaded.veto == {"AID": 0.35} and loaded.threshold_for("AID") == 0.4


@pytest.mark.parametrize("veto", ["AID", "AID=high", "NOT A TYPE=0.3"])
def test_ensemble_command_refuses_a_malformed_veto(tmp_path, veto: str) -> None:
    from eventwire.training.event_ensemble import main

    (tmp_path / "m.json").write_text(json.dumps({"weights": {"bias": 1.0}}), encoding="utf-8")
    (tmp_path / "s.json").write_text(json.dumps({"weights": {"bias": 1.0}}), encoding="utf-8")
    args = ["--model", str(tmp_path / "m.json"), "--second", str(tmp_path / "s.json")]
    with pytest.raises(ConfigError):
        main([*args, "--veto", veto, "--out", str(tmp_path / "out.json")])


def test_ensemble_veto_capped_under_the_clear_events() -> None:
    from eventwire.training.event_ensemble import capped

    veto = {"AID": 0.35, "ASSAULT": 0.35, "SUPPORT": 0.3}
    caps = {"AID": 0.5, "ASSAULT": 0.307}
    assert capped(veto, caps) == {"AID": 0.35, "ASSAULT": 0.3, "SUPPORT": 0.3}


def test_ensemble_packaged_veto_keeps_every_clear_event_of_its_types() -> None:
    # each vetoed type has clear sentences in the keep file, and the packaged model (filter,
    # thresholds and veto together) keeps an event of that type in each
    from eventwire import Coder
    from eventwire.annotators.event_filter import load_filter
    from eventwire.training.event_type_thresholds import KEEP_FILE, read_keep

    model = load_filter()
    assert model is not None and model.veto
    packaged = resources.files("eventwire.resources.events").joinpath(KEEP_FILE)
    clear = read_keep(packaged.read_text(encoding="utf-8"), KEEP_FILE)
    assert set(model.veto) <= {t for t, _ in clear}
    coder = Coder()
    for event_type, sentence in clear:
        if event_type in model.veto:
            coded = [ev.event for ev in coder.code(sentence).events]
            assert event_type in coded, (event_type, sentence, coded)


def _rows() -> Rows:
    """Made-up event rows: ten of a training-news article each, ten of a label file's, two
    NGEC ledes; every second one right, the wrong ones without the trigger word."""
    rows = Rows()
    for prefix in ("news", "lab", "ngec-"):
        for k in range(2 if prefix == "ngec-" else 10):
            right = k % 2 == 0
            feats = ["bias", "type=REQUEST", *(["lemma=urge"] if right else ["lemma=ask"])]
            rows.events.append((f"{prefix}{k}", feats, int(right), 0.5))
            rows.extra.append((-1, 0))
    return rows


def test_ensemble_report_counts_the_kept_rows_per_type_and_source(tmp_path) -> None:
    """``--report``'s table: per type, the label rows and the training-news rows the filter
    keeps, right and kept at each veto threshold (never more at a higher one); NGEC rows
    are fitted on, not counted."""
    table = veto_table(_model(), _rows(), {f"lab{k}" for k in range(10)})
    assert [(r["type"], r["rows"]) for r in table] == [("REQUEST", "labels"), ("REQUEST", "news")]
    for row in table:
        assert row["filter"] == (5, 10)
        kept = [row[str(th)] for th in REPORT_GRID]
        assert all(a[1] >= b[1] and a[0] >= b[0] for a, b in zip(kept[:-1], kept[1:], strict=True))
        assert all(right <= n for right, n in kept)
    cache = tmp_path / "rows.json"
    cache.write_text(json.dumps({"inputs": [], "rows": json.loads(_rows().to_json())}))
    model = tmp_path / "model.json"
    model.write_text(json.dumps({"weights": {"bias": 1.0, "lemma=urge": 1.0}, "threshold": 0.25}))
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps({"id": f"lab{k}"}) + "\n" for k in range(10)))
    argv = ["--report", "--model", str(model), "--rows", str(cache), "--labels", str(labels)]
    assert ensemble_main(argv) == 0
