"""`eventwire eval geo` reads LGL's XML, told from GeoWebNews' by its shape, and scores halves."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Coder
from eventwire.errors import EvaluationError
from eventwire.evaluation import geo
from eventwire.evaluation.split import half

_ARTICLE = """<article docid="{docid}"><dltime>2011-05-02 10:00:00-05</dltime>
<text>{text}</text><toponyms>{toponyms}</toponyms></article>"""
_TOPONYM = (
    """<toponym><start>{start}</start><end>{end}</end><phrase>{phrase}</phrase>{tag}</toponym>"""
)
_GAZTAG = """<gaztag geonameid="1"><name>{phrase}</name><lat>{lat}</lat><lon>{lon}</lon></gaztag>"""


def _lgl(
    tmp_path: Path, articles: list[tuple[str, str, list[tuple[str, float | None, float | None]]]]
) -> Path:
    parts = []
    for docid, text, tops in articles:
        marks = []
        for phrase, lat, lon in tops:
            start = text.index(phrase)
            tag = "" if lat is None else _GAZTAG.format(phrase=phrase, lat=lat, lon=lon)
            marks.append(
                _TOPONYM.format(start=start, end=start + len(phrase), phrase=phrase, tag=tag)
            )
        parts.append(_ARTICLE.format(docid=docid, text=text, toponyms="".join(marks)))
    path = tmp_path / "lgl.xml"
    path.write_text("<articles>" + "".join(parts) + "</articles>", encoding="utf-8")
    return path


def test_places_eval_lgl_reads_articles(tmp_path: Path) -> None:
    path = _lgl(
        tmp_path,
        [
            (
                "7001",
                "Crews cleared roads in Bozeman after the storm.",
                [("Bozeman", 45.68, -111.04)],
            )
        ],
    )
    (art,) = geo.read_gold(path)
    assert (art.id, art.date) == ("7001", "2011-05-02")
    (top,) = art.toponyms
    assert (top.text, top.type, top.lat) == ("Bozeman", "Literal", 45.68)


def test_places_eval_lgl_scores_both_halves(tmp_path: Path) -> None:
    # docids chosen so that the file has articles in both halves
    ids = [str(n) for n in range(8000, 8040)]
    tune = next(i for i in ids if half(i) == "tune")
    check = next(i for i in ids if half(i) == "check")
    path = _lgl(
        tmp_path,
        [
            (
                tune,
                "Canadian crews cleared roads in Bozeman after the storm.",
                [("Canadian", None, None), ("Bozeman", 45.68, -111.04)],
            ),
            (
                check,
                "A bridge in Kalispell reopened, and Montana was glad.",
                [("Kalispell", 48.2, -114.31), ("Montana", None, None)],
            ),
        ],
    )
    rep = geo.evaluate(path, Coder({"annotators": ["places"]}))
    assert rep["format"] == "lgl"
    assert rep["recognition"]["gold"] == 4
    # the demonym is reported apart: eventwire takes no demonym as a place
    assert rep["recognition_without_adjectives"]["gold"] == 3
    assert rep["halves"]["tune"]["recognition"]["gold"] == 2
    assert rep["halves"]["check"]["recognition"]["gold"] == 2
    # the toponym without coordinates counts for recognition only
    assert rep["end_to_end"]["gold"] == 2
    assert rep["resolution"]["accuracy_161km"] == 1.0
    text = geo.render(rep)
    assert (
        "LGL" in text
        and "without demonyms" in text
        and "tune half" in text
        and "check half" in text
        and "end to end" in text
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<toponym><start>x</start><end>5</end><phrase>A</phrase></toponym>", "bad number"),
        ("<toponym><start>40</start><end>90</end><phrase>A</phrase></toponym>", "outside"),
    ],
)
def test_places_eval_lgl_bad_toponym(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(
        f'<articles><article docid="1"><text>Short text here.</text><toponyms>{body}'
        "</toponyms></article></articles>",
        encoding="utf-8",
    )
    with pytest.raises(EvaluationError, match=expected):
        geo.read_gold(path)
