"""Odd input never crashes the events annotator: it codes what it can and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.records import PLOVER_TYPES


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe army attacked",  # unbalanced quote
        "... !!! ???",
        "Attack.",
        "condemned condemned condemned",
        "Police\u00a0arrested\u200bprotesters \U0001f600 in Z\u00fcrich.",
        "\u0627\u0644\u062c\u064a\u0634 attacked the village.",
        "The visit.\n\n\n\nThe visit of.",
        "he said that that that must must",
        "If if unless will would not no never.",
        "x" * 5000,
        "The (((rebels))) [[attacked]] {the} town",
    ],
)
def test_events_bad_input_is_coded_without_error(coder, text):
    analysis = coder.code(text)
    for e in analysis.events:
        assert e.event in PLOVER_TYPES
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert 0.0 < e.confidence <= 1.0


WORDS = (
    "the army police Iran US rebels he it they said urged to attack visit visited "
    "condemned if unless not no would will plans willing of by in at and , . “ ” "
    "' s demanded that must threatened refused killed withdrew from talks held"
).split()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_events_bad_input_word_salad_never_crashes(coder, words):
    text = " ".join(words)
    if not text.strip():
        return
    analysis = coder.code(text)
    ids = [e.id for e in analysis.events]
    assert len(ids) == len(set(ids))
    for e in analysis.events:
        for ref in e.actor + e.recipient:
            assert text[ref.start : ref.end] == ref.text


def test_pronouns_pointing_at_each_other_end(coder) -> None:
    """'My sister and I … She … and I …': each pronoun's antecedent leads back to the
    other; following them recursed without end before (RecursionError on real news)."""
    text = (
        "My sister and I arrived in Canada as children. She came from Iran and I from Peru. "
        "We built a farm there."
    )
    analysis = coder.code(text, date="2020-01-01")
    assert analysis.article.text == text
    for event in analysis.events:
        assert all(text[r.start : r.end] == r.text for r in event.actor + event.recipient)
