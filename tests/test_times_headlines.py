"""Wire headlines "X to VERB ... on DAY" are coded, with the day read as the one ahead."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.annotators.times import clause_tense
from eventwire.records import Analysis

# 2024-05-15 is a Wednesday: the Monday ahead is the 20th, the Friday ahead the 17th.
HEADLINES = [
    ("Foreign minister to tour three Gulf states on Monday", "Monday", "2024-05-20"),
    ("Senators to debate farm subsidy plan on Friday to avert a shutdown", "Friday", "2024-05-17"),
    ("Dock workers to strike on Monday over pay", "Monday", "2024-05-20"),
    ("Central bank to cut rates on Friday, analysts expect", "Friday", "2024-05-17"),
]


@pytest.mark.parametrize(("headline", "day", "value"), HEADLINES)
def test_times_headline_infinitive_is_coded_with_the_coming_day(coder, headline, day, value):
    analysis = coder.code(headline, date="2024-05-15")
    assert analysis.warnings == []
    assert [(t.text, t.value) for t in analysis.times] == [(day, value)]


@pytest.mark.parametrize("text", [h for h, _d, _v in HEADLINES])
def test_times_clause_tense_ends_on_every_token_of_a_headline(nlp, text):
    doc = nlp(text)
    for tok in doc:
        assert clause_tense(doc, tok.i) in (None, "past", "future", "present")


SUBJECTS = st.sampled_from(["Prime minister", "Rebels", "Lawmakers", "The union", "Ministers"])
VERBS = st.sampled_from(["to visit", "to vote on", "to meet", "to sign", "to discuss", "to hold"])
OBJECTS = st.sampled_from(["Kenya", "the budget", "a truce", "envoys", "talks", "a summit"])
DAYS = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
TAILS = st.sampled_from(["", " to keep the peace", " to end the crisis", " after a delay", "."])
HEADLINE = st.builds(
    lambda s, v, o, d, t: f"{s} {v} {o} on {d}{t}", SUBJECTS, VERBS, OBJECTS, DAYS, TAILS
)
DATES = st.one_of(
    st.dates(),
    st.sampled_from(
        [
            __import__("datetime").date(1, 1, 1),
            __import__("datetime").date(1, 1, 3),
            __import__("datetime").date(9999, 12, 31),
            __import__("datetime").date(9999, 12, 29),
        ]
    ),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(HEADLINE, DATES)
def test_times_random_headlines_and_dates_are_coded_without_annotator_failure(
    coder, headline, date
):
    analysis = coder.code(headline, date=date.isoformat())
    assert isinstance(analysis, Analysis)
    assert not [w for w in analysis.warnings if "failed" in w]
    for t in analysis.times:
        assert headline[t.start : t.end] == t.text
