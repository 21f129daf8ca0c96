"""event_place: a place after "from" on a noun that is not the act's own names where the
people or things come from, not where the act was (``provenance`` rows of
``resources/geo/event_place.tsv``); "from" on the act itself, under a motion, or inside an
"of" phrase still places. Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest
from helpers import event_by_trigger

from eventwire import Coder


def _place(coder: Coder, text: str, trigger: str) -> str | None:
    analysis = coder.code(text, date="2024-05-06", id="provenance")
    event = event_by_trigger(analysis, trigger)
    return event.location.text if event.location else None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # the people met come from the town: no place of the meeting
        (
            "The minister has already met with the family's lawyer and a teacher from Denver "
            "who oppose the plan, and also with the boy's two aunts from Peru, who want him "
            "back.",
            "met",
            None,
        ),
        (
            "The minister has met with the family's lawyer and a teacher from Denver who "
            "oppose the plan, as well as with two aunts from Peru.",
            "oppose",
            None,
        ),
        # the near-miss: a place on the act itself still places it
        ("Soldiers fired on the crowd from a rooftop in Lima on Friday.", "fired", "Lima"),
        ("The minister met the farmers in Denver on Monday.", "met", "Denver"),
    ],
)
def test_provenance(coder: Coder, text: str, trigger: str, place: str | None) -> None:
    assert _place(coder, text, trigger) == place
