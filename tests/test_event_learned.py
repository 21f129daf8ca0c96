"""The learned proposer (``annotators.event_learned``): its model file, where it adds an
event and where it does not, and its training (sentences and rows written for these
tests, with generic names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.annotators.event_learned import RULE, load_types, type_features
from eventwire.errors import ConfigError
from eventwire.training.event_types import train

#: no rule codes it; the sentence decision gives it a low probability (about 0.2)
UNCODED = "The mayor went at the police chief in a speech on Monday."
#: the rules code an attack
CODED = "Rebels attacked an army base in the north on Monday."


def _model(tmp_path: Path, presence_min: float, name: str = "types.json") -> str:
    """A model sure that any sentence's event is an accusation."""
    path = tmp_path / name
    data = {
        "types": {"ACCUSE": {"bias": 8.0}, "ASSAULT": {"bias": -8.0}},
        "threshold": 0.1,
        "presence_min": presence_min,
        "confidence": {"weights": [0.0, 0.5, 0.5]},
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _learned(text: str, **settings: object) -> list:
    coder = Coder(settings)
    return [e for e in coder.code(text, date="2024-03-08").events if RULE in (e.rule or "")]


def test_event_learned_packaged_model_reads() -> None:
    model = load_types()
    assert model.types and 0.0 < model.threshold <= 1.0
    assert set(model.types) <= {
        "ACCUSE",
        "REQUEST",
        "SUPPORT",
        "ASSAULT",
        "AGREE",
        "CONSULT",
        "CONCEDE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "AID",
        "RETREAT",
        "COOPERATE",
    }


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"threshold": 0.5}),
        json.dumps({"types": {"ATTACK": {}}, "threshold": 1}),
    ],
)
def test_event_learned_bad_model_file_names_it(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken-types.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="broken-types.json"):
        load_types(str(path))


def test_event_learned_missing_model_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="absent.json"):
        load_types(str(tmp_path / "absent.json"))


def test_event_learned_adds_one_event_where_the_rules_code_none(tmp_path: Path) -> None:
    added = _learned(UNCODED, event_learned=True, event_learned_model=_model(tmp_path, 0.1))
    assert len(added) == 1
    ev = added[0]
    assert ev.event == "ACCUSE" and ev.trigger.text == "went"
    assert "mayor" in " ".join(a.text for a in ev.actor)
    assert not ev.recipient  # "at" is no recipient preposition; "on Monday" is a date
    assert "decision" in (ev.rule or "") and 0.0 < ev.confidence < 1.0


def test_event_learned_adds_nothing_where_the_rules_coded_one(tmp_path: Path) -> None:
    coder = Coder({"event_learned": True, "event_learned_model": _model(tmp_path, 0.0)})
    events = coder.code(CODED, date="2024-03-08").events
    assert [e.event for e in events] == ["ASSAULT"]


def test_event_learned_adds_nothing_where_the_decision_says_no_act(tmp_path: Path) -> None:
    assert not _learned(UNCODED, event_learned=True, event_learned_model=_model(tmp_path, 0.9))


def test_event_learned_adds_nothing_under_its_minimum(tmp_path: Path) -> None:
    model = _model(tmp_path, 0.1)
    assert not _learned(
        UNCODED, event_learned=True, event_learned_model=model, event_learned_min=0.9
    )


def test_event_learned_adds_nothing_when_off(tmp_path: Path) -> None:
    assert not _learned(UNCODED, event_learned=False, event_learned_model=_model(tmp_path, 0.0))


def test_event_learned_features_count_names_as_kinds(coder) -> None:
    sent = next(iter(coder.nlp("Germany accused France of spying on its embassy.").sents))
    feats = type_features(sent)
    assert "vo=accuse:<GPE>" in feats and "vp=accuse:of" in feats
    assert not any("germany" in f.lower() or "france" in f.lower() for f in feats)


def _rows() -> dict:
    """Forty invented sentences' rows: attack words with ASSAULT, blame words with
    ACCUSE, in eight articles; a quarter without an event."""
    rows = []
    for n in range(40):
        aid = f"art{n % 8}"
        if n % 4 == 3:
            rows.append((aid, ["bias", "w=weather", f"w=x{n % 3}"], [], 0, 0.2))
        elif n % 2:
            rows.append((aid, ["bias", "w=attack", f"w=x{n % 3}"], [["ASSAULT"]], n % 3 == 0, 0.6))
        else:
            rows.append((aid, ["bias", "w=blame", f"w=x{n % 3}"], [["ACCUSE", "REJECT"]], 0, 0.7))
    base = {
        "coded_events": 10,
        "type_right": 6,
        "gold_events": 30,
        "gold_found": 8,
        "empty_sent": 10,
        "clean": 9,
    }
    return {"rows": rows, "base": base}


def test_event_learned_training_is_deterministic() -> None:
    first = train(_rows(), presence_min=0.35, min_count=2)
    second = train(_rows(), presence_min=0.35, min_count=2)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert set(first["types"]) == {"ACCUSE", "ASSAULT", "REJECT"}  # alternatives count
    assert set(train(_rows(), presence_min=0.35, min_count=2, strict=True)["types"]) == {
        "ACCUSE",
        "ASSAULT",
    }
    assert first["types"]["ASSAULT"]["w=attack"] > 0 > first["types"]["ACCUSE"]["w=attack"]
    assert first["out_of_fold"] and 0.0 < first["threshold"] <= 1.0


def test_the_proposer_without_the_sentence_decision_is_a_clear_error():
    from eventwire import Coder
    from eventwire.errors import ConfigError

    with pytest.raises(ConfigError, match="event_filter"):
        Coder({"event_learned": True, "event_filter": False})
