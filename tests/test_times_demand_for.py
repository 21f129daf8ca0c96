"""times: a weekday in what a verb of asking asks for ("called for a strike on Friday", the
``demand`` verbs of resources/time/words.tsv) is the one to come; the day of the asking
itself keeps the past reading."""

from __future__ import annotations

import pytest

DATE = "2023-03-08"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The group called on Monday for a strike on Friday.", "Friday", "2023-03-10"),
        ("The group called on Monday for a strike on Friday.", "Monday", "2023-03-06"),
        ("The rebels attacked the depot on Friday.", "Friday", "2023-03-03"),
    ],
)
def test_times_weekday_asked_for_lies_ahead(tagger, nlp, text, expression, value):
    doc = nlp(text)
    times, _ = tagger.tag(text, doc, DATE)
    found = {t.text: t.value for t in times}
    assert found[expression] == value


def test_times_demand_words_are_data():
    from eventwire.annotators.timex.clause import DEMAND

    assert {"call", "appeal"} <= DEMAND
