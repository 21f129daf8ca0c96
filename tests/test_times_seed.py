"""The seed article's "must" and "should" times (seed-article.facts.md)."""

from __future__ import annotations

import pytest


def _by_text(analysis):
    return {t.text: t for t in analysis.times}


@pytest.mark.parametrize(
    ("span", "value"),
    [
        ("Tuesday", "2023-03-07"),
        ("2014", "2014"),
        ("January 2020", "2020-01"),
        ("December 2021", "2021-12"),
        ("2020", "2020"),
        ("two days", "P2D"),
    ],
)
def test_times_seed_must_values(seed_analysis, span, value):
    times = _by_text(seed_analysis)
    assert span in times, sorted(times)
    assert times[span].value == value


def test_times_seed_range_2007_to_2011(seed_analysis):
    t = _by_text(seed_analysis)["2007"]
    assert (t.value, t.end_value) == ("2007", "2011")


def test_times_seed_anniversary_of_invasion(seed_analysis):
    anniv = [t for t in seed_analysis.times if t.text.startswith("the 20th anniversary")]
    assert anniv and anniv[0].value == "2023-03-20"
    assert anniv[0].anchor == "2003-03-20"


def test_times_seed_offsets_point_at_text(seed_analysis):
    text = seed_analysis.article.text
    for t in seed_analysis.times:
        assert text[t.start : t.end] == t.text
