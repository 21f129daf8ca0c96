"""The learned criticism detector (``annotators.event_criticism``): its model file, where it
adds an ACCUSE and where it does not, its participants, and its training (sentences and
rows written for these tests, with generic names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.annotators.event_criticism import RULE, criticism_features, load_criticism
from eventwire.errors import ConfigError
from eventwire.training.event_criticism import choose, threshold_table, train

CRITICISM = '"The mayor should be ashamed of this budget," said Dana Whitfield on Monday.'
PRAISE = '"The mayor did a fine job with this budget," said Dana Whitfield on Monday.'
SELF = '"I am ashamed of what happened," said Dana Whitfield on Monday.'


def _model(tmp_path: Path, threshold: float = 0.5) -> str:
    """A model sure that a sentence with "ashamed" voices criticism, and no other."""
    path = tmp_path / "criticism.json"
    data = {"weights": {"bias": -8.0, "w=ashamed": 16.0}, "threshold": threshold}
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _learned(text: str, **settings: object) -> list:
    coder = Coder(settings)
    return [e for e in coder.code(text, date="2024-03-08").events if RULE in (e.rule or "")]


def test_event_criticism_on_by_default_and_can_be_turned_off(tmp_path: Path) -> None:
    model = _model(tmp_path)
    assert len(_learned(CRITICISM, event_criticism_model=model)) == 1
    assert _learned(CRITICISM, event_criticism=False, event_criticism_model=model) == []


def test_event_criticism_codes_criticised_party(tmp_path: Path) -> None:
    events = _learned(CRITICISM, event_criticism=True, event_criticism_model=_model(tmp_path))
    assert len(events) == 1
    ev = events[0]
    assert ev.event == "ACCUSE"
    assert [a.text for a in ev.actor] == ["Dana Whitfield"]
    assert any("mayor" in r.text for r in ev.recipient)


def test_event_criticism_praise_not_coded(tmp_path: Path) -> None:
    assert _learned(PRAISE, event_criticism=True, event_criticism_model=_model(tmp_path)) == []


def test_event_criticism_speaker_never_recipient(tmp_path: Path) -> None:
    events = _learned(SELF, event_criticism=True, event_criticism_model=_model(tmp_path))
    for ev in events:
        assert not any("Whitfield" in r.text for r in ev.recipient)
        assert not any(r.text.lower() == "i" for r in ev.recipient)


def test_event_criticism_threshold_setting(tmp_path: Path) -> None:
    path = _model(tmp_path, threshold=0.5)
    assert _learned(CRITICISM, event_criticism=True, event_criticism_model=path)
    none = _learned(
        CRITICISM, event_criticism=True, event_criticism_model=path, event_criticism_min=0.99999
    )
    assert none == []


@pytest.mark.parametrize("content", ["not json", json.dumps({"threshold": 0.5})])
def test_event_criticism_bad_model_file_names_it(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken-criticism.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="broken-criticism.json"):
        load_criticism(str(path))


def test_event_criticism_packaged_model_reads() -> None:
    model = load_criticism()
    assert model.weights and 0.0 < model.threshold <= 1.0


def test_event_criticism_features_describe_language() -> None:
    coder = Coder({})
    text = CRITICISM
    from eventwire.coder import make_article

    art = make_article(text, date="2024-03-08", id="t1")
    ctx = coder.context(art, coder.nlp(art.text))
    sent = next(iter(ctx.doc.sents))
    feats = criticism_features(sent, ctx)
    assert "w=ashamed" in feats
    assert not any("Whitfield" in f for f in feats)  # names count as their kind
    assert any(f.startswith("quote=") for f in feats)


def test_event_criticism_trainer_tiny_fixture() -> None:
    rows = []
    for n in range(40):
        aid = f"art{n % 8}"
        rows.append((aid, ["bias", "w=ashamed", f"w=x{n % 3}"], 1, 0))
        rows.append((aid, ["bias", "w=budget", f"w=x{n % 3}"], 0, 0))
        rows.append((aid, ["bias", "w=ashamed"], 1, 1))  # the rules coded it: not fitted on
    model = train(rows, min_count=2, precision=0.75)
    assert model["sentences"] == 80 and model["positives"] == 40
    assert model["weights"]["w=ashamed"] > 0 > model["weights"]["w=budget"]
    assert 0.3 <= model["threshold"] < 1.0


def test_event_criticism_threshold_choice() -> None:
    import numpy as np

    p = np.array([0.9, 0.9, 0.8, 0.6, 0.4] * 4)
    y = np.array([1, 1, 1, 0, 0] * 4)
    table = threshold_table(p, y)
    assert choose(table, 0.75) == 0.45
    assert choose(table, 0.75, least=100) == 1.0


def test_event_criticism_needs_recipient_in_model_file(tmp_path: Path) -> None:
    path = tmp_path / "criticism-party.json"
    data = {"weights": {"bias": -8.0, "w=ashamed": 16.0}, "threshold": 0.5}
    path.write_text(json.dumps({**data, "needs_recipient": True}), encoding="utf-8")
    # the speaker judges itself: no other party, so no event when one is needed
    assert _learned(SELF, event_criticism=True, event_criticism_model=str(path)) == []
    assert _learned(CRITICISM, event_criticism=True, event_criticism_model=str(path))


def test_event_criticism_confidence_is_out_of_fold_precision(tmp_path: Path) -> None:
    path = tmp_path / "criticism-table.json"
    table = [
        {"threshold": 0.5, "added": 40, "precision": 0.45},
        {"threshold": 0.6, "added": 20, "precision": 0.55},
        {"threshold": 0.7, "added": 3, "precision": 1.0},  # too few to serve
    ]
    data = {"weights": {"bias": 0.0}, "threshold": 0.5, "out_of_fold": table}
    path.write_text(json.dumps(data), encoding="utf-8")
    model = load_criticism(str(path))
    assert model.confidence(0.65) == 0.55
    assert model.confidence(0.95) == 0.55
    assert model.confidence(0.52) == 0.45


GATES = {"event_criticism_named": True, "event_criticism_named_speaker": True}
PRONOUN_TARGET = '"They should be ashamed of this budget," said Dana Whitfield on Monday.'
FUTURE = "Dana Whitfield said the council will be ashamed of the budget it passes next year."
FIRST_PERSON = '"The mayor should be ashamed of this budget," we said on Monday.'


def test_event_criticism_gates_keep_named_parties(tmp_path: Path) -> None:
    events = _learned(
        CRITICISM, event_criticism=True, event_criticism_model=_model(tmp_path), **GATES
    )
    assert len(events) == 1


def test_event_criticism_named_recipient_gate(tmp_path: Path) -> None:
    model = _model(tmp_path)
    ungated = {"event_criticism_named": False}
    assert _learned(PRONOUN_TARGET, event_criticism=True, event_criticism_model=model, **ungated)
    assert (
        _learned(PRONOUN_TARGET, event_criticism=True, event_criticism_model=model, **GATES) == []
    )


def test_event_criticism_no_future_gate(tmp_path: Path) -> None:
    model = _model(tmp_path)
    ungated = {"event_criticism_no_future": False}
    assert _learned(FUTURE, event_criticism=True, event_criticism_model=model, **ungated)
    assert _learned(FUTURE, event_criticism=True, event_criticism_model=model) == []


def test_event_criticism_named_speaker_gate(tmp_path: Path) -> None:
    model = _model(tmp_path)
    ungated = {"event_criticism_named_speaker": False}
    assert _learned(FIRST_PERSON, event_criticism=True, event_criticism_model=model, **ungated)
    assert _learned(FIRST_PERSON, event_criticism=True, event_criticism_model=model) == []
