"""The particle of a phrasal lexicon row ("call on", "call for") is the verb's own
preposition: a preposition whose object is a date or time ("called on Friday, but
nobody was in") is an adjunct of time, and a preposition inside a naming complement ("is called
the Alliance for Fair Rents") belongs to the name; neither makes the verb "call on" or
"call for" (REQUEST). Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest

from eventwire import Coder


def _types(coder: Coder, text: str) -> list[str]:
    return [e.event for e in coder.code(text, date="2024-03-08").events]


@pytest.mark.parametrize(
    "text",
    [
        "The minister called on Friday, but the mayor was out.",
        "Her brother called on Tuesday to say he was safe.",
        "The charity is called the Alliance for Fair Rents.",
        "Their club is called the League for Safer Streets.",
    ],
)
def test_event_grammar_time_or_name_preposition_is_no_particle(rules_only, text) -> None:
    assert "REQUEST" not in _types(rules_only, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called on the council to resign.",
        "On Monday the mayor called on the council to resign.",
        "The mayor called on Monday for the council to resign.",
        "The unions called for a new inquiry into the shooting.",
    ],
)
def test_event_grammar_call_on_a_party_stays_request(rules_only, text) -> None:
    assert "REQUEST" in _types(rules_only, text)
