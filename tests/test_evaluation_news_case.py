"""`eval news` and `eval case`: scoring on small gold files written here (not the dev data)."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluation import case as case_eval
from eventwire.evaluation import news as news_eval
from eventwire.records import Event, Place, Span

TEXT = (
    "The mayor of Springfield condemned the city council on Tuesday. "
    "Polls show the race is tight. "
    "Rebels attacked an army post in the north."
)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        out.append((start, min(end, len(text))))
        start = end + 1
    return out


def _gold_article() -> dict:
    s = _sentences(TEXT)
    return {
        "id": "a1",
        "date": "2024-05-09",
        "text": TEXT,
        "sentences": [
            {
                "sid": "1.1",
                "start": s[0][0],
                "end": s[0][1],
                "events": [
                    {
                        "type": "ACCUSE",
                        "alt": ["REJECT"],
                        "actor": "The mayor",
                        "recipient": "the city council",
                        "status": "asserted",
                        "trigger": "condemned",
                        "date": "2024-05-07",
                        "place": "none",
                    }
                ],
            },
            {"sid": "1.2", "start": s[1][0], "end": s[1][1], "events": []},
            {
                "sid": "1.3",
                "start": s[2][0],
                "end": s[2][1],
                "events": [
                    {
                        "type": "ASSAULT",
                        "alt": [],
                        "actor": "Rebels",
                        "recipient": "an army post",
                        "status": "asserted",
                        "trigger": "attacked",
                        "date": "unknown",
                        "place": "Springfield",
                        "place_country": "USA",
                        "place_level": "city",
                    }
                ],
            },
        ],
    }


def _event(kind: str, word: str, date: str | None = None, place: Place | None = None) -> Event:
    i = TEXT.index(word)
    return Event(
        id=f"ev-{word}",
        event=kind,
        trigger=Span(word, i, i + len(word)),
        sentence=Span(TEXT, 0, len(TEXT)),
        date=date,
        location=place,
    )


def test_evaluation_news_scores_one_article() -> None:
    art = _gold_article()
    events = [
        _event("REJECT", "condemned", date="2024-05-07"),  # an alternative type: right
        _event("SUPPORT", "Polls"),  # a spurious event in an empty sentence
        _event("ASSAULT", "attacked", place=Place("the north", 0, 1, country="USA")),
    ]
    result = news_eval._score_article(art, events)
    s = news_eval.scores(result["counts"])
    assert s["type_precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["type_recall"] == 1.0
    assert s["clean"] == 0.0
    assert s["presence_precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["date_right"] == 1.0  # the ASSAULT's gold date is unknown: not scored
    assert s["place_right"] == 0.0  # placed in "the north", gold says Springfield
    assert s["place_where_none"] == 0.0  # the condemnation has no gold place and got none
    kinds = sorted(e["kind"] for e in result["errors"])
    assert kinds == ["place", "spurious"]


def test_evaluation_news_place_where_none_counts_only_placed_events() -> None:
    art = _gold_article()
    events = [_event("ACCUSE", "condemned", date="2024-05-06")]
    c = news_eval._score_article(art, events)["counts"]
    assert c["noplace_n"] == 1 and c["place_where_none"] == 0
    assert c["date_n"] == 1 and c["date_ok"] == 0


@pytest.mark.parametrize(
    ("coded", "gold", "ok"),
    [
        ("2024-05-07", "2024-05", True),
        ("2024-05-07", "2024-05-07", True),
        (None, "2024", False),
        ("2023-12-30", "2024", False),
    ],
)
def test_evaluation_news_date_agrees_at_gold_precision(coded, gold, ok) -> None:
    assert news_eval.date_agrees(coded, gold) is ok


def test_evaluation_news_end_to_end_with_the_coder(tmp_path, coder) -> None:
    gold = tmp_path / "news.jsonl"
    gold.write_text(json.dumps(_gold_article()) + "\n", encoding="utf-8")
    report = news_eval.evaluate(gold, coder)
    assert report["articles"] == 1 and report["support"]["sentences"] == 3
    assert set(report["halves"]) == {"tune", "check"}
    assert "type precision" in news_eval.render(report)


@pytest.mark.parametrize(
    ("content", "message"),
    [("{oops", "not valid JSON"), ('{"text": "x"}', "sentences"), ('{"text": 3}', "text")],
)
def test_evaluation_news_bad_gold_named(tmp_path, content, message) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=message):
        news_eval.load_gold(bad)


CASE_ROWS = [
    ("1", "Gunmen opened fire on a police checkpoint, killing two officers.", "ATTACK"),
    (
        "2",
        "A magnitude 6 earthquake struck the coast, destroying hundreds of homes.",
        "NATURAL_DISASTER",
    ),
    ("3", "Police arrested twelve opposition activists outside the parliament.", "ARREST"),
    ("4", "Smugglers moved cigarettes across the border.", "ORG_CRIME"),
]


def _case_file(tmp_path, rows=CASE_ROWS):
    p = tmp_path / "case.tsv"
    lines = ["id\tEventSnippet\tSubType"] + ["\t".join(r) for r in rows]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_evaluation_case_scores_labels_and_disasters(tmp_path, coder) -> None:
    report = case_eval.evaluate(_case_file(tmp_path), coder)
    assert report["snippets"] == 4
    assert report["support"] == {"scored": 2, "disasters": 1}
    assert report["scores"]["hit_rate"] == 1.0
    assert report["support"]["disasters"] == 1
    assert set(report["per_label"]) == {"ATTACK", "ARREST", "NATURAL_DISASTER"}
    assert "disaster snippets clean" in case_eval.render(report)


def test_evaluation_case_label_table_follows_the_readme() -> None:
    assert case_eval.LABELS["DIPLO"] >= {"CONSULT", "ACCUSE", "AGREE"}
    assert case_eval.LABELS["PROPERTY_DISTRUCT"] == {"COERCE", "ASSAULT"}
    assert "ASSAULT" in case_eval.VIOLENT and "MOBILIZE" in case_eval.VIOLENT


def test_evaluation_case_bad_label_named(tmp_path) -> None:
    p = _case_file(tmp_path, [("9", "Something happened.", "NOT_A_LABEL")])
    with pytest.raises(EvaluationError, match=r"case.tsv:2: unknown SubType 'NOT_A_LABEL'"):
        case_eval.load_gold(p)


def test_evaluation_case_bad_header_named(tmp_path) -> None:
    p = tmp_path / "x.tsv"
    p.write_text("a\tb\tc\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="x.tsv"):
        case_eval.load_gold(p)
