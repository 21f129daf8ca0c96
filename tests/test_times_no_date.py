"""Without an article date, relative expressions are never guessed."""

from __future__ import annotations

import pytest

from eventwire.annotators.times import TimeTagger, load_lexicon


@pytest.fixture(scope="module")
def tagger():
    return TimeTagger(load_lexicon())


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He spoke on Tuesday.", "Tuesday", "XXXX-WXX-2"),
        ("They met yesterday.", "yesterday", None),
        ("They met last week.", "last week", None),
        ("Talks resume March 12.", "March 12", "XXXX-03-12"),
        ("It ended in 2014.", "2014", "2014"),  # explicit dates stay resolved
        ("It ended in December 2021.", "December 2021", "2021-12"),
    ],
)
def test_times_no_date_leaves_relative_unresolved(tagger, nlp, text, span, value):
    times = {t.text: t for t in tagger.tag(text, nlp(text), None)[0]}
    assert times[span].value == value


def test_times_no_date_coder_warns(coder):
    analysis = coder.code("The army withdrew yesterday.")
    assert any("no article date" in w for w in analysis.warnings)
    assert [t.value for t in analysis.times] == [None]
