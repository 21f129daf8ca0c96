"""Odd input never crashes the time tagger."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\u200b\u200b",
        "“Tuesday",
        "On 31/02/2020 and 99/99/9999 and 2023-13-45 nothing happened.",
        "Feb. 30 and April 31, 2020",
        "the 0th anniversary of",
        "between 2011 and 2007",
        "9999 years ago",
        "A" * 5000,
        "Tuesday" * 200,
    ],
)
def test_times_bad_input_returns_sensible_result(tagger, nlp, text):
    times = tagger.tag(text, nlp(text), "2023-03-08")[0]
    for t in times:
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize("date", [None, "", "not a date", "0001-01-01", "9999-12-31"])
def test_times_bad_input_odd_article_dates(tagger, nlp, date):
    text = "They met yesterday, last week and two days ago, on Tuesday."
    times = tagger.tag(text, nlp(text), date)[0]
    assert [t.text for t in times]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=80))
def test_times_bad_input_arbitrary_unicode(tagger, text):
    # without a parse the grammar still runs; offsets stay true to the text
    for t in tagger.tag(text, None, "2023-03-08")[0]:
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize("text", ["the " * 4000, "about the past " * 1000, "last " * 4000])
def test_times_bad_input_repetitive_text_stays_linear(tagger, text):
    # a regression guard against regex backtracking: these used to take minutes
    assert tagger.tag(text, None, "2023-03-08")[0] is not None
