"""The quotes evaluation: brat reading, matching rules, and the dev-score floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import shared_path

from eventwire.errors import EvaluationError
from eventwire.evaluation import quotes as ev
from eventwire.evaluation import task
from eventwire.records import Analysis, Article, Quote, Span, Speaker

FLOORS = Path(__file__).parent / "floors" / "quotes.json"
TEXT = "“We will win,” the mayor said. Critics said that the plan would fail badly."


def _gold(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")
    ann = [
        "T1\tContent 0 14\t“We will win,”",
        "T2\tSource 15 24\tthe mayor",
        "T3\tCue 25 29\tsaid",
        "T4\tAttribution 25 29\tsaid",
        "E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3",
        "T5\tSource 31 38\tCritics",
        "T6\tCue 39 43\tsaid",
        "T7\tContent 44 74\tthat the plan would fail badly",
        "T8\tAttribution 39 43\tsaid",
        "E2\tAttribution:T8 Content:T7 Source:T5 Cue:T6",
    ]
    (tmp_path / "attributions" / "a1_zz99.ann").write_text("\n".join(ann) + "\n", "utf-8")
    # a second annotator of the same article: only the first file (sorted) is scored
    (tmp_path / "attributions" / "a1_zzzz.ann").write_text("", encoding="utf-8")
    return tmp_path


Offsets = tuple[int, int]

# id, kind, content, speaker, cue: offsets into TEXT
PREDICTED: list[tuple[str, str, Offsets, Offsets | None, Offsets | None]] = [
    ("q1", "direct", (0, 14), (15, 24), (25, 29)),  # "the mayor" "said": exact
    ("q2", "indirect", (53, 74), (19, 24), (39, 43)),  # "mayor" "said": 4 of 6 words
    ("q3", "indirect", (0, 3), None, None),  # matches nothing
]


class _FakeCoder:
    """Predicts the direct quote exactly and half of the indirect one."""

    def code(self, text: str, id: str | None = None) -> Analysis:
        def span(at: Offsets) -> Span:
            return Span(text[at[0] : at[1]], *at)

        a = Analysis(article=Article(id=id or "x", text=text))
        a.quotes = [
            Quote(
                qid,
                kind,
                [span(content)],
                Speaker(span(speaker).text, *speaker) if speaker else None,
                span(cue) if cue else None,
            )
            for qid, kind, content, speaker, cue in PREDICTED
        ]
        return a


def test_quotes_eval_reads_brat(tmp_path):
    docs = ev.read_gold(_gold(tmp_path))
    assert len(docs) == 1
    name, text, atts = docs[0]
    assert name == "a1" and len(atts) == 2
    assert atts[0]["Content"] == [(0, 14)] and atts[0]["Source"] == [(15, 24)]


def test_quotes_eval_scores(tmp_path):
    report = ev.evaluate(_gold(tmp_path), _FakeCoder())
    assert report["all"]["gold"] == 2 and report["all"]["predicted"] == 3
    # q1 matches exactly; q2 covers 4 of 6 gold tokens (>= half); q3 matches nothing
    assert report["all"]["matched"] == 2
    assert report["all"]["overlap"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert report["all"]["overlap"]["recall"] == 1.0
    assert report["all"]["source_accuracy"] == 0.5  # "mayor" is not "Critics"
    assert report["all"]["cue_accuracy"] == 1.0
    assert report["direct"]["gold"] == 1 and report["direct"]["content_exact"]["f1"] == 1.0
    assert report["rest"]["gold"] == 1
    assert "split" in ev.render(report)
    json.dumps(report)


@pytest.mark.parametrize(
    ("text", "span", "direct"),
    [
        ("“All of it,” he said.", (0, 12), True),
        ("“All of it,” he said.", (1, 11), True),
        ("He said it was “all” of it.", (8, 26), False),
        ("He said that it was over.", (8, 24), False),
        ("''All of it,'' he said.", (0, 14), True),
        ("''All of it,'' he said.", (2, 12), True),
    ],
)
def test_quotes_eval_direct_split(text, span, direct):
    assert ev.is_direct(text, [span]) is direct


def test_quotes_eval_bad_gold(tmp_path):
    with pytest.raises(EvaluationError, match="no text"):
        ev.evaluate(tmp_path, _FakeCoder())
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "attributions" / "b_1.ann").write_text("T1\tContent x y\tz\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="line 1"):
        ev.evaluate(tmp_path, _FakeCoder())


def test_quotes_eval_is_the_quotes_task():
    assert task("quotes") is ev


@pytest.mark.slow
def test_quotes_eval_dev_floors(coder):
    gold = shared_path("eval", "quotes", "polnear", "dev")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    # The first `limit` articles keep the test under a minute; README has the full-dev scores.
    report = ev.evaluate(gold, coder, limit=floors["limit"])
    for key, floor in floors.items():
        if key.startswith("_") or key == "limit":
            continue
        split, _, measure = key.partition(".")
        value = report[split]
        for part in measure.split("."):
            value = value[part]
        assert value >= floor, f"{key}: {value} < floor {floor}\n{ev.render(report)}"
