"""The learned criticism detector (``annotators.event_criticism``): its model file, where it
adds an ACCUSE and where it does not, its participants, its code and mode, the packaged
model on neutral speech and praise, and its training (sentences and rows written for these
tests, with generic names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.annotators.event_criticism import (
    RULE,
    criticism_features,
    language_features,
    load_criticism,
)
from eventwire.errors import ConfigError
from eventwire.training.event_criticism import choose, threshold_table, train

CRITICISM = '"The mayor should be more careful with this budget," said Dana Whitfield on Monday.'
PRAISE = '"The mayor did a fine job with this budget," said Dana Whitfield on Monday.'
SELF = '"I should be ashamed of what happened," said Dana Whitfield on Monday.'
#: the speaker judges a body it belongs to: no act between parties
OWN_SIDE = (
    '"Our own committee should be ashamed of this budget," said Dana Whitfield of the '
    "Harbour League on Monday."
)


#: a toy model sure that a sentence whose reported clause holds a modal ("should be more
#: careful") voices criticism, and no other (the sentences are ones the rules code no
#: ACCUSE in: "should be ashamed" is the rules' own reproach since accuse19)
TOY = {"bias": -8.0, "comp=modal": 16.0}


def _model(tmp_path: Path, threshold: float = 0.5) -> str:
    """The toy model's file."""
    path = tmp_path / "criticism.json"
    data = {"weights": TOY, "threshold": threshold}
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _learned(text: str, **settings: object) -> list:
    coder = Coder(settings)
    return [e for e in coder.code(text, date="2024-03-08").events if RULE in (e.rule or "")]


def test_event_criticism_off_by_default_and_can_be_turned_on(tmp_path: Path) -> None:
    model = _model(tmp_path)
    assert _learned(CRITICISM, event_criticism_model=model) == []
    assert len(_learned(CRITICISM, event_criticism=True, event_criticism_model=model)) == 1


def test_event_criticism_codes_criticised_party(tmp_path: Path) -> None:
    events = _learned(CRITICISM, event_criticism=True, event_criticism_model=_model(tmp_path))
    assert len(events) == 1
    ev = events[0]
    assert ev.event == "ACCUSE"
    assert [a.text for a in ev.actor] == ["Dana Whitfield"]
    assert any("mayor" in r.text for r in ev.recipient)


def test_event_criticism_event_has_cameo_and_mode(tmp_path: Path) -> None:
    # criticise or denounce (CAMEO 111), as the rules' judgements: goldstein and mode follow
    events = _learned(CRITICISM, event_criticism=True, event_criticism_model=_model(tmp_path))
    assert [(e.cameo, e.mode) for e in events] == [("111", "disapprove")]
    assert events[0].goldstein is not None


def test_event_criticism_praise_not_coded(tmp_path: Path) -> None:
    assert _learned(PRAISE, event_criticism=True, event_criticism_model=_model(tmp_path)) == []


NO_GATES = {
    "event_criticism_named": False,
    "event_criticism_named_speaker": False,
    "event_criticism_no_future": False,
}


def test_event_criticism_speaker_never_recipient(tmp_path: Path) -> None:
    # gates off, so that the event is added and its recipient can be read
    model = _model(tmp_path)
    events = _learned(SELF, event_criticism=True, event_criticism_model=model, **NO_GATES)
    assert len(events) == 1
    assert events[0].recipient == []


def test_event_criticism_own_side_never_recipient(tmp_path: Path) -> None:
    model = _model(tmp_path)
    events = _learned(OWN_SIDE, event_criticism=True, event_criticism_model=model, **NO_GATES)
    assert len(events) == 1
    assert not any("committee" in r.text.lower() for r in events[0].recipient)


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
    # language, not topics: no content lemma, bigram or verb-object feature
    assert not [f for f in model.weights if f.split("=")[0] in ("w", "bi", "vo", "vp", "vpo")]


