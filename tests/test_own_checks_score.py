"""benchmarks/own_checks/score.py: label files without text, scored as the news dev file is."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from conftest import ROOT, shared_path

from eventwire.errors import EvaluationError

SAMPLE = ROOT / "tests" / "fixtures" / "own_checks" / "polnear-train-sample.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


score = _load("own_checks_score", ROOT / "benchmarks" / "own_checks" / "score.py")


def _sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[0])


def _write(tmp_path: Path, article: dict) -> Path:
    path = tmp_path / "labels.jsonl"
    path.write_text("\n" + json.dumps(article) + "\n", encoding="utf-8")
    return path


def test_sample_gets_its_text_and_keeps_its_offsets():
    articles = score.with_text(SAMPLE, score.Texts(shared_path()))
    assert len(articles) == 1 and "text" not in _sample()
    text = articles[0]["text"]
    assert all(0 <= s["start"] < s["end"] <= len(text) for s in articles[0]["sentences"])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda a: a["sentences"][0].update(end=10**6), "offsets"),
        (lambda a: a["sentences"][1].update(start=-1), "offsets"),
        (lambda a: a.update(id="no-such-article"), "no article 'no-such-article'"),
        (lambda a: a.update(source="somewhere"), "unknown source"),
        (lambda a: a.update(text="An article's text."), "no article text"),
    ],
)
def test_a_wrong_label_line_names_its_file_and_line(tmp_path, change, message):
    article = _sample()
    change(article)
    path = _write(tmp_path, article)
    with pytest.raises(EvaluationError, match=message) as err:
        score.with_text(path, score.Texts(shared_path()))
    assert f"{path}:2:" in str(err.value)


def test_errors_of_the_check_half_are_refused(capsys):
    assert score.main([str(SAMPLE), "--errors", "check"], coder=object()) == 2
    assert "refused" in capsys.readouterr().err


def test_scores_whole_and_halves_with_counts(coder, capsys):
    shared_path()
    assert score.main([str(SAMPLE), "--errors", "tune"], coder=coder) == 0
    out = capsys.readouterr().out
    assert "whole (1 art., 3 sent.)" in out and "check (0 art., 0 sent.)" in out
    assert "tune half's errors" in out
    recall = next(line for line in out.splitlines() if "type recall" in line)
    assert recall.count("/1)") == 2  # one gold event: whole and the tune half
    clean = next(line for line in out.splitlines() if "clean" in line)
    assert clean.count("/2)") == 2


def test_timeml_text_is_the_text_element_without_tags(tmp_path):
    tml = tmp_path / "doc.tml"
    tml.write_text(
        "<TimeML><DCT><TIMEX3>1998-08-07</TIMEX3></DCT><TEXT>\n\nA <EVENT eid='e1'>blast</EVENT>"
        " hit &amp; shook the town <TIMEX3 tid='t1'>Friday</TIMEX3>.\n</TEXT></TimeML>",
        encoding="utf-8",
    )
    assert score.tbaq_text(tml) == "A blast hit & shook the town Friday."


def test_a_timeml_file_without_text_is_an_evaluation_error(tmp_path):
    tml = tmp_path / "doc.tml"
    tml.write_text("<TimeML><DCT>1998-08-07</DCT></TimeML>", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no <TEXT>"):
        score.tbaq_text(tml)


def test_every_label_file_here_finds_its_texts_and_spans():
    texts = score.Texts(shared_path())
    files = sorted((ROOT / "benchmarks" / "own_checks").glob("*.jsonl"))
    assert files, "the held-out label files are kept in benchmarks/own_checks"
    for path in files:
        for art in score.with_text(path, texts):
            for sent in art["sentences"]:
                for ev in sent["events"]:
                    for field, (start, end) in ev.get("spans", {}).items():
                        assert sent["start"] <= start < end <= sent["end"], (path, sent["sid"])
                        assert ev[field] == art["text"][start:end]
