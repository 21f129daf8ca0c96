"""Odd input never crashes the events annotator: it codes what it can and nothing else."""

from __future__ import annotations

import pytest

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