#: the packaged model on speech that judges nobody, and on praise: no ACCUSE
PACKAGED_NONE = [
    '"The auditors toured the depot and found its ledgers complete," Chief Clerk Ana Morrow '
    "said on Tuesday.",
    '"The tribunal has issued its finding on the housing rules and the survey of the depot '
    'is finished," Councillor Ivo Brandt said on Tuesday.',
    '"The harbour board has done excellent work this winter," Councillor Ivo Brandt said.',
    "Councillor Ivo Brandt praised the harbour board for its careful work on the new pier.",
    # the review's two probes, which the first (lemma) model scored 0.73 and 0.86
    '"The inspection team visited the site and found the records in order," Director Pavel '
    "Oster said on Monday.",
    '"The court has ruled on the abortion policy and the inspection of the clinic site is '
    'complete," Senator Orla Venning said on Monday.',
]


@pytest.mark.parametrize("text", PACKAGED_NONE)
def test_event_criticism_packaged_model_leaves_neutral_speech_and_praise(text: str) -> None:
    assert _learned(text, event_criticism=True) == []
    assert _learned(text, event_criticism=True, **NO_GATES) == []


def test_event_criticism_features_describe_language() -> None:
    coder = Coder({})
    text = CRITICISM
    from eventwire.coder import make_article

    art = make_article(text, date="2024-03-08", id="t1")
    ctx = coder.context(art, coder.nlp(art.text))
    sent = next(iter(ctx.doc.sents))
    feats = criticism_features(sent, ctx)
    assert "comp=modal" in feats and "quote=direct" in feats
    assert not any("Whitfield" in f or "mayor" in f or "budget" in f for f in feats)
    assert not [f for f in feats if f.split("=")[0] in ("w", "bi", "vo", "vp", "vpo")]


def test_event_criticism_language_features_cross_syntax_and_classes() -> None:
    raw = ["bias", "w=budget", "bi=mayor_budget", "root=copula", "root=say", "neg=fair"]
    raw += ["eval=negative_adj", "quote=indirect", "root_subj=noun:mayor"]
    feats = language_features(raw)
    assert "copula_eval=negative_adj" in feats and "quoted_eval=negative_adj" in feats
    assert "neg_eval=negative_adj" in feats and "neg" in feats
    assert "root_subj=noun" in feats and "root=copula" in feats
    assert not {"w=budget", "bi=mayor_budget", "root=say", "neg=fair"} & set(feats)
    assert language_features(feats) == feats  # idempotent: cached rows read again


def test_event_criticism_trainer_tiny_fixture() -> None:
    rows = []
    for n in range(40):
        aid = f"art{n % 8}"
        rows.append((aid, ["bias", "eval=negative_adj", f"length={n % 3}"], 1, 0))
        rows.append((aid, ["bias", "eval=positive_adj", f"length={n % 3}"], 0, 0))
        rows.append((aid, ["bias", "eval=negative_adj"], 1, 1))  # the rules coded it
        rows.append((aid, ["bias", "w=topic"], 0, 1))  # a lemma: never a feature
    model = train(rows, min_count=2, precision=0.75)
    assert model["sentences"] == 80 and model["positives"] == 40
    weights = model["weights"]
    assert weights["eval=negative_adj"] > 0 > weights["eval=positive_adj"]
    assert "w=topic" not in weights
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
    data = {"weights": TOY, "threshold": 0.5}
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
PRONOUN_TARGET = '"They should be more careful with this budget," said Dana Whitfield on Monday.'
FUTURE = "Dana Whitfield said the council would be ashamed of the budget it passes next year."
FIRST_PERSON = '"The mayor should be more careful with this budget," we said on Monday.'


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


def test_trainers_refuse_evaluation_files(tmp_path: Path) -> None:
    from eventwire.errors import EvaluationError
    from eventwire.training import under_eval
    from eventwire.training.events import training_articles

    shared = tmp_path / "shared"
    gold = shared / "eval" / "events" / "some-dev.jsonl"
    gold.parent.mkdir(parents=True)
    gold.write_text("", encoding="utf-8")
    train = shared / "train" / "news.jsonl"
    assert under_eval(gold, shared) and not under_eval(train, shared)
    with pytest.raises(EvaluationError, match="some-dev.jsonl"):
        training_articles(gold, [], shared)
    with pytest.raises(EvaluationError, match="some-dev.jsonl"):
        training_articles(train, [gold], shared)
