"""The events training reads our own label files (offsets, no text) beside the training news."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, shared_path

from eventwire.errors import EvaluationError
from eventwire.evaluation.split import HALVES, half
from eventwire.training import events as events_training
from eventwire.training.events import training_articles

SAMPLE = ROOT / "tests" / "fixtures" / "own_checks" / "polnear-train-sample.jsonl"


def _news(tmp_path: Path, aid: str) -> Path:
    """A one-article news file in the dev layout, with text written for this test."""
    text = "The mayor criticised the council on Monday. The weather was mild."
    art = {
        "id": aid,
        "date": "2020-03-04",
        "text": text,
        "sentences": [
            {"sid": "1", "start": 0, "end": 43, "events": [{"type": "ACCUSE", "alt": []}]},
            {"sid": "2", "start": 44, "end": len(text), "events": []},
        ],
    }
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(art) + "\n", encoding="utf-8")
    return path


def test_label_files_are_read_with_their_text_beside_the_news(tmp_path):
    arts = training_articles(_news(tmp_path, "own-1"), [SAMPLE], shared_path(), "all")
    assert [a["id"] for a in arts][0] == "own-1" and len(arts) == 2
    labelled = arts[1]
    assert labelled["text"] and labelled["sentences"][0]["events"][0]["type"] == "SUPPORT"
    s = labelled["sentences"][0]
    assert labelled["text"][s["start"] : s["end"]].strip()


def test_an_article_labelled_twice_is_refused_by_name(tmp_path):
    sample_id = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[0])["id"]
    with pytest.raises(EvaluationError, match="labelled twice"):
        training_articles(_news(tmp_path, sample_id), [SAMPLE], shared_path(), "all")


def _ids(path: Path) -> set[str]:
    """The article ids of a JSON Lines file, a TimeML document under either prefix the same."""
    lines = path.read_text(encoding="utf-8").splitlines()
    ids = (str(json.loads(x)["id"]) for x in lines if x.strip())
    return {i.removeprefix("tbaq-").removeprefix("timebank-") for i in ids}


def test_the_shipped_training_labels_hold_no_article_of_a_reported_set():
    """Our training labels never hold an article that a gold file or a held-out check holds,
    nor one twice, nor one of the shared training file."""
    folder = ROOT / "training-data" / "news-events"
    files = sorted(folder.glob("*.jsonl"))
    assert files, "the training label files are kept in training-data/news-events"
    reported = _ids(shared_path("eval", "events", "news-sentences-dev.jsonl"))
    for check in (ROOT / "benchmarks" / "own_checks").glob("*.jsonl"):
        reported |= _ids(check)
    train = shared_path("train", "news-events", "news-sentences-train.jsonl")
    ours: set[str] = set()
    for f in files:
        ids = _ids(f)
        assert not ids & ours, f"{f.name} repeats an article of another label file"
        ours |= ids
    assert not reported & ours
    assert not _ids(train) & ours
    arts = training_articles(train, files, shared_path(), labels_half="all")
    assert len(arts) == len({a["id"] for a in arts}) > 60


#: the fields a label file's article, sentence and event may hold (no article words but
#: short place names; ``evaluation.label_files``)
ARTICLE_KEYS = {"id", "source", "date", "publisher", "title", "sentences"}
SENTENCE_KEYS = {"sid", "start", "end", "events"}
EVENT_KEYS = {"type", "alt", "status", "date", "place", "place_country", "place_level", "spans"}


def test_the_training_labels_hold_no_article_words():
    for path in sorted((ROOT / "training-data" / "news-events").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            art = json.loads(line)
            where = f"{path.name}:{n}"
            assert set(art) <= ARTICLE_KEYS and art["title"] == "", where
            for sent in art["sentences"]:
                assert set(sent) <= SENTENCE_KEYS, where
                for ev in sent["events"]:
                    assert set(ev) <= EVENT_KEYS, (where, sorted(set(ev) - EVENT_KEYS))
                    place = str(ev.get("place") or "")
                    # a place longer than a name is kept as offsets, not as the article's words
                    assert len(place.split()) <= 4 or "[" in place, (where, place)


def test_labels_half_keeps_only_that_half_of_the_label_files(tmp_path):
    """``labels_half`` filters the label files' articles by ``evaluation.split``; the
    training news is read whole whatever the half."""
    sample_id = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[0])["id"]
    mine = half(sample_id)
    other = next(h for h in HALVES if h != mine)
    news = _news(tmp_path, "own-1")
    same = training_articles(news, [SAMPLE], shared_path(), labels_half=mine)
    assert [a["id"] for a in same] == ["own-1", sample_id]
    assert [a["id"] for a in training_articles(news, [SAMPLE], shared_path(), other)] == ["own-1"]
    with pytest.raises(EvaluationError, match="unknown half"):
        training_articles(news, [SAMPLE], shared_path(), labels_half="both")


def test_the_label_files_tune_half_is_the_default(tmp_path):
    """With no half given only the tune half of the label files is read; both halves
    are read only when a caller asks for ``"all"``."""
    sample_id = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[0])["id"]
    news = _news(tmp_path, "own-1")
    plain = [a["id"] for a in training_articles(news, [SAMPLE], shared_path())]
    tune = [a["id"] for a in training_articles(news, [SAMPLE], shared_path(), "tune")]
    assert plain == tune
    both = [a["id"] for a in training_articles(news, [SAMPLE], shared_path(), "all")]
    assert both == ["own-1", sample_id]


def test_the_trainer_fits_on_one_half_and_names_it(tmp_path):
    """A small fit on the training news and the label sample: with the sample's own half its
    rows are collected, with the other half none are, and the model says which half."""
    sample_id = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[0])["id"]
    news = _news(tmp_path, "own-1")
    counts = {}
    for which in HALVES:
        rows, out = tmp_path / f"rows-{which}.json", tmp_path / f"model-{which}.json"
        argv = ["--train", str(news), "--labels", str(SAMPLE), "--labels-half", which]
        argv += ["--shared", str(shared_path()), "--rows", str(rows), "--out", str(out)]
        assert events_training.main([*argv, "--threshold", "0.25", "--min-count", "1"]) == 0
        cached = json.loads(rows.read_text(encoding="utf-8"))
        assert f"labels-half={which}" in cached["inputs"]
        counts[which] = {r[0] for r in cached["rows"]["sentences"]}
        assert f"({which} half)" in json.loads(out.read_text(encoding="utf-8"))["trained_on"]
    assert sample_id in counts[half(sample_id)]
    assert all(sample_id not in ids for h, ids in counts.items() if h != half(sample_id))
