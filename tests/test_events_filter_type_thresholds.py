"""Per-type thresholds of the event filter: read from the model file, applied per type,
refused by name when malformed, and chosen deterministically (rows made up for the test)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from eventwire import Coder
from eventwire.annotators.event_filter import OVERRULE, EventFilter, load_filter
from eventwire.errors import ConfigError
from eventwire.evaluation.split import half
from eventwire.training import write_cache
from eventwire.training.event_type_thresholds import (
    KEEP_FILE,
    choose,
    chosen_on,
    keep_caps,
    main,
    read_keep,
    scored_rows,
)
from eventwire.training.events import Rows

ARREST = "Police arrested twelve protesters in the capital."  # COERCE by the rules


def test_type_thresholds_packaged_model_reads_them() -> None:
    model = load_filter()
    assert model is not None and model.type_thresholds
    for event_type, th in model.type_thresholds.items():
        assert event_type.isupper() and model.threshold < th <= 1.0
        assert model.threshold_for(event_type) == th
    assert model.threshold_for("NO SUCH TYPE") == model.threshold


def _model_file(tmp_path, type_thresholds, name: str = "typed.json") -> str:
    """A model file whose every event scores 0.5 (models are cached by path: one name a
    model)."""
    path = tmp_path / name
    body = {"weights": {"bias": 0.0}, "threshold": 0.25, "type_thresholds": type_thresholds}
    path.write_text(json.dumps(body), encoding="utf-8")
    return str(path)


def test_type_thresholds_drop_only_their_type(tmp_path) -> None:
    # every event scores 0.5: over the model's threshold, under COERCE's own
    strict = Coder({"event_filter_model": _model_file(tmp_path, {"COERCE": 0.6})})
    assert strict.code(ARREST).events == []
    other = Coder({"event_filter_model": _model_file(tmp_path, {"ASSAULT": 0.6}, "other.json")})
    assert [e.event for e in other.code(ARREST).events] == ["COERCE"]


def test_type_thresholds_give_way_to_a_floor_set_by_hand(tmp_path) -> None:
    path = _model_file(tmp_path, {"COERCE": 0.6})
    lenient = Coder({"event_filter_model": path, "event_min_probability": 0.4})
    assert [e.event for e in lenient.code(ARREST).events] == ["COERCE"]


@pytest.mark.parametrize(
    "type_thresholds", [[0.5], {"AID": "high"}, {"AID": 1.5}, {"aid": 0.5}, "AID"]
)
def test_type_thresholds_malformed_refused_by_name(tmp_path, type_thresholds) -> None:
    with pytest.raises(ConfigError, match=r"typed\.json.*type_thresholds"):
        load_filter(_model_file(tmp_path, type_thresholds))


def test_type_thresholds_misspelt_type_refused_by_name(tmp_path) -> None:
    # a type that is no PLOVER type would never apply: refused, the bad name given
    with pytest.raises(ConfigError, match=r"typo\.json: 'type_thresholds' of ASSUALT"):
        load_filter(_model_file(tmp_path, {"ASSAULT": 0.4, "ASSUALT": 0.4}, "typo.json"))


def _scored(event_type: str, right: int, wrong: int, low: float, news: bool = False) -> list:
    """``right`` rows at 0.8 and ``wrong`` rows at ``low`` (never under the gate)."""
    return [(event_type, 1, 0.8, 0.0, news)] * right + [(event_type, 0, low, 0.0, news)] * wrong


def test_type_thresholds_choose_drops_a_weak_band_of_wrong_events() -> None:
    # ACCUSE's weak band is mostly right: it stays
    accuse = [("ACCUSE", 1, 0.3, 0.0, False)] * 12 + [("ACCUSE", 0, 0.3, 0.0, False)] * 2
    rows = _scored("AID", 3, 12, 0.3) + accuse
    chosen = choose(rows, 0.25, cost=0.5)
    assert chosen == {"AID": 0.35}
    assert choose(rows, 0.25, cost=0.5) == chosen  # deterministic


def test_type_thresholds_choose_keeps_the_training_news_right_events() -> None:
    rows = _scored("AID", 3, 12, 0.3) + [("AID", 1, 0.3, 0.0, True)]
    assert choose(rows, 0.25, cost=0.5) == {}
    assert choose(rows, 0.25, cost=0.5, news_loss=1.0) == {"AID": 0.35}


def test_type_thresholds_choose_needs_enough_rows() -> None:
    rows = _scored("AID", 1, 6, 0.3)
    assert choose(rows, 0.25, cost=0.5) == {}
    assert choose(rows, 0.25, cost=0.5, min_rows=5) == {"AID": 0.35}


def test_type_thresholds_choose_stays_under_a_clear_events_cap() -> None:
    rows = _scored("AID", 3, 12, 0.33)
    assert choose(rows, 0.25, cost=0.5, caps={"AID": 0.32}) == {}
    assert choose(rows, 0.25, cost=0.5, caps={"ACCUSE": 0.26}) == {"AID": 0.35}


def test_type_thresholds_keep_file_read_and_refused_by_name() -> None:
    text = "# a comment\n\nASSAULT | Rebels shelled the town overnight.\n"
    assert read_keep(text, "mine.txt") == [("ASSAULT", "Rebels shelled the town overnight.")]
    with pytest.raises(ConfigError, match=r"mine\.txt:2"):
        read_keep("ASSAULT | Rebels shelled the town.\nno type here\n", "mine.txt")
    packaged = resources.files("eventwire.resources.events").joinpath(KEEP_FILE)
    assert read_keep(packaged.read_text(encoding="utf-8"), KEEP_FILE)


def test_type_thresholds_keep_line_with_no_event_of_its_type_refused() -> None:
    # a keep sentence the rules code nothing of its type in would guard nothing
    with pytest.raises(ConfigError, match=r"mine\.txt: the rules propose no THREATEN event"):
        keep_caps(load_filter(), [("THREATEN", "The river rose after the rain.")], "mine.txt")


def test_type_thresholds_every_raised_type_has_keep_sentences() -> None:
    # each type the packaged model gives a threshold of its own was capped by clear events
    packaged = resources.files("eventwire.resources.events").joinpath(KEEP_FILE)
    kept = {t for t, _ in read_keep(packaged.read_text(encoding="utf-8"), KEEP_FILE)}
    model = load_filter()
    assert model is not None and set(model.type_thresholds) <= kept


def test_type_thresholds_never_chosen_on_the_check_half() -> None:
    ids = [f"label-{n}" for n in range(20)]
    labels = set(ids)
    for aid in ids:
        assert chosen_on(aid, labels) == (half(aid) == "tune")
    assert chosen_on("training-news-1", labels)


def _rows() -> Rows:
    rows = Rows()
    for n in range(6):
        rows.sentences.append((f"n{n}", ["bias"], 1))
        rows.events.append((f"n{n}", ["bias", "type=AID", "cue"], n % 2, 0.5))
        rows.extra.append((n, 0))
    return rows


def test_type_thresholds_scored_rows_follow_the_gate() -> None:
    presence = {"weights": {"bias": -3.0}, "threshold": 0.5, "gate": 0.2}
    model = EventFilter({"bias": 0.0}, 0.25, {"presence": presence})
    scored = scored_rows(_rows(), model, label_ids={"n0"})
    assert [r[0] for r in scored] == ["AID"] * 6
    assert all(r[3] == OVERRULE for r in scored)  # every sentence under the gate
    assert [r[4] for r in scored] == [False] + [True] * 5


def test_type_thresholds_command_is_deterministic_and_keeps_the_weights(tmp_path) -> None:
    train = tmp_path / "train.jsonl"
    train.write_text(
        "".join(
            json.dumps({"id": f"n{n}", "text": "A sentence.", "sentences": []}) + "\n"
            for n in range(6)
        ),
        encoding="utf-8",
    )
    cache = tmp_path / "rows.json"
    write_cache(cache, [train], json.loads(_rows().to_json()))
    model = tmp_path / "model.json"
    body = {"threshold": 0.25, "weights": {"bias": 0.1, "cue": 0.4}}
    model.write_text(json.dumps(body), encoding="utf-8")
    outs = []
    for name in ("a.json", "b.json"):
        out = tmp_path / name
        args = ["--model", str(model), "--train", str(train), "--rows", str(cache)]
        assert main([*args, "--out", str(out)]) == 0
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    written = json.loads(outs[0])
    assert written["weights"] == body["weights"] and written["type_thresholds"] == {}
    assert written["type_thresholds_report"]["per_type"]["AID"]["news"] == "3/6 -> 3/6"
    assert load_filter(str(tmp_path / "a.json")).threshold_for("AID") == 0.25
